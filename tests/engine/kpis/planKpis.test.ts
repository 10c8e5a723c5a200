/**
 * The summary's KPIs (SPEC "Conventions") on a plan worked by hand, read from sheets as a user types
 * them. Kettles ($40, cost $25) and Toasters ($30, cost $20); history 2026-01..03, plan 2026-04..06.
 */
import type { CellValue } from "../../../src/engine/grid";
import { inventoryTurns, planAdherence, planKpis } from "../../../src/engine/kpis";
import { metDemand, seriesFillRate } from "../../../src/engine/reconcile";
import { resolveSettings } from "../../../src/engine/settings";
import { generatePack } from "../../../src/report/generate";
import { grid } from "../read/grids";

describe("KPI rules on hand-worked series", () => {
  it("fill rate: met(t) = min(demand, max(0, I(t-1)) + supply), a backlog carried in is not stock", () => {
    // Opening 10, supply 20 then 50, demand 50 and 50: met min(50, 10 + 20) = 30 (I = -20), then
    // min(50, max(0, -20) + 50) = 50 (I = -20). Fill rate 80 / 100.
    expect(metDemand(10, [20, 50], [50, 50])).toEqual([30, 50]);
    expect(seriesFillRate(10, [20, 50], [50, 50])).toBeCloseTo(0.8, 12);
    expect(seriesFillRate(0, [5], [0])).toBeNull();
  });

  it("inventory turns: 12 x cost of demand / cost of on-hand inventory, months without a cost left out", () => {
    // Cost of demand: 100 x $5 twice + 30 x $10 + 80 x $10 = $2,100; stock (50 + 150) x $5 + 60 x $10
    // = $1,600, the backlog (-20) holds nothing; the month without a cost is left out of both.
    // 12 x 2,100 / 1,600 = 15.75.
    expect(
      inventoryTurns([
        { demand: 100, projectedInventory: 50, unitCost: 5 },
        { demand: 100, projectedInventory: 150, unitCost: 5 },
        { demand: 30, projectedInventory: 60, unitCost: 10 },
        { demand: 80, projectedInventory: -20, unitCost: 10 },
        { demand: 999, projectedInventory: 999, unitCost: null },
      ]),
    ).toBeCloseTo(15.75, 12);
    expect(inventoryTurns([{ demand: 1, projectedInventory: 1, unitCost: null }])).toBeNull();
  });

  it("plan adherence: 1 - sum |actual - planned| / sum planned, over months with both", () => {
    // Planned 100, 200, 100; actual 90, 210, 100: deviation 10 + 10 + 0 = 20 of 400: 95%.
    expect(planAdherence([100, 200, 100, 50], [90, 210, 100, null])).toBeCloseTo(0.95, 12);
    expect(planAdherence([100], [null])).toBeNull();
  });
});

const HISTORY = ["2026-01", "2026-02", "2026-03"];
const PLAN = ["2026-04", "2026-05", "2026-06"];

function workbook() {
  const demand: CellValue[][] = [["Family", "Period", "Actual", "Consensus Forecast"]];
  [90, 110, 100].forEach((f, t) => demand.push(["Kettles", HISTORY[t], 100, f]));
  PLAN.forEach((p) => demand.push(["Kettles", p, null, 100]));
  [60, 50, 50].forEach((f, t) => demand.push(["Toasters", HISTORY[t], 50, f]));
  PLAN.forEach((p) => demand.push(["Toasters", p, null, 50]));
  const supply: CellValue[][] = [["Family", "Period", "Planned Production", "Beginning Inventory", "Actual Production"]];
  [90, 110, 100].forEach((a, t) => supply.push(["Kettles", HISTORY[t], 100, null, a]));
  [150, 100, 50].forEach((s, t) => supply.push(["Kettles", PLAN[t], s, t === 0 ? 0 : null, null]));
  [50, 45, 50].forEach((a, t) => supply.push(["Toasters", HISTORY[t], 50, null, a]));
  [20, 50, 50].forEach((s, t) => supply.push(["Toasters", PLAN[t], s, t === 0 ? 10 : null, null]));
  return [
    grid("Demand", demand),
    grid("Supply", supply),
    grid("Finance", [
      ["Family", "Unit Price", "Unit Cost"],
      ["Kettles", 40, 25],
      ["Toasters", 30, 20],
    ]),
  ];
}

