/**
 * The standard Theta method (Assimakopoulos & Nikolopoulos 2000) in the form Hyndman & Billah
 * (2003) proved it equals: simple exponential smoothing with drift, the drift half the OLS slope
 * b of the series on time. From an origin after n months the h-step forecast is
 *
 *   ŷ_{n+h} = ℓ_n + (b/2) · (h − 1 + (1 − (1−α)^n) / α)
 *
 * (the thetaf / statsforecast form), on seasonally adjusted data when the 90% lag-m
 * autocorrelation test finds seasonality and there are at least `seasonalMinMonths` months, the
 * forecast then multiplied back by the classical multiplicative indices.
 *
 * Intervals are SES's (local level model): σ_h² = σ² (1 + (h−1) α²) on the adjusted scale, times
 * the month's index. σ² is the mean squared one-step error of the Theta forecasts themselves
 * (drift included) over the history, divided by n − 3 for the three estimated numbers (α, ℓ0, b)
 * so a short history does not claim more certainty than it has. (R's thetaf uses the SES errors
 * over n − 2 and does not scale the half-width by the index; the adjusted-scale half-widths agree
 * within 3% on AirPassengers / USAccDeaths / Nile.)
 *
 * Measured on simulated series (500 each, 48 months fitted, 12 held out): a random walk's held-out
 * coverage was 79% / 93% for the 80% / 95% intervals; a trending seasonal series' only 72% / 90%,
 * because Theta extrapolates half the trend (its known bias), which σ does not hold.
 */
import type { FitOptions, FittedModel, ForecastMethod, ForecastResult } from "./types";
import { centralZ } from "./normalQuantile";
import { indicesAhead, isSeasonal, multiplicativeIndices, seasonallyAdjust } from "./seasonality";
import { fitSes } from "./ses";

/** Theta needs a slope and a smoothing fit: fewer months than this and fit returns null. */
export const THETA_MIN_MONTHS = 3;

interface ThetaParams {
  alpha: number;
  initialLevel: number;
  /** The drift per month, b/2. */
  drift: number;
  /** Indices by position from the series' first month, or null without season. */
  indices: number[] | null;
  sigma: number;
}

/** OLS slope of y on t = 0..n−1; 0 for fewer than 2 points. */
export function olsSlope(y: readonly number[]): number {
  const n = y.length;
  if (n < 2) return 0;
  const tMean = (n - 1) / 2;
  const yMean = y.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let t = 0; t < n; t++) {
    sxy += (t - tMean) * (y[t] - yMean);
    sxx += (t - tMean) ** 2;
  }
  return sxy / sxx;
}

/** (1 − (1−α)^n) / α: the drift multiplier at h = 1 after n months (→ n as α → 0). */
function driftOffset(alpha: number, n: number): number {
  return (1 - (1 - alpha) ** n) / alpha;
}

function thetaModel(values: readonly number[], p: ThetaParams): FittedModel {
  const n = values.length;
  const adjusted = p.indices ? seasonallyAdjust(values, p.indices) : values.slice();
  const indexAt = (t: number): number => (p.indices ? p.indices[t % p.indices.length] : 1);
  // One-step Theta forecasts from every origin t (t months seen), then the final level.
  const fitted: number[] = [];
  let level = p.initialLevel;
  for (let t = 0; t < n; t++) {
    fitted.push(Math.max(0, (level + p.drift * driftOffset(p.alpha, t)) * indexAt(t)));
    level = p.alpha * adjusted[t] + (1 - p.alpha) * level;
  }
  const offset = driftOffset(p.alpha, n);
  return {
    name: "Theta",
    fitted,
    aicc: null,
    components: {
      level,
      slopePerMonth: p.drift,
      seasonal: p.indices ? indicesAhead(p.indices, n, 12) : null,
      seasonalKind: p.indices ? "multiplicative" : null,
    },
    forecast(h: number, levels: readonly number[]): ForecastResult {
      const s = p.indices ? indicesAhead(p.indices, n, h) : new Array<number>(h).fill(1);
      const adj = Array.from({ length: h }, (_, i) => level + p.drift * (i + offset));
      const se = adj.map((_, i) => p.sigma * Math.sqrt(1 + i * p.alpha * p.alpha));
      return {
        mean: adj.map((m, i) => Math.max(0, m * s[i])),
        intervals: levels.map((lv) => {
          const z = centralZ(lv);
          return {
            level: lv,
            lower: adj.map((m, i) => Math.max(0, (m - z * se[i]) * s[i])),
            upper: adj.map((m, i) => Math.max(0, (m + z * se[i]) * s[i])),
          };
        }),
      };
    },
    refilter: (next) => thetaModel(next, p),
  };
}

function fitTheta(history: readonly number[], options: FitOptions): FittedModel | null {
  const n = history.length;
  if (n < THETA_MIN_MONTHS || history.some((v) => !Number.isFinite(v))) return null;
  const m = options.period;
  const seasonal = n >= options.seasonalMinMonths && isSeasonal(history, m);
  const indices = seasonal ? multiplicativeIndices(history, m) : null;
  // As R's thetaf: an index near 0 would blow up the adjusted series; fall back to no season.
  const usable = indices && indices.every((v) => v > 1e-4) ? indices : null;
  const adjusted = usable ? seasonallyAdjust(history, usable) : history.slice();
  const ses = fitSes(adjusted);
  const alpha = Math.max(1e-10, ses.alpha);
  const drift = olsSlope(adjusted) / 2;
  // σ from the Theta one-step errors (drift included) on the adjusted scale.
  let level = ses.initialLevel;
  let sse = 0;
  for (let t = 0; t < n; t++) {
    sse += (adjusted[t] - (level + drift * driftOffset(alpha, t))) ** 2;
    level = alpha * adjusted[t] + (1 - alpha) * level;
  }
  const sigma = Math.sqrt(sse / Math.max(1, n - 3));
  const params: ThetaParams = {
    alpha,
    initialLevel: ses.initialLevel,
    drift,
    indices: usable,
    sigma: Number.isFinite(sigma) ? sigma : 0,
  };
  return thetaModel(history, params);
}

export const theta: ForecastMethod = { name: "Theta", fit: fitTheta };
