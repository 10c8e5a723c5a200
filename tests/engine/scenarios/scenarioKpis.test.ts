/**
 * Scenario KPIs on hand-made plans: every expected figure is worked out in the comment above it from
 * the definitions (revenue = demand met x price, met as in the gap table; rated capacity = hours x utilization x efficiency,
 * utilization = load / rated capacity, I(t) = I(t-1) + supply - demand).
 */
import { runScenarios, type ScenarioResult } from "../../../src/engine/scenarios";
import { scenarioPlan, settingsWith, PRESS_AND_OVEN } from "./scenarioPlan";

const byName = (results: ScenarioResult[], name: string): ScenarioResult => {
  const r = results.find((x) => x.definition.name === name);
  if (!r) throw new Error(`no scenario ${name}`);
  return r;
};

describe("scenario KPIs", () => {
  it("+10% demand on one family with a known price raises that family's revenue by exactly 10%", () => {
    // Supply with room for the extra 10%, so all the scenario's demand is met.
    const model = scenarioPlan({
      supply: { Kettles: [110, 220], Toasters: [50, 50] },
      scenarios: [["Kettles Up", 0.1, null, null, "Kettles", null]],
    });
    const { results } = runScenarios(model, settingsWith());
    // Most Likely: Kettles (100 + 200) x $40 = $12,000; Toasters (50 + 50) x $30 = $3,000; total $15,000.
    expect(byName(results, "Most Likely").kpis.revenue).toBeCloseTo(15000, 9);
    // Kettles Up: Kettles 300 x 1.1 x $40 = $13,200 (= $12,000 + 10%); Toasters unchanged $3,000.
    const up = byName(results, "Kettles Up");
    expect(up.kpis.revenue).toBeCloseTo(16200, 9);
    expect(up.finance!.byFamily.find((f) => f.key === "Kettles")!.demandRevenue).toBeCloseTo(13200, 9);
    expect(up.finance!.byFamily.find((f) => f.key === "Toasters")!.demandRevenue).toBeCloseTo(3000, 9);
    // Margin: Kettles 330 x ($40 - $25) = $4,950; Toasters 100 x ($30 - $20) = $1,000.
    expect(up.kpis.margin).toBeCloseTo(5950, 9);
  });

  it("counts as revenue only the demand the Supply plan as given can meet, with its fill rate", () => {
    // Supply = the plan's demand (Kettles 100, 200; Toasters 50, 50); Up is +10% demand on every family.
    // Kettles: demand 110, 220. 2027-01 met = min(110, 0 + 100) = 100, I = -10; 2027-02 met =
    //   min(220, max(0, -10) + 200) = 200. Toasters: demand 55, 55, met 50, 50.
    // Revenue = 300 x $40 + 100 x $30 = $15,000 (not 1.1 x $15,000 = $16,500); margin 300 x $15 +
    // 100 x $10 = $5,500; fill rate = 400 / 440.
    const model = scenarioPlan({ scenarios: [["Up", 0.1, null, null, null, null]] });
    const up = byName(runScenarios(model, settingsWith()).results, "Up");
    expect(up.kpis.revenue).toBeCloseTo(15000, 9);
    expect(up.kpis.margin).toBeCloseTo(5500, 9);
    expect(up.kpis.fillRate).toBeCloseTo(400 / 440, 12);
    // The scenario's Financial Gap still shows its demand in money: Kettles 330 x $40 = $13,200.
    expect(up.finance!.byFamily.find((f) => f.key === "Kettles")!.demandRevenue).toBeCloseTo(13200, 9);
  });

  it("without a Supply sheet nothing limits demand: revenue is demand x price", () => {
    const model = scenarioPlan({ noSupply: true, scenarios: [["Up", 0.1, null, null, null, null]] });
    // Kettles 330 x $40 = $13,200 + Toasters 110 x $30 = $3,300 = $16,500.
    expect(byName(runScenarios(model, settingsWith()).results, "Up").kpis.revenue).toBeCloseTo(16500, 9);
  });

  it("a -20% capacity scenario turns a 95% warning into an overload", () => {
    // Press: 100 h available, 100% utilization and efficiency = 100 h rated. Kettles planned 190 units
    // in 2027-01 x 0.5 h = 95 h: 95% > the 90% warning threshold, no overload.
    const model = scenarioPlan({
      demand: { Kettles: [190, 100], Toasters: [50, 50] },
      scenarios: [["Press Down", null, null, -0.2, null, "Press"]],
    });
    const { results } = runScenarios(model, settingsWith());
    const base = byName(results, "Most Likely");
    expect(base.capacity!.cells.find((c) => c.period === "2027-01")!.status).toBe("warning");
    expect(base.kpis.overloads).toBe(0);
    expect(base.kpis.maxUtilization).toBeCloseTo(0.95, 12);
    // -20%: 100 x 0.8 = 80 h rated; 95 / 80 = 118.75%: an overload of 15 h. 2027-02: 50 / 80 = 62.5%.
    const down = byName(results, "Press Down");
    const jan = down.capacity!.cells.find((c) => c.period === "2027-01")!;
    expect(jan.status).toBe("overload");
    expect(jan.overloadHours).toBeCloseTo(15, 12);
    expect(down.kpis.overloads).toBe(1);
    expect(down.kpis.maxUtilization).toBeCloseTo(1.1875, 12);
  });

  it("changes capacity only on the resource a row names", () => {
    // Press 100 h, Oven 200 h; Kettles 0.5 h on Press, Toasters 1 h on Oven.
    const model = scenarioPlan({
      ...PRESS_AND_OVEN,
      scenarios: [["Oven Up", null, null, 0.25, null, "Oven"]],
    });
    const up = byName(runScenarios(model, settingsWith()).results, "Oven Up");
    // Oven: 200 x 1.25 = 250 h rated; load 50 x 1 = 50 h: 20%. Press stays 100 h; 2027-02 load 200 x 0.5 = 100 h: 100%.
    const cell = (r: string, p: string) => up.capacity!.cells.find((c) => c.resource === r && c.period === p)!;
    expect(cell("Oven", "2027-01").ratedCapacity).toBeCloseTo(250, 12);
    expect(cell("Oven", "2027-01").utilization).toBeCloseTo(0.2, 12);
    expect(cell("Press", "2027-02").ratedCapacity).toBeCloseTo(100, 12);
    expect(cell("Press", "2027-02").utilization).toBeCloseTo(1, 12);
    expect(up.kpis.maxUtilization).toBeCloseTo(1, 12);
  });

  it("production follows the scenario's demand in the capacity check, while the Supply plan stays as given in the gap table", () => {
    const model = scenarioPlan({ scenarios: [["Up", 0.1, null, null, null, null]] });
    const up = byName(runScenarios(model, settingsWith()).results, "Up");
    // Capacity: Kettles 2027-02 production 200 x 1.1 = 220 units x 0.5 h = 110 h on 100 h: 110%, overload.
    expect(up.capacity!.cells.find((c) => c.period === "2027-02")!.load).toBeCloseTo(110, 9);
    expect(up.kpis.overloads).toBe(1);
    // Gap table: supply 100 / 200 as given, demand 110 / 220; beginning 0: I = -10, then -10 + 200 - 220 = -30.
    const kettles = up.reconciliation!.families.find((f) => f.family === "Kettles")!;
    expect(kettles.lines.map((l) => l.projectedInventory)).toEqual([expect.closeTo(-10, 9), expect.closeTo(-30, 9)]);
  });

  it("combines rows of the same scenario (any capitalisation) by multiplying their factors", () => {
    const model = scenarioPlan({
      // Supply with room for the scenario's demand (Kettles x 1.32, Toasters x 1.1), so all of it is met.
      supply: { Kettles: [132, 264], Toasters: [55, 55] },
      scenarios: [
        ["Mixed", 0.1, null, null, null, null],
        ["mixed", 0.2, null, null, "Kettles", null],
        ["MIXED", null, 0.05, null, "Toasters", null],
      ],
    });
    const { results } = runScenarios(model, settingsWith());
    expect(results.map((r) => r.definition.name)).toEqual(["Most Likely", "Mixed"]);
    const mixed = results[1];
    // Kettles demand x 1.1 x 1.2 = x 1.32; Toasters demand x 1.1 and price x 1.05.
    expect(mixed.definition.demandFactor.Kettles).toBeCloseTo(1.32, 12);
    expect(mixed.definition.demandFactor.Toasters).toBeCloseTo(1.1, 12);
    expect(mixed.definition.priceFactor.Toasters).toBeCloseTo(1.05, 12);
    expect(mixed.definition.priceFactor.Kettles).toBe(1);
    // Revenue: Kettles 300 x 1.32 x $40 = $15,840; Toasters 100 x 1.1 x $31.50 = $3,465; total $19,305.
    expect(mixed.kpis.revenue).toBeCloseTo(19305, 9);
  });

  it("measures fill rate, shortages and ending inventory against the Supply plan as given", () => {
    // Kettles: beginning 10, supply 50 then 100, demand 100 then 50.
    //   2027-01: met = min(100, 10 + 50) = 60; I = 10 + 50 - 100 = -40 (shortage).
    //   2027-02: met = min(50, max(0, -40) + 100) = 50; I = -40 + 100 - 50 = 10.
    // Toasters: beginning 0, supply = demand = 50, 50: met 100, I = 0, 0.
    // Fill rate = (60 + 50 + 100) / (150 + 100) = 210 / 250 = 0.84. Ending inventory 10 + 0 = 10.
    const model = scenarioPlan({
      demand: { Kettles: [100, 50], Toasters: [50, 50] },
      supply: { Kettles: [50, 100], Toasters: [50, 50] },
      beginning: { Kettles: 10 },
      target: { Kettles: 20, Toasters: 15 },
    });
    const base = runScenarios(model, settingsWith()).results[0];
    expect(base.kpis.fillRate).toBeCloseTo(0.84, 12);
    expect(base.kpis.shortages).toBe(1);
    expect(base.kpis.endingInventory).toBeCloseTo(10, 12);
    // Targets in the last month: 20 + 15 = 35.
    expect(base.kpis.endingTargetInventory).toBe(35);
  });

  it("compares revenue with budget", () => {
    // Budget $7,000 a month for Kettles, none for Toasters. Kettles revenue $4,000 + $8,000 = $12,000
    // against $14,000: gap -$2,000. Pessimistic (-10%): $10,800 - $14,000 = -$3,200.
    const model = scenarioPlan({ prices: { Kettles: { price: 40, cost: 25, budget: 7000 }, Toasters: { price: 30, cost: 20 } } });
    const { results } = runScenarios(model, settingsWith());
    expect(byName(results, "Most Likely").kpis.revenueGap).toBeCloseTo(-2000, 9);
    expect(byName(results, "Pessimistic").kpis.revenueGap).toBeCloseTo(-3200, 9);
  });

  it("leaves out what cannot be computed instead of showing zeros", () => {
    const model = scenarioPlan({ noCapacity: true, noSupply: true, noFinance: true });
    const comparison = runScenarios(model, settingsWith());
    expect(comparison.results).toHaveLength(3);
    for (const r of comparison.results) {
      expect(r.kpis).toMatchObject({
        revenue: null,
        fillRate: null,
        shortages: null,
        overloads: null,
        maxUtilization: null,
        endingInventory: null,
      });
    }
    expect(comparison.sourceNote).toMatch(/no Supply sheet/);
  });
});
