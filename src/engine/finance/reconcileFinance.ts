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

export function reconcileFinance(
  model: PlanningModel,
  _settings: Settings,
  adjustments: PlanAdjustments = {},
): FinancialReconciliation {
  const financeRows = model.finance ?? [];
  const financeSheet = model.sheets.finance ?? "Finance";
  const demandSheet = model.demand.sheet;
  const history = new Set(model.historyPeriods);
  const periods =
    model.planPeriods.length > 0
      ? [...model.planPeriods].sort()
      : [...new Set(financeRows.map((r) => r.period).filter((p): p is string => p !== null && !history.has(p)))].sort();
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

  // Where a family's Finance rows start (trimmed, case-insensitive), looked up only for findings.
  let firstFinanceRow: Map<string, string> | null = null;
  const firstFinanceCell = (family: string): string => {
    if (!firstFinanceRow) {
      firstFinanceRow = new Map();
      for (const r of financeRows) {
        const k = r.family.trim().toLowerCase();
        if (!firstFinanceRow.has(k)) firstFinanceRow.set(k, r.ref.cell);
      }
    }
    return firstFinanceRow.get(family.trim().toLowerCase()) ?? "";
  };

  const lines: FinanceLine[] = [];
  // The lines grouped as the totals need them, while they are made (lines come family by family,
  // months in order): by family, by family then quarter, and by month.
  const linesByFamily = new Map<string, FinanceLine[]>();
  const linesByFamilyQuarter = new Map<string, Map<string, FinanceLine[]>>();
  const linesByMonth = new Map<string, FinanceLine[]>(periods.map((p) => [p, []]));
  const quarterOfPeriod = new Map(periods.map((p) => [p, quarterOf(p)]));
  const familiesWithoutPrice: string[] = [];
  for (const family of families) {
    const familyLines = groupOf(linesByFamily, family, () => []);
    const familyQuarters = groupOf(linesByFamilyQuarter, family, () => new Map<string, FinanceLine[]>());
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
      const quarter = quarterOfPeriod.get(period) as string;
      const line: FinanceLine = {
        family,
        period,
        quarter,
        demand,
        unitPrice,
        unitCost,
        demandRevenue,
        cost,
        margin: unitPrice === null || unitCost === null ? null : demand * (unitPrice - unitCost),
        budgetRevenue: budget,
        revenueGap: demandRevenue === null || budget === null ? null : demandRevenue - budget,
      };
      lines.push(line);
      familyLines.push(line);
      groupOf(familyQuarters, quarter, () => []).push(line);
      (linesByMonth.get(period) as FinanceLine[]).push(line);
    }
    if (unpriced > 0) {
      familiesWithoutPrice.push(family);
      const whole = unpriced === periods.length;
      findings.push({
        sheet: prices.has(family) ? financeSheet : demandSheet,
        cell: prices.has(family) ? firstFinanceCell(family) : (firstDemandRef.get(family) ?? ""),
        severity: "warning",
        message: whole
          ? `${family} has no Unit Price in ${financeSheet}: its revenue and margin are left out (its units are still reconciled).`
          : `${family} has no Unit Price in ${financeSheet} for ${unpriced} of ${periods.length} plan months: revenue and margin are left out for those months.`,
      });
    }
    if (uncosted > 0) notes.push(`${family}: no Unit Cost for ${uncosted} month(s), so margin is left out there.`);
  }
  if (familiesWithoutPrice.length > 0) {
    notes.push(
      `Revenue gaps add up only months that have both a price and a budget; not priced: ${familiesWithoutPrice.join(", ")}.`,
    );
  }

  const byFamilyQuarter: FamilyQuarterTotal[] = [];
  for (const [family, quarters] of linesByFamilyQuarter) {
    for (const [quarter, group] of quarters) {
      byFamilyQuarter.push({ ...financeTotal(`${family}|${quarter}`, group), family, quarter });
    }
  }

  // By month (families keep their order within a month) for both time totals; periods are sorted.
  const byMonth: FinanceLine[] = [];
  for (const group of linesByMonth.values()) for (const l of group) byMonth.push(l);

  return {
    periods,
    quarters: [...new Set(periods.map(quarterOf))],
    lines,
    byFamily: [...linesByFamily].map(([family, group]) => financeTotal(family, group)),
    byPeriod: [...linesByMonth].filter(([, group]) => group.length > 0).map(([period, group]) => financeTotal(period, group)),
    byQuarter: financeTotalsBy(byMonth, (l) => l.quarter),
    byFamilyQuarter,
    total: financeTotal("Total", lines),
    familiesWithoutPrice,
    findings,
    notes,
  };
}

/** The group under `key`, made empty on first use. */
function groupOf<K, V>(groups: Map<K, V>, key: K, empty: () => V): V {
  let g = groups.get(key);
  if (g === undefined) {
    g = empty();
    groups.set(key, g);
  }
  return g;
}
