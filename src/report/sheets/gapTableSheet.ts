/**
 * The "Gap Table" sheet: the demand plan against the supply plan per family and month, in units.
 * At the top, the families and months with the largest gaps and the months where demand cannot be
 * met; below, the full family x month table a planner can filter, statuses coloured (shortage red,
 * below target amber, excess blue) and a totals row.
 */
import { rangeAddress } from "../../engine/a1";
import { InventoryStatusLabels, type Reconciliation } from "../../engine/reconcile";
import { NumberFormats, type ConditionalFormatSpec, type RangeStyle, type ReportValue, type SheetSpec, type TableSpec } from "../workbookSpec";

export const GAP_TABLE_SHEET = "Gap Table";

/** How many families and months the "largest gaps" blocks show. */
const TOP = 5;

const STATUS_COLOURS = [
  { text: InventoryStatusLabels.shortage, fill: "#FFC7CE", fontColor: "#9C0006" },
  { text: InventoryStatusLabels["below-target"], fill: "#FFEB9C", fontColor: "#9C5700" },
  { text: InventoryStatusLabels.excess, fill: "#DDEBF7", fontColor: "#1F4E79" },
];

const byLargestGap = <T extends { gap: number }>(items: T[]): T[] =>
  [...items].sort((a, b) => Math.abs(b.gap) - Math.abs(a.gap)).slice(0, TOP);

export function gapTableSheet(reconciliation: Reconciliation): SheetSpec {
  const rows: ReportValue[][] = [];
  const styles: RangeStyle[] = [];
  const tables: TableSpec[] = [];
  const conditionalFormats: ConditionalFormatSpec[] = [];
  /** 0-based index of the next row. */
  const next = () => rows.length;

  const heading = (text: string) => {
    rows.push([]);
    rows.push([text]);
    styles.push({ range: rangeAddress(next() - 1, 0, next() - 1, 0), bold: true, fontSize: 12, fontColor: "#1F4E79" });
  };
  /** Writes a header and body as an Excel table; number formats per column (null = none). */
  const table = (name: string, header: string[], body: ReportValue[][], formats: (string | null)[]): { first: number; last: number } => {
    const headerRow = next();
    rows.push(header);
    if (body.length === 0) rows.push(header.map(() => null));
    else rows.push(...body);
    const last = next() - 1;
    tables.push({ name, range: rangeAddress(headerRow, 0, last, header.length - 1), style: "TableStyleMedium2" });
    formats.forEach((numberFormat, c) => {
      if (numberFormat) styles.push({ range: rangeAddress(headerRow + 1, c, last, c), numberFormat });
    });
    return { first: headerRow + 1, last };
  };
  const redWhenNegative = (first: number, last: number, col: number) =>
    conditionalFormats.push({ kind: "cellValue", range: rangeAddress(first, col, last, col), operator: "lessThan", values: [0], fontColor: "#C00000", bold: true });

  const units = NumberFormats.units;
  rows.push(["Gap Table: demand plan vs supply plan (units)"]);
  styles.push({ range: "A1", bold: true, fontSize: 14 });
  rows.push([
    `Demand plan: ${reconciliation.demandPlanColumn}. Gap = supply − demand. Projected inventory I(t) = I(t−1) + supply − demand, ` +
      "starting from the beginning inventory; negative = backlog. Status: Shortage (I < 0), Below target (I < target), " +
      "Excess (I > 2 × target), else OK. Months of cover = following months of demand the inventory meets.",
  ]);
  styles.push({ range: "A2", italic: true });
  if (reconciliation.notes.length > 0) {
    rows.push([reconciliation.notes.join(" ")]);
    styles.push({ range: "A3", italic: true, fontColor: "#9C5700" });
  }

  heading("Families with the largest unit gaps");
  const families = byLargestGap(reconciliation.families.map((f) => ({ ...f, gap: f.totalGap })));
  const fam = table(
    "GapFamilies",
    ["Family", "Demand", "Supply", "Gap", "Ending Inventory", "Lowest Inventory", "Shortage Months", "Largest Backlog"],
    families.map((f) => [
      f.family,
      f.totalDemand,
      f.totalSupply,
      f.totalGap,
      f.endingInventory,
      f.minimumInventory,
      f.shortages.length,
      f.shortages.length > 0 ? Math.max(...f.shortages.map((s) => s.shortfall)) : 0,
    ]),
    [null, units, units, units, units, units, "0", units],
  );
  redWhenNegative(fam.first, fam.last, 3);
  redWhenNegative(fam.first, fam.last, 5);

  heading("Months with the largest unit gaps (all families)");
  const months = table(
    "GapMonths",
    ["Period", "Demand", "Supply", "Gap", "Projected Inventory", "Families Short"],
    byLargestGap(reconciliation.byPeriod).map((p) => [p.period, p.demand, p.supply, p.gap, p.projectedInventory, p.shortageFamilies]),
    [null, units, units, units, units, "0"],
  );
  redWhenNegative(months.first, months.last, 3);

  heading("Where demand cannot be met");
  if (reconciliation.shortages.length === 0) {
    rows.push(["None: the supply plan meets the demand plan in every month."]);
  } else {
    table(
      "GapShortages",
      ["Family", "Period", "Demand", "Backlog (units short)"],
      reconciliation.shortages.map((s) => [s.family, s.period, s.demand, s.shortfall]),
      [null, null, units, units],
    );
  }

  heading("By family and month");
  const main = table(
    "GapTable",
    ["Family", "Period", "Demand", "Supply", "Gap", "Projected Inventory", "Target Inventory", "Status", "Months of Cover"],
    reconciliation.lines.map((l) => [
      l.family,
      l.period,
      l.demand,
      l.supply,
      l.gap,
      l.projectedInventory,
      l.targetInventory,
      InventoryStatusLabels[l.status],
      l.monthsOfCover,
    ]),
    [null, null, units, units, units, units, units, null, NumberFormats.decimal1],
  );
  redWhenNegative(main.first, main.last, 4);
  redWhenNegative(main.first, main.last, 5);
  for (const s of STATUS_COLOURS) {
    conditionalFormats.push({ kind: "textEquals", range: rangeAddress(main.first, 7, main.last, 7), text: s.text, fill: s.fill, fontColor: s.fontColor });
  }
  // Totals under the table (not inside it), so filtering the table never hides them.
  const totalRow = next();
  rows.push([
    "Total",
    `${reconciliation.periods.length} months`,
    reconciliation.total.demand,
    reconciliation.total.supply,
    reconciliation.total.gap,
    reconciliation.total.endingInventory,
    null,
    `${reconciliation.shortages.length} shortage month(s)`,
  ]);
  styles.push({ range: rangeAddress(totalRow, 0, totalRow, 8), bold: true });
  styles.push({ range: rangeAddress(totalRow, 2, totalRow, 5), numberFormat: units });
  rows.push(["Total projected inventory is the sum of the families' ending inventory."]);
  styles.push({ range: rangeAddress(totalRow + 1, 0, totalRow + 1, 0), italic: true });

  return {
    name: GAP_TABLE_SHEET,
    rows,
    styles,
    tables,
    conditionalFormats,
    columnWidths: [22, 12, 12, 12, 18, 18, 18, 16, 16],
    tabColor: reconciliation.shortages.length > 0 ? "#C00000" : "#70AD47",
  };
}
