import { type ForecastPair, forecastError } from "./forecastPair";
import { ratio } from "./ratio";

/**
 * Normalized forecast metric (NFM) = Σ (A − F) / (A + F), as defined in SPEC.md "Conventions".
 * Each period contributes a number between −1 (forecast far above a small actual) and +1, whatever
 * the family's size, so the sum drifts steadily away from 0 only when the forecast misses on the
 * same side period after period; beyond ± the limit (default 2) the forecast is biased.
 * A period with A + F = 0 (no demand and none forecast) has no error and contributes 0.
 * null when there are no pairs.
 */
export function nfm(pairs: readonly ForecastPair[]): number | null {
  if (pairs.length === 0) return null;
  let s = 0;
  for (const p of pairs) s += ratio(forecastError(p), p.actual + p.forecast) ?? 0;
  return s;
}
