/**
 * Fill rate: the share of demand met in the period it occurs (Chopra & Meindl, "Supply Chain
 * Management", ch. 12: product fill rate = the fraction of product demand satisfied from product in
 * inventory). Per family and period, what is on hand at the start plus what is made in the period can
 * serve that period's demand; a backlog carried in does not count as stock:
 *   met(t) = min(demand(t), max(0, I(t-1)) + supply(t)),  I(0) = beginning inventory,
 *   fill rate = sum of met(t) / sum of demand(t), over families and plan periods.
 */
import { inventoryAfter } from "./projectedInventory";

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
