import type { ForecastPair } from "./forecastPair";
import { mad } from "./mad";
import { ratio } from "./ratio";
import { rsfe } from "./rsfe";

/**
 * Tracking signal = RSFE / MAD: how many "typical misses" the running error has drifted away from 0.
 * Heizer & Render, "Operations Management", ch. 4 ("Tracking Signal"); Stevenson, ch. 3.
 * A forecast that is always too high by the same share reaches −n after n periods; one that misses
 * on both sides stays near 0. Beyond ± the limit (commonly 4) the forecast is biased.
 *
 * MAD = 0 means the forecast equalled the actual in every period: RSFE is 0 too and there is no
 * drift to measure, so the signal is undefined and returned as null (not Infinity or NaN). A null
 * signal never raises a bias flag. null also when there are no pairs.
 */
export function trackingSignal(pairs: readonly ForecastPair[]): number | null {
  const r = rsfe(pairs);
  const m = mad(pairs);
  if (r === null || m === null) return null;
  return ratio(r, m);
}
