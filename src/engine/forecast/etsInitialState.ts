/**
 * Starting values for the initial state, from which maximum likelihood then optimises (the heuristic
 * of Hyndman, Koehler, Snyder & Grose 2002, §2.6 of Hyndman et al. 2008): seasonal indices from a
 * classical decomposition of the first years, then level and slope from a straight line through the
 * first ten seasonally adjusted months.
 */
import type { EtsSpec } from "./etsFilter";

export interface InitialState {
  level0: number;
  slope0: number;
  seasonal0: number[];
}

/** Least-squares line through (1, y0), (2, y1), …: intercept (the value at time 0) and slope. */
function line(y: readonly number[]): { intercept: number; slope: number } {
  const n = y.length;
  if (n < 2) return { intercept: y[0] ?? 0, slope: 0 };
  const meanT = (n + 1) / 2;
  const meanY = y.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (i + 1 - meanT) * (y[i] - meanY);
    sxx += (i + 1 - meanT) ** 2;
  }
  const slope = sxy / sxx;
  return { intercept: meanY - slope * meanT, slope };
}

/**
 * Seasonal indices of the first years by classical decomposition: a centred 2×m moving average as
 * the trend, then the mean ratio (or difference) to it per month of the cycle, normalised to mean 1
 * (or sum 0). Needs at least two full cycles.
 */
function firstYearsSeasonal(y: readonly number[], m: number, multiplicative: boolean): number[] {
  const years = Math.min(Math.floor(y.length / m), 3);
  const x = y.slice(0, years * m);
  const sums = new Array<number>(m).fill(0);
  const counts = new Array<number>(m).fill(0);
  const half = m / 2;
  for (let t = half; t < x.length - half; t++) {
    let ma = (x[t - half] + x[t + half]) / 2;
    for (let j = t - half + 1; j < t + half; j++) ma += x[j];
    ma /= m;
    const detrended = multiplicative ? x[t] / ma : x[t] - ma;
    if (!Number.isFinite(detrended)) continue;
    sums[t % m] += detrended;
    counts[t % m] += 1;
  }
  const raw = sums.map((s, k) => (counts[k] > 0 ? s / counts[k] : multiplicative ? 1 : 0));
  const mean = raw.reduce((s, v) => s + v, 0) / m;
  return raw.map((v) => (multiplicative ? v / mean : v - mean));
}

export function initialState(y: readonly number[], spec: EtsSpec, m: number): InitialState {
  let seasonal0: number[] = [];
  let adjusted = Array.from(y);
  if (spec.season !== "N") {
    const multiplicative = spec.season === "M";
    seasonal0 = firstYearsSeasonal(y, m, multiplicative);
    adjusted = y.map((v, t) => (multiplicative ? v / seasonal0[t % m] : v - seasonal0[t % m]));
  }
  const first = adjusted.slice(0, Math.min(10, adjusted.length));
  if (spec.trend === "N") {
    return { level0: first.reduce((s, v) => s + v, 0) / first.length, slope0: 0, seasonal0 };
  }
  const { intercept, slope } = line(first);
  return { level0: intercept, slope0: slope, seasonal0 };
}
