/**
 * Financial reconciliation: the demand plan priced, costed and compared with the budget, so the plan
 * is one set of numbers in units and in money (SPEC.md "Conventions"):
 *   demand revenue = demand x unit price;  cost = demand x unit cost;
 *   margin = demand x (unit price - unit cost);  revenue gap = demand revenue - budget revenue.
 * Source: Chopra & Meindl, Supply Chain Management, ch. 8-9 (aggregate planning evaluated on revenue
 * and cost); Wallace & Stahl, Sales & Operations Planning (the plan expressed in units and dollars).
 *
 * A family without a price is a finding; its units still appear (revenue and margin left empty).
 */
import type { Finding, PlanningModel } from "../model";
import type { Settings } from "../settings";
import { adjustDemand, adjustPrice, type PlanAdjustments } from "../reconcile/planAdjustments";
import { demandPlanIndex } from "../reconcile/demandPlanIndex";
import { priceList } from "./priceList";
import { budgetRevenue } from "./budgetRevenue";
import { quarterOf } from "./quarter";
import { financeTotal, financeTotalsBy } from "./financeTotals";
import type { FamilyQuarterTotal, FinanceLine, FinancialReconciliation } from "./types";

export function reconcileFinance(model: PlanningModel, _settings: Settings, adjustments: PlanAdjustments = {}): FinancialReconciliation {
  const financeRows = model.finance ?? [];
  const financeSheet = model.sheets.finance ?? "Finance";
  const demandSheet = model.demand.sheet;
  const planColumn = model.demand.demandPlanColumn;
  const history = new Set(model.historyPeriods);
  const periods =
    model.planPeriods.length > 0
      ? [...model.planPeriods].sort()
      : [...new Set(financeRows.map((r) => r.period).filter((p): p is string => p !== null && !history.has(p)))].sort();
  const inHorizon = new Set(periods);
  const prices = priceList(financeRows);
  const findings: Finding[] = [];
  const notes: string[] = [];

  // The demand plan indexed once per model (shared with reconciliation and every scenario).
  const plan = demandPlanIndex(model);
  const firstDemandRef = plan.firstRef;

  // Demand's families first, then families that only Finance knows (their budget still counts as a gap).
  const families = [...model.families];
  const known = new Set(families.map((f) => f.trim().toLowerCase()));
  for (const row of financeRows) {
    const k = row.family.trim().toLowerCase();
    if (known.has(k)) continue;
    known.add(k);
    families.push(row.family);
    findings.push({
      sheet: financeSheet,
      cell: row.ref.cell,
      severity: "warning",
      message: `${row.family} is in ${financeSheet} but not in ${demandSheet}: its demand is taken as 0, so any budget shows as a revenue gap.`,
    });
  }

  const lines: FinanceLine[] = [];
  const familiesWithoutPrice: string[] = [];
  for (const family of families) {
    let unpriced = 0;
    let uncosted = 0;
    const planned = plan.byFamily.get(family);
    for (const period of periods) {
      const value = planned?.get(period);
      const demand = value === undefined ? 0 : adjustDemand(value, family, adjustments);
      const row = prices.lookup(family, period);
      const unitPrice = row ? adjustPrice(row.unitPrice, family, adjustments) : null;
      const unitCost = row ? row.unitCost : null;
      if (unitPrice === null) unpriced++;
      else if (unitCost === null) uncosted++;
      const demandRevenue = unitPrice === null ? null : demand * unitPrice;
      const cost = unitCost === null ? null : demand * unitCost;
      const budget = budgetRevenue(row);
      lines.push({
        family,
        period,
        quarter: quarterOf(period),
        demand,
        unitPrice,
        unitCost,
        demandRevenue,
        cost,
        margin: unitPrice === null || unitCost === null ? null : demand * (unitPrice - unitCost),
        budgetRevenue: budget,
        revenueGap: demandRevenue === null || budget === null ? null : demandRevenue - budget,
      });
    }
    if (unpriced > 0) {
      familiesWithoutPrice.push(family);
      const whole = unpriced === periods.length;
      findings.push({
        sheet: prices.has(family) ? financeSheet : demandSheet,
        cell: prices.has(family)
          ? financeRows.find((r) => r.family.trim().toLowerCase() === family.trim().toLowerCase())?.ref.cell ?? ""
          : firstDemandRef.get(family) ?? "",
        severity: "warning",
        message: whole
          ? `${family} has no Unit Price in ${financeSheet}: its revenue and margin are left out (its units are still reconciled).`
          : `${family} has no Unit Price in ${financeSheet} for ${unpriced} of ${periods.length} plan months: revenue and margin are left out for those months.`,
      });
    }
    if (uncosted > 0) notes.push(`${family}: no Unit Cost for ${uncosted} month(s), so margin is left out there.`);
  }
  if (familiesWithoutPrice.length > 0) {
    notes.push(`Revenue gaps add up only months that have both a price and a budget; not priced: ${familiesWithoutPrice.join(", ")}.`);
  }

  const byFamilyQuarter: FamilyQuarterTotal[] = financeTotalsBy(lines, (l) => `${l.family}\u0000${l.quarter}`).map((t) => {
    const [family, quarter] = t.key.split("\u0000");
    return { ...t, key: `${family}|${quarter}`, family, quarter };
  });

  // Sorted once by month (stable, so families keep their order within a month) for both time totals.
  const byMonth = [...lines].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));

  return {
    periods,
    quarters: [...new Set(periods.map(quarterOf))],
    lines,
    byFamily: financeTotalsBy(lines, (l) => l.family),
    byPeriod: financeTotalsBy(byMonth, (l) => l.period),
    byQuarter: financeTotalsBy(byMonth, (l) => l.quarter),
    byFamilyQuarter,
    total: financeTotal("Total", lines),
    familiesWithoutPrice,
    findings,
    notes,
  };
}
