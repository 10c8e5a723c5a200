/**
 * Fill rate of a whole reconciliation (the rule itself, on plain series, is in reconcile/demandMet.ts):
 * Σ met / Σ demand over families and plan periods.
 */
import type { FamilyReconciliation, Reconciliation } from "../reconcile";
import { metDemand } from "../reconcile/demandMet";

/** Units of demand met in each period of one family's gap table (same order as its lines). */
export function demandMet(family: FamilyReconciliation): number[] {
  return metDemand(
    family.beginningInventory,
    family.lines.map((l) => l.supply),
    family.lines.map((l) => l.demand),
  );
}

/** null when there is no demand to serve. */
export function fillRate(reconciliation: Reconciliation): number | null {
  let met = 0;
  let demand = 0;
  for (const family of reconciliation.families) {
    for (const m of demandMet(family)) met += m;
    for (const line of family.lines) demand += Math.max(0, line.demand);
  }
  return demand > 0 ? met / demand : null;
}