describe("the plan's KPIs", () => {
  const pack = generatePack(workbook(), resolveSettings());
  const kpis = planKpis(pack.analysis);

  it("reads Actual Production of the closed months without disturbing the plan", () => {
    expect(pack.analysis.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(pack.analysis.model.planPeriods).toEqual(PLAN);
  });

  it("fill rate, months of cover and inventory turns of the plan", () => {
    // Kettles: begin 0, supply 150/100/50, demand 100 each: I = 50, 50, 0; all met (300).
    // Toasters: begin 10, supply 20/50/50, demand 50 each: met 30 (I -20), 50 (I -20), 50 (I -20): 130.
    // Fill rate = (300 + 130) / 450.
    expect(kpis.fillRate).toBeCloseTo(430 / 450, 12);
    // Total projected inventory end of 2026-04: 50 - 20 = 30 against next month's demand 150: 0.2 months.
    expect(kpis.monthsOfCover).toBeCloseTo(0.2, 12);
    // Cost of demand: 300 x $25 + 150 x $20 = $10,500; on-hand stock at cost: (50 + 50 + 0) x $25 = $2,500
    // (Toasters' backlog holds nothing). Turns = 12 x 10,500 / 2,500 = 50.4.
    expect(kpis.inventoryTurns).toBeCloseTo(50.4, 12);
  });

  it("plan adherence of the closed months", () => {
    // Kettles planned 100 x 3, actual 90/110/100: deviation 20; Toasters planned 50 x 3, actual 50/45/50:
    // deviation 5. 1 - 25 / 450.
    expect(kpis.planAdherence).toBeCloseTo(1 - 25 / 450, 12);
    expect(kpis.adherenceMonths).toBe(3);
  });

  it("forecast accuracy (1 - WMAPE of the demand plan) and its trend by month", () => {
    // 2026-01: |100 - 90| + |50 - 60| = 20 of 150; 2026-02: 10 + 0 = 10 of 150; 2026-03: 0.
    // Overall 1 - 30 / 450.
    expect(kpis.forecastAccuracy).toBeCloseTo(1 - 30 / 450, 12);
    expect(kpis.accuracyTrend.map((p) => [p.period, p.n])).toEqual([
      ["2026-01", 2],
      ["2026-02", 2],
      ["2026-03", 2],
    ]);
    expect(kpis.accuracyTrend.map((p) => p.accuracy)).toEqual([
      expect.closeTo(1 - 20 / 150, 12),
      expect.closeTo(1 - 10 / 150, 12),
      expect.closeTo(1, 12),
    ]);
  });

  it("shows them on the summary's key figures and in the JSON summary", () => {
    const summary = pack.workbook.sheets.find((x) => x.name === "S&OP Summary")!;
    const value = (label: string) => summary.rows.find((r) => r[0] === label)?.[1];
    // The pack holds ratios rounded to 6 decimals (numbers rounded to what they mean):
    // 430 / 450 = 0.9555...6 -> 0.955556, 1 - 25 / 450 = 0.9444...4 -> 0.944444.
    expect(value("Fill rate")).toBeCloseTo(430 / 450, 6);
    expect(value("Months of cover")).toBeCloseTo(0.2, 12);
    expect(value("Inventory turns (annualized)")).toBeCloseTo(50.4, 12);
    expect(value("Plan adherence")).toBeCloseTo(1 - 25 / 450, 6);
    expect(pack.summary.kpis).toEqual({
      fillRate: kpis.fillRate,
      monthsOfCover: kpis.monthsOfCover,
      inventoryTurns: kpis.inventoryTurns,
      planAdherence: kpis.planAdherence,
      forecastAccuracy: kpis.forecastAccuracy,
      // No Target Inventory is given, so no family has a given target to measure a change against.
      workingCapitalChange: null,
    });
    expect(pack.summary.cycle).toBe("2026-04");
  });
});
