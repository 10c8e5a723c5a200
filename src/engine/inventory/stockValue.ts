/**
 * What a unit of stock is worth in working capital (SPEC "Inventory policy"): the family's mean Unit
 * Cost over the plan horizon, the Finance row of each month (its own month's, else the family's row
 * without a period); Unit Price where the family has no cost in any month; null without a Finance row.
 */
import { priceList } from "../finance/priceList";
import type { FinanceRow, Period } from "../model";

export interface StockValue {
  perUnit: number;
  basis: "cost" | "price";
}

export function stockValues(
  finance: readonly FinanceRow[] | null,
  families: readonly string[],
  planPeriods: readonly Period[],
): Map<string, StockValue> {
  const out = new Map<string, StockValue>();
  if (!finance || finance.length === 0) return out;
  const prices = priceList(finance);
  for (const family of families) {
    let cost = 0;
    let costs = 0;
    let price = 0;
    let pricesSeen = 0;
    for (const period of planPeriods) {
      const row = prices.lookup(family, period);
      if (!row) continue;
      if (row.unitCost !== null) {
        cost += row.unitCost;
        costs++;
      }
      price += row.unitPrice;
      pricesSeen++;
    }
    if (costs > 0) out.set(family, { perUnit: cost / costs, basis: "cost" });
    else if (pricesSeen > 0) out.set(family, { perUnit: price / pricesSeen, basis: "price" });
  }
  return out;
}
