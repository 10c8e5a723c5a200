/**
 * Two consecutive cycles of three families whose first-quarter revenue falls short of budget, small
 * enough to work by hand (decisionKeys.test.ts types decisions against the gaps).
 *
 * Cycle 2026-11 (actuals May-Oct 2026, forecast = actual) plans Nov 2026 - Mar 2027; cycle 2026-12
 * (November's actuals in, as planned) plans Dec 2026 - Mar 2027. Budget revenue per month: Nov and Dec
 * exactly the plan's revenue (no gap in 2026-Q4); Jan-Mar 2027 as below.
 *
 *                      price  plan units a month        2027-Q1 revenue        budget    gap
 *   Espresso Machines  $100   2026-11: 1,500 Jan-Mar   4,500 × $100 = $450,000  $900,000  −$450,000 (−50.0%)
 *                             2026-12: 1,500 Jan, 1,400 Feb and Mar
 *                                                      4,300 × $100 = $430,000  $900,000  −$470,000 (−52.2%)
 *   Kettles            $50    1,000 both cycles        3,000 × $50 = $150,000   $300,000  −$150,000 (−50.0%)
 *   Toasters           $40    1,000 both cycles        3,000 × $40 = $120,000   $240,000  −$120,000 (−50.0%)
 *
 * Every gap is more than 1% of budget and below it: each is a revenueGap exception on the agenda,
 * keyed revenueGap|<family>|2027-Q1.
 */
import type { CellGrid, CellValue } from "../../src/engine/grid";

export const CYCLES = ["2026-11", "2026-12"] as const;
export type Cycle = (typeof CYCLES)[number];

const PRICE: Record<string, number> = { "Espresso Machines": 100, Kettles: 50, Toasters: 40 };
const HISTORY = ["2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10"];
const Q1 = ["2027-01", "2027-02", "2027-03"];
/** Monthly budget revenue in 2027-Q1. */
const Q1_BUDGET: Record<string, number> = { "Espresso Machines": 300_000, Kettles: 100_000, Toasters: 80_000 };

/** Plan units by cycle, family and month. */
function planUnits(cycle: Cycle, family: string, period: string): number {
  const base = family === "Espresso Machines" ? 1500 : 1000;
  if (cycle === "2026-12" && family === "Espresso Machines" && (period === "2027-02" || period === "2027-03")) return 1400;
  return base;
}

export function cycleInput(cycle: Cycle): CellGrid[] {
  const plan = cycle === "2026-11" ? ["2026-11", "2026-12", ...Q1] : ["2026-12", ...Q1];
  const actuals = cycle === "2026-11" ? HISTORY : [...HISTORY, "2026-11"];
  const demand: CellValue[][] = [["Family", "Period", "Actual", "Consensus Forecast"]];
  const finance: CellValue[][] = [["Family", "Period", "Unit Price", "Budget Revenue"]];
  for (const family of Object.keys(PRICE)) {
    const base = planUnits("2026-11", family, "2026-11");
    for (const period of actuals) demand.push([family, period, base, base]);
    for (const period of plan) {
      const units = planUnits(cycle, family, period);
      demand.push([family, period, null, units]);
      finance.push([family, period, PRICE[family], Q1.includes(period) ? Q1_BUDGET[family] : units * PRICE[family]]);
    }
  }
  return [
    { sheet: "Demand", values: demand },
    { sheet: "Finance", values: finance },
  ];
}
