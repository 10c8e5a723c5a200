/**
 * Review of the input rules of SPEC.md "Input workbook" and of the window and scenario defaults.
 * Each expected figure is worked out by hand in a comment.
 */
import { analyze, readPlanningModel, resolveSettings } from "../../src/engine";
import type { CellGrid, CellValue } from "../../src/engine";

function analyzeGrids(grids: CellGrid[]) {
  const settings = resolveSettings();
  const { model, findings } = readPlanningModel(grids, settings);
  return analyze(model, settings, findings);
}

describe("wide Demand and the demand plan column", () => {
  it("reads Family / Measure / one column per period, and takes the last forecast column without a consensus", () => {
    const wide: CellGrid = {
      sheet: "Demand",
      values: [
        ["Family", "Measure", "January 2026", "Feb 2026", "2026-03", "2026-04-15"],
        ["A", "Actual", 100, 120, 80, null],
        ["A", "Statistical Forecast", 90, 130, 70, 100],
        ["A", "Sales Forecast", 110, 100, 100, 140],
      ],
    };
    const a = analyzeGrids([wide]);
    expect(a.model.periods).toEqual(["2026-01", "2026-02", "2026-03", "2026-04"]);
    expect(a.model.historyPeriods).toEqual(["2026-01", "2026-02", "2026-03"]);
    // No Consensus Forecast / Demand Plan: the last forecast column, Sales Forecast, is the plan.
    expect(a.model.demand.demandPlanColumn).toBe("Sales Forecast");
    const sales = a.demandReview!.rows.find((r) => r.forecast === "Sales Forecast")!;
    expect(sales.rsfe).toBeCloseTo(-10, 10); // -10 + 20 - 20
  });

  it("takes a Demand Plan column as the plan even when it is not the last", () => {
    const long: CellGrid = {
      sheet: "demand",
      values: [
        ["Family", "Period", "Actual", "Demand Plan", "Statistical Forecast"],
        ["A", "2026-01", 100, 110, 90],
        ["A", "2026-02", null, 120, 100],
      ],
    };
    expect(analyzeGrids([long]).model.demand.demandPlanColumn).toBe("Demand Plan");
  });
});

describe("the review window: the last 12 periods with actuals", () => {
  it("leaves out the 13th most recent month", () => {
    // 13 months 2025-01 .. 2026-01 with actual 100; forecast 200 in 2025-01 only, 100 elsewhere.
    // Window = 2025-02 .. 2026-01, so every error is 0: RSFE 0, n 12. With 2025-01 it would be -100.
    const values: CellValue[][] = [["Family", "Period", "Actual", "Consensus Forecast"]];
    for (let m = 0; m < 13; m++) {
      const year = 2025 + Math.floor(m / 12);
      const month = (m % 12) + 1;
      values.push(["A", `${year}-${String(month).padStart(2, "0")}`, 100, m === 0 ? 200 : 100]);
    }
    const r = analyzeGrids([{ sheet: "Demand", values }]).demandReview!.rows[0];
    expect(r.n).toBe(12);
    expect(r.rsfe).toBe(0);
  });
});

describe("percentages", () => {
  it("reads utilization 0.85, 85 and a formatted 85% alike", () => {
    // Rated = 100 x 0.85 x 1 = 85 whichever way the 85% is written.
    const demand: CellGrid = {
      sheet: "Demand",
      values: [
        ["Family", "Period", "Actual", "Consensus Forecast"],
        ["A", "2026-01", null, 10],
        ["A", "2026-02", null, 10],
        ["A", "2026-03", null, 10],
      ],
    };
    const capacity: CellGrid = {
      sheet: "Capacity",
      values: [
        ["Resource", "Period", "Available Hours", "Utilization"],
        ["L", "2026-01", 100, 0.85],
        ["L", "2026-02", 100, 85],
        ["L", "2026-03", 100, "85%"],
      ],
    };
    const bor: CellGrid = {
      sheet: "Bill of Resources",
      values: [
        ["Family", "Resource", "Hours per Unit"],
        ["A", "L", 1],
      ],
    };
    const cells = analyzeGrids([demand, capacity, bor]).capacity!.cells;
    expect(cells.map((c) => c.ratedCapacity)).toEqual([85, 85, 85].map((x) => expect.closeTo(x, 10)));
  });
});

describe("scenarios", () => {
  it("a Scenarios sheet replaces Optimistic and Pessimistic with its own", () => {
    const demand: CellGrid = {
      sheet: "Demand",
      values: [
        ["Family", "Period", "Actual", "Consensus Forecast"],
        ["A", "2026-01", null, 100],
      ],
    };
    const finance: CellGrid = {
      sheet: "Finance",
      values: [
        ["Family", "Unit Price"],
        ["A", 10],
      ],
    };
    const scenarios: CellGrid = {
      sheet: "Scenarios",
      values: [
        ["Scenario", "Demand Change %", "Price Change %"],
        ["Promo", 20, -5],
      ],
    };
    const results = analyzeGrids([demand, finance, scenarios]).scenarios!.results;
    expect(results.map((r) => r.definition.name)).toEqual(["Most Likely", "Promo"]);
    // Promo: 100 x 1.2 = 120 units at 10 x 0.95 = 9.5 -> 1140.
    expect(results[1].kpis.revenue).toBeCloseTo(1140, 8);
  });
});
