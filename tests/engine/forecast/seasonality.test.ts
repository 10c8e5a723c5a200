import {
  autocorrelations,
  centredMovingAverage,
  indicesAhead,
  isSeasonal,
  multiplicativeIndices,
  reseason,
  seasonallyAdjust,
} from "../../../src/engine/forecast/seasonality";

/** A small deterministic generator (mulberry32) and Box–Muller normals, for white noise with a seed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function whiteNoise(n: number, seed: number): number[] {
  const u = rng(seed);
  return Array.from({ length: n }, () => {
    const u1 = Math.max(u(), 1e-12);
    return 100 + 10 * Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u());
  });
}

const sinusoid = (n: number): number[] => Array.from({ length: n }, (_, t) => 10 + Math.sin((2 * Math.PI * t) / 12));

describe("autocorrelations", () => {
  it("by hand on 1, 2, 3, 4: mean 2.5, deviations −1.5, −0.5, 0.5, 1.5, Σd² = 5", () => {
    // lag 1: (−1.5)(−0.5) + (−0.5)(0.5) + (0.5)(1.5) = 1.25 → 0.25; lag 2: (−1.5)(0.5) + (−0.5)(1.5) = −1.5 → −0.3;
    // lag 3: (−1.5)(1.5) = −2.25 → −0.45.
    const r = autocorrelations([1, 2, 3, 4], 3);
    expect(r[0]).toBeCloseTo(0.25, 12);
    expect(r[1]).toBeCloseTo(-0.3, 12);
    expect(r[2]).toBeCloseTo(-0.45, 12);
  });

  it("is 0 at every lag for a constant series (no variance), not NaN", () => {
    expect(autocorrelations([7, 7, 7, 7, 7], 3)).toEqual([0, 0, 0]);
  });

  it("r_12 of 6 full periods of a sine is exactly 5/6", () => {
    // Over 6 whole periods the mean is 10, so d_t = sin(πt/6); d_t d_{t+12} = sin²(πt/6), summed over the
    // 60 pairs (5 periods) = 30; Σ d_t² over 72 months = 36; r_12 = 30 / 36.
    expect(autocorrelations(sinusoid(72), 12)[11]).toBeCloseTo(5 / 6, 12);
  });
});

describe("isSeasonal (the 90% test at lag 12)", () => {
  it("finds season in a sine of period 12 over 72 months", () => {
    // r_k ≈ (72 − k)/72 · cos(πk/6), so Σ_{k<12} r_k² < Σ cos² = 5 and the limit is at most
    // 1.645 · √((1 + 2·5) / 72) = 0.643, below r_12 = 5/6.
    expect(isSeasonal(sinusoid(72), 12)).toBe(true);
  });

  it("does not find season in white noise with a fixed seed", () => {
    expect(isSeasonal(whiteNoise(72, 12345), 12)).toBe(false);
  });

  it("rejects about 10% of white-noise series (the test's size), over 400 seeds", () => {
    let rejected = 0;
    for (let seed = 1; seed <= 400; seed++) if (isSeasonal(whiteNoise(60, seed), 12)) rejected++;
    // Binomial(400, 0.1): mean 40, sd 6. Bartlett's bound is approximate for n = 60, so a wide band.
    expect(rejected).toBeGreaterThan(16);
    expect(rejected).toBeLessThan(64);
  });

  it("needs two full periods and variance: false under 24 months and for a constant", () => {
    expect(isSeasonal(sinusoid(23), 12)).toBe(false);
    expect(isSeasonal(new Array<number>(48).fill(3), 12)).toBe(false);
    expect(isSeasonal(sinusoid(48), 1)).toBe(false);
  });
});

describe("classical multiplicative decomposition", () => {
  it("the 2×m centred moving average by hand (m = 4)", () => {
    // t = 2: (½·1 + 2 + 3 + 4 + ½·5) / 4 = 12 / 4 = 3; a symmetric average keeps a straight line.
    expect(centredMovingAverage([1, 2, 3, 4, 5, 6, 7, 8], 4)).toEqual([null, null, 3, 4, 5, 6, null, null]);
    // A spike every 4th month: every window holds weight 1 of it in total → 4 / 4 = 1.
    expect(centredMovingAverage([4, 0, 0, 0, 4, 0, 0, 0], 4)).toEqual([null, null, 1, 1, 1, 1, null, null]);
  });

  it("odd m averages m months (m = 3)", () => {
    expect(centredMovingAverage([3, 6, 9, 3, 6, 9], 3)).toEqual([null, 6, 6, 6, 6, null]);
  });

  const known = [0.8, 0.85, 0.95, 1.0, 1.05, 1.2, 1.3, 1.25, 1.05, 0.95, 0.8, 0.8];
  const meanKnown = known.reduce((s, v) => s + v, 0) / 12;
  const target = known.map((v) => v / meanKnown);

  it("recovers known indices (mean 1) from level × index within 1e-12", () => {
    // With a flat level c, every 2×12 window weights each position 1/12 in total, so the trend is c·mean(S) and the
    // ratio is S / mean(S) wherever the average exists (months 6 … n−7); the first / last half year have no ratio
    // and the other years give every position.
    const x = Array.from({ length: 48 }, (_, t) => 250 * target[t % 12]);
    const idx = multiplicativeIndices(x, 12)!;
    idx.forEach((v, p) => expect(v).toBeCloseTo(target[p], 12));
  });

  it("recovers them from a linear trend × indices within the bias the trend gives the moving average", () => {
    // x_t = T_t S_t with T_t = 100 + 0.5 t. The 2×12 average is T_t + 0.5 · Σ_j w_j j (S_{t+j} − 1), whose second term
    // is at most 0.5 · max|S − 1| · Σ w_j |j| = 0.5 · 0.3 · 3 = 0.45 (Σ w_j |j| = (2·15 + 6) / 12 = 3); relative to
    // T ≥ 100 each ratio is off by ≤ 0.45%, and normalising to mean 1 can at most double that: ≤ 0.91% of S.
    const x = Array.from({ length: 60 }, (_, t) => (100 + 0.5 * t) * target[t % 12]);
    const idx = multiplicativeIndices(x, 12)!;
    idx.forEach((v, p) => expect(Math.abs(v - target[p])).toBeLessThan(0.0091 * target[p]));
    expect(idx.reduce((s, v) => s + v, 0) / 12).toBeCloseTo(1, 12);
  });

  it("is null on a series with a zero (no ratio to the trend) and under two periods", () => {
    const x = Array.from({ length: 36 }, (_, t) => (t === 5 ? 0 : 10 + (t % 12)));
    expect(multiplicativeIndices(x, 12)).toBeNull();
    expect(multiplicativeIndices(new Array<number>(23).fill(5), 12)).toBeNull();
  });

  it("adjusts and reseasons by position from the series' first month", () => {
    const idx = [0.5, 1.5];
    expect(seasonallyAdjust([1, 3, 2, 6, 1], idx)).toEqual([2, 2, 4, 4, 2]);
    // After 5 months the next month is position 5 mod 2 = 1.
    expect(indicesAhead(idx, 5, 3)).toEqual([1.5, 0.5, 1.5]);
    expect(reseason([2, 2, 2], idx, 5)).toEqual([3, 1, 3]);
    const twelve = Array.from({ length: 12 }, (_, p) => p + 1);
    expect(indicesAhead(twelve, 30, 2)).toEqual([7, 8]);
  });
});
