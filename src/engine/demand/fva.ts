import { ratio } from "./ratio";

/** One period with an actual, the forecast being judged and the baseline it is judged against. */
export interface FvaPeriod {
  actual: number;
  forecast: number;
  baseline: number;
}

/**
 * Forecast value added (FVA) = WMAPE(baseline) − WMAPE(forecast), as a fraction.
 * Gilliland, "The Business Forecasting Deal" (Wiley, 2010), "Forecast Value Added Analysis".
 * Positive = the forecast (or the step that produced it, e.g. a sales override) made the forecast
 * more accurate than the baseline; negative = it made it worse. Both WMAPEs are taken over the same
 * periods (those with an actual, a forecast and a baseline), so the comparison is like for like.
 * null when there are no such periods or the actuals sum to 0.
 */
export function fva(periods: readonly FvaPeriod[]): number | null {
  // Both WMAPEs (see wmape.ts) in one pass: they share the periods and so the actual volume.
  if (periods.length === 0) return null;
  let judgedError = 0;
  let baselineError = 0;
  let volume = 0;
  for (const p of periods) {
    judgedError += Math.abs(p.actual - p.forecast);
    baselineError += Math.abs(p.actual - p.baseline);
    volume += p.actual;
  }
  const w = ratio(judgedError, volume);
  const b = ratio(baselineError, volume);
  if (w === null || b === null) return null;
  return b - w;
}
