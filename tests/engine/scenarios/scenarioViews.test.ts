/**
 * A what-if scenario's Capacity Check, Gap Table and Financial Gap are views of the same kernel run
 * as its KPIs and its scenario sheet: checked here against numbers worked by hand from the definitions
 * (SPEC.md "Conventions"), for a demand and price change on one family, a capacity cut on one resource
 * and a change of everything.
 *
 * The plan: Kettles demand [100, 200], supply [150, 120], 20 on hand, target 30, $40 (cost $25), budget
 * $5,000 a month, 0.5 h a unit on Press (100 h) one month before production; Toasters demand [50, 50],
 * supply [40, 60], none on hand, $30 (cost $20), no budget, 1 h a unit on Oven (200 h).
 */
import { runScenarios, type ScenarioResult } from "../../../src/engine/scenarios";
import { scenarioPlan, settingsWith } from "./scenarioPlan";

function plan() {
  const model = scenarioPlan({
    resources: [
      ["Press", 100],
      ["Oven", 200],
    ],
    bill: [
      ["Kettles", "Press", 0.5],
      ["Toasters", "Oven", 1],
    ],
    supply: { Kettles: [150, 120], Toasters: [40, 60] },
    beginning: { Kettles: 20, Toasters: 0 },
    target: { Kettles: 30 },
    prices: { Kettles: { price: 40, cost: 25, budget: 5000 }, Toasters: { price: 30, cost: 20 } },
    scenarios: [
      ["Kettles Boom", 0.3, 0.05, null, "Kettles", null],
      ["Oven Down", null, null, -0.75, null, "Oven"],
      ["Slump", -0.5, -0.1, 0.1, null, null],
    ],
  });
  model.billOfResources![0].offset = 1;
  return model;
}

const results = runScenarios(plan(), settingsWith()).results;
const scenario = (name: string): ScenarioResult => results.find((r) => r.definition.name === name)!;

