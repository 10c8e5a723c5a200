/**
 * The baseline of an intermittent or lumpy history: Croston with the Syntetos–Boylan approximation,
 * or TSB where demand dies out. (Placeholder: the naive forecast, until those modules land.)
 */
import type { FitOptions, FittedModel } from "./types";
import { naive } from "./naive";

export function fitIntermittent(history: readonly number[], options: FitOptions): FittedModel | null {
  return naive.fit(history, options);
}
