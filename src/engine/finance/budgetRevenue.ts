/**
 * Budget revenue of a family in a month: the Budget Revenue given, else Budget Units x the unit price
 * in the budget (the Finance sheet's price, before any scenario price change). null when neither is given.
 * A row without a period applies to every month, so its budget is a monthly budget too.
 */
import type { FinanceRow } from "../model";

export function budgetRevenue(row: FinanceRow | null): number | null {
  if (!row) return null;
  if (row.budgetRevenue !== null) return row.budgetRevenue;
  if (row.budgetUnits !== null) return row.budgetUnits * row.unitPrice;
  return null;
}
