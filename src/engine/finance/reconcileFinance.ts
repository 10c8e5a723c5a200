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
import type { PlanAdjustments } from "../reconcile/planAdjustments";
import { demandPlanIndex } from "../reconcile/demandPlanIndex";
import { financeKernel, runFinanceKernel, type FinanceKernel, type FinanceOutcome } from "./financeKernel";
import { priceList } from "./priceList";
import { leftOutBecause } from "../read/leftOutBecause";
import { financeTotal, financeTotalsBy } from "./financeTotals";
import type { FamilyQuarterTotal, FinanceLine, FinancialReconciliation } from "./types";

/** A pure function of (model, settings, adjustments), so scenarios re-run it with other demand and prices. */
export function reconcileFinance(
  model: PlanningModel,
  _settings: Settings,
  adjustments: PlanAdjustments = {},
): FinancialReconciliation {
  const kernel = financeKernel(model);
  return financeView(model, kernel, runFinanceKernel(kernel, adjustments, { detail: true }));
}

/** The FinancialReconciliation of a detailed finance kernel run: its lines, totals and findings. */
export function financeView(model: PlanningModel, k: FinanceKernel, run: FinanceOutcome): FinancialReconciliation {
  const financeRows = model.finance ?? [];
  const financeSheet = model.sheets.finance ?? "Finance";
  const demandSheet = model.demand.sheet;
  const { periods, cells } = run;
  const P = periods.length;
  const prices = priceList(financeRows);
  const findings: Finding[] = [];
  const notes: string[] = [];
  const firstDemandRef = demandPlanIndex(model).firstRef;

  // Where a family's Finance rows start (trimmed, case-insensitive), looked up only for findings.
  let firstFinanceRow: Map<string, string> | null = null;
  const firstFinanceCell = (family: string): string => {
    if (!firstFinanceRow) {
      firstFinanceRow = new Map();
      for (const r of financeRows) {
        const key = r.family.trim().toLowerCase();
        if (!firstFinanceRow.has(key)) firstFinanceRow.set(key, r.ref.cell);
      }
    }
    return firstFinanceRow.get(family.trim().toLowerCase()) ?? "";
  };
  // The kernel's families: Demand's, then those only Finance knows.
  for (const family of run.families.slice(model.families.length)) {
    findings.push({
      sheet: financeSheet,
      cell: firstFinanceCell(family),
      severity: "warning",
      message: `${family} is in ${financeSheet} but not in ${demandSheet}: its demand is taken as 0, so any budget shows as a revenue gap.`,
    });
  }

  const lines: FinanceLine[] = [];
  // The lines grouped as the totals need them, while they are made (lines come family by family,
  // months in order): by family, by family then quarter, and by month.
  const linesByFamily = new Map<string, FinanceLine[]>();
  const linesByFamilyQuarter = new Map<string, Map<string, FinanceLine[]>>();
  const linesByMonth = periods.map((): FinanceLine[] => []);
  const familiesWithoutPrice: string[] = [];
  const orNull = (x: number | undefined): number | null => (x === undefined || Number.isNaN(x) ? null : x);
  run.families.forEach((family, f) => {
    const familyLines = groupOf(linesByFamily, family, () => []);
    const familyQuarters = groupOf(linesByFamilyQuarter, family, () => new Map<string, FinanceLine[]>());
    let unpriced = 0;
    let uncosted = 0;
    periods.forEach((period, t) => {
      const c = f * P + t;
      const unitPrice = orNull(cells?.unitPrice[c]);
      const unitCost = orNull(k.unitCost[c]);
      if (unitPrice === null) unpriced++;
      else if (unitCost === null) uncosted++;
      const quarter = run.quarters[k.quarterOf[t]];
      const line: FinanceLine = {
        family,
        period,
        quarter,
        demand: cells?.demand[c] ?? 0,
        unitPrice,
        unitCost,
        demandRevenue: orNull(cells?.demandRevenue[c]),
        cost: orNull(cells?.cost[c]),
        margin: orNull(cells?.margin[c]),
        budgetRevenue: orNull(k.budget[c]),
        revenueGap: orNull(run.revenueGap[c]),
      };
      lines.push(line);
      familyLines.push(line);
      groupOf(familyQuarters, quarter, () => []).push(line);
      linesByMonth[t].push(line);
    });
    if (unpriced > 0) {
      familiesWithoutPrice.push(family);
      const whole = unpriced === P;
      findings.push({
        sheet: prices.has(family) ? financeSheet : demandSheet,
        cell: prices.has(family) ? firstFinanceCell(family) : (firstDemandRef.get(family) ?? ""),
        severity: "warning",
        message: whole
          ? `${family} has no Unit Price in ${financeSheet}${leftOutBecause(model, "finance", family, financeSheet)}: its revenue and margin are left out (its units are still reconciled).`
          : `${family} has no Unit Price in ${financeSheet} for ${unpriced} of ${P} plan months: revenue and margin are left out for those months.`,
      });
    }
    if (uncosted > 0) notes.push(`${family}: no Unit Cost for ${uncosted} month(s), so margin is left out there.`);
  });
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
  const byMonth = linesByMonth.flat();

  return {
    periods: [...periods],
    quarters: [...run.quarters],
    lines,
    byFamily: [...linesByFamily].map(([family, group]) => financeTotal(family, group)),
    byPeriod: periods.flatMap((period, t) => (linesByMonth[t].length > 0 ? [financeTotal(period, linesByMonth[t])] : [])),
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
