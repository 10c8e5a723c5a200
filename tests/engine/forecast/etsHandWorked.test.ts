/**
 * The ETS recursions, the damped-trend forecast, Akaike weights and the normal quantile, each worked by hand
 * from its definition (Hyndman, Koehler, Ord & Snyder, "Forecasting with Exponential Smoothing", 2008, Tables
 * 2.1 and 2.3, in the error-correction form ℓ_t = ℓ_{t−1} + b_{t−1} + α e_t, b_t = b_{t−1} + β e_t; Burnham &
 * Anderson 2002, §2.9). Every expected number below is arithmetic on the page, not our code's output.
 */
import { etsFilter, etsPointForecast, type EtsParameters, type EtsSpec } from "../../../src/engine/forecast/etsFilter";
import { akaikeWeights } from "../../../src/engine/forecast/combination";
import { admissible } from "../../../src/engine/forecast/etsAdmissible";
import { centralZ, normalQuantile } from "../../../src/engine/forecast/normalQuantile";

const params = (p: Partial<EtsParameters>): EtsParameters => ({
  alpha: 0.5,
  beta: 0,
  gamma: 0,
  phi: 1,
  level0: 0,
  slope0: 0,
  seasonal0: [],
  ...p,
});

describe("ETS(A,N,N), simple exponential smoothing, by hand", () => {
  // y = 10, 12, 11, 14, 13, 15; α = 0.5, ℓ0 = 10. ŷ_t = ℓ_{t−1}, e_t = y_t − ŷ_t, ℓ_t = ℓ_{t−1} + α e_t:
  //   t  y   ŷ      e      ℓ
  //   1  10  10     0      10
  //   2  12  10     2      11
  //   3  11  11     0      11
  //   4  14  11     3      12.5
  //   5  13  12.5   0.5    12.75
  //   6  15  12.75  2.25   13.875
  // SSE = 0 + 4 + 0 + 9 + 0.25 + 5.0625 = 18.3125; every forecast is the last level, 13.875.
  const y = [10, 12, 11, 14, 13, 15];
  const spec: EtsSpec = { error: "A", trend: "N", season: "N" };
  const run = etsFilter(y, spec, params({ alpha: 0.5, level0: 10 }), false);

  it("one-step forecasts (and so the errors y − ŷ) as in the table", () => {
    expect(Array.from(run.fitted)).toEqual([10, 10, 11, 11, 12.5, 12.75]);
    expect(y.map((v, t) => v - run.fitted[t])).toEqual([0, 2, 0, 3, 0.5, 2.25]);
  });

  it("the last level 13.875 and SSE 18.3125", () => {
    expect(run.state.level).toBe(13.875);
    expect(run.sumSquaredErrors).toBe(18.3125);
    expect(run.valid).toBe(true);
  });

  it("the forecast is flat at the last level, 13.875, for every horizon", () => {
    expect(etsPointForecast(spec, 1, run.state, 3)).toEqual([13.875, 13.875, 13.875]);
  });

  it("multiplicative-error terms on the same run: Σ(e/ŷ)² and Σ log ŷ", () => {
    // Same states (the error type changes the likelihood only): e/ŷ = 0, 0.2, 0, 3/11, 0.04, 2.25/12.75.
    const m = etsFilter(y, { ...spec, error: "M" }, params({ alpha: 0.5, level0: 10 }), true);
    const rel = 0.2 ** 2 + (3 / 11) ** 2 + 0.04 ** 2 + (2.25 / 12.75) ** 2;
    expect(m.sumSquaredRelativeErrors).toBeCloseTo(rel, 12);
    expect(m.sumLogFitted).toBeCloseTo(Math.log(10 * 10 * 11 * 11 * 12.5 * 12.75), 12);
  });
});

describe("ETS(A,A,N), Holt's linear trend, three steps by hand", () => {
  // y = 12, 15, 17; α = 0.5, β = 0.2, ℓ0 = 10, b0 = 2. ŷ_t = ℓ_{t−1} + b_{t−1}:
  //   t1: ŷ = 12,   e = 0,   ℓ = 12,                 b = 2
  //   t2: ŷ = 14,   e = 1,   ℓ = 14 + 0.5 = 14.5,    b = 2 + 0.2 = 2.2
  //   t3: ŷ = 16.7, e = 0.3, ℓ = 16.7 + 0.15 = 16.85, b = 2.2 + 0.06 = 2.26
  // SSE = 0 + 1 + 0.09 = 1.09; forecasts ℓ + h·b = 19.11, 21.37, 23.63.
  const spec: EtsSpec = { error: "A", trend: "A", season: "N" };
  const run = etsFilter([12, 15, 17], spec, params({ alpha: 0.5, beta: 0.2, level0: 10, slope0: 2 }), false);

  it("one-step forecasts 12, 14, 16.7; level 16.85 and slope 2.26 at the end; SSE 1.09", () => {
    [12, 14, 16.7].forEach((v, t) => expect(run.fitted[t]).toBeCloseTo(v, 12));
    expect(run.state.level).toBeCloseTo(16.85, 12);
    expect(run.state.slope).toBeCloseTo(2.26, 12);
    expect(run.sumSquaredErrors).toBeCloseTo(1.09, 12);
  });

  it("forecasts ℓ + h·b: 19.11, 21.37, 23.63", () => {
    etsPointForecast(spec, 1, run.state, 3).forEach((v, i) => expect(v).toBeCloseTo([19.11, 21.37, 23.63][i], 12));
  });
});

