/**
 * Review of the engine against SPEC.md, on the small workbook of planOnPaper.ts whose figures are
 * worked out by hand below (never taken from the code's output).
 */
import { analyze, readPlanningModel, resolveSettings } from "../../src/engine";
import type { Analysis } from "../../src/engine";
import { allGrids } from "./planOnPaper";

function run(): Analysis {
  const settings = resolveSettings();
  const { model, findings } = readPlanningModel(allGrids(), settings);
  return analyze(model, settings, findings);
}

describe("reading the planner's workbook", () => {
  it("finds sheets in any case, a header below a title, synonyms and every period form", () => {
    const { model } = run();
    // Oct (serial), Nov ("Nov 2025"), Dec ("2025-12-15") are history; Jan..Mar the plan.
    expect(model.historyPeriods).toEqual(["2025-10", "2025-11", "2025-12"]);
    expect(model.planPeriods).toEqual(["2026-01", "2026-02", "2026-03"]);
    expect(model.demand.demandPlanColumn).toBe("Consensus Forecast");
    expect(model.families).toEqual(["A", "B", "C"]);
  });
});

describe("demand review (SPEC Conventions)", () => {
  const review = () => run().demandReview!;
  const row = (family: string, forecast: string) => review().rows.find((r) => r.family === family && r.forecast === forecast)!;

  it("A x Consensus: e = A - F = -10, +20, -20", () => {
    const r = row("A", "Consensus Forecast");
    expect(r.n).toBe(3);
    expect(r.rsfe).toBeCloseTo(-10, 10); // -10 + 20 - 20
    expect(r.mad).toBeCloseTo(50 / 3, 10); // (10 + 20 + 20) / 3
    expect(r.trackingSignal).toBeCloseTo(-0.6, 10); // -10 / 16.667
    expect(r.mpe).toBeCloseTo((-10 / 100 + 20 / 120 - 20 / 80) / 3, 10); // -0.061111
    expect(r.mape).toBeCloseTo((10 / 100 + 20 / 120 + 20 / 80) / 3, 10); // 0.172222
    expect(r.wmape).toBeCloseTo(50 / 300, 10);
    expect(r.biasPct).toBeCloseTo(-10 / 300, 10);
    expect(r.nfm).toBeCloseTo(-10 / 210 + 20 / 220 - 20 / 180, 10); // -0.067821
    expect(r.direction).toBe("over");
    expect(r.flagged).toBe(false);
    // Naive = last month's actual: Nov 100, Dec 120 (Oct has no September actual, left out).
    // WMAPE(naive) = (|120-100| + |80-120|) / (120 + 80) = 60/200; WMAPE(consensus) over the same
    // months = (20 + 20) / 200. FVA = 0.3 - 0.2 = 0.1.
    expect(r.fva).toBeCloseTo(0.1, 10);
  });

  it("B x Consensus: the month with A = 0 is left out of MPE and MAPE and counted", () => {
    const r = row("B", "Consensus Forecast");
    // e = 0-10 = -10, 50-40 = +10, 50-70 = -20
    expect(r.rsfe).toBeCloseTo(-20, 10);
    expect(r.mad).toBeCloseTo(40 / 3, 10);
    expect(r.mpe).toBeCloseTo((10 / 50 - 20 / 50) / 2, 10); // -0.1
    expect(r.mape).toBeCloseTo((10 / 50 + 20 / 50) / 2, 10); // 0.3
    expect(r.wmape).toBeCloseTo(40 / 100, 10);
    expect(r.nfm).toBeCloseTo(-10 / 10 + 10 / 90 - 20 / 120, 10); // -1.055556
    expect(r.zeroActualPeriods).toBe(1);
    expect(r.note).toMatch(/1 period with zero actual/);
  });
});

describe("capacity check (SPEC Conventions)", () => {
  const cell = (period: string) => run().capacity!.cells.find((c) => c.resource === "Line 1" && c.period === period)!;

  it("rated capacity = hours x utilization x efficiency, with 85 and 90% read as fractions", () => {
    expect(cell("2026-01").ratedCapacity).toBeCloseTo(100 * 0.85 * 0.9, 10); // 76.5
    expect(cell("2026-03").ratedCapacity).toBeCloseTo(90 * 0.85 * 0.9, 10); // 68.85
  });

  it("load with offsets, past-due load in the first period, utilization and status", () => {
    // Jan: A 120 x 0.5 = 60; C 100 x 0.05 = 5; B's Feb production 0 x 0.1 (offset 1) = 0;
    // B's Jan production 100 x 0.1 = 10 falls in Dec, before the first period: past due into Jan.
    const jan = cell("2026-01");
    expect(jan.load).toBeCloseTo(75, 10);
    expect(jan.pastDueLoad).toBeCloseTo(10, 10);
    expect(jan.utilization).toBeCloseTo(75 / 76.5, 10); // 0.980 > 0.9
    expect(jan.status).toBe("warning");
    const feb = cell("2026-02"); // A 60 + B's Mar production 0
    expect(feb.load).toBeCloseTo(60, 10);
    expect(feb.status).toBe("ok"); // 0.784
    const mar = cell("2026-03"); // A 150 x 0.5 = 75 on 68.85
    expect(mar.load).toBeCloseTo(75, 10);
    expect(mar.status).toBe("overload");
    expect(mar.overloadHours).toBeCloseTo(75 - 68.85, 10); // 6.15
  });

  it("an overload names overtime first, then pre-build from earlier spare capacity, then the rest", () => {
    const o = run().capacity!.overloads.find((x) => x.period === "2026-03")!;
    // 6.15 h over: overtime up to 1 h; Feb has 76.5 - 60 = 16.5 h spare, so pre-build 5.15 h; nothing left.
    const hours = (kind: string) => o.levers.filter((l) => l.kind === kind).reduce((s, l) => s + l.hours, 0);
    expect(o.levers[0].kind).toBe("overtime");
    expect(hours("overtime")).toBeCloseTo(1, 10);
    expect(hours("prebuild")).toBeCloseTo(5.15, 10);
    expect(hours("subcontract")).toBeCloseTo(0, 10);
  });
});

