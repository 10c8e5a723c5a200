/**
 * Fill rate: the share of demand met in the period it occurs (Chopra & Meindl, "Supply Chain
 * Management", ch. 12: product fill rate = the fraction of product demand satisfied from product in
 * inventory). Per family and period, what is on hand at the start plus what is made in the period can
 * serve that period's demand; a backlog carried in does not count as stock:
 *   met(t) = min(demand(t), max(0, I(t-1)) + supply(t)),  I(0) = beginning inventory,
 *   fill rate = sum of met(t) / sum of demand(t), over families and plan periods.
 */
import type { FamilyReconciliation, Reconciliation } from "../reconcile";
import { inventoryAfter } from "../reconcile/projectedInventory";

/** One period: demand met from the inventory carried in (`level`, I(t-1)) and the period's supply. */
export function periodMet(level: number, supply: number, demand: number): number {
  return Math.max(0, Math.min(demand, Math.max(0, level) + supply));
}

/** Units of demand met in each period, from the opening inventory, supply and demand per period. */
export function metDemand(opening: number, supply: readonly number[], demand: readonly number[]): number[] {
  let level = opening;
  return demand.map((d, t) => {
    const s = supply[t] ?? 0;
    const met = periodMet(level, s, d);
    level = inventoryAfter(level, s, d);
    return met;
  });
}

/** Σ met / Σ demand for one series; null when there is no demand to serve. */
export function seriesFillRate(opening: number, supply: readonly number[], demand: readonly number[]): number | null {
  const met = metDemand(opening, supply, demand).reduce((s, m) => s + m, 0);
  const total = demand.reduce((s, d) => s + Math.max(0, d), 0);
  return total > 0 ? met / total : null;
}

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
