import { reconcileFinance, quarterOf } from "../../../src/engine/finance";
import { resolveSettings } from "../../../src/engine/settings";
import { planModel } from "../reconcile/planFixture";

const settings = resolveSettings();
const q1 = ["2027-01", "2027-02", "2027-03"];

describe("financial reconciliation of the demand plan against budget", () => {
  it("prices, costs and compares each family-month with its budget", () => {
    // Espresso Machines: demand 100, 120, 80 at $500 (cost $300), budget revenue $50,000 a month.
    //   revenue 100x500 = 50,000; 120x500 = 60,000; 80x500 = 40,000
    //   margin  100x200 = 20,000; 120x200 = 24,000; 80x200 = 16,000
    //   gap     0; +10,000; -10,000
    const model = planModel({
      periods: q1,
      demand: { "Espresso Machines": [100, 120, 80] },
      finance: q1.map((period) => ({ family: "Espresso Machines", period, unitPrice: 500, unitCost: 300, budgetRevenue: 50000 })),
    });
    const f = reconcileFinance(model, settings);
    expect(f.lines.map((l) => l.demandRevenue)).toEqual([50000, 60000, 40000]);
    expect(f.lines.map((l) => l.cost)).toEqual([30000, 36000, 24000]);
    expect(f.lines.map((l) => l.margin)).toEqual([20000, 24000, 16000]);
    expect(f.lines.map((l) => l.revenueGap)).toEqual([0, 10000, -10000]);
    // Quarter and total: revenue 150,000, budget 150,000, gap 0, margin 60,000.
    expect(f.byQuarter).toEqual([
      expect.objectContaining({
        key: "2027-Q1",
        demand: 300,
        demandRevenue: 150000,
        budgetRevenue: 150000,
        revenueGap: 0,
        margin: 60000,
      }),
    ]);
    expect(f.total).toMatchObject({ demandRevenue: 150000, margin: 60000, revenueGap: 0, revenueGapPct: 0 });
    expect(f.findings).toEqual([]);
  });

  it("adds up by family, by month, by quarter and family-quarter", () => {
    // Kettles $40: demand 10, 10, 10, 10 (Jan-Apr) -> revenue 400 each; budget 500 each -> gap -100 each.
    // Toasters $25: demand 20, 20, 20, 20 -> revenue 500 each; budget 500 -> gap 0.
    const months = ["2027-01", "2027-02", "2027-03", "2027-04"];
    const model = planModel({
      periods: months,
      demand: { Kettles: [10, 10, 10, 10], Toasters: [20, 20, 20, 20] },
      finance: [
        { family: "Kettles", period: null, unitPrice: 40, budgetRevenue: 500 },
        { family: "Toasters", period: null, unitPrice: 25, budgetRevenue: 500 },
      ],
    });
    const f = reconcileFinance(model, settings);
    // By family: Kettles revenue 4 x 400 = 1,600, budget 2,000, gap -400 (-20%); Toasters 2,000 vs 2,000.
    expect(f.byFamily.map((t) => [t.key, t.demandRevenue, t.budgetRevenue, t.revenueGap])).toEqual([
      ["Kettles", 1600, 2000, -400],
      ["Toasters", 2000, 2000, 0],
    ]);
    expect(f.byFamily[0].revenueGapPct).toBeCloseTo(-0.2, 12);
    // By month: 400 + 500 = 900 revenue vs 1,000 budget -> -100 each month.
    expect(f.byPeriod.map((t) => [t.key, t.demandRevenue, t.revenueGap])).toEqual(months.map((m) => [m, 900, -100]));
    // By quarter: Q1 = 3 months x -100 = -300; Q2 = -100.
    expect(f.byQuarter.map((t) => [t.key, t.revenueGap])).toEqual([
      ["2027-Q1", -300],
      ["2027-Q2", -100],
    ]);
    expect(f.byFamilyQuarter.find((t) => t.family === "Kettles" && t.quarter === "2027-Q1")!.revenueGap).toBe(-300);
    expect(f.total).toMatchObject({ demandRevenue: 3600, budgetRevenue: 4000, revenueGap: -400 });
    // No unit cost: margin is left empty rather than shown as the whole revenue.
    expect(f.total.margin).toBeNull();
  });

  it("uses a month's own price where one is given and the family price elsewhere", () => {
    // Blenders $60 all year, $50 in a February promotion: revenue 10x60 = 600, 10x50 = 500, 10x60 = 600.
    const model = planModel({
      periods: q1,
      demand: { Blenders: [10, 10, 10] },
      finance: [
        { family: "Blenders", period: null, unitPrice: 60, unitCost: 35 },
        { family: "Blenders", period: "2027-02", unitPrice: 50, unitCost: 35 },
      ],
    });
    const f = reconcileFinance(model, settings);
    expect(f.lines.map((l) => l.unitPrice)).toEqual([60, 50, 60]);
    expect(f.lines.map((l) => l.demandRevenue)).toEqual([600, 500, 600]);
    // Margin 10x25 = 250, 10x15 = 150, 250.
    expect(f.lines.map((l) => l.margin)).toEqual([250, 150, 250]);
    // No budget given: no gap, rather than a gap of the whole revenue.
    expect(f.lines.map((l) => l.revenueGap)).toEqual([null, null, null]);
  });

  it("takes the budget as Budget Units x price when no Budget Revenue is given", () => {
    // Air Fryers $80, budget 30 units -> budget revenue 2,400; demand 25 -> revenue 2,000, gap -400.
    const model = planModel({
      periods: ["2027-01"],
      demand: { "Air Fryers": [25] },
      finance: [{ family: "Air Fryers", period: "2027-01", unitPrice: 80, budgetUnits: 30 }],
    });
    expect(reconcileFinance(model, settings).lines[0]).toMatchObject({
      budgetRevenue: 2400,
      demandRevenue: 2000,
      revenueGap: -400,
    });
  });

  it("reports a family without a price and still shows its units, leaving it out of the money totals", () => {
    const model = planModel({
      periods: q1,
      demand: { Kettles: [10, 10, 10], "Hand Mixers": [5, 6, 7] },
      finance: [{ family: "Kettles", period: null, unitPrice: 40, budgetRevenue: 400 }],
    });
    const f = reconcileFinance(model, settings);
    const mixers = f.lines.filter((l) => l.family === "Hand Mixers");
    expect(mixers.map((l) => l.demand)).toEqual([5, 6, 7]);
    expect(mixers.map((l) => l.demandRevenue)).toEqual([null, null, null]);
    expect(f.familiesWithoutPrice).toEqual(["Hand Mixers"]);
    expect(f.findings).toHaveLength(1);
    expect(f.findings[0]).toMatchObject({ sheet: "Demand", severity: "warning" });
    expect(f.findings[0].message).toMatch(/Hand Mixers has no Unit Price/);
    // Totals: revenue only from Kettles, 3 x 400 = 1,200; units count both families: 30 + 18 = 48.
    expect(f.total).toMatchObject({ demand: 48, demandRevenue: 1200, revenueGap: 0 });
  });

  it("re-runs with a scenario's demand and price changes", () => {
    // Kettles 100 units at $40: -10% demand and +5% price -> 90 x 42 = 3,780; budget 4,000 -> gap -220.
    const model = planModel({
      periods: ["2027-01"],
      demand: { Kettles: [100] },
      finance: [{ family: "Kettles", period: null, unitPrice: 40, budgetRevenue: 4000 }],
    });
    const line = reconcileFinance(model, settings, { demandChange: -0.1, priceChange: 0.05 }).lines[0];
    expect(line.demand).toBeCloseTo(90, 9);
    expect(line.demandRevenue).toBeCloseTo(3780, 9);
    expect(line.revenueGap).toBeCloseTo(-220, 9);
  });

  it("names the calendar quarter of a month", () => {
    expect(["2027-01", "2027-03", "2027-04", "2027-09", "2027-12"].map(quarterOf)).toEqual([
      "2027-Q1",
      "2027-Q1",
      "2027-Q2",
      "2027-Q3",
      "2027-Q4",
    ]);
  });
});
