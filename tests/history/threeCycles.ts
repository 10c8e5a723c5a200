/**
 * Three consecutive monthly cycles of a two-family plan, small enough to work by hand (the figures the
 * tests expect are worked in the comments of threeCycles.test.ts).
 *
 * Cycle 2026-01 (actuals to 2025-12), 2026-02 (actuals to 2026-01), 2026-03 (actuals to 2026-02); each
 * plans four months. Prices: A $10, B $20. Beginning inventory 20 units each.
 *
 *   demand plan (Consensus Forecast)   Jan  Feb  Mar  Apr  May  Jun
 *   cycle 2026-01   A                  100  110  120  130
 *                   B                   50   50   60   60
 *   cycle 2026-02   A                       120  125  130  140
 *                   B                        45   55   60   60
 *   cycle 2026-03   A                            130  135  140  150
 *                   B                             50   50   55   60
 *   actuals         A                   90  130
 *                   B                   60   40
 *
 *   supply plan: cycle 2026-01 and 2026-02: A 120, B 50 every month; cycle 2026-03: A 130, B 50.
 */
import type { CellGrid, CellValue } from "../../src/engine/grid";

export const CYCLES = ["2026-01", "2026-02", "2026-03"] as const;

const PLAN: Record<string, Record<string, Record<string, number>>> = {
  "2026-01": {
    A: { "2026-01": 100, "2026-02": 110, "2026-03": 120, "2026-04": 130 },
    B: { "2026-01": 50, "2026-02": 50, "2026-03": 60, "2026-04": 60 },
  },
  "2026-02": {
    A: { "2026-02": 120, "2026-03": 125, "2026-04": 130, "2026-05": 140 },
    B: { "2026-02": 45, "2026-03": 55, "2026-04": 60, "2026-05": 60 },
  },
  "2026-03": {
    A: { "2026-03": 130, "2026-04": 135, "2026-05": 140, "2026-06": 150 },
    B: { "2026-03": 50, "2026-04": 50, "2026-05": 55, "2026-06": 60 },
  },
};
const SUPPLY: Record<string, Record<string, number>> = {
  "2026-01": { A: 120, B: 50 },
  "2026-02": { A: 120, B: 50 },
  "2026-03": { A: 130, B: 50 },
};
/** Three quiet months of history before the loop starts (forecast = actual), then the two measured months. */
const ACTUALS: Record<string, Record<string, number>> = {
  A: { "2025-10": 100, "2025-11": 100, "2025-12": 100, "2026-01": 90, "2026-02": 130 },
  B: { "2025-10": 50, "2025-11": 50, "2025-12": 50, "2026-01": 60, "2026-02": 40 },
};

/** The input sheets of cycle `cycle` as a planner would have them that month. */
export function cycleInput(cycle: (typeof CYCLES)[number]): CellGrid[] {
  const demand: CellValue[][] = [["Family", "Period", "Actual", "Consensus Forecast"]];
  const supply: CellValue[][] = [["Family", "Period", "Planned Production", "Beginning Inventory"]];
  for (const family of ["A", "B"]) {
    for (const [period, actual] of Object.entries(ACTUALS[family])) {
      // Months before this cycle are history; their forecast column holds the lag-0 plan (not measured here).
      if (period < cycle) demand.push([family, period, actual, actual]);
    }
    Object.entries(PLAN[cycle][family]).forEach(([period, plan], i) => {
      demand.push([family, period, null, plan]);
      supply.push([family, period, SUPPLY[cycle][family], i === 0 ? 20 : null]);
    });
  }
  return [
    { sheet: "Demand", values: demand },
    { sheet: "Supply", values: supply },
    {
      sheet: "Finance",
      values: [
        ["Family", "Unit Price"],
        ["A", 10],
        ["B", 20],
      ],
    },
  ];
}
