/**
 * A hand-made summary shaped like the sample workbook's planted problems (samples/PLANTED.md):
 * Blenders' Sales Forecast over-forecast, Paint Shop overloaded in 2027-06..08, Espresso Machines
 * short of budget in 2027-Q1, Kettles 2025-03 actual "n/a", Toasters 2027-02 twice in Supply.
 * The figures are small round numbers so the expected counts and sums can be done by hand.
 */
import type { SummaryJson } from "../../src/report/summaryJson";

export function plantedSummary(): SummaryJson {
  return {
    schemaVersion: 1,
    periods: ["2027-01", "2027-02", "2027-03"],
    demandPlanColumn: "Consensus Forecast",
    dataQuality: [
      { sheet: "Demand", cell: "C14", severity: "error", message: "Actual 'n/a' is not a number; the row is left out." },
      { sheet: "Supply", cell: "A40", severity: "error", message: "Toasters 2027-02 appears twice; the first row is used." },
      { sheet: "Finance", cell: "", severity: "warning", message: "No Budget Units column." },
    ],
    bias: [
      { family: "Blenders", forecast: "Sales Forecast", trackingSignal: -12, nfm: -0.84, direction: "over", flagged: true },
      { family: "Blenders", forecast: "Consensus Forecast", trackingSignal: -1, nfm: -0.1, direction: "over", flagged: false },
      { family: "Kettles", forecast: "Statistical Forecast", trackingSignal: 2, nfm: 0.2, direction: "under", flagged: false },
    ],
    capacity: [
      { resource: "Paint Shop", period: "2027-05", utilization: 0.95, status: "warning" },
      { resource: "Paint Shop", period: "2027-06", utilization: 1.1, status: "overload" },
      { resource: "Paint Shop", period: "2027-07", utilization: 1.2, status: "overload" },
      { resource: "Paint Shop", period: "2027-08", utilization: 1.05, status: "overload" },
      { resource: "Assembly A", period: "2027-06", utilization: 0.7, status: "ok" },
    ],
    gaps: [
      { family: "Juicers", period: "2027-01", projectedInventory: -20, status: "shortage" },
      { family: "Juicers", period: "2027-02", projectedInventory: 10, status: "below-target" },
      { family: "Kettles", period: "2027-01", projectedInventory: 500, status: "ok" },
    ],
    finance: [
      { family: "Espresso Machines", period: "2027-01", revenueGap: -30000 },
      { family: "Espresso Machines", period: "2027-02", revenueGap: -25000 },
      { family: "Kettles", period: "2027-01", revenueGap: 5000 },
      { family: "Toasters", period: "2027-01", revenueGap: -1000 },
    ],
    scenarios: [],
  };
}

/** Every generated sheet of a full run. */
export const ALL_SHEETS = [
  "S&OP Summary",
  "Data Quality",
  "Demand Review",
  "Capacity Check",
  "Gap Table",
  "Financial Gap",
  "Scenario Comparison",
];
