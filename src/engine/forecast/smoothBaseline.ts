/**
 * The baseline of a smooth or erratic history: automatic ETS and Theta, selected or combined.
 * (Placeholder: the naive forecast, until the ETS and Theta modules land.)
 */
import type { FitOptions, FittedModel } from "./types";
import { naive } from "./naive";

export function fitSmooth(history: readonly number[], options: FitOptions): FittedModel | null {
  return naive.fit(history, options);
}
