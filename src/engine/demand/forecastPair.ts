/**
 * One period of history with both an actual and a forecast. Periods without both are left out of
 * every metric (SPEC.md "Conventions"), so the metrics only ever see complete pairs.
 */
export interface ForecastPair {
  actual: number;
  forecast: number;
}

/**
 * Forecast error e = A − F, the CPIM / APICS convention (APICS Dictionary, "forecast error"):
 * positive = under-forecast (demand came in above the forecast), negative = over-forecast.
 */
export function forecastError(p: ForecastPair): number {
  return p.actual - p.forecast;
}

/**
 * Pairs two series period by period, leaving out every period where either side is missing
 * (null, undefined or not a finite number).
 */
export function completePairs(
  actuals: readonly (number | null | undefined)[],
  forecasts: readonly (number | null | undefined)[],
): ForecastPair[] {
  const out: ForecastPair[] = [];
  const n = Math.min(actuals.length, forecasts.length);
  for (let i = 0; i < n; i++) {
    const a = actuals[i];
    const f = forecasts[i];
    if (typeof a !== "number" || typeof f !== "number" || !Number.isFinite(a) || !Number.isFinite(f)) continue;
    out.push({ actual: a, forecast: f });
  }
  return out;
}

/** Sum of the actuals, the volume the percentage metrics divide by. */
export function totalActual(pairs: readonly ForecastPair[]): number {
  let s = 0;
  for (const p of pairs) s += p.actual;
  return s;
}
