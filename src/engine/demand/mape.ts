import { type ForecastPair, forecastError } from "./forecastPair";
import { ratio } from "./ratio";

/**
 * Mean absolute percentage error (MAPE) = mean over periods of |A − F| / A, as a fraction.
 * Heizer & Render, "Operations Management", ch. 4; Stevenson, ch. 3.
 * Misleads on small volumes: a miss of 5 on an actual of 10 weighs as much as a miss of 500 on
 * 1,000, and the closer an actual is to zero the larger the penalty (use WMAPE to compare families).
 * Periods with A = 0 are left out (counted by `zeroActualPeriods`); null when no period is left.
 */
export function mape(pairs: readonly ForecastPair[]): number | null {
  let sum = 0;
  let n = 0;
  for (const p of pairs) {
    if (p.actual === 0) continue;
    sum += Math.abs(forecastError(p) / p.actual);
    n++;
  }
  return ratio(sum, n);
}
