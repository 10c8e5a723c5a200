/**
 * empiricalIntervals.ts on series whose truth we know, drawn from a seeded generator written here:
 * - white noise around a constant mean (mean 100, σ = 10), forecast by the sample mean: the h-step error is
 *   N(0, σ²(1 + 1/n)) at every h, so the 80% and 95% half-widths should be 1.2816σ and 1.9600σ (× √(1 + 1/n));
 * - a random walk (σ = 10 a month), forecast by the naive method: the h-step error is N(0, hσ²), half-widths z σ √h.
 *
 * One series says little: the widths come from at most 24 held-out months (a quarter of the history, capped at
 * the 24-month horizon), so a single series' 80% half-width lands anywhere in about ±40% of the truth (seen 0.60
 * to 1.37 of it over the seeds below). What is asserted per series is structural (bounds ≥ 0, lower ≤ mean ≤
 * upper, widths never shrinking with h); the calibration is asserted on the average over 40 seeded series, whose
 * standard error is about 4%: within 10% (white noise) and 15% (random walk, two estimated factors) is ~3 SE.
 */
import { withEmpiricalIntervals } from "../../../src/engine/forecast/empiricalIntervals";
import { naive } from "../../../src/engine/forecast/naive";
import type { FittedModel } from "../../../src/engine/forecast/types";

const Z80 = 1.2815515655446004; // Φ⁻¹(0.9)
const Z95 = 1.959963984540054; // Φ⁻¹(0.975)
const OPTIONS = { period: 12, seasonalMinMonths: 24 };

/** mulberry32 (a 32-bit seeded generator) for uniforms, Box–Muller for standard normals. */
function normals(seed: number): () => number {
  let a = seed >>> 0;
  const uniform = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return () => Math.sqrt(-2 * Math.log(uniform() || 1e-12)) * Math.cos(2 * Math.PI * uniform());
}

/** The sample mean as a model: the forecast of white noise around a constant mean (the test's own truth). */
function meanModel(values: readonly number[]): FittedModel {
  const mu = values.reduce((s, v) => s + v, 0) / values.length;
  return {
    name: "Mean",
    fitted: values.map(() => mu),
    aicc: null,
    components: { level: mu, slopePerMonth: 0, seasonal: null, seasonalKind: null },
    forecast: (h, levels) => ({
      mean: new Array<number>(h).fill(mu),
      intervals: levels.map((level) => ({ level, lower: new Array<number>(h).fill(mu), upper: new Array<number>(h).fill(mu) })),
    }),
    refilter: (v) => meanModel(v),
  };
}

const N = 120;
const SIGMA = 10;
const SEEDS = Array.from({ length: 40 }, (_, i) => 1000 + i);
const H = 12;

function whiteNoise(seed: number, mean = 100, sigma = SIGMA): number[] {
  const z = normals(seed);
  return Array.from({ length: N }, () => mean + sigma * z());
}
function randomWalk(seed: number): number[] {
  const z = normals(seed);
  let x = 1000;
  return Array.from({ length: N }, () => (x += SIGMA * z()));
}

function structural(f: ReturnType<FittedModel["forecast"]>): void {
  for (const iv of f.intervals)
    f.mean.forEach((mu, i) => {
      expect(iv.lower[i]).toBeGreaterThanOrEqual(0);
      expect(iv.lower[i]).toBeLessThanOrEqual(mu);
      expect(mu).toBeLessThanOrEqual(iv.upper[i]);
    });
  // 95% holds the 80% interval.
  f.mean.forEach((_, i) => {
    expect(f.intervals[1].lower[i]).toBeLessThanOrEqual(f.intervals[0].lower[i]);
    expect(f.intervals[1].upper[i]).toBeGreaterThanOrEqual(f.intervals[0].upper[i]);
  });
}

describe("empirical intervals around white noise with a constant mean (σ = 10)", () => {
  const fits = SEEDS.map((seed) => {
    const y = whiteNoise(seed);
    return withEmpiricalIntervals(meanModel(y), y, (h) => meanModel(h)).forecast(H, [0.8, 0.95]);
  });
  const truth = SIGMA * Math.sqrt(1 + 1 / N);

  it("every series: bounds ≥ 0 and lower ≤ forecast ≤ upper, the 95% interval around the 80% one", () => {
    fits.forEach(structural);
  });

  it("averaged over 40 series, the 80% and 95% half-widths are within 10% of 1.2816σ and 1.9600σ", () => {
    // Seen: 1.246σ and 1.969σ (truth 1.287σ and 1.968σ with the 1/n of the estimated mean).
    for (const [k, z] of [
      [0, Z80],
      [1, Z95],
    ] as const) {
      for (let i = 0; i < H; i++) {
        const avg = fits.reduce((s, f) => s + (f.intervals[k].upper[i] - f.mean[i]), 0) / fits.length;
        expect(Math.abs(avg / (z * truth) - 1)).toBeLessThan(0.1);
      }
    }
  });

  it("each single series is within 50% of the truth at one month ahead (24 held-out months decide it)", () => {
    fits.forEach((f) => expect(Math.abs((f.intervals[0].upper[0] - f.mean[0]) / (Z80 * truth) - 1)).toBeLessThan(0.5));
  });

  it("near zero the lower bound stops at 0: mean 3, σ = 3, months below 0 recorded as 0", () => {
    // With zeros in the history the errors are in units (not relative), and mean − 1.96σ ≈ −3 is cut to 0.
    const y = whiteNoise(7, 3, 3).map((v) => Math.max(0, v));
    const f = withEmpiricalIntervals(meanModel(y), y, (h) => meanModel(h)).forecast(H, [0.8, 0.95]);
    structural(f);
    expect(f.intervals[1].lower.every((v) => v === 0)).toBe(true);
  });
});

describe("empirical intervals of the naive forecast on a random walk (σ = 10 a month)", () => {
  const fits = SEEDS.map((seed) => {
    const y = randomWalk(seed);
    return withEmpiricalIntervals(naive.fit(y, OPTIONS)!, y, (h) => naive.fit(h, OPTIONS)).forecast(H, [0.8, 0.95]);
  });

  it("every series: structural checks, and widths never shrink as the horizon grows", () => {
    for (const f of fits) {
      structural(f);
      for (const iv of f.intervals)
        for (let i = 1; i < H; i++)
          expect(iv.upper[i] - iv.lower[i]).toBeGreaterThanOrEqual(iv.upper[i - 1] - iv.lower[i - 1] - 1e-9);
    }
  });

  it("averaged over 40 series, the 80% half-width is within 15% of 1.2816 σ √h at h = 1, 3, 6, 12", () => {
    for (const h of [1, 3, 6, 12]) {
      const avg = fits.reduce((s, f) => s + (f.intervals[0].upper[h - 1] - f.mean[h - 1]), 0) / fits.length;
      expect(Math.abs(avg / (Z80 * SIGMA * Math.sqrt(h)) - 1)).toBeLessThan(0.15);
    }
  });
});
