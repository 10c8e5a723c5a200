import { fva, naiveForecast } from "../../../src/engine/demand";
import { previousPeriod } from "../../../src/engine/demand/naiveForecast";

describe("forecast value added", () => {
  it("is WMAPE(baseline) − WMAPE(forecast) over the same periods", () => {
    // A = 100, 120, 80 (ΣA = 300); F = 105, 115, 90: Σ|e| = 5+5+10 = 20, WMAPE 0.0667;
    // baseline B = 90, 100, 120: Σ|e| = 10+20+40 = 70, WMAPE 0.2333; FVA = 0.2333 − 0.0667 = 0.1667.
    const v = fva([
      { actual: 100, forecast: 105, baseline: 90 },
      { actual: 120, forecast: 115, baseline: 100 },
      { actual: 80, forecast: 90, baseline: 120 },
    ]);
    expect(v).toBeCloseTo(50 / 300, 10);
  });

  it("is negative when the forecast is worse than the baseline", () => {
    // Swap: forecast 90/100/120 against baseline 105/115/90 -> 20/300 − 70/300 = −0.1667.
    expect(
      fva([
        { actual: 100, forecast: 90, baseline: 105 },
        { actual: 120, forecast: 100, baseline: 115 },
        { actual: 80, forecast: 120, baseline: 90 },
      ]),
    ).toBeCloseTo(-50 / 300, 10);
  });

  it("is null with no periods or no actual volume", () => {
    expect(fva([])).toBeNull();
    expect(fva([{ actual: 0, forecast: 1, baseline: 2 }])).toBeNull();
  });

  it("the naive forecast is last month's actual, across a year end", () => {
    expect(previousPeriod("2026-01")).toBe("2025-12");
    expect(previousPeriod("2026-07")).toBe("2026-06");
    const actuals: Record<string, number> = { "2025-12": 140 };
    expect(naiveForecast("2026-01", (p) => actuals[p] ?? null)).toBe(140);
    expect(naiveForecast("2025-12", (p) => actuals[p] ?? null)).toBeNull();
  });
});
