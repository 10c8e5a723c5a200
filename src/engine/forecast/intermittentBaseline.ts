/**
 * The baseline of an intermittent or lumpy history: TSB (Teunter, Syntetos & Babai 2011), which
 * smooths the probability of a demand every month and its size in demand months, so a part whose
 * demand dies out sees its forecast fall (Croston and SBA keep forecasting the last rate until the
 * next demand). On the carparts series TSB's RMSSE was lower than SBA's, Croston's, ETS(A,N,N)'s and
 * than their combinations (docs/forecasting.md), so it is the method for every intermittent family.
 */
import type { FitOptions, FittedModel } from "./types";
import { tsb } from "./tsb";
import { withEmpiricalIntervals } from "./empiricalIntervals";

/** @param measureIntervals false: TSB's own intervals (point forecasts are all that is wanted) */
export function fitIntermittent(history: readonly number[], options: FitOptions, measureIntervals = true): FittedModel | null {
  const model = tsb.fit(history, options);
  if (model === null || !measureIntervals) return model;
  // The same interval rule as the smooth baseline, so an 80% band means the same on every family.
  return withEmpiricalIntervals(model, history, (h) => tsb.fit(h, options));
}
