import { type ForecastPair, forecastError } from "./forecastPair";

/**
 * Running sum of forecast errors (RSFE) = Σ (A − F).
 * Heizer & Render, "Operations Management", ch. 4 ("Monitoring and Controlling Forecasts");
 * Stevenson, "Operations Management", ch. 3 ("Monitoring the forecast").
 * Positive = the forecast was too low overall (under-forecast), negative = too high (over-forecast).
 * Large errors of opposite sign cancel, so RSFE shows bias, not accuracy. null when there are no pairs.
 */
export function rsfe(pairs: readonly ForecastPair[]): number | null {
  if (pairs.length === 0) return null;
  let s = 0;
  for (const p of pairs) s += forecastError(p);
  return s;
}
