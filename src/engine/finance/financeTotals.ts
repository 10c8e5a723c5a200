/**
 * Adding finance lines up by family, month, quarter or in total. Money that could not be computed
 * (no price, no cost, no budget) is left out of the sums, and the revenue gap of a total adds only the
 * lines that have both a demand revenue and a budget, so a missing price never shows as a false gap.
 */
import type { FinanceLine, FinanceTotal } from "./types";

/** A running sum that stays null until a value is given (money that could not be computed is left out). */
function addOrNull(sum: number | null, value: number | null): number | null {
  return value === null ? sum : (sum ?? 0) + value;
}

export function financeTotal(key: string, lines: readonly FinanceLine[]): FinanceTotal {
  // One pass over the lines: totals run for every family, month, quarter and family-quarter of every
  // scenario, so six filtered copies of the lines per total added up.
  let demand = 0;
  let demandRevenue: number | null = null;
  let cost: number | null = null;
  let margin: number | null = null;
  let budgetRevenue: number | null = null;
  let revenueGap: number | null = null;
  let comparableBudget: number | null = null;
  for (const l of lines) {
    demand += l.demand;
    demandRevenue = addOrNull(demandRevenue, l.demandRevenue);
    cost = addOrNull(cost, l.cost);
    margin = addOrNull(margin, l.margin);
    budgetRevenue = addOrNull(budgetRevenue, l.budgetRevenue);
    if (l.revenueGap !== null) {
      revenueGap = addOrNull(revenueGap, l.revenueGap);
      comparableBudget = addOrNull(comparableBudget, l.budgetRevenue);
    }
  }
  return {
    key,
    demand,
    demandRevenue,
    cost,
    margin,
    budgetRevenue,
    revenueGap,
    revenueGapPct:
      revenueGap !== null && comparableBudget !== null && comparableBudget !== 0 ? revenueGap / comparableBudget : null,
  };
}

/** Totals per key, keys in first-seen order. */
export function financeTotalsBy(lines: readonly FinanceLine[], keyOf: (l: FinanceLine) => string): FinanceTotal[] {
  const groups = new Map<string, FinanceLine[]>();
  for (const l of lines) {
    const k = keyOf(l);
    const g = groups.get(k);
    if (g) g.push(l);
    else groups.set(k, [l]);
  }
  return [...groups.entries()].map(([k, g]) => financeTotal(k, g));
}
