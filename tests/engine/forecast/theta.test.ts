import { theta, olsSlope } from "../../../src/engine/forecast/theta";
import { bestInitialLevel, sesLevels, fitSes } from "../../../src/engine/forecast/ses";
import { DEFAULT_FIT_OPTIONS } from "../../../src/engine/forecast/types";

const Z95 = 1.959963984540054;

describe("SES pieces", () => {
  it("the level recursion by hand: y = 2, 4, 6, α = 0.5, ℓ0 = 0 → 1, 2.5, 4.25", () => {
    expect(sesLevels([2, 4, 6], 0.5, 0)).toEqual([1, 2.5, 4.25]);
  });

  it("the least-squares initial level by hand: y = 2, 4, 6, α = 0.5", () => {
    // ŷ_t = 0.5^t ℓ0 + c_t, c = 0, 1, 2.5: ℓ0 = Σ w(y − c) / Σ w² = (2 + 0.5·3 + 0.25·3.5) / (1 + 0.25 + 0.0625)
    // = 4.375 / 1.3125 = 10/3. Errors −4/3, 4/3, 8/3 → MSE = (16 + 16 + 64) / 9 / 3 = 32/9.
    const r = bestInitialLevel([2, 4, 6], 0.5);
    expect(r.initialLevel).toBeCloseTo(10 / 3, 12);
    expect(r.mse).toBeCloseTo(32 / 9, 12);
  });

  it("a random walk-like step series picks α at the top: y = 0,0,0,0,10,10,10,10 is best followed at once", () => {
    // With α → 1 only the jump month errs (10, at t = 4): MSE 100/8; any smaller α also errs after the jump.
    const r = fitSes([0, 0, 0, 0, 10, 10, 10, 10]);
    expect(r.alpha).toBeGreaterThan(0.999);
    expect(r.mse).toBeCloseTo(100 / 8, 3);
  });

  it("olsSlope of 10 + 2t is 2; of one point 0", () => {
    expect(olsSlope(Array.from({ length: 9 }, (_, t) => 10 + 2 * t))).toBeCloseTo(2, 12);
    expect(olsSlope([5])).toBe(0);
  });
});

