/**
 * Fill rate: the share of demand met in the period it occurs (Chopra & Meindl, "Supply Chain
 * Management", ch. 12: product fill rate = the fraction of product demand satisfied from product in
 * inventory). Per family and period, what is on hand at the start plus what is made in the period can
 * serve that period's demand; a backlog carried in does not count as stock:
 *   met(t) = min(demand(t), max(0, I(t-1)) + supply(t)),  I(0) = beginning inventory,
 *   fill rate = sum of met(t) / sum of demand(t), over families and plan periods.
 */
import type { FamilyReconciliation, Reconciliation } from "../reconcile";

/** Units of demand met in each period of one family's gap table (same order as its lines). */
export function demandMet(family: FamilyReconciliation): number[] {
  let previous = family.beginningInventory;
  return family.lines.map((line) => {
    const available = Math.max(0, previous) + line.supply;
    previous = line.projectedInventory;
    return Math.max(0, Math.min(line.demand, available));
  });
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
