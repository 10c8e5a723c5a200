import type { ForecastPair } from "./forecastPair";
import { totalActual } from "./forecastPair";
import { ratio } from "./ratio";
import { rsfe } from "./rsfe";

/**
 * Bias % = Σ (A − F) / Σ A = RSFE over the actual volume, as a fraction.
 * The volume-weighted bias (SPEC.md "Conventions"; the CPIM sign convention):
 * −0.15 means the forecasts summed to 15% more than the demand that came in.
 * null when there are no pairs or the actuals sum to 0.
 */
export function biasPct(pairs: readonly ForecastPair[]): number | null {
  const r = rsfe(pairs);
  if (r === null) return null;
  return ratio(r, totalActual(pairs));
}
