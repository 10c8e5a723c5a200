/**
 * The "Financial Gap" sheet: the demand plan in money against budget. At the top, the families and
 * months with the largest revenue gaps; then the quarter view (all families, and family by quarter);
 * then the full family x month table a planner can filter, money in currency format, shortfalls
 * against budget coloured, and a totals row.
 */
import { rangeAddress } from "../../engine/a1";
import { quarterLabel, type FinanceTotal, type FinancialReconciliation, type RevenueBridge } from "../../engine/finance";
import { NumberFormats, type ReportValue, type SheetSpec } from "../workbookSpec";
import { AMBER, BLUE, RED, TAB } from "./palette";
import { revenueBridgeSection } from "./revenueBridgeSection";
import { SheetBuilder } from "./sheetBuilder";
import { SheetNames } from "../sheetNames";

export const FINANCIAL_GAP_SHEET = SheetNames.financialGap;

/** How many families and months the "largest gaps" blocks show. */
const TOP = 5;
/** A gap beyond this fraction of budget is coloured (1%: finance's usual "on budget" tolerance). */
const TOLERANCE = 0.01;

const byLargestGap = <T extends FinanceTotal>(items: T[]): T[] =>
  [...items]
    .filter((t) => t.revenueGap !== null)
    .sort((a, b) => Math.abs(b.revenueGap ?? 0) - Math.abs(a.revenueGap ?? 0))
    .slice(0, TOP);

/** @param bridge the price / volume / mix bridge (engine/finance/revenueBridge); left out when not given. */
export function financialGapSheet(finance: FinancialReconciliation, bridge?: readonly RevenueBridge[]): SheetSpec {
  const b = new SheetBuilder("TableStyleMedium9");
  const money = NumberFormats.money;
  const units = NumberFormats.units;
  const pct = NumberFormats.percent;

  /** Below budget by more than the tolerance: red; above by more: blue. */
  const colourGapPct = (first: number, last: number, col: number) => {
    const range = rangeAddress(first, col, last, col);
    b.conditional({ kind: "cellValue", range, operator: "lessThan", values: [-TOLERANCE], ...RED });
    b.conditional({ kind: "cellValue", range, operator: "greaterThan", values: [TOLERANCE], ...BLUE });
  };
  const totalCells = (t: FinanceTotal): ReportValue[] => [
    t.demand,
    t.demandRevenue,
    t.budgetRevenue,
    t.revenueGap,
    t.revenueGapPct,
    t.margin,
  ];
  const totalFormats = [units, money, money, money, pct, money];

  b.title("Financial Gap: demand plan in money vs budget");
  b.note(
    "Demand revenue = demand × unit price. Margin = demand × (unit price − unit cost). Revenue gap = demand revenue − budget revenue " +
      `(negative = below budget). Gap % = revenue gap / budget revenue; beyond ±${TOLERANCE * 100}% is coloured.`,
  );
  if (finance.notes.length > 0) b.note(finance.notes.join(" "), { italic: true, fontColor: AMBER.fontColor });

  b.heading("Families with the largest revenue gaps");
  const fam = b.table(
    "FinanceFamilies",
    ["Family", "Demand (units)", "Demand Revenue", "Budget Revenue", "Revenue Gap", "Gap %", "Margin"],
    byLargestGap(finance.byFamily).map((t) => [t.key, ...totalCells(t)]),
    [null, ...totalFormats],
  );
  colourGapPct(fam.first, fam.last, 5);

  b.heading("Months with the largest revenue gaps (all families)");
  const months = b.table(
    "FinanceMonths",
    ["Period", "Demand (units)", "Demand Revenue", "Budget Revenue", "Revenue Gap", "Gap %", "Margin"],
    byLargestGap(finance.byPeriod).map((t) => [t.key, ...totalCells(t)]),
    [null, ...totalFormats],
  );
  colourGapPct(months.first, months.last, 5);

  b.heading("By quarter (all families; a quarter the horizon covers in part says how many months, e.g. 2 of 3 mo.)");
  const quarters = b.table(
    "FinanceQuarters",
    ["Quarter", "Demand (units)", "Demand Revenue", "Budget Revenue", "Revenue Gap", "Gap %", "Margin"],
    finance.byQuarter.map((t) => [quarterLabel(t.key, finance.periods), ...totalCells(t)]),
    [null, ...totalFormats],
  );
  colourGapPct(quarters.first, quarters.last, 5);

  if (bridge) revenueBridgeSection(b, bridge, finance.periods);

  b.heading("By family and quarter");
  const famQuarters = b.table(
    "FinanceFamilyQuarters",
    ["Family", "Quarter", "Demand (units)", "Demand Revenue", "Budget Revenue", "Revenue Gap", "Gap %", "Margin"],
    finance.byFamilyQuarter.map((t) => [t.family, quarterLabel(t.quarter, finance.periods), ...totalCells(t)]),
    [null, null, ...totalFormats],
  );
  colourGapPct(famQuarters.first, famQuarters.last, 6);

  b.heading("By family and month ($; demand in units)");
  const main = b.table(
    "FinancialGap",
    [
      "Family",
      "Period",
      "Quarter",
      "Demand (units)",
      "Unit Price",
      "Demand Revenue",
      "Unit Cost",
      "Cost",
      "Margin",
      "Budget Revenue",
      "Revenue Gap",
      "Gap %",
    ],
    finance.lines.map((l) => [
      l.family,
      l.period,
      l.quarter,
      l.demand,
      l.unitPrice,
      l.demandRevenue,
      l.unitCost,
      l.cost,
      l.margin,
      l.budgetRevenue,
      l.revenueGap,
      l.revenueGap !== null && l.budgetRevenue ? l.revenueGap / l.budgetRevenue : null,
    ]),
    [null, null, null, units, NumberFormats.price, money, NumberFormats.price, money, money, money, money, pct],
  );
  colourGapPct(main.first, main.last, 11);
  const t = finance.total;
  b.totalsRow(
    [
      "Total",
      `${finance.periods.length} months`,
      null,
      t.demand,
      null,
      t.demandRevenue,
      null,
      t.cost,
      t.margin,
      t.budgetRevenue,
      t.revenueGap,
      t.revenueGapPct,
    ],
    [null, null, null, units, null, money, null, money, money, money, money, pct],
  );

  return b.sheet({
    name: FINANCIAL_GAP_SHEET,
    columnWidths: [22, 20, 16, 16, 16, 16, 12, 16, 16, 16, 16, 10],
    // The family names stay visible while scrolling right.
    freeze: { rows: 0, columns: 1 },
    tabColor: t.revenueGapPct !== null && t.revenueGapPct < -TOLERANCE ? TAB.exception : TAB.ok,
  });
}
