/**
 * Simple exponential smoothing with its initial level and α fitted by least squares (in-sample
 * one-step squared errors, the "mse" criterion R's ses() and statsforecast's SES use), for Theta.
 *
 * Why a 1-D search is enough: for fixed α the one-step forecasts are linear in the initial level ℓ0,
 * ŷ_t = (1−α)^t ℓ0 + c_t with c_0 = 0, c_{t+1} = α y_t + (1−α) c_t, so the best ℓ0 has a closed
 * form (a one-regressor least squares). What is left is the profile MSE in α alone: a grid scan
 * (the profile can have more than one dip) then golden-section refinement around the best point.
 */
import { goldenSection } from "./optimize";

/** α bounds as in R's ets / ses: away from 0 and 1 so the model stays a smoother. */
export const ALPHA_MIN = 1e-4;
export const ALPHA_MAX = 0.9999;

export interface SesFit {
  alpha: number;
  /** The level before the first observation. */
  initialLevel: number;
  /** In-sample mean squared one-step error. */
  mse: number;
}

/** The level after each observation, starting from `initialLevel`: levels[t] is ℓ after y_0..y_t. */
export function sesLevels(y: readonly number[], alpha: number, initialLevel: number): number[] {
  const levels: number[] = [];
  let level = initialLevel;
  for (const v of y) {
    level = alpha * v + (1 - alpha) * level;
    levels.push(level);
  }
  return levels;
}

/** The least-squares initial level for a given α, and the MSE it gives. */
export function bestInitialLevel(y: readonly number[], alpha: number): { initialLevel: number; mse: number } {
  const n = y.length;
  if (n === 0) return { initialLevel: 0, mse: 0 };
  const d = 1 - alpha;
  // Pass 1: the least-squares ℓ0 = Σ w_t (y_t − c_t) / Σ w_t², w_t = (1−α)^t.
  let c = 0;
  let w = 1;
  let num = 0;
  let den = 0;
  for (let t = 0; t < n; t++) {
    num += w * (y[t] - c);
    den += w * w;
    c = alpha * y[t] + d * c;
    w *= d;
  }
  const initialLevel = den > 0 ? num / den : y[0];
  // Pass 2: the MSE at that ℓ0 (computed directly, not by the normal equations, for accuracy).
  let level = initialLevel;
  let sse = 0;
  for (const v of y) {
    sse += (v - level) ** 2;
    level = alpha * v + d * level;
  }
  return { initialLevel, mse: sse / n };
}

/** SES fitted by minimising the in-sample MSE over α in [ALPHA_MIN, ALPHA_MAX] and ℓ0. */
export function fitSes(y: readonly number[]): SesFit {
  const profile = (a: number): number => bestInitialLevel(y, a).mse;
  const steps = 40;
  const grid = Array.from({ length: steps + 1 }, (_, i) => ALPHA_MIN + ((ALPHA_MAX - ALPHA_MIN) * i) / steps);
  const values = grid.map(profile);
  let best = 0;
  // Ties (a constant series has MSE 0 for every α) keep the smallest α: the smoothest model.
  for (let i = 1; i < grid.length; i++) if (values[i] < values[best] * (1 - 1e-12)) best = i;
  const lo = grid[Math.max(0, best - 1)];
  const hi = grid[Math.min(steps, best + 1)];
  const refined = goldenSection(profile, lo, hi, 1e-9);
  const alpha = refined.value <= values[best] ? refined.x : grid[best];
  const { initialLevel, mse } = bestInitialLevel(y, alpha);
  return { alpha, initialLevel, mse };
}