describe("Theta (SES with drift b/2)", () => {
  // y = 10 + 2t, t = 0..35. If the test finds "season" the indices are all exactly 1 (a centred average keeps a
  // line, so every ratio is 1), so the forecast is the same either way.
  const line = Array.from({ length: 36 }, (_, t) => 10 + 2 * t);

  it("on a straight line: α at its bound, the level the last value, and the drift b/2 = 1 per month", () => {
    // SES on a line lags by b/α after its transient, so the MSE is least at α → 1 (0.9999): ŷ_t = y_{t−1}, and ℓ0 = 10
    // zeroes the first error. Then ℓ_n ≈ y_35 = 80 and ŷ_{n+h} = 80 + 1 · (h − 1 + (1 − (1−α)^36)/α) ≈ 80 + h.
    // This is Theta's known property (Hyndman & Billah 2003): it averages the θ = 0 line (slope b) with a flat SES
    // forecast of the θ = 2 line, so it extrapolates with half the slope, not along the line (80 + 2h).
    // (Cross-check: R's thetaf on ts(10 + 2 * (0:35)) gives 80.9999, 81.9999, 82.9999, 83.9999.)
    const m = theta.fit(line, DEFAULT_FIT_OPTIONS)!;
    expect(m.name).toBe("Theta");
    expect(m.aicc).toBeNull();
    expect(m.components.slopePerMonth).toBeCloseTo(1, 9);
    expect(m.components.level).toBeCloseTo(80, 2);
    const f = m.forecast(6, [0.8, 0.95]);
    f.mean.forEach((v, i) => expect(v).toBeCloseTo(80 + (i + 1), 2));
  });

  it("its intervals on the line: σ from the Theta one-step errors, widening as √(1 + (h−1)α²)", () => {
    // With α ≈ 1 the one-step Theta forecast is y_{t−1} + 1·1 for t ≥ 1, error 2 − 1 = 1 for 35 months and 0 at t = 0:
    // σ² = 35 / (36 − 3). 95% half-width at h: 1.96 σ √(1 + (h−1)·1) = 1.96 σ √h.
    const m = theta.fit(line, DEFAULT_FIT_OPTIONS)!;
    const f = m.forecast(4, [0.95]);
    const sigma = Math.sqrt(35 / 33);
    for (let i = 0; i < 4; i++) {
      expect(f.intervals[0].upper[i] - f.mean[i]).toBeCloseTo(Z95 * sigma * Math.sqrt(i + 1), 2);
      expect(f.mean[i] - f.intervals[0].lower[i]).toBeCloseTo(Z95 * sigma * Math.sqrt(i + 1), 2);
    }
  });

  it("fitted values are the one-step Theta forecasts: on the line ≈ y_{t−1} + 1 after the first month", () => {
    const m = theta.fit(line, DEFAULT_FIT_OPTIONS)!;
    expect(m.fitted).toHaveLength(36);
    expect(m.fitted[0]).toBeCloseTo(10, 2);
    for (let t = 1; t < 36; t++) expect(m.fitted[t]).toBeCloseTo(line[t - 1] + 1, 2);
  });

  it("refilter keeps α, ℓ0 and b and forecasts from the end of the longer values", () => {
    // Fitted on 24 months of the line (b/2 = 1 still), refiltered through all 36: the level follows to ≈ 80 and the
    // forecast is ≈ 80 + h, as a fit on 36 months.
    const m = theta.fit(line.slice(0, 24), DEFAULT_FIT_OPTIONS)!;
    expect(m.forecast(1, []).mean[0]).toBeCloseTo(56 + 1, 2);
    const r = m.refilter(line);
    expect(r.components.slopePerMonth).toBeCloseTo(1, 9);
    expect(r.forecast(3, []).mean.map((v) => Math.round(v * 100) / 100)).toEqual([81, 82, 83]);
    // Refiltering the same history gives the same model.
    expect(m.refilter(line.slice(0, 24)).forecast(5, [0.8])).toEqual(m.forecast(5, [0.8]));
  });

  it("a constant history: flat forecast at the constant with a zero-width interval", () => {
    const m = theta.fit(new Array<number>(30).fill(7), DEFAULT_FIT_OPTIONS)!;
    const f = m.forecast(3, [0.95]);
    f.mean.forEach((v) => expect(v).toBeCloseTo(7, 9));
    expect(m.components.seasonal).toBeNull();
    f.intervals[0].upper.forEach((v) => expect(v).toBeCloseTo(7, 9));
  });

  describe("on a seasonal series", () => {
    // level 200 × known indices peaking in month position 6 (index 1.3), no noise: the test finds season and the
    // decomposition recovers the indices exactly (see seasonality.test.ts), the adjusted series is flat 200.
    // The test needs 48 months here: over whole periods r_k = (n − k)/n · ρ_k with ρ_k the pattern's cyclic
    // autocorrelation (ρ_1 = 0.82, ρ_6 = −0.87, Σ_{k<12} ρ_k² ≈ 4.1), so at n = 36 r_12 = 24/36 = 0.667 stays under
    // the limit 1.645 √((1 + 2 Σ r_k²)/36) ≈ 0.71, while at n = 48 r_12 = 0.75 exceeds ≈ 0.64.
    const known = [0.8, 0.85, 0.95, 1.0, 1.05, 1.2, 1.3, 1.25, 1.05, 0.95, 0.8, 0.8];
    const x = Array.from({ length: 48 }, (_, t) => 200 * known[t % 12]);

    it("36 months of the same pattern are not enough for the 90% test (see above): no adjustment", () => {
      expect(theta.fit(x.slice(0, 36), DEFAULT_FIT_OPTIONS)!.components.seasonalKind).toBeNull();
    });

    it("reseasons the flat adjusted forecast: 200 × the index of each forecast month", () => {
      const m = theta.fit(x, DEFAULT_FIT_OPTIONS)!;
      expect(m.components.seasonalKind).toBe("multiplicative");
      // 48 months seen: the first forecast month is position 0.
      m.components.seasonal!.forEach((v, i) => expect(v).toBeCloseTo(known[i], 9));
      const f = m.forecast(14, [0.8]);
      f.mean.forEach((v, i) => expect(v).toBeCloseTo(200 * known[i % 12], 6));
      expect(m.components.level).toBeCloseTo(200, 6);
    });

    it("does not adjust with fewer than seasonalMinMonths months", () => {
      const m = theta.fit(x, { period: 12, seasonalMinMonths: 60 })!;
      expect(m.components.seasonal).toBeNull();
      expect(m.components.seasonalKind).toBeNull();
    });

    it("does not adjust a series with a zero (no multiplicative decomposition)", () => {
      const withZero = x.map((v, t) => (t === 13 ? 0 : v));
      const m = theta.fit(withZero, DEFAULT_FIT_OPTIONS)!;
      expect(m.components.seasonalKind).toBeNull();
    });

    it("interval bounds are the adjusted bounds times the month's index, ordered and never below 0", () => {
      const noisy = x.map((v, t) => v + (t % 5) - 2);
      const m = theta.fit(noisy, DEFAULT_FIT_OPTIONS)!;
      const f = m.forecast(12, [0.8, 0.95]);
      const s = m.components.seasonal!;
      for (let i = 0; i < 12; i++) {
        const [i80, i95] = f.intervals;
        expect(i95.lower[i]).toBeLessThanOrEqual(i80.lower[i]);
        expect(i80.lower[i]).toBeLessThanOrEqual(f.mean[i]);
        expect(i80.upper[i]).toBeGreaterThanOrEqual(f.mean[i]);
        expect(i95.upper[i]).toBeGreaterThanOrEqual(i80.upper[i]);
        expect(i95.lower[i]).toBeGreaterThanOrEqual(0);
        // Half-widths proportional to the index: (upper − mean) / s is the adjusted half-width, growing with h.
        if (i > 0)
          expect((i95.upper[i] - f.mean[i]) / s[i]).toBeGreaterThanOrEqual((i95.upper[i - 1] - f.mean[i - 1]) / s[i - 1] - 1e-9);
      }
    });
  });

  it("returns null under 3 months", () => {
    expect(theta.fit([], DEFAULT_FIT_OPTIONS)).toBeNull();
    expect(theta.fit([4, 5], DEFAULT_FIT_OPTIONS)).toBeNull();
  });

  it("a downward line does not forecast below 0: means and bounds clipped", () => {
    const down = Array.from({ length: 12 }, (_, t) => 110 - 10 * t);
    const f = theta.fit(down, DEFAULT_FIT_OPTIONS)!.forecast(24, [0.95]);
    f.mean.forEach((v) => expect(v).toBeGreaterThanOrEqual(0));
    f.intervals[0].lower.forEach((v) => expect(v).toBeGreaterThanOrEqual(0));
    f.intervals[0].upper.forEach((v, i) => expect(v).toBeGreaterThanOrEqual(f.mean[i]));
  });
});