describe("damped trend forecast ℓ + (φ + φ² + … + φ^h)·b by hand", () => {
  // ℓ = 100, b = 10, φ = 0.9: φ_1 = 0.9, φ_2 = 1.71, φ_3 = 2.439 → 109, 117.1, 124.39. The limit is
  // ℓ + φ/(1 − φ)·b = 100 + 9·10 = 190: a damped trend levels off instead of running on.
  const spec: EtsSpec = { error: "A", trend: "Ad", season: "N" };
  const state = { level: 100, slope: 10, seasonal: [], time: 0 };

  it("h = 1, 2, 3: 109, 117.1, 124.39", () => {
    etsPointForecast(spec, 0.9, state, 3).forEach((v, i) => expect(v).toBeCloseTo([109, 117.1, 124.39][i], 10));
  });

  it("far ahead it approaches ℓ + φ/(1 − φ)·b = 190 from below", () => {
    const f = etsPointForecast(spec, 0.9, state, 400);
    expect(f[399]).toBeCloseTo(190, 8);
    expect(f.every((v) => v < 190)).toBe(true);
  });

  it("the damped filter step: ŷ = ℓ + φb, then ℓ and b updated from the error", () => {
    // ℓ0 = 100, b0 = 10, φ = 0.9, α = 0.5, β = 0.1, y1 = 111: ŷ = 109, e = 2, ℓ = 109 + 1 = 110, b = 9 + 0.2 = 9.2.
    const run = etsFilter([111], spec, params({ alpha: 0.5, beta: 0.1, phi: 0.9, level0: 100, slope0: 10 }), false);
    expect(run.fitted[0]).toBeCloseTo(109, 12);
    expect(run.state.level).toBeCloseTo(110, 12);
    expect(run.state.slope).toBeCloseTo(9.2, 12);
  });
});

describe("admissibility of ETS(A,N,N) by hand", () => {
  // Its discount matrix is the scalar 1 − α: old observations fade out exactly when |1 − α| < 1, i.e. 0 < α < 2
  // (Hyndman et al. 2008, §10.2) — wider than the usual region 0 < α < 1.
  const spec: EtsSpec = { error: "A", trend: "N", season: "N" };
  it("α = 0.3 and α = 1.5 are admissible; α = 2.5 is not", () => {
    expect(admissible(spec, params({ alpha: 0.3 }), 12)).toBe(true);
    expect(admissible(spec, params({ alpha: 1.5 }), 12)).toBe(true);
    expect(admissible(spec, params({ alpha: 2.5 }), 12)).toBe(false);
  });
});

describe("Akaike weights w_i = exp(−Δ_i/2) / Σ exp(−Δ_j/2), by hand", () => {
  it("AICc 100, 102, 110: Δ = 0, 2, 10 → 1, e^−1, e^−5 over 1 + e^−1 + e^−5 = 1.374617", () => {
    // 1 / 1.3746173 = 0.727475, 0.3678794 / 1.3746173 = 0.267623, 0.0067379 / 1.3746173 = 0.004902.
    const w = akaikeWeights([100, 102, 110]);
    [0.7274751568, 0.2676231541, 0.004901689].forEach((v, i) => expect(w[i]).toBeCloseTo(v, 9));
    expect(w.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
  });

  it("only differences matter: the same AICc shifted by 1000 give the same weights; equal AICc share equally", () => {
    const a = akaikeWeights([100, 102, 110]);
    akaikeWeights([1100, 1102, 1110]).forEach((v, i) => expect(v).toBeCloseTo(a[i], 12));
    expect(akaikeWeights([50, 50, 50, 50])).toEqual([0.25, 0.25, 0.25, 0.25]);
  });
});

describe("the standard normal quantile (table values)", () => {
  it("Φ⁻¹(0.9) = 1.281552, Φ⁻¹(0.975) = 1.959964, Φ⁻¹(0.5) = 0, and symmetric", () => {
    expect(normalQuantile(0.9)).toBeCloseTo(1.2815515655, 9);
    expect(normalQuantile(0.975)).toBeCloseTo(1.9599639845, 9);
    expect(normalQuantile(0.5)).toBeCloseTo(0, 12);
    expect(normalQuantile(0.1)).toBeCloseTo(-1.2815515655, 9);
  });

  it("the central 80% and 95% intervals use Φ⁻¹(0.9) and Φ⁻¹(0.975)", () => {
    expect(centralZ(0.8)).toBeCloseTo(1.2815515655, 9);
    expect(centralZ(0.95)).toBeCloseTo(1.9599639845, 9);
  });
});
