import { type ForecastPair, forecastError } from "./forecastPair";
import { ratio } from "./ratio";

/**
 * Mean absolute deviation (MAD) = Σ |A − F| / n, in units.
 * Heizer & Render, "Operations Management", ch. 4 ("Measuring Forecast Error");
 * Stevenson, "Operations Management", ch. 3.
 * The typical size of a miss whatever its sign; 0 means the forecast matched every actual.
 * null when there are no pairs.
 */
export function mad(pairs: readonly ForecastPair[]): number | null {
  let sum = 0;
  for (const p of pairs) sum += Math.abs(forecastError(p));
  return ratio(sum, pairs.length);
}
