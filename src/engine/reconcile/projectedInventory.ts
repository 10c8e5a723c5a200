/**
 * Projected inventory (the running balance of the supply plan against the demand plan):
 *   I(t) = I(t-1) + supply(t) - demand(t),  I(0) = beginning inventory.
 * Negative values are backlog (demand not yet met). Source: Heizer & Render, Operations Management,
 * ch. 13 "Aggregate Planning and S&OP" (ending inventory = beginning inventory + production - demand);
 * Stevenson, Operations Management, ch. 11 (projected on-hand in aggregate plans).
 */

/** One period's step, the rule the gap kernel and SOP.PROJECTED_INVENTORY both use. */
export function inventoryAfter(level: number, supply: number, demand: number): number {
  return level + supply - demand;
}

export function projectedInventory(beginning: number, supply: readonly number[], demand: readonly number[]): number[] {
  const n = Math.max(supply.length, demand.length);
  const out: number[] = [];
  let level = beginning;
  for (let t = 0; t < n; t++) {
    level = inventoryAfter(level, supply[t] ?? 0, demand[t] ?? 0);
    out.push(level);
  }
  return out;
}
