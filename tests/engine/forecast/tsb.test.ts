import { croston } from "../../../src/engine/forecast/croston";
import { makeTsb, tsb, tsbRecursion } from "../../../src/engine/forecast/tsb";
import { DEFAULT_FIT_OPTIONS } from "../../../src/engine/forecast/types";

const Z95 = 1.959963984540054;

describe("TSB, α = β = 0.1, by hand on 8 months", () => {
  // x = 0, 4, 0, 0, 6, 0, 2, 0: 3 demand months of 8 → p0 = 0.375; mean size z0 = 12/3 = 4.
  // month  forecast p·z before it          update
  //   1    0.375 · 4 = 1.5                  zero:  p = 0.9 · 0.375 = 0.3375
  //   2    0.3375 · 4 = 1.35                4:     p = 0.3375 + 0.1 · 0.6625 = 0.40375, z = 4 + 0.1 · 0 = 4
  //   3    0.40375 · 4 = 1.615              zero:  p = 0.363375
  //   4    0.363375 · 4 = 1.4535            zero:  p = 0.3270375
  //   5    0.3270375 · 4 = 1.30815          6:     p = 0.3270375 + 0.1 · 0.6729625 = 0.39433375, z = 4 + 0.2 = 4.2
  //   6    0.39433375 · 4.2 = 1.65620175    zero:  p = 0.354900375
  //   7    0.354900375 · 4.2 = 1.490581575  2:     p = 0.354900375 + 0.0645099625 = 0.4194103375, z = 4.2 − 0.22 = 3.98
  //   8    0.4194103375 · 3.98              zero:  p = 0.37746930375
  // forecast = 0.37746930375 · 3.98
  const x = [0, 4, 0, 0, 6, 0, 2, 0];
  const fitted = [1.5, 1.35, 1.615, 1.4535, 1.30815, 1.65620175, 1.490581575, 0.4194103375 * 3.98];
  const fc = 0.37746930375 * 3.98;

  it("the recursion", () => {
    const r = tsbRecursion(x, { alpha: 0.1, beta: 0.1, p0: 0.375, z0: 4 });
    expect(r.p).toBeCloseTo(0.37746930375, 12);
    expect(r.z).toBeCloseTo(3.98, 12);
  });

  it("the model: name, flat forecast p·z, fitted one-step values", () => {
    const m = tsb.fit(x, DEFAULT_FIT_OPTIONS)!;
    expect(m.name).toBe("TSB");
    m.forecast(4, []).mean.forEach((v) => expect(v).toBeCloseTo(fc, 12));
    m.fitted.forEach((v, t) => expect(v).toBeCloseTo(fitted[t], 12));
    expect(m.components.level).toBeCloseTo(fc, 12);
  });

  it("intervals: σ = RMS of all 8 one-step errors, widening √(1 + (h−1)·0.1²)", () => {
    const sigma = Math.sqrt(x.reduce((s, v, t) => s + (v - fitted[t]) ** 2, 0) / 8);
    const f = tsb.fit(x, DEFAULT_FIT_OPTIONS)!.forecast(3, [0.95]);
    for (let i = 0; i < 3; i++) {
      expect(f.intervals[0].upper[i]).toBeCloseTo(fc + Z95 * sigma * Math.sqrt(1 + 0.01 * i), 9);
      expect(f.intervals[0].lower[i]).toBe(0);
    }
  });

  it("refilter keeps p0, z0 (the 8-month start), α, β: refiltering the same history is the same model", () => {
    const m = tsb.fit(x, DEFAULT_FIT_OPTIONS)!;
    expect(m.refilter(x).forecast(2, [0.8])).toEqual(m.forecast(2, [0.8]));
    // One more zero month: p × 0.9, z unchanged.
    expect(m.refilter([...x, 0]).forecast(1, []).mean[0]).toBeCloseTo(0.9 * fc, 12);
  });
});

describe("TSB where demand dies out", () => {
  it("decays by (1 − β) a month without demand, where Croston stays put", () => {
    // 4 months of 5, then 12 zeros: p0 = 4/16 = 0.25, z0 = 5; z stays 5.
    // p: 0.25 → +0.1·0.75 = 0.325 → 0.3925 → 0.45325 → 0.507925, then × 0.9^12.
    const x = [5, 5, 5, 5, ...new Array<number>(12).fill(0)];
    const m = tsb.fit(x, DEFAULT_FIT_OPTIONS)!;
    expect(m.forecast(1, []).mean[0]).toBeCloseTo(0.507925 * 0.9 ** 12 * 5, 12);
    // Croston: z = 5, p = 1 → 5, blind to the 12 empty months.
    expect(croston.fit(x, DEFAULT_FIT_OPTIONS)!.forecast(1, []).mean[0]).toBeCloseTo(5, 12);
  });

  it("other smoothing constants: makeTsb(0.2, 0.3)", () => {
    // x = 2, 0: p0 = 0.5, z0 = 2. Month 1: p = 0.5 + 0.3·0.5 = 0.65, z = 2. Month 2: p = 0.7 · 0.65 = 0.455. → 0.91
    expect(makeTsb(0.2, 0.3).fit([2, 0], DEFAULT_FIT_OPTIONS)!.forecast(1, []).mean[0]).toBeCloseTo(0.91, 12);
  });

  it("all zeros: 0; empty: null", () => {
    expect(tsb.fit([0, 0, 0], DEFAULT_FIT_OPTIONS)!.forecast(2, [0.95]).intervals[0].upper).toEqual([0, 0]);
    expect(tsb.fit([], DEFAULT_FIT_OPTIONS)).toBeNull();
  });
});
