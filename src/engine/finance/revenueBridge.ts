/**
 * The price / volume / mix bridge of the demand plan against budget, per quarter and for the horizon,
 * from the financial reconciliation's lines (priceVolumeMix has the formulas).
 *
 * Budget units of a family-month: the Finance sheet's Budget Units where given; where only Budget
 * Revenue is given, the budget is taken at the Finance sheet's Unit Price (budget units = budget revenue
 * / unit price), so the price effect of that month is 0 unless the plan price differs. Only lines with
 * both a budget and a price take part (SPEC "Conventions"), summed per family over the quarter.
 */
import type { FinanceRow, PlanningModel } from "../model";
import { priceList } from "./priceList";
import { priceVolumeMix, type PvmEffects, type PvmFamily } from "./priceVolumeMix";
import type { FinanceLine, FinancialReconciliation } from "./types";

export interface RevenueBridge extends PvmEffects {
  /** "2027-Q1", or "total" for the horizon. */
  quarter: string;
  /** Months of the quarter in the plan horizon (a partial quarter has fewer than 3). */
  months: number;
}

function budgetUnits(row: FinanceRow | null, line: FinanceLine): number | null {
  if (line.budgetRevenue === null) return null;
  if (row?.budgetUnits !== null && row?.budgetUnits !== undefined) return row.budgetUnits;
  return row && row.unitPrice > 0 ? line.budgetRevenue / row.unitPrice : null;
}

export function revenueBridge(model: PlanningModel, finance: FinancialReconciliation): RevenueBridge[] {
  const prices = priceList(model.finance ?? []);
  const groups = new Map<string, Map<string, PvmFamily>>();
  const months = new Map<string, Set<string>>();
  const add = (group: string, line: FinanceLine, units: number) => {
    let families = groups.get(group);
    if (!families) groups.set(group, (families = new Map()));
    let f = families.get(line.family);
    if (!f) families.set(line.family, (f = { budgetUnits: 0, budgetRevenue: 0, planUnits: 0, planRevenue: 0 }));
    f.budgetUnits += units;
    f.budgetRevenue += line.budgetRevenue ?? 0;
    f.planUnits += line.demand;
    f.planRevenue += line.demandRevenue ?? 0;
  };
  for (const q of finance.quarters) months.set(q, new Set());
  for (const line of finance.lines) {
    months.get(line.quarter)?.add(line.period);
    if (line.demandRevenue === null || line.budgetRevenue === null) continue;
    const units = budgetUnits(prices.lookup(line.family, line.period), line);
    if (units === null) continue;
    add(line.quarter, line, units);
    add("total", line, units);
  }
  const out: RevenueBridge[] = [];
  for (const quarter of [...finance.quarters, "total"]) {
    const effects = priceVolumeMix([...(groups.get(quarter)?.values() ?? [])]);
    if (effects)
      out.push({ quarter, months: quarter === "total" ? finance.periods.length : (months.get(quarter)?.size ?? 0), ...effects });
  }
  return out;
}
