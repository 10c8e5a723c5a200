/**
 * The inventory policy of four families, worked by hand (SPEC "Inventory policy"). The bias window is
 * 2026-01..2026-06, the plan 2026-07..2026-09. z from the normal table: Φ⁻¹(0.98) = 2.0537,
 * Φ⁻¹(0.95) = 1.6449, Φ⁻¹(0.975) = 1.9600. G(k) = φ(k) − k(1 − Φ(k)).
 *
 * Alpha (class A → 98%, z 2.0537). Actual 100 every month, Consensus 90, 110, 90, 110, 90, 110: six
 *   errors ±10, so σ = √(6·100 / 6) = 10 from the demand plan column (it has 6 months). Lead time 1
 *   (default), σL 0 → σ_L = 10. d = 100. Safety stock = 2.0537 × 10 = 20.537, shown 21. Given target
 *   15 (set once in 2026-07, held) → difference 5.537 units × Unit Cost 4 = $22.15, a
 *   targetBelowRecommended case. Cover 20.537 / 100 = 0.2054 months. Fill rate recommended:
 *   k = 2.0537, G = φ(2.0537) − 2.0537 × 0.02 = 0.04843 − 0.04107 = 0.00734 → 1 − 10 × 0.00734 / 100
 *   = 0.99927; given: k = 1.5, G(1.5) = 0.0293 → 1 − 10 × 0.0293 / 100 = 0.99707.
 * Beta (class B → 95%, z 1.6449). Consensus only in 4 closed months (< 6), so σ is the baseline's:
 *   actual 50, lag-1 backtest 70, 30, 70, 30, 70, 30 → errors ∓20, σ = 20. Inventory Policy sheet:
 *   lead time 2, σL 0.5. d = 50. σ_L = √(2 × 400 + 50² × 0.25) = √1425 = 37.749. Safety stock =
 *   1.6449 × 37.749 = 62.092, shown 63. Given target 80 → difference −17.908 units; no Unit Cost, so
 *   Unit Price 10 → −$179.08 (stock that can be released). Cover 62.092 / 50 = 1.2418. Fill rate
 *   recommended: G(1.6449) = 0.10314 − 1.6449 × 0.05 = 0.02089 → 1 − 37.749 × 0.02089 / 50 = 0.98423;
 *   given: k = 80 / 37.749 = 2.1193, G = 0.00613 → 1 − 37.749 × 0.00613 / 50 = 0.99537.
 * Gamma (class C → 90%, but the sheet says 97.5%, z 1.9600). Actual 20, Consensus 15 six times: errors
 *   +5, σ = 5 (a persistent bias is spread the stock must cover). d = 20. Safety stock = 1.96 × 5 =
 *   9.800, shown 10; no given target: the recommendation is its gap-table target, and it is listed
 *   apart, outside the working-capital change. Cover 0.49.
 * Delta: no actuals (a new family), so no recommendation, and the reason is said.
 *
 * Working-capital change = 22.15 − 179.08 = −156.93 (Alpha and Beta; Gamma has no given target).
 */
import { resolveSettings } from "../../../src/engine/settings";
import { planInventoryPolicy, withPolicyTargets } from "../../../src/engine/inventory";
import { model, sources } from "./policyFixture";

const result = planInventoryPolicy(model, sources, resolveSettings());
const of = (family: string) => result.families.find((f) => f.family === family)!;

