/**
 * One "Scen - <name>" sheet per scenario: what the scenario changes, its KPIs next to Most Likely,
 * its overloads, and the family x month gap table and finance for that scenario (the Supply plan as
 * given against the scenario's demand, priced at the scenario's prices).
 */
import { rangeAddress } from "../../engine/a1";
import { InventoryStatusLabels } from "../../engine/reconcile";
import { SCENARIO_KPIS, type ScenarioComparison, type ScenarioResult } from "../../engine/scenarios";
import { NumberFormats, type ConditionalFormatSpec, type RangeStyle, type ReportValue, type SheetSpec, type TableSpec } from "../workbookSpec";
import { utilizationCell } from "./capacityCheckSheet";
import { BETTER_WORDS, kpiCell, kpiDelta, kpiFormat } from "./scenarioKpiFormat";

const RED = { fill: "#FFC7CE", fontColor: "#9C0006" };
const AMBER = { fill: "#FFEB9C", fontColor: "#9C5700" };

interface PlanLine {
  family: string;
  period: string;
  cells: ReportValue[];
}

/**
 * @param sheetNames one per result, from scenarioSheetNames
 */
export function scenarioSheets(comparison: ScenarioComparison, sheetNames: readonly string[]): SheetSpec[] {
  const mostLikely = comparison.results[0];
  return comparison.results.map((result, i) => scenarioSheet(result, mostLikely, sheetNames[i], i));
}

