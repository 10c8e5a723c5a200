/**
 * A hand-made summary shaped like the sample workbook's planted problems (samples/PLANTED.md):
 * Blenders' Sales Forecast over-forecast, Paint Shop overloaded in 2027-06..08, Espresso Machines
 * short of budget in 2027-Q1, Kettles 2025-03 actual "n/a", Toasters 2027-02 twice in Supply.
 * The figures are small round numbers so the expected counts and sums can be done by hand.
 */
import type { BiasJson, CapacityJson, FinanceJson, GapJson, SummaryJson } from "../../src/report/summaryJson";

/** A bias row; only family, forecast, direction and flagged matter to the results panel. */
function bias(
  family: string,
  forecast: string,
  trackingSignal: number,
  direction: BiasJson["direction"],
  flagged: boolean,
): BiasJson {
  return {
    family,
    forecast,
    n: 12,
    rsfe: null,
    mad: null,
    trackingSignal,
    mpe: null,
    mape: null,
    wmape: null,
    biasPct: null,
    nfm: null,
    direction,
    flagged,
    fva: null,
  };
}

/** A capacity row: utilization = load / rated capacity (810 h, Paint Shop's rated capacity in PLANTED.md). */
function cap(resource: string, period: string, load: number, status: CapacityJson["status"]): CapacityJson {
  const ratedCapacity = 810;
  return {
    resource,
    period,
    availableHours: 1000,
    ratedCapacity,
    load,
    utilization: load / ratedCapacity,
    status,
    overloadHours: Math.max(0, load - ratedCapacity),
    pastDueLoad: 0,
  };
}

/** A gap row: projected inventory given directly; only family and status matter to the panel. */
function gap(family: string, period: string, projectedInventory: number, status: GapJson["status"]): GapJson {
  return { family, period, demand: 100, supply: 100, gap: 0, projectedInventory, targetInventory: 50, status };
}

/** A finance row with its revenue gap = demand revenue − budget revenue. */
function fin(family: string, period: string, demandRevenue: number, budgetRevenue: number): FinanceJson {
  return { family, period, demandRevenue, budgetRevenue, revenueGap: demandRevenue - budgetRevenue, margin: null };
}

export function plantedSummary(): SummaryJson {
  return {
    schemaVersion: 3,
    periods: ["2027-01", "2027-02", "2027-03"],
    demandPlanColumn: "Consensus Forecast",
    dataQuality: [
      { sheet: "Demand", cell: "C14", severity: "error", message: "Actual 'n/a' is not a number; the row is left out." },
      { sheet: "Supply", cell: "A40", severity: "error", message: "Toasters 2027-02 appears twice; the first row is used." },
      { sheet: "Finance", cell: "", severity: "warning", message: "No Budget Units column." },
    ],
    bias: [
      bias("Blenders", "Sales Forecast", -12, "over", true),
      bias("Blenders", "Consensus Forecast", -1, "over", false),
      bias("Kettles", "Statistical Forecast", 2, "under", false),
    ],
    capacity: [
      cap("Paint Shop", "2027-05", 770, "warning"),
      cap("Paint Shop", "2027-06", 930, "overload"),
      cap("Paint Shop", "2027-07", 1010, "overload"),
      cap("Paint Shop", "2027-08", 950, "overload"),
      cap("Assembly A", "2027-06", 500, "ok"),
    ],
    gaps: [
      gap("Juicers", "2027-01", -20, "shortage"),
      gap("Juicers", "2027-02", 10, "below-target"),
      gap("Kettles", "2027-01", 500, "ok"),
    ],
    // Revenue gaps: 570,000 − 600,000 = −30,000; 500,000 − 525,000 = −25,000; +5,000; −1,000.
    finance: [
      fin("Espresso Machines", "2027-01", 570_000, 600_000),
      fin("Espresso Machines", "2027-02", 500_000, 525_000),
      fin("Kettles", "2027-01", 105_000, 100_000),
      fin("Toasters", "2027-01", 49_000, 50_000),
    ],
    scenarios: [],
    cycle: null,
    exceptions: [],
    kpis: { fillRate: null, monthsOfCover: null, inventoryTurns: null, planAdherence: null, forecastAccuracy: null },
    pvm: [],
    planChanges: [],
    lagAccuracy: [],
    decisions: [],
  };
}

/** Every generated sheet of a full run. */
export const ALL_SHEETS = [
  "S&OP Summary",
  "Data Quality",
  "Demand Review",
  "Baseline Forecast",
  "Capacity Check",
  "Gap Table",
  "Financial Gap",
  "Scenario Comparison",
];
