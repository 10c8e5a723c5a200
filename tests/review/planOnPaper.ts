/**
 * A small input workbook, as cell grids, whose every figure the review tests work out by hand from
 * SPEC.md "Conventions". Sheet names in odd case, the Demand header not at A1, header synonyms and
 * every period form the SPEC lists, so reading is checked on the way.
 */
import type { CellGrid, CellValue } from "../../src/engine/grid";

/** Excel serial of 2025-10-01: 2025-01-01 is 45658, plus 273 days (Jan..Sep 2025). */
export const OCT_2025_SERIAL = 45658 + 273;

/**
 * Demand (long), title in A1, header on row 3 from column B. History Oct-Dec 2025, plan Jan-Mar 2026.
 *   A: actual 100 / 120 / 80, consensus 110 / 100 / 100, statistical 90 / 130 / 70
 *   B: actual 0 / 50 / 50,    consensus 10 / 40 / 70
 *   plan (consensus): A 100 / 150 / 200; B 10 / 10 / 60; C 5 / 5 / 5
 */
export function demandGrid(): CellGrid {
  const rows: CellValue[][] = [
    ["Demand history and plan"],
    [],
    [null, "Product Family", "Month", "Actual", "Statistical Forecast", "Consensus Forecast"],
    [null, "A", OCT_2025_SERIAL, 100, 90, 110],
    [null, "A", "Nov 2025", 120, 130, 100],
    [null, "A", "2025-12-15", 80, 70, 100],
    [null, "A", "2026-01", null, 95, 100],
    [null, "A", "February 2026", null, 140, 150],
    [null, "A", new Date(Date.UTC(2026, 2, 1)), null, 190, 200],
    [null, "B", OCT_2025_SERIAL, 0, 5, 10],
    [null, "B", "Nov 2025", 50, 45, 40],
    [null, "B", "2025-12-15", 50, 60, 70],
    [null, "B", "2026-01", null, 10, 10],
    [null, "B", "February 2026", null, 10, 10],
    [null, "B", new Date(Date.UTC(2026, 2, 1)), null, 60, 60],
    [null, "C", "2026-01", null, 5, 5],
    [null, "C", "February 2026", null, 5, 5],
    [null, "C", new Date(Date.UTC(2026, 2, 1)), null, 5, 5],
  ];
  return { sheet: "DEMAND", values: rows };
}

/**
 * Supply: A 120 / 120 / 150, beginning 50, target 40; B 100 / 0 / 0, beginning 0, target 20;
 * C 100 / 0 / 0, beginning 0, no target.
 */
export function supplyGrid(): CellGrid {
  return {
    sheet: "supply",
    values: [
      ["Family", "Period", "Supply Plan", "Beginning Inventory", "Safety Stock"],
      ["A", "2026-01", 120, 50, 40],
      ["A", "2026-02", 120, null, 40],
      ["A", "2026-03", 150, null, 40],
      ["B", "2026-01", 100, 0, 20],
      ["B", "2026-02", 0, null, 20],
      ["B", "2026-03", 0, null, 20],
      ["C", "2026-01", 100, 0, null],
      ["C", "2026-02", 0, null, null],
      ["C", "2026-03", 0, null, null],
    ],
  };
}

/** Capacity: Line 1, 100 available hours (90 in March), utilization 85 (plain number), efficiency 90% (formatted 0.9), 1 h overtime. */
export function capacityGrid(): CellGrid {
  const header = ["Resource", "Period", "Available Hours", "Utilization", "Efficiency", "Max Overtime Hours"];
  const rows: CellValue[][] = [
    ["Line 1", "2026-01", 100, 85, 0.9, 1],
    ["Line 1", "2026-02", 100, 85, 0.9, 1],
    ["Line 1", "2026-03", 90, 85, 0.9, 1],
  ];
  return {
    sheet: "Capacity",
    values: [header, ...rows],
    numberFormats: [header.map(() => null), ...rows.map(() => [null, null, null, null, "0%", null])],
  };
}

/** Bill of resources: A 0.5 h/unit on Line 1 (offset 0); B 0.1 h/unit offset 1; C 0.05 h/unit offset 0. */
export function routingGrid(): CellGrid {
  return {
    sheet: "Routing",
    values: [
      ["Family", "Resource", "Hours per Unit", "Offset"],
      ["A", "Line 1", 0.5, 0],
      ["B", "Line 1", 0.1, 1],
      ["C", "Line 1", 0.05, 0],
    ],
  };
}

/** Finance: A price 10, cost 6, budget revenue 1000 a month; B price 20, cost 15, no budget. */
export function financeGrid(): CellGrid {
  return {
    sheet: "finance",
    values: [
      ["Family", "Period", "Unit Price", "Unit Cost", "Budget Revenue"],
      ["A", "2026-01", 10, 6, 1000],
      ["A", "2026-02", 10, 6, 1000],
      ["A", "2026-03", 10, 6, 1000],
      ["B", null, 20, 15, null],
    ],
  };
}

export function allGrids(): CellGrid[] {
  return [demandGrid(), supplyGrid(), capacityGrid(), routingGrid(), financeGrid()];
}