function scenarioSheet(result: ScenarioResult, mostLikely: ScenarioResult, name: string, index: number): SheetSpec {
  const { definition, kpis, capacity, reconciliation, finance } = result;
  const rows: ReportValue[][] = [];
  const styles: RangeStyle[] = [];
  const tables: TableSpec[] = [];
  const conditionalFormats: ConditionalFormatSpec[] = [];
  const next = () => rows.length;
  const note = (text: string, style: Omit<RangeStyle, "range"> = { italic: true }) => {
    rows.push([text]);
    styles.push({ range: rangeAddress(next() - 1, 0, next() - 1, 0), ...style });
  };
  const heading = (text: string) => {
    rows.push([]);
    note(text, { bold: true, fontSize: 12, fontColor: "#1F4E79" });
  };
  const table = (tableName: string, header: string[], body: ReportValue[][], formats: (string | null)[]) => {
    const headerRow = next();
    rows.push(header);
    if (body.length === 0) rows.push(header.map(() => null));
    else rows.push(...body);
    const last = next() - 1;
    tables.push({ name: tableName, range: rangeAddress(headerRow, 0, last, header.length - 1), style: "TableStyleMedium4" });
    formats.forEach((numberFormat, c) => {
      if (numberFormat) styles.push({ range: rangeAddress(headerRow + 1, c, last, c), numberFormat });
    });
    return { first: headerRow + 1, last };
  };
  const prefix = `Scen${index + 1}`;

  note(`Scenario: ${definition.name}`, { bold: true, fontSize: 14 });
  note(`Changes: ${definition.description}`, { bold: true });
  note(
    "Capacity: available hours × the capacity change; planned production follows this scenario's demand (can the resources follow it?). " +
      "Gap table: the Supply plan as given against this scenario's demand (what does the current supply plan leave short?). " +
      "Finance: this scenario's demand × this scenario's prices against the budget.",
  );

  heading("KPIs against Most Likely");
  const k = table(
    `${prefix}Kpis`,
    // "This scenario", not its name: a table's headers must differ, and a scenario may be called anything.
    ["KPI", "This scenario", "Most Likely", "Change vs Most Likely", "Better"],
    SCENARIO_KPIS.map((kpi) => [kpi.label, kpiCell(kpi, kpis), kpiCell(kpi, mostLikely.kpis), kpiDelta(kpi, kpis, mostLikely.kpis), BETTER_WORDS[kpi.better]]),
    [null, null, null, null, null],
  );
  SCENARIO_KPIS.forEach((kpi, r) => {
    styles.push({ range: rangeAddress(k.first + r, 1, k.first + r, 3), numberFormat: kpiFormat(kpi) });
  });

  if (capacity) {
    heading("Overloads in this scenario (hours)");
    const overloads = capacity.cells.filter((c) => c.status === "overload");
    if (overloads.length === 0) note("None: every resource stays within its rated capacity.", {});
    else {
      table(
        `${prefix}Overloads`,
        ["Resource", "Period", "Load", "Rated Capacity", "Utilization", "Overload Hours"],
        overloads.map((c) => [c.resource, c.period, c.load, c.ratedCapacity, utilizationCell(c.utilization), c.overloadHours]),
        [null, null, NumberFormats.hours, NumberFormats.hours, NumberFormats.percent, NumberFormats.hours],
      );
    }
  }

  heading("Gap and finance by family and month");
  const lines = planLines(result);
  const body = table(
    `${prefix}Plan`,
    [
      "Family",
      "Period",
      "Demand",
      "Supply",
      "Gap",
      "Projected Inventory",
      "Target Inventory",
      "Status",
      "Unit Price",
      "Demand Revenue",
      "Budget Revenue",
      "Revenue Gap",
      "Margin",
    ],
    lines.map((l) => [l.family, l.period, ...l.cells]),
    [
      null,
      null,
      NumberFormats.units,
      NumberFormats.units,
      NumberFormats.units,
      NumberFormats.units,
      NumberFormats.units,
      null,
      NumberFormats.decimal2,
      NumberFormats.money,
      NumberFormats.money,
      NumberFormats.money,
      NumberFormats.money,
    ],
  );
  const statusRange = rangeAddress(body.first, 7, body.last, 7);
  conditionalFormats.push({ kind: "textEquals", range: statusRange, text: InventoryStatusLabels.shortage, ...RED, bold: true });
  conditionalFormats.push({ kind: "textEquals", range: statusRange, text: InventoryStatusLabels["below-target"], ...AMBER });
  conditionalFormats.push({ kind: "cellValue", range: rangeAddress(body.first, 5, body.last, 5), operator: "lessThan", values: [0], ...RED });
  conditionalFormats.push({ kind: "cellValue", range: rangeAddress(body.first, 11, body.last, 11), operator: "lessThan", values: [0], fontColor: "#9C0006" });
  if (!reconciliation) note("No Supply sheet: supply, projected inventory and status are left empty.");
  if (!finance) note("No Finance sheet: prices, revenue and margin are left empty.");

  const worse =
    (kpis.shortages ?? 0) > 0 || (kpis.overloads ?? 0) > 0 || (kpis.revenueGap !== null && kpis.budgetRevenue ? kpis.revenueGap / kpis.budgetRevenue < -0.01 : false);
  return {
    name,
    rows,
    styles,
    tables,
    conditionalFormats,
    columnWidths: [22, 14, 14, 14, 14, 18, 16, 14, 12, 16, 16, 16, 16],
    freeze: { rows: 0, columns: 1 },
    tabColor: worse ? "#C55A11" : "#A9D08E",
  };
}

/** Family x period rows: the gap table's, then finance-only ones, joined on family and period. */
function planLines(result: ScenarioResult): PlanLine[] {
  const byKey = new Map<string, PlanLine>();
  const key = (f: string, p: string) => `${f}\u0000${p}`;
  const blank = (): ReportValue[] => new Array<ReportValue>(11).fill(null);
  for (const l of result.reconciliation?.lines ?? []) {
    const cells = blank();
    cells.splice(0, 6, l.demand, l.supply, l.gap, l.projectedInventory, l.targetInventory, InventoryStatusLabels[l.status]);
    byKey.set(key(l.family, l.period), { family: l.family, period: l.period, cells });
  }
  for (const l of result.finance?.lines ?? []) {
    let line = byKey.get(key(l.family, l.period));
    if (!line) {
      line = { family: l.family, period: l.period, cells: blank() };
      line.cells[0] = l.demand;
      byKey.set(key(l.family, l.period), line);
    }
    line.cells.splice(6, 5, l.unitPrice, l.demandRevenue, l.budgetRevenue, l.revenueGap, l.margin);
  }
  return [...byKey.values()];
}
