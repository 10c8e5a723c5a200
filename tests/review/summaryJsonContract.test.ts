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
  top: ["schemaVersion", "periods", "demandPlanColumn", "dataQuality", "bias", "capacity", "gaps", "finance", "scenarios", "planChanges", "lagAccuracy", "decisions", "balance"],
  dataQuality: ["sheet", "cell", "severity", "message"],
  bias: ["family", "forecast", "n", "rsfe", "mad", "trackingSignal", "mpe", "mape", "wmape", "biasPct", "nfm", "direction", "flagged", "fva"],
  capacity: ["resource", "period", "availableHours", "ratedCapacity", "load", "utilization", "status", "overloadHours", "pastDueLoad"],
  gaps: ["family", "period", "demand", "supply", "gap", "projectedInventory", "targetInventory", "status"],
  finance: ["family", "period", "demandRevenue", "budgetRevenue", "revenueGap", "margin"],
  scenarios: ["name", "revenue", "margin", "revenueGap", "overloads", "shortages", "maxUtilization", "endingInventory"],
};

describe("the JSON summary", () => {
  it("has exactly the SPEC's keys at every level", () => {
    const s = summary() as unknown as Record<string, Record<string, unknown>[]>;
    expect(Object.keys(s).sort()).toEqual([...SPEC_KEYS.top].sort());
    for (const key of ["dataQuality", "bias", "capacity", "gaps", "finance", "scenarios"] as const) {
      expect(s[key].length).toBeGreaterThan(0);
      for (const record of s[key]) expect(Object.keys(record).sort()).toEqual([...SPEC_KEYS[key]].sort());
    }
  });

  it("writes fractions, not percents, and the SPEC's words for statuses and directions", () => {
    const s = summary();
    expect(s.schemaVersion).toBe(2);
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
    for (const d of s.dataQuality) expect(["error", "warning"]).toContain(d.severity);
  });
});
