/**
 * The "Financial Gap" sheet: the demand plan in money against budget. At the top, the families and
 * months with the largest revenue gaps; then the quarter view (all families, and family by quarter);
 * then the full family x month table a planner can filter, money in currency format, shortfalls
 * against budget coloured, and a totals row.
 */
import { rangeAddress } from "../../engine/a1";
import type { FinanceTotal, FinancialReconciliation } from "../../engine/finance";
import { NumberFormats, type ConditionalFormatSpec, type RangeStyle, type ReportValue, type SheetSpec, type TableSpec } from "../workbookSpec";

export const FINANCIAL_GAP_SHEET = "Financial Gap";

/** How many families and months the "largest gaps" blocks show. */
const TOP = 5;
/** A gap beyond this fraction of budget is coloured (1%: finance's usual "on budget" tolerance). */
const TOLERANCE = 0.01;

const byLargestGap = <T extends FinanceTotal>(items: T[]): T[] =>
  [...items]
    .filter((t) => t.revenueGap !== null)
    .sort((a, b) => Math.abs(b.revenueGap ?? 0) - Math.abs(a.revenueGap ?? 0))
    .slice(0, TOP);

export function financialGapSheet(finance: FinancialReconciliation): SheetSpec {
  const rows: ReportValue[][] = [];
  const styles: RangeStyle[] = [];
  const tables: TableSpec[] = [];
  const conditionalFormats: ConditionalFormatSpec[] = [];
  const next = () => rows.length;
  const money = NumberFormats.money;
  const units = NumberFormats.units;
  const pct = NumberFormats.percent;

  const heading = (text: string) => {
    rows.push([]);
    rows.push([text]);
    styles.push({ range: rangeAddress(next() - 1, 0, next() - 1, 0), bold: true, fontSize: 12, fontColor: "#1F4E79" });
  };
  const table = (name: string, header: string[], body: ReportValue[][], formats: (string | null)[]): { first: number; last: number } => {
    const headerRow = next();
    rows.push(header);
    if (body.length === 0) rows.push(header.map(() => null));
    else rows.push(...body);
    const last = next() - 1;
    tables.push({ name, range: rangeAddress(headerRow, 0, last, header.length - 1), style: "TableStyleMedium9" });
    formats.forEach((numberFormat, c) => {
      if (numberFormat) styles.push({ range: rangeAddress(headerRow + 1, c, last, c), numberFormat });
    });
    return { first: headerRow + 1, last };
  };
  /** Below budget by more than the tolerance: red; above by more: blue. */
  const colourGapPct = (first: number, last: number, col: number) => {
    const range = rangeAddress(first, col, last, col);
    conditionalFormats.push({ kind: "cellValue", range, operator: "lessThan", values: [-TOLERANCE], fill: "#FFC7CE", fontColor: "#9C0006" });
    conditionalFormats.push({ kind: "cellValue", range, operator: "greaterThan", values: [TOLERANCE], fill: "#DDEBF7", fontColor: "#1F4E79" });
  };
  const totalCells = (t: FinanceTotal): ReportValue[] => [t.demand, t.demandRevenue, t.budgetRevenue, t.revenueGap, t.revenueGapPct, t.margin];
  const totalFormats = [units, money, money, money, pct, money];

  rows.push(["Financial Gap: demand plan in money vs budget"]);
  styles.push({ range: "A1", bold: true, fontSize: 14 });
  rows.push([
    "Demand revenue = demand × unit price. Margin = demand × (unit price − unit cost). Revenue gap = demand revenue − budget revenue " +
      `(negative = below budget). Gap % = revenue gap / budget revenue; beyond ±${TOLERANCE * 100}% is coloured.`,
  ]);
  styles.push({ range: "A2", italic: true });
  if (finance.notes.length > 0) {
    rows.push([finance.notes.join(" ")]);
    styles.push({ range: "A3", italic: true, fontColor: "#9C5700" });
  }

  heading("Families with the largest revenue gaps");
  const fam = table(
    "FinanceFamilies",
    ["Family", "Demand (units)", "Demand Revenue", "Budget Revenue", "Revenue Gap", "Gap %", "Margin"],
    byLargestGap(finance.byFamily).map((t) => [t.key, ...totalCells(t)]),
    [null, ...totalFormats],
  );
  colourGapPct(fam.first, fam.last, 5);

  heading("Months with the largest revenue gaps (all families)");
  const months = table(
    "FinanceMonths",
    ["Period", "Demand (units)", "Demand Revenue", "Budget Revenue", "Revenue Gap", "Gap %", "Margin"],
    byLargestGap(finance.byPeriod).map((t) => [t.key, ...totalCells(t)]),
    [null, ...totalFormats],
  );
  colourGapPct(months.first, months.last, 5);

  heading("By quarter (all families)");
  const quarters = table(
    "FinanceQuarters",
    ["Quarter", "Demand (units)", "Demand Revenue", "Budget Revenue", "Revenue Gap", "Gap %", "Margin"],
    finance.byQuarter.map((t) => [t.key, ...totalCells(t)]),
    [null, ...totalFormats],
  );
  colourGapPct(quarters.first, quarters.last, 5);

  heading("By family and quarter");
  const famQuarters = table(
    "FinanceFamilyQuarters",
    ["Family", "Quarter", "Demand (units)", "Demand Revenue", "Budget Revenue", "Revenue Gap", "Gap %", "Margin"],
    finance.byFamilyQuarter.map((t) => [t.family, t.quarter, ...totalCells(t)]),
    [null, null, ...totalFormats],
  );
  colourGapPct(famQuarters.first, famQuarters.last, 6);

  heading("By family and month");
  const main = table(
    "FinancialGap",
    ["Family", "Period", "Quarter", "Demand (units)", "Unit Price", "Demand Revenue", "Unit Cost", "Cost", "Margin", "Budget Revenue", "Revenue Gap", "Gap %"],
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
    [null, null, null, units, NumberFormats.decimal2, money, NumberFormats.decimal2, money, money, money, money, pct],
  );
  colourGapPct(main.first, main.last, 11);
  // Totals under the table (not inside it), so filtering the table never hides them.
  const t = finance.total;
  const totalRow = next();
  rows.push(["Total", `${finance.periods.length} months`, null, t.demand, null, t.demandRevenue, null, t.cost, t.margin, t.budgetRevenue, t.revenueGap, t.revenueGapPct]);
  styles.push({ range: rangeAddress(totalRow, 0, totalRow, 11), bold: true });
  styles.push({ range: rangeAddress(totalRow, 3, totalRow, 3), numberFormat: units });
  styles.push({ range: rangeAddress(totalRow, 5, totalRow, 10), numberFormat: money });
  styles.push({ range: rangeAddress(totalRow, 11, totalRow, 11), numberFormat: pct });

  return {
    name: FINANCIAL_GAP_SHEET,
    rows,
    styles,
    tables,
    conditionalFormats,
    columnWidths: [22, 12, 16, 16, 16, 16, 12, 16, 16, 16, 16, 10],
    tabColor: t.revenueGapPct !== null && t.revenueGapPct < -TOLERANCE ? "#C00000" : "#70AD47",
  };
}
