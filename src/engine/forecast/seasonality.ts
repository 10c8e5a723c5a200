/**
 * Seasonality for the Theta method (Assimakopoulos & Nikolopoulos 2000; Hyndman & Billah 2003):
 *
 * - the test: with period m and n >= 2m, seasonal when |r_m| > z_0.95 · √((1 + 2 Σ_{k<m} r_k²) / n),
 *   r_k the sample autocorrelation at lag k. The bound is Bartlett's standard error of r_m under an
 *   MA(m−1) null, and z_0.95 = 1.645 makes it the "90%" (two-sided) test that R's thetaf and
 *   statsforecast's Theta use;
 * - classical multiplicative decomposition (Kendall & Stuart; Makridakis, Wheelwright & Hyndman
 *   1998, §3/4): a centred moving average of order m (2×m when m is even) as the trend-cycle, the
 *   ratio actual / trend, its mean per position in the cycle, normalised to mean 1.
 *
 * Positions are counted from the first month of the series: position p holds months p, p+m, p+2m…
 *
 * R's thetaf tests only when n > 2m; here n >= 2m, since the SPEC lets seasonal models start at
 * 24 months and the 2×12 average already gives every position one ratio at n = 24.
 */
import { normalQuantile } from "./normalQuantile";

/** Sample autocorrelations r_1..r_maxLag (index 0 = lag 1); all 0 for a constant or too short series. */
export function autocorrelations(x: readonly number[], maxLag: number): number[] {
  const n = x.length;
  const r = new Array<number>(Math.max(0, maxLag)).fill(0);
  if (n < 2) return r;
  const mean = x.reduce((s, v) => s + v, 0) / n;
  let denom = 0;
  for (const v of x) denom += (v - mean) ** 2;
  // A constant series has no autocorrelation; also guards against 0/0.
  if (!(denom > 0) || !Number.isFinite(denom)) return r;
  for (let k = 1; k <= maxLag && k < n; k++) {
    let num = 0;
    for (let t = 0; t + k < n; t++) num += (x[t] - mean) * (x[t + k] - mean);
    r[k - 1] = num / denom;
  }
  return r;
}

/** The Theta seasonality test (see the module comment); false when n < 2m, m < 2 or the series is constant. */
export function isSeasonal(x: readonly number[], period: number, confidence = 0.95): boolean {
  const n = x.length;
  const m = period;
  if (m < 2 || n < 2 * m) return false;
  const r = autocorrelations(x, m);
  let sumSq = 0;
  for (let k = 1; k < m; k++) sumSq += r[k - 1] ** 2;
  const limit = normalQuantile(confidence) * Math.sqrt((1 + 2 * sumSq) / n);
  const rm = Math.abs(r[m - 1]);
  return Number.isFinite(rm) && rm > limit;
}

/**
 * The centred moving average of order m (2×m for even m: weights ½, 1, …, 1, ½ over m+1 months,
 * divided by m). Months within half a cycle of either end have none: null there.
 */
export function centredMovingAverage(x: readonly number[], period: number): (number | null)[] {
  const n = x.length;
  const m = period;
  const half = Math.floor(m / 2);
  const out: (number | null)[] = new Array<number | null>(n).fill(null);
  for (let t = half; t + half < n; t++) {
    let s = 0;
    if (m % 2 === 0) {
      s = 0.5 * x[t - half] + 0.5 * x[t + half];
      for (let j = t - half + 1; j < t + half; j++) s += x[j];
    } else {
      for (let j = t - half; j <= t + half; j++) s += x[j];
    }
    out[t] = s / m;
  }
  return out;
}

/**
 * Multiplicative seasonal indices by position (index p for months p, p+m, …), mean 1; null when
 * the series is not all positive (a ratio to the trend needs a positive trend) or shorter than 2m.
 */
export function multiplicativeIndices(x: readonly number[], period: number): number[] | null {
  const m = period;
  if (m < 2 || x.length < 2 * m || x.some((v) => !(v > 0) || !Number.isFinite(v))) return null;
  const trend = centredMovingAverage(x, m);
  const sums = new Array<number>(m).fill(0);
  const counts = new Array<number>(m).fill(0);
  trend.forEach((tr, t) => {
    if (tr === null || !(tr > 0)) return;
    sums[t % m] += x[t] / tr;
    counts[t % m] += 1;
  });
  if (counts.some((c) => c === 0)) return null;
  const raw = sums.map((s, p) => s / counts[p]);
  const mean = raw.reduce((s, v) => s + v, 0) / m;
  if (!(mean > 0) || !Number.isFinite(mean)) return null;
  return raw.map((v) => v / mean);
}

/** x divided by the index of each month's position. */
export function seasonallyAdjust(x: readonly number[], indices: readonly number[]): number[] {
  const m = indices.length;
  return x.map((v, t) => v / indices[t % m]);
}

/** The indices of the h months after a series of length n (the first forecast month first). */
export function indicesAhead(indices: readonly number[], n: number, h: number): number[] {
  const m = indices.length;
  return Array.from({ length: h }, (_, i) => indices[(n + i) % m]);
}

/** Forecasts of the adjusted series times the index of each forecast month (after a series of length n). */
export function reseason(forecast: readonly number[], indices: readonly number[], n: number): number[] {
  const ahead = indicesAhead(indices, n, forecast.length);
  return forecast.map((v, i) => v * ahead[i]);
}