describe("gap table (SPEC Conventions)", () => {
  const line = (family: string, period: string) =>
    run()
      .reconciliation!.families.find((f) => f.family === family)!
      .lines.find((l) => l.period === period)!;

  it("projected inventory, gap and statuses", () => {
    // A: I0 50. Jan 50+120-100 = 70 (<= 2 x 40: OK); Feb 70+120-150 = 40 (not below 40: OK);
    // Mar 40+150-200 = -10: Shortage. Gap = supply - demand: 20, -30, -50.
    expect(line("A", "2026-01")).toMatchObject({ projectedInventory: 70, gap: 20, status: "ok" });
    expect(line("A", "2026-02")).toMatchObject({ projectedInventory: 40, gap: -30, status: "ok" });
    expect(line("A", "2026-03")).toMatchObject({ projectedInventory: -10, gap: -50, status: "shortage" });
    // B: I0 0, target 20. Jan 100-10 = 90 > 40: Excess; Feb 80: Excess; Mar 80-60 = 20: OK.
    expect(line("B", "2026-01")).toMatchObject({ projectedInventory: 90, status: "excess" });
    expect(line("B", "2026-03")).toMatchObject({ projectedInventory: 20, status: "ok" });
  });

  it("no Excess without a target: C holds 95, 90, 85 with no safety stock given", () => {
    expect(line("C", "2026-01")).toMatchObject({ projectedInventory: 95, targetInventory: null, status: "ok" });
    expect(line("C", "2026-03")).toMatchObject({ projectedInventory: 85, status: "ok" });
  });
});

describe("financial gap (SPEC Conventions)", () => {
  it("revenue, margin and revenue gap per line and in total", () => {
    const fin = run().finance!;
    const a = fin.byFamily.find((t) => t.key === "A")!;
    // A: demand 100 / 150 / 200 x 10 = 1000 + 1500 + 2000 = 4500; margin x 4 = 1800;
    // budget 3 x 1000 = 3000, gap 1500.
    expect(a.demandRevenue).toBeCloseTo(4500, 10);
    expect(a.margin).toBeCloseTo(1800, 10);
    expect(a.revenueGap).toBeCloseTo(1500, 10);
    // B (one price for every month): 80 units x 20 = 1600; margin 80 x 5 = 400; no budget.
    const b = fin.byFamily.find((t) => t.key === "B")!;
    expect(b.demandRevenue).toBeCloseTo(1600, 10);
    expect(b.margin).toBeCloseTo(400, 10);
    // Jan: A 1000 + B 200 = 1200; margin 400 + 50.
    const jan = fin.byPeriod.find((t) => t.key === "2026-01")!;
    expect(jan.demandRevenue).toBeCloseTo(1200, 10);
    expect(jan.margin).toBeCloseTo(450, 10);
    expect(fin.total.demandRevenue).toBeCloseTo(6100, 10);
    expect(fin.total.margin).toBeCloseTo(2200, 10);
    expect(fin.total.revenueGap).toBeCloseTo(1500, 10);
  });
});

describe("scenarios (SPEC Conventions)", () => {
  it("Most Likely, Optimistic (+10% demand) and Pessimistic (-10%) by default", () => {
    const results = run().scenarios!.results;
    expect(results.map((r) => r.definition.name)).toEqual(["Most Likely", "Optimistic", "Pessimistic"]);
    // Revenue is what supply can meet (SPEC "Output"), met(t) = min(demand(t), max(0, I(t-1)) + supply(t)):
    // Most Likely: A (begin 50, supply 120/120/150) demand 100/150/200: met 100 (I 70), 150 (I 40),
    //   min(200, 40 + 150) = 190: 440 x 10 = 4400; B (supply 100/0/0) demand 10/10/60: all met, 80 x 20 = 1600.
    //   Revenue 6000 (not the 6100 of demand); A's gap 4400 - 3000 = 1400.
    // Optimistic: A 110/165/220: met 110 (I 60), 165 (I 15), min(220, 15 + 150) = 165: 440 x 10 = 4400;
    //   B 11/11/66: met 11, 11, min(66, 78) = 66: 88 x 20 = 1760. Revenue 6160; A's gap 1400.
    // Pessimistic: A 90/135/180 all met: 405 x 10 = 4050; B 9/9/54: 72 x 20 = 1440. Revenue 5490; gap 1050.
    expect(results[0].kpis.revenue).toBeCloseTo(6000, 8);
    expect(results[1].kpis.revenue).toBeCloseTo(6160, 8);
    expect(results[2].kpis.revenue).toBeCloseTo(5490, 8);
    expect(results[0].kpis.revenueGap).toBeCloseTo(1400, 8);
    expect(results[1].kpis.revenueGap).toBeCloseTo(1400, 8);
    expect(results[2].kpis.revenueGap).toBeCloseTo(1050, 8);
  });
});
