/**
 * Inventory turns, annualized, of the plan (SPEC "Conventions"; Chopra & Meindl ch. 3: turns = cost of
 * goods sold / average inventory at cost):
 *   turns = 12 × Σ(demand × unit cost) / Σ(projected inventory × unit cost)
 * over the family-months of the horizon that have a unit cost. A backlog (negative projected
 * inventory) is not stock held, so it counts as 0 in the denominator. null without costs or stock.
 */
export interface CostedMonth {
  demand: number;
  projectedInventory: number;
  /** null where Finance gives no cost: the month is left out of both sums. */
  unitCost: number | null;
}

export function inventoryTurns(months: readonly CostedMonth[]): number | null {
  let cogs = 0;
  let stock = 0;
  let costed = 0;
  for (const m of months) {
    if (m.unitCost === null) continue;
    costed++;
    cogs += Math.max(0, m.demand) * m.unitCost;
    stock += Math.max(0, m.projectedInventory) * m.unitCost;
  }
  return costed > 0 && stock > 0 ? (12 * cogs) / stock : null;
}