describe("Kettles Boom: Kettles demand +30% and price +5%", () => {
  const boom = scenario("Kettles Boom");

  it("has the gap table of the Supply plan as given against its demand", () => {
    // Kettles demand [100, 200] x 1.3 = [130, 260] against supply [150, 120]: gaps +20 and -140;
    // I = 20 + 150 - 130 = 40 (between the target 30 and 2 x 30: OK), then 40 + 120 - 260 = -100.
    // Toasters unchanged: I = 0 + 40 - 50 = -10, then -10 + 60 - 50 = 0.
    const rec = boom.reconciliation!;
    const kettles = rec.families.find((f) => f.family === "Kettles")!;
    expect(kettles.lines.map((l) => [l.demand, l.supply, l.gap, l.projectedInventory, l.status])).toEqual([
      [expect.closeTo(130, 9), 150, expect.closeTo(20, 9), expect.closeTo(40, 9), "ok"],
      [expect.closeTo(260, 9), 120, expect.closeTo(-140, 9), expect.closeTo(-100, 9), "shortage"],
    ]);
    expect(rec.shortages.map((s) => [s.family, s.period, s.shortfall])).toEqual([
      ["Kettles", "2027-02", expect.closeTo(100, 9)],
      ["Toasters", "2027-01", expect.closeTo(10, 9)],
    ]);
    // Demand 390 + 100 = 490, supply 270 + 100 = 370, ending inventory -100 + 0 = -100.
    expect(rec.total.demand).toBeCloseTo(490, 9);
    expect(rec.total.supply).toBeCloseTo(370, 9);
    expect(rec.total.gap).toBeCloseTo(-120, 9);
    expect(rec.total.endingInventory).toBeCloseTo(-100, 9);
    // The scenario sheet's figures are the same numbers.
    const gaps = boom.outcome.gaps!;
    const k = gaps.familyIndex.get("Kettles")!;
    expect(Array.from(gaps.projectedInventory.subarray(2 * k, 2 * k + 2))).toEqual([40, -100]);
  });

  it("has the financial gap of its demand at its prices", () => {
    // Kettles at $40 x 1.05 = $42: revenue 130 x 42 = $5,460 and 260 x 42 = $10,920, margin 17 x 130 =
    // $2,210 and 17 x 260 = $4,420, gaps against $5,000: +$460 and +$5,920. Toasters 2 x 50 x $30 = $3,000,
    // no budget (no gap). Total revenue $19,380; revenue gap $6,380 on $10,000 of budget: 63.8%.
    const fin = boom.finance!;
    const kettles = fin.lines.filter((l) => l.family === "Kettles");
    expect(kettles.map((l) => [l.unitPrice, l.demandRevenue, l.margin, l.revenueGap])).toEqual([
      [expect.closeTo(42, 9), expect.closeTo(5460, 9), expect.closeTo(2210, 9), expect.closeTo(460, 9)],
      [expect.closeTo(42, 9), expect.closeTo(10920, 9), expect.closeTo(4420, 9), expect.closeTo(5920, 9)],
    ]);
    expect(fin.lines.filter((l) => l.family === "Toasters").map((l) => l.revenueGap)).toEqual([null, null]);
    expect(fin.total.demandRevenue).toBeCloseTo(19380, 9);
    expect(fin.total.revenueGap).toBeCloseTo(6380, 9);
    expect(fin.total.revenueGapPct).toBeCloseTo(0.638, 12);
  });

  it("has KPIs on the demand its supply can meet", () => {
    // Met: Kettles min(130, 20 + 150) = 130, min(260, 40 + 120) = 160; Toasters min(50, 0 + 40) = 40,
    // min(50, 0 + 60) = 50: 380 of 490. Revenue (130 + 160) x $42 + (40 + 50) x $30 = $14,880; revenue
    // gap (5,460 - 5,000) + (6,720 - 5,000) = $2,180 (Toasters has no budget).
    expect(boom.kpis.fillRate).toBeCloseTo(380 / 490, 12);
    expect(boom.kpis.shortages).toBe(2);
    expect(boom.kpis.revenue).toBeCloseTo(14880, 9);
    expect(boom.kpis.revenueGap).toBeCloseTo(2180, 9);
  });

  it("has the capacity check of production following its demand", () => {
    // Kettles production [150, 120] x 1.3 = [195, 156] x 0.5 h, a month early: January's 97.5 h falls
    // before the horizon (past due, in January), February's 78 h in January: 175.5 h on 100 h. The
    // demand plan [130, 260] x 0.5 h: 65 + 130 = 195 h required. Oven: Toasters [40, 60] h on 200 h.
    const cap = boom.capacity!;
    expect(cap.resources).toEqual(["Press", "Oven"]);
    const jan = cap.cells.find((c) => c.resource === "Press" && c.period === "2027-01")!;
    expect([jan.load, jan.pastDueLoad, jan.utilization, jan.status]).toEqual([
      expect.closeTo(175.5, 9),
      expect.closeTo(97.5, 9),
      expect.closeTo(1.755, 12),
      "overload",
    ]);
    expect(jan.requiredLoad).toBeCloseTo(195, 9);
    expect(jan.loadByFamily).toEqual({ Kettles: expect.closeTo(175.5, 9) });
    // No overtime and no earlier month: all 75.5 h to subcontract.
    expect(cap.overloads[0].levers).toEqual([
      { kind: "overtime", hours: 0 },
      { kind: "prebuild", hours: 0, from: [] },
      { kind: "subcontract", hours: expect.closeTo(75.5, 9) },
    ]);
  });
});