describe("inventory policy worked by hand", () => {
  test("Alpha: σ from the demand plan's own errors, class A service level, given target below", () => {
    const a = of("Alpha");
    expect(a).toMatchObject({
      abc: "A",
      serviceLevel: 0.98,
      serviceLevelSource: "class",
      sigmaSource: "demandPlan",
      sigmaMonths: 6,
    });
    expect(a.z).toBeCloseTo(2.0537, 4);
    expect(a.sigma).toBeCloseTo(10, 10);
    expect(a.meanDemand).toBe(100);
    expect(a.safetyStock).toBeCloseTo(20.537, 3);
    expect(Math.ceil(a.safetyStock!)).toBe(21);
    expect(a.givenTarget).toBe(15);
    expect(a.difference).toBeCloseTo(5.537, 3);
    expect(a.stockValue).toEqual({ perUnit: 4, basis: "cost" });
    expect(a.workingCapitalChange).toBeCloseTo(22.15, 2);
    expect(a.cover).toBeCloseTo(0.2054, 4);
    expect(a.fillRateRecommended).toBeCloseTo(0.99927, 5);
    expect(a.fillRateGiven).toBeCloseTo(0.99707, 5);
    expect(a.targetUsed).toBe("given");
  });

  test("Beta: fewer than 6 plan months, so the baseline's backtest; lead-time variability from the sheet", () => {
    const b = of("Beta");
    expect(b).toMatchObject({
      abc: "B",
      serviceLevel: 0.95,
      sigmaSource: "baseline",
      sigmaMonths: 6,
      leadTime: 2,
      leadTimeSd: 0.5,
    });
    expect(b.sigma).toBeCloseTo(20, 10);
    expect(b.sigmaL).toBeCloseTo(37.749, 3);
    expect(b.safetyStock).toBeCloseTo(62.092, 3);
    expect(Math.ceil(b.safetyStock!)).toBe(63);
    expect(b.difference).toBeCloseTo(-17.908, 3);
    expect(b.stockValue).toEqual({ perUnit: 10, basis: "price" });
    expect(b.workingCapitalChange).toBeCloseTo(-179.08, 2);
    expect(b.cover).toBeCloseTo(1.2418, 4);
    expect(b.fillRateRecommended).toBeCloseTo(0.98423, 5);
    expect(b.fillRateGiven).toBeCloseTo(0.99537, 5);
  });

  test("Gamma: the sheet's service level overrides class C; no given target, so the recommendation is its target", () => {
    const g = of("Gamma");
    expect(g).toMatchObject({ abc: "C", serviceLevel: 0.975, serviceLevelSource: "sheet", leadTime: 1, leadTimeSd: 0 });
    expect(g.z).toBeCloseTo(1.96, 4);
    expect(g.safetyStock).toBeCloseTo(9.8, 3);
    expect(Math.ceil(g.safetyStock!)).toBe(10);
    expect(g.givenTarget).toBeNull();
    expect(g.difference).toBeNull();
    expect(g.workingCapitalChange).toBeNull();
    expect(g.cover).toBeCloseTo(0.49, 4);
    expect(g.targetUsed).toBe("recommended");
  });

  test("Delta: no actuals, no recommendation, and the reason", () => {
    const d = of("Delta");
    expect(d.safetyStock).toBeNull();
    expect(d.reason).toMatch(/no actuals/);
    expect(d.givenTarget).toBe(10);
    expect(d.targetUsed).toBe("given");
  });

  test("the working-capital change sums the families with a given target; Gamma is listed apart", () => {
    expect(result.workingCapitalChange).toBeCloseTo(-156.93, 2);
    expect(result.withoutGivenTarget).toEqual(["Gamma"]);
    expect(result.unpriced).toEqual([]);
  });

  test("by default only the family without a given target takes the recommendation as its target", () => {
    const fed = withPolicyTargets(model, result);
    const targets = (family: string) => fed.supply!.filter((r) => r.family === family).map((r) => r.targetInventory);
    expect(targets("Alpha")).toEqual([15, null, null]);
    expect(targets("Beta")).toEqual([80, 80, 80]);
    expect(targets("Gamma").map((t) => t!.toFixed(3))).toEqual(["9.800", "9.800", "9.800"]);
    expect(targets("Delta")).toEqual([10, 10, 10]);
    expect(model.supply!.find((r) => r.family === "Gamma")!.targetInventory).toBeNull();
  });

  test("targets: recommended makes the recommendation every family's target (Delta keeps its own: it has none)", () => {
    const recommended = planInventoryPolicy(model, sources, resolveSettings({ targets: "recommended" }));
    const fed = withPolicyTargets(model, recommended);
    const first = (family: string) => fed.supply!.find((r) => r.family === family)!.targetInventory!;
    expect(first("Alpha")).toBeCloseTo(20.537, 3);
    expect(first("Beta")).toBeCloseTo(62.092, 3);
    expect(first("Gamma")).toBeCloseTo(9.8, 3);
    expect(first("Delta")).toBe(10);
    // The working capital it costs is the same: recommended against given.
    expect(recommended.workingCapitalChange).toBeCloseTo(-156.93, 2);
  });

  test("class service levels come from the settings", () => {
    const r = planInventoryPolicy(model, sources, resolveSettings({ serviceLevels: { A: 0.95 } }));
    // Alpha at 95%: 1.6449 × 10.
    expect(r.families[0].safetyStock).toBeCloseTo(16.449, 3);
  });
});
