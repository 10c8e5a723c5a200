import { type ForecastPair, forecastError, totalActual } from "./forecastPair";
import { ratio } from "./ratio";

/**
 * Weighted mean absolute percentage error (WMAPE, also MAD/mean ratio) = Σ |A − F| / Σ A.
 * Kolassa & Schütz, "Advantages of the MAD/Mean ratio over the MAPE", Foresight 6 (2007).
 * Each period weighs by its volume, so months of zero or tiny demand do not blow it up; this is the
 * accuracy measure the FVA compares. null when there are no pairs or the actuals sum to 0.
 */
export function wmape(pairs: readonly ForecastPair[]): number | null {
  if (pairs.length === 0) return null;
  let absErr = 0;
  for (const p of pairs) absErr += Math.abs(forecastError(p));
  return ratio(absErr, totalActual(pairs));
}
