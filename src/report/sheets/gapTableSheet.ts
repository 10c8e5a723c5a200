/**
 * The "Gap Table" sheet: the demand plan against the supply plan per family and month, in units.
 * At the top, the families and months with the largest gaps and the months where demand cannot be
 * met; below, the full family x month table a planner can filter, statuses coloured (shortage red,
 * below target amber, excess blue) and a totals row.
 */
import { rangeAddress } from "../../engine/a1";
import { InventoryStatusLabels, type Reconciliation } from "../../engine/reconcile";
import { NumberFormats, type SheetSpec } from "../workbookSpec";
import { AMBER, BLUE, RED, TAB } from "./palette";
import { SheetBuilder } from "./sheetBuilder";
import { SheetNames } from "../sheetNames";

export const GAP_TABLE_SHEET = SheetNames.gapTable;

/** How many families and months the "largest gaps" blocks show. */
const TOP = 5;

const STATUS_COLOURS = [
  { text: InventoryStatusLabels.shortage, ...RED },
  { text: InventoryStatusLabels["below-target"], ...AMBER },
  { text: InventoryStatusLabels.excess, ...BLUE },
];

const byLargestGap = <T extends { gap: number }>(items: T[]): T[] =>
  [...items].sort((a, b) => Math.abs(b.gap) - Math.abs(a.gap)).slice(0, TOP);

export function gapTableSheet(reconciliation: Reconciliation): SheetSpec {
  const b = new SheetBuilder();
  const redWhenNegative = (first: number, last: number, col: number) =>
    b.conditional({
      kind: "cellValue",
      range: rangeAddress(first, col, last, col),
      operator: "lessThan",
      values: [0],
      fontColor: TAB.exception,
      bold: true,
    });

  const units = NumberFormats.units;
  b.title("Gap Table: demand plan vs supply plan (units)");
  b.note(
    `Demand plan: ${reconciliation.demandPlanColumn}. Gap = supply − demand. Projected inventory I(t) = I(t−1) + supply − demand, ` +
      "starting from the beginning inventory; negative = backlog. Status: Shortage (I < 0), Below target (I < target), " +
      "Excess (I > 2 × target), else OK. Months of cover = following months of demand the inventory meets.",
  );
  if (reconciliation.notes.length > 0) b.note(reconciliation.notes.join(" "), { italic: true, fontColor: AMBER.fontColor });

  b.heading("Families with the largest unit gaps");
  const families = byLargestGap(reconciliation.families.map((f) => ({ ...f, gap: f.totalGap })));
  const fam = b.table(
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

  b.heading("Months with the largest unit gaps (all families)");
  const months = b.table(
    "GapMonths",
    ["Period", "Demand", "Supply", "Gap", "Projected Inventory", "Families Short"],
    byLargestGap(reconciliation.byPeriod).map((p) => [
      p.period,
      p.demand,
      p.supply,
      p.gap,
      p.projectedInventory,
      p.shortageFamilies,
    ]),
    [null, units, units, units, units, "0"],
  );
  redWhenNegative(months.first, months.last, 3);

  b.heading("Where demand cannot be met");
  if (reconciliation.shortages.length === 0) {
    b.row(["None: the supply plan meets the demand plan in every month."]);
  } else {
    b.table(
      "GapShortages",
      ["Family", "Period", "Demand", "Backlog (units short)"],
      reconciliation.shortages.map((s) => [s.family, s.period, s.demand, s.shortfall]),
      [null, null, units, units],
    );
  }

  b.heading("By family and month (units)");
  const main = b.table(
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
    b.conditional({
      kind: "textEquals",
      range: rangeAddress(main.first, 7, main.last, 7),
      text: s.text,
      fill: s.fill,
      fontColor: s.fontColor,
    });
  }
  b.totalsRow(
    [
      "Total",
      `${reconciliation.periods.length} months`,
      reconciliation.total.demand,
      reconciliation.total.supply,
      reconciliation.total.gap,
      reconciliation.total.endingInventory,
      null,
      `${reconciliation.shortages.length} shortage month(s)`,
    ],
    [null, null, units, units, units, units],
    9,
  );
  b.note("Total projected inventory is the sum of the families' ending inventory.");

  return b.sheet({
    name: GAP_TABLE_SHEET,
    columnWidths: [22, 12, 12, 12, 18, 18, 18, 16, 16],
    // The family names stay visible while scrolling right.
    freeze: { rows: 0, columns: 1 },
    tabColor: reconciliation.shortages.length > 0 ? TAB.exception : TAB.ok,
  });
}
