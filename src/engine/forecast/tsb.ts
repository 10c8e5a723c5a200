/**
 * TSB (Teunter, Syntetos & Babai 2011): unlike Croston, the demand probability p is updated every
 * month (towards 1 in a month with demand, towards 0 without, with β), so the forecast p·z decays
 * when demand dies out; the size z is updated with α only in months with demand.
 *
 *   demand month:  p ← p + β (1 − p),  z ← z + α (y − z)
 *   zero month:    p ← (1 − β) p
 *
 * Started (as the brief of this project asks, and as Teunter et al. suggest for a warm start) from
 * the history's demand rate p0 = months with demand / months and mean non-zero size z0, so the first
 * fitted value p0·z0 is the history's mean demand. α = β = 0.1. Intervals: flatIntervals.ts with the
 * larger of α and β as the widening rate.
 */
import type { FitOptions, FittedModel, ForecastMethod } from "./types";
import { flatForecast, rmsError } from "./flatIntervals";

export const TSB_ALPHA = 0.1;
export const TSB_BETA = 0.1;

interface TsbParams {
  alpha: number;
  beta: number;
  p0: number;
  z0: number;
}

/** The TSB recursion: one-step forecasts before each month, and the final p and z. */
export function tsbRecursion(y: readonly number[], params: TsbParams): { p: number; z: number; fitted: number[] } {
  let p = params.p0;
  let z = params.z0;
  const fitted: number[] = [];
  for (const v of y) {
    fitted.push(p * z);
    if (v > 0) {
      p += params.beta * (1 - p);
      z += params.alpha * (v - z);
    } else {
      p *= 1 - params.beta;
    }
  }
  return { p, z, fitted };
}

function tsbModel(values: readonly number[], params: TsbParams, sigmaFixed: number | null): FittedModel {
  const { p, z, fitted } = tsbRecursion(values, params);
  const point = p * z;
  const sigma = sigmaFixed ?? rmsError(values, fitted);
  const rate = Math.max(params.alpha, params.beta);
  return {
    name: "TSB",
    fitted,
    aicc: null,
    components: { level: point, slopePerMonth: 0, seasonal: null, seasonalKind: null },
    forecast: (h, levels) => flatForecast(point, sigma, rate, h, levels),
    // Same α, β, start (p0, z0) and σ, run through the new values.
    refilter: (next) => tsbModel(next, params, sigma),
  };
}

/** TSB with given smoothing constants (defaults 0.1 / 0.1). */
export function makeTsb(alpha = TSB_ALPHA, beta = TSB_BETA): ForecastMethod {
  return {
    name: "TSB",
    fit(history: readonly number[], _options: FitOptions): FittedModel | null {
      if (history.length === 0) return null;
      const sizes = history.filter((v) => v > 0);
      const p0 = sizes.length / history.length;
      const z0 = sizes.length > 0 ? sizes.reduce((s, v) => s + v, 0) / sizes.length : 0;
      return tsbModel(history, { alpha, beta, p0, z0 }, null);
    },
  };
}

export const tsb: ForecastMethod = makeTsb();
