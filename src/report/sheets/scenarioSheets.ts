/**
 * One "Scen - <name>" sheet per scenario: what the scenario changes, its KPIs next to Most Likely,
 * its overloads, and by family and month its projected inventory (the Supply plan as given against
 * the scenario's demand) and revenue gap (the scenario's demand at its prices against the budget).
 */
import { rangeAddress } from "../../engine/a1";
import { SCENARIO_KPIS, type ScenarioComparison, type ScenarioResult } from "../../engine/scenarios";
import { NumberFormats, type SheetSpec } from "../workbookSpec";
import { utilizationCell } from "./capacityCheckSheet";
import { GREEN_TAB_LIGHT, ORANGE_TAB, RED } from "./palette";
import { BETTER_WORDS, kpiCell, kpiDelta, kpiDeltaFormat, kpiFormat } from "./scenarioKpiFormat";
import { SheetBuilder } from "./sheetBuilder";

/**
 * @param sheetNames one per result, from scenarioSheetNames
 */
export function scenarioSheets(comparison: ScenarioComparison, sheetNames: readonly string[]): SheetSpec[] {
  const mostLikely = comparison.results[0];
  return comparison.results.map((result, i) => scenarioSheet(result, mostLikely, sheetNames[i], i));
}

function scenarioSheet(result: ScenarioResult, mostLikely: ScenarioResult, name: string, index: number): SheetSpec {
  // The kernel's figures only: reading result.capacity / reconciliation / finance would compute the
  // full analyses of a what-if scenario (about a second each on 2,000 families) for tables these give.
  const { definition, kpis } = result;
  const { capacity, gaps, finance } = result.outcome;
  const b = new SheetBuilder("TableStyleMedium4");
  const prefix = `Scen${index + 1}`;

  b.title(`Scenario: ${definition.name}`);
  b.note(`Changes: ${definition.description}`, { bold: true });
  b.note(
    "Capacity: available hours × the capacity change; planned production follows this scenario's demand (can the resources follow it?). " +
      "Gap table: the Supply plan as given against this scenario's demand (what does the current supply plan leave short?). " +
      "Finance: this scenario's demand × this scenario's prices against the budget.",
  );

  b.heading("KPIs against Most Likely");
  const k = b.table(
    `${prefix}Kpis`,
    // "This scenario", not its name: a table's headers must differ, and a scenario may be called anything.
    ["KPI", "This scenario", "Most Likely", "Change vs Most Likely", "Better"],
    SCENARIO_KPIS.map((kpi) => [
      kpi.label,
      kpiCell(kpi, kpis),
      kpiCell(kpi, mostLikely.kpis),
      kpiDelta(kpi, kpis, mostLikely.kpis),
      BETTER_WORDS[kpi.better],
    ]),
    [null, null, null, null, null],
  );
  SCENARIO_KPIS.forEach((kpi, r) => {
    b.styles.push({ range: rangeAddress(k.first + r, 1, k.first + r, 2), numberFormat: kpiFormat(kpi) });
    // A change of a percentage is in percentage points, labelled so.
    b.styles.push({ range: rangeAddress(k.first + r, 3, k.first + r, 3), numberFormat: kpiDeltaFormat(kpi) });
  });

  if (capacity) {
    b.heading("Overloads in this scenario (hours)");
    if (capacity.overloads.length === 0) b.note("None: every resource stays within its rated capacity.", {});
    else {
      b.table(
        `${prefix}Overloads`,
        ["Resource", "Period", "Load (h)", "Rated Capacity (h)", "Utilization", "Overload Hours"],
        capacity.overloads.map((c) => [
          c.resource,
          c.period,
          c.load,
          c.ratedCapacity,
          utilizationCell(c.utilization),
          c.overloadHours,
        ]),
        [null, null, NumberFormats.hours, NumberFormats.hours, NumberFormats.percent, NumberFormats.hours],
      );
    }
  }

  // Family rows x month columns rather than one row per family-month: a planner scans a family's year
  // along one row, and the sheet has 1/13 of the cells of the long table it replaces (on 2,000 families
  // x 36 months the scenario sheets were most of the pack's size and of the time to write it).
  const months = (gaps?.periods ?? finance?.periods ?? []).slice();
  const monthStyles = (first: number, last: number, firstCol: number, numberFormat: string) => {
    if (months.length > 0)
      b.styles.push({ range: rangeAddress(first, firstCol, last, firstCol + months.length - 1), numberFormat });
  };

  b.heading("Projected inventory by family and month (units; below zero = backlog)");
  if (!gaps) b.note("No Supply sheet: supply and projected inventory cannot be shown.");
  else {
    const P = gaps.periods.length;
    const inventory = b.table(
      `${prefix}Inventory`,
      ["Family", "Demand", "Supply", "Gap", "Shortage Months", ...months],
      gaps.families.map((family, f) => [
        family,
        gaps.totalDemand[f],
        gaps.totalSupply[f],
        gaps.totalGap[f],
        gaps.shortageMonths[f],
        ...Array.from(gaps.projectedInventory.subarray(f * P, (f + 1) * P)),
      ]),
      [null, NumberFormats.units, NumberFormats.units, NumberFormats.units, NumberFormats.units],
    );
    monthStyles(inventory.first, inventory.last, 5, NumberFormats.units);
    if (months.length > 0) {
      b.conditional({
        kind: "cellValue",
        range: rangeAddress(inventory.first, 5, inventory.last, 4 + months.length),
        operator: "lessThan",
        values: [0],
        ...RED,
      });
    }
  }

  b.heading("Revenue gap by family and month ($; demand revenue − budget revenue)");
  if (!finance) b.note("No Finance sheet: prices, revenue and margin cannot be shown.");
  else {
    const P = finance.periods.length;
    // The kernel marks "nothing to show" (no price, no budget) with NaN: an empty cell on the sheet.
    const cell = (x: number): number | null => (x !== x ? null : x);
    const revenue = b.table(
      `${prefix}RevenueGap`,
      ["Family", "Demand Revenue", "Budget Revenue", "Revenue Gap", "Margin", ...months],
      finance.families.map((family, f) => {
        const gapByMonth = months.map((_, t) => (t < P ? cell(finance.revenueGap[f * P + t]) : null));
        return [
          family,
          cell(finance.demandRevenue[f]),
          cell(finance.budgetRevenue[f]),
          cell(finance.familyRevenueGap[f]),
          cell(finance.margin[f]),
          ...gapByMonth,
        ];
      }),
      [null, NumberFormats.money, NumberFormats.money, NumberFormats.money, NumberFormats.money],
    );
    monthStyles(revenue.first, revenue.last, 5, NumberFormats.money);
    b.conditional({
      kind: "cellValue",
      range: rangeAddress(revenue.first, 3, revenue.last, 4 + months.length),
      operator: "lessThan",
      values: [0],
      fontColor: "#9C0006",
    });
  }

  const worse =
    (kpis.shortages ?? 0) > 0 ||
    (kpis.overloads ?? 0) > 0 ||
    (kpis.revenueGap !== null && kpis.budgetRevenue ? kpis.revenueGap / kpis.budgetRevenue < -0.01 : false);
  return b.sheet({
    name,
    columnWidths: [22, 16, 16, 16, 16, ...months.map(() => 11)],
    freeze: { rows: 0, columns: 1 },
    tabColor: worse ? ORANGE_TAB : GREEN_TAB_LIGHT,
  });
}
