/**
 * The price / volume / mix bridge (SPEC "Conventions") on a two-family example worked by hand.
 *   A: budget 100 units for $1,000 (budget price $10); plan 150 units for $1,650 ($11).
 *   B: budget 100 units for $3,000 ($30);             plan 80 units for $2,400 ($30).
 *   ΣV_bud = 200, ΣR_bud = $4,000: average budget price $20. ΣV_plan = 230.
 *   volume = (230 − 200) × 20 = +$600
 *   mix    = (150 − 100) × 10 + (80 − 100) × 30 − 600 = 500 − 600 − 600 = −$700
 *   price  = (11 − 10) × 150 + (30 − 30) × 80 = +$150
 *   600 − 700 + 150 = $50 = plan $4,050 − budget $4,000.
 */
import type { CellValue } from "../../../src/engine/grid";
import { priceVolumeMix, revenueBridge } from "../../../src/engine/finance";
import { resolveSettings } from "../../../src/engine/settings";
import { generatePack } from "../../../src/report/generate";
import { grid } from "../read/grids";

describe("price / volume / mix", () => {
  it("splits the gap to budget into volume, mix and price that add up exactly", () => {
    const effects = priceVolumeMix([
      { budgetUnits: 100, budgetRevenue: 1000, planUnits: 150, planRevenue: 1650 },
      { budgetUnits: 100, budgetRevenue: 3000, planUnits: 80, planRevenue: 2400 },
    ])!;
    expect(effects).toEqual({ budgetRevenue: 4000, volume: 600, mix: -700, price: 150, planRevenue: 4050 });
    expect(effects.volume + effects.mix + effects.price).toBe(effects.planRevenue - effects.budgetRevenue);
  });

  it("has nothing to bridge without budget units", () => {
    expect(priceVolumeMix([{ budgetUnits: 0, budgetRevenue: 0, planUnits: 10, planRevenue: 100 }])).toBeNull();
  });

  it("bridges each quarter and the horizon from the Finance sheet", () => {
    // The example above in 2027-Q1 (January) and the same again in 2027-04 (Q2): the total is both.
    // A's price is $11 on the sheet with Budget Units given, so its budget price is budget revenue /
    // budget units ($10). B has Budget Revenue only: its budget is taken at the sheet's price ($30).
    const demand: CellValue[][] = [["Family", "Period", "Actual", "Consensus Forecast"]];
    demand.push(["A", "2026-12", 100, 100], ["A", "2027-01", null, 150], ["A", "2027-04", null, 150]);
    demand.push(["B", "2026-12", 100, 100], ["B", "2027-01", null, 80], ["B", "2027-04", null, 80]);
    const pack = generatePack(
      [
        grid("Demand", demand),
        grid("Finance", [
          ["Family", "Period", "Unit Price", "Budget Revenue", "Budget Units"],
          ["A", "2027-01", 11, 1000, 100],
          ["A", "2027-04", 11, 1000, 100],
          ["B", "2027-01", 30, 3000, null],
          ["B", "2027-04", 30, 3000, null],
        ]),
      ],
      resolveSettings(),
    );
    const bridge = revenueBridge(pack.analysis.model, pack.analysis.finance!);
    expect(bridge.map((b) => [b.quarter, b.months])).toEqual([
      ["2027-Q1", 1],
      ["2027-Q2", 1],
      ["total", 2],
    ]);
    expect(bridge[0]).toEqual({
      quarter: "2027-Q1",
      months: 1,
      budgetRevenue: 4000,
      volume: 600,
      mix: -700,
      price: 150,
      planRevenue: 4050,
    });
    // Horizon: every figure doubles (ΣV_bud 400, ΣR_bud 8,000: still $20 on average).
    expect(bridge[2]).toEqual({
      quarter: "total",
      months: 2,
      budgetRevenue: 8000,
      volume: 1200,
      mix: -1400,
      price: 300,
      planRevenue: 8100,
    });
  });
});