describe("Oven Down: Oven capacity -75%", () => {
  const down = scenario("Oven Down");

  it("checks the plan's load against the cut capacity, most constrained resource first", () => {
    // Oven: 200 h x 0.25 = 50 h; Toasters [40, 60] h -> 80% and 120%. Press as planned: Kettles
    // [150, 120] x 0.5 h a month early: 75 h past due + 60 h = 135 h in January, 135%.
    const cap = down.capacity!;
    expect(cap.resources).toEqual(["Press", "Oven"]);
    const oven = cap.cells.filter((c) => c.resource === "Oven");
    expect(oven.map((c) => [c.availableHours, c.load, c.utilization, c.status])).toEqual([
      [50, 40, expect.closeTo(0.8, 12), "ok"],
      [50, 60, expect.closeTo(1.2, 12), "overload"],
    ]);
    // Oven's February overload (10 h) is covered by building early in January (50 - 40 = 10 h spare).
    const ovenFeb = cap.overloads.find((o) => o.resource === "Oven")!;
    expect(ovenFeb.levers).toEqual([
      { kind: "overtime", hours: 0 },
      { kind: "prebuild", hours: 10, from: [{ period: "2027-01", hours: 10 }] },
      { kind: "subcontract", hours: 0 },
    ]);
    // The scenario sheet's overloads and the KPIs are the same cells.
    expect(down.outcome.capacity!.overloads.map((c) => [c.resource, c.period, c.load, c.overloadHours])).toEqual([
      ["Press", "2027-01", 135, 35],
      ["Oven", "2027-02", 60, 10],
    ]);
    expect(down.kpis.overloads).toBe(2);
    expect(down.kpis.maxUtilization).toBeCloseTo(1.35, 12);
  });
});

describe("Slump: demand -50%, price -10%, capacity +10% everywhere", () => {
  const slump = scenario("Slump");

  it("prices every family's lower demand at the lower prices", () => {
    // Kettles [50, 100] x $36 = $1,800 + $3,600, margin 150 x (36 - 25) = $1,650, gaps -$3,200 and
    // -$1,400; Toasters [25, 25] x $27 = $1,350, margin 50 x 7 = $350. Total revenue $6,750.
    const fin = slump.finance!;
    const byFamily = new Map(fin.byFamily.map((t) => [t.key, t]));
    expect(byFamily.get("Kettles")!.demandRevenue).toBeCloseTo(5400, 9);
    expect(byFamily.get("Kettles")!.margin).toBeCloseTo(1650, 9);
    expect(byFamily.get("Kettles")!.revenueGap).toBeCloseTo(-4600, 9);
    expect(byFamily.get("Toasters")!.margin).toBeCloseTo(350, 9);
    expect(fin.total.demandRevenue).toBeCloseTo(6750, 9);
  });

  it("raises every resource's rated capacity", () => {
    // Press 100 h x 1.1 = 110 h; production follows demand: [75, 60] x 0.5 h, a month early: 37.5 +
    // 30 = 67.5 h in January, 61.4%. Oven 220 h; Toasters [20, 30] h.
    const press = slump.capacity!.cells.find((c) => c.resource === "Press" && c.period === "2027-01")!;
    expect(press.ratedCapacity).toBeCloseTo(110, 9);
    expect(press.load).toBeCloseTo(67.5, 9);
    expect(press.utilization).toBeCloseTo(67.5 / 110, 12);
    // Every unit of demand is met from supply: fill rate 100%.
    expect(slump.kpis.fillRate).toBeCloseTo(1, 12);
  });
});

describe("the plan as given (Most Likely)", () => {
  it("is the same kernel run with every factor 1", () => {
    const mostLikely = results[0];
    // Press: 75 h past due + 60 h = 135 h (135%); Oven 40 h and 60 h of 200 h.
    expect(mostLikely.kpis.overloads).toBe(1);
    expect(mostLikely.kpis.maxUtilization).toBeCloseTo(1.35, 12);
    // Kettles I = 20 + 150 - 100 = 70, 70 + 120 - 200 = -10; Toasters -10, 0: 2 shortage months.
    expect(mostLikely.kpis.shortages).toBe(2);
    expect(mostLikely.reconciliation!.families[0].lines.map((l) => l.projectedInventory)).toEqual([70, -10]);
  });
});
