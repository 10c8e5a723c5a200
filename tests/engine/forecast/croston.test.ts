import { croston, crostonRecursion, sba } from "../../../src/engine/forecast/croston";
import { DEFAULT_FIT_OPTIONS } from "../../../src/engine/forecast/types";

const Z95 = 1.959963984540054;
const Z80 = 1.2815515655446004;

describe("Croston, α = 0.1, by hand on 10 months", () => {
  // x = 0, 3, 0, 0, 5, 0, 2, 0, 0, 4 (months 1..10)
  // month 2, first demand: z = 3, p = 2 (its month number: the interval counted from the start)
  // month 5, size 5, interval 3: z = 3 + 0.1(5 − 3) = 3.2,      p = 2 + 0.1(3 − 2) = 2.1
  // month 7, size 2, interval 2: z = 3.2 + 0.1(2 − 3.2) = 3.08, p = 2.1 + 0.1(2 − 2.1) = 2.09
  // month 10, size 4, interval 3: z = 3.08 + 0.1(4 − 3.08) = 3.172, p = 2.09 + 0.1(3 − 2.09) = 2.181
  // forecast = 3.172 / 2.181 ≈ 1.45438; SBA = 0.95 × that.
  const x = [0, 3, 0, 0, 5, 0, 2, 0, 0, 4];
  const fc = 3.172 / 2.181;
  // one-step forecasts before each month: 0 until a demand is seen, then z/p as of the month before
  const fitted = [0, 0, 3 / 2, 3 / 2, 3 / 2, 3.2 / 2.1, 3.2 / 2.1, 3.08 / 2.09, 3.08 / 2.09, 3.08 / 2.09];

  it("the recursion's final size and interval", () => {
    const s = crostonRecursion(x, 0.1);
    expect(s.size).toBeCloseTo(3.172, 12);
    expect(s.interval).toBeCloseTo(2.181, 12);
    expect(s.firstDemand).toBe(1);
  });

  it("the flat forecast and the one-step fitted values", () => {
    const m = croston.fit(x, DEFAULT_FIT_OPTIONS)!;
    expect(m.name).toBe("Croston");
    expect(m.aicc).toBeNull();
    m.forecast(6, []).mean.forEach((v) => expect(v).toBeCloseTo(fc, 12));
    m.fitted.forEach((v, t) => expect(v).toBeCloseTo(fitted[t], 12));
    expect(m.components).toEqual({ level: expect.closeTo(fc, 12), slopePerMonth: 0, seasonal: null, seasonalKind: null });
  });

  it("SBA is Croston × (1 − 0.1/2) = × 0.95, fitted values too", () => {
    const m = sba.fit(x, DEFAULT_FIT_OPTIONS)!;
    expect(m.name).toBe("SBA");
    m.forecast(3, []).mean.forEach((v) => expect(v).toBeCloseTo(0.95 * fc, 12));
    m.fitted.forEach((v, t) => expect(v).toBeCloseTo(0.95 * fitted[t], 12));
  });

  it("intervals: normal, σ = RMS of the one-step errors after the first demand, widening √(1 + (h−1)·0.01), ≥ 0", () => {
    // errors for months 3..10: x_t − fitted_t
    const e = [2, 3, 4, 5, 6, 7, 8, 9].map((t) => x[t] - fitted[t]);
    const sigma = Math.sqrt(e.reduce((s, v) => s + v * v, 0) / e.length);
    const f = croston.fit(x, DEFAULT_FIT_OPTIONS)!.forecast(12, [0.8, 0.95]);
    for (let i = 0; i < 12; i++) {
      const se = sigma * Math.sqrt(1 + i * 0.01);
      expect(f.intervals[0].upper[i]).toBeCloseTo(fc + Z80 * se, 9);
      expect(f.intervals[1].upper[i]).toBeCloseTo(fc + Z95 * se, 9);
      expect(f.intervals[0].lower[i]).toBeCloseTo(Math.max(0, fc - Z80 * se), 9);
      expect(f.intervals[1].lower[i]).toBe(0);
    }
    expect(f.intervals.map((iv) => iv.level)).toEqual([0.8, 0.95]);
  });

  it("refilter: same α and σ; the forecast is Croston's on the longer values", () => {
    const m = croston.fit(x.slice(0, 6), DEFAULT_FIT_OPTIONS)!;
    // on the first 6 months: z = 3.2, p = 2.1
    expect(m.forecast(1, []).mean[0]).toBeCloseTo(3.2 / 2.1, 12);
    const r = m.refilter(x);
    expect(r.forecast(1, []).mean[0]).toBeCloseTo(fc, 12);
    // σ is the fitted model's, not recomputed: the 95% half-width stays that of the 6-month fit.
    const half = (mm: typeof m): number => mm.forecast(1, [0.95]).intervals[0].upper[0] - mm.forecast(1, []).mean[0];
    expect(half(r)).toBeCloseTo(half(m), 12);
  });
});

describe("Croston edge cases", () => {
  it("all zeros: forecast 0 with a zero interval (as R's croston)", () => {
    const f = croston.fit(new Array<number>(12).fill(0), DEFAULT_FIT_OPTIONS)!.forecast(3, [0.95]);
    expect(f.mean).toEqual([0, 0, 0]);
    expect(f.intervals[0].upper).toEqual([0, 0, 0]);
  });

  it("one demand in the last month: z = 6, p = 4 → 1.5; σ from the spread around it", () => {
    // No month after the first demand to measure an error: σ = RMS(x − 1.5) = √((3·1.5² + 4.5²)/4) = √6.75.
    const m = sba.fit([0, 0, 0, 6], DEFAULT_FIT_OPTIONS)!;
    const c = croston.fit([0, 0, 0, 6], DEFAULT_FIT_OPTIONS)!;
    expect(c.forecast(1, []).mean[0]).toBeCloseTo(1.5, 12);
    expect(m.forecast(1, []).mean[0]).toBeCloseTo(1.425, 12);
    expect(c.forecast(1, [0.95]).intervals[0].upper[0]).toBeCloseTo(1.5 + Z95 * Math.sqrt(6.75), 9);
  });

  it("a smooth constant series: z = the constant, p = 1, forecast the constant", () => {
    const f = croston.fit([5, 5, 5, 5, 5], DEFAULT_FIT_OPTIONS)!.forecast(2, [0.8]);
    expect(f.mean).toEqual([5, 5]);
  });

  it("empty history: null", () => {
    expect(croston.fit([], DEFAULT_FIT_OPTIONS)).toBeNull();
    expect(sba.fit([], DEFAULT_FIT_OPTIONS)).toBeNull();
  });
});
