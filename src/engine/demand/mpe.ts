import { type ForecastPair, forecastError } from "./forecastPair";
import { ratio } from "./ratio";

/**
 * Mean percentage error (MPE) = mean over periods of (A − F) / A, as a fraction.
 * Hanke & Wichern, "Business Forecasting", ch. 3 ("Measuring Forecasting Error").
 * A signed, scale-free bias: −0.15 means forecasts ran about 15% above actuals. Periods with A = 0
 * have no percentage error and are left out (see `zeroActualPeriods` to count them); null when no
 * period is left.
 */
export function mpe(pairs: readonly ForecastPair[]): number | null {
  let sum = 0;
  let n = 0;
  for (const p of pairs) {
    if (p.actual === 0) continue;
    sum += forecastError(p) / p.actual;
    n++;
  }
  return ratio(sum, n);
}

/** How many pairs MPE and MAPE leave out because the actual was 0 (the pack says so in a note). */
export function zeroActualPeriods(pairs: readonly ForecastPair[]): number {
  let n = 0;
  for (const p of pairs) if (p.actual === 0) n++;
  return n;
}
