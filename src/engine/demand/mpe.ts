import { type ForecastPair, forecastError } from "./forecastPair";
import { mean } from "./ratio";

/**
 * Mean percentage error (MPE) = mean over periods of (A − F) / A, as a fraction.
 * Hanke & Wichern, "Business Forecasting", ch. 3 ("Measuring Forecasting Error").
 * A signed, scale-free bias: −0.15 means forecasts ran about 15% above actuals. Periods with A = 0
 * have no percentage error and are left out (see `zeroActualPeriods` to count them); null when no
 * period is left.
 */
export function mpe(pairs: readonly ForecastPair[]): number | null {
  return mean(pairs.filter((p) => p.actual !== 0).map((p) => forecastError(p) / p.actual));
}

/** How many pairs MPE and MAPE leave out because the actual was 0 (the pack says so in a note). */
export function zeroActualPeriods(pairs: readonly ForecastPair[]): number {
  return pairs.filter((p) => p.actual === 0).length;
}
