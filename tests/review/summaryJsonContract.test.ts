/**
 * Review of the --json summary against SPEC.md "Command line": the keys exactly as listed (no more, no
 * fewer), their types, and numbers as fractions, on the hand-worked workbook of planOnPaper.ts.
 */
import { analyze, readPlanningModel, resolveSettings } from "../../src/engine";
import { buildSummaryJson } from "../../src/report/summaryJson";
import { allGrids } from "./planOnPaper";

function summary() {
  const settings = resolveSettings();
  const { model, findings } = readPlanningModel(allGrids(), settings);
  return buildSummaryJson(analyze(model, settings, findings));
}

/** The keys of each record as SPEC.md lists them. */
const SPEC_KEYS = {
  top: [
    "schemaVersion",
    "periods",
    "demandPlanColumn",
    "dataQuality",
    "bias",
    "capacity",
    "gaps",
    "finance",
    "scenarios",
    "cycle",
    "exceptions",
    "kpis",
    "pvm",
    "planChanges",
    "lagAccuracy",
    "decisions",
    "balance",
    "baseline",
    "segments",
    "fva",
    "inventoryPolicy",
  ],
  dataQuality: ["sheet", "cell", "severity", "message"],
  bias: [
    "family",
    "forecast",
    "n",
    "rsfe",
    "mad",
    "trackingSignal",
    "mpe",
    "mape",
    "wmape",
    "biasPct",
    "nfm",
    "direction",
    "flagged",
    "fva",
  ],
  capacity: [
    "resource",
    "period",
    "availableHours",
    "ratedCapacity",
    "load",
    "utilization",
    "status",
    "overloadHours",
    "pastDueLoad",
  ],
  gaps: ["family", "period", "demand", "supply", "gap", "projectedInventory", "targetInventory", "status"],
  finance: ["family", "period", "demandRevenue", "budgetRevenue", "revenueGap", "margin"],
  scenarios: ["name", "revenue", "margin", "revenueGap", "overloads", "shortages", "maxUtilization", "endingInventory"],
  exceptions: ["kind", "key", "title", "impact", "owner", "unresolved"],
  pvm: ["quarter", "budgetRevenue", "volume", "mix", "price", "planRevenue"],
  baseline: ["family", "model", "pattern", "months", "periods", "forecast", "lo80", "hi80", "lo95", "hi95", "backtest"],
  segments: ["family", "abc", "xyz", "pattern", "adi", "cv2", "revenue12", "noRecentDemand"],
  fva: ["family", "step", "wmape", "fvaPrevious", "fvaBaseline"],
  inventoryPolicy: [
    "family",
    "abc",
    "serviceLevel",
    "z",
    "leadTime",
    "sigma",
    "sigmaSource",
    "meanDemand",
    "safetyStock",
    "givenTarget",
    "difference",
    "workingCapitalChange",
    "cover",
    "fillRateRecommended",
    "fillRateGiven",
  ],
};
const KPI_KEYS = ["fillRate", "monthsOfCover", "inventoryTurns", "planAdherence", "forecastAccuracy", "workingCapitalChange"];

describe("the JSON summary", () => {
  it("has exactly the SPEC's keys at every level", () => {
    const s = summary() as unknown as Record<string, Record<string, unknown>[]>;
    expect(Object.keys(s).sort()).toEqual([...SPEC_KEYS.top].sort());
    for (const key of [
      "dataQuality",
      "bias",
      "capacity",
      "gaps",
      "finance",
      "scenarios",
      "exceptions",
      "pvm",
      "baseline",
      "segments",
      "fva",
      "inventoryPolicy",
    ] as const) {
      expect(s[key].length).toBeGreaterThan(0);
      for (const record of s[key]) expect(Object.keys(record).sort()).toEqual([...SPEC_KEYS[key]].sort());
    }
    expect(Object.keys(s.kpis).sort()).toEqual([...KPI_KEYS].sort());
  });

  it("writes fractions, not percents, and the SPEC's words for statuses and directions", () => {
    const s = summary();
    expect(s.schemaVersion).toBe(3);
    expect(s.demandPlanColumn).toBe("Consensus Forecast");
    // Jan on Line 1: 75 h on 76.5 h rated = 0.980 (not 98.0).
    const jan = s.capacity.find((c) => c.period === "2026-01")!;
    expect(jan.utilization).toBeCloseTo(75 / 76.5, 10);
    expect(jan.status).toBe("warning");
    // A x Consensus: WMAPE 50/300 = 0.1667, bias % -10/300, direction over.
    const a = s.bias.find((b) => b.family === "A" && b.forecast === "Consensus Forecast")!;
    expect(a.wmape).toBeCloseTo(50 / 300, 10);
    expect(a.biasPct).toBeCloseTo(-10 / 300, 10);
    expect(a.direction).toBe("over");
    expect(typeof a.flagged).toBe("boolean");
    // A in March: 40 + 150 - 200 = -10, shortage; B in Jan 90 on a target of 20: excess.
    expect(s.gaps.find((g) => g.family === "A" && g.period === "2026-03")!.status).toBe("shortage");
    expect(s.gaps.find((g) => g.family === "B" && g.period === "2026-01")!.status).toBe("excess");
    for (const d of s.dataQuality) expect(["error", "warning", "info"]).toContain(d.severity);
  });

  it("carries the cycle, the KPIs as fractions and a bridge that adds up", () => {
    const s = summary();
    // The first plan month (the month after the last actual, 2025-12).
    expect(s.cycle).toBe("2026-01");
    // Gap table by hand (planOnPaper): A met 100, 150, 190 of 100, 150, 200; B all 80; C all 15 (supply
    // 100 in January covers 5 a month). Fill rate = (440 + 80 + 15) / (450 + 80 + 15) = 535 / 545.
    expect(s.kpis.fillRate).toBeCloseTo(535 / 545, 12);
    expect(s.kpis.planAdherence).toBeNull(); // no Actual Production column
    // The bridge: A is the only family with a budget (no Budget Units: taken at its price, $10), so the
    // budget's 300 units at $10 against the plan's 450 units at $10 are all volume: +1,500.
    const total = s.pvm.find((p) => p.quarter === "total")!;
    expect(total).toEqual({ quarter: "total", budgetRevenue: 3000, volume: 1500, mix: 0, price: 0, planRevenue: 4500 });
    // Money at stake: the shortage of A in March, 10 units x $10.
    expect(s.exceptions.map((e) => [e.kind, e.impact])).toContainEqual(["shortage", 100]);
  });
});
