/**
 * Adding finance lines up by family, month, quarter or in total. Money that could not be computed
 * (no price, no cost, no budget) is left out of the sums, and the revenue gap of a total adds only the
 * lines that have both a demand revenue and a budget, so a missing price never shows as a false gap.
 */
import type { FinanceLine, FinanceTotal } from "./types";

function sumOrNull(values: (number | null)[]): number | null {
  const given = values.filter((v): v is number => v !== null);
  return given.length === 0 ? null : given.reduce((s, v) => s + v, 0);
}

export function financeTotal(key: string, lines: readonly FinanceLine[]): FinanceTotal {
  const comparable = lines.filter((l) => l.revenueGap !== null);
  const revenueGap = sumOrNull(comparable.map((l) => l.revenueGap));
  const comparableBudget = sumOrNull(comparable.map((l) => l.budgetRevenue));
  return {
    key,
    demand: lines.reduce((s, l) => s + l.demand, 0),
    demandRevenue: sumOrNull(lines.map((l) => l.demandRevenue)),
    cost: sumOrNull(lines.map((l) => l.cost)),
    margin: sumOrNull(lines.map((l) => l.margin)),
    budgetRevenue: sumOrNull(lines.map((l) => l.budgetRevenue)),
    revenueGap,
    revenueGapPct: revenueGap !== null && comparableBudget !== null && comparableBudget !== 0 ? revenueGap / comparableBudget : null,
  };
}

/** Totals per key, keys in first-seen order. */
export function financeTotalsBy(lines: readonly FinanceLine[], keyOf: (l: FinanceLine) => string): FinanceTotal[] {
  const groups = new Map<string, FinanceLine[]>();
  for (const l of lines) {
    const k = keyOf(l);
    const g = groups.get(k) ?? [];
    g.push(l);
    groups.set(k, g);
  }
  return [...groups.entries()].map(([k, g]) => financeTotal(k, g));
}
