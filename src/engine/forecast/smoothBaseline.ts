/**
 * The baseline of a smooth or erratic history: every admissible ETS model, combined with Akaike
 * weights (Kolassa, "Combining exponential smoothing forecasts using Akaike weights", IJF 27, 2011)
 * rather than the single model of smallest AICc: when several models are about as likely, betting on
 * one of them is what loses accuracy. Intervals from the combination's own multi-step errors.
 */
import type { FitOptions, FittedModel } from "./types";
import { etsFromFit, fitAllEts } from "./ets";
import { akaikeWeights, combineModels } from "./combination";
import { withEmpiricalIntervals } from "./empiricalIntervals";

function fitCombination(history: readonly number[], options: FitOptions): FittedModel | null {
  const fits = fitAllEts(history, options);
  if (fits.length === 0) return null;
  const weights = akaikeWeights(fits.map((f) => f.aicc));
  const parts = fits.map((f, i) => ({ model: etsFromFit(f, options.period), weight: weights[i] })).filter((p) => p.weight >= 1e-3);
  const total = parts.reduce((s, p) => s + p.weight, 0);
  const model = combineModels(parts.map((p) => ({ ...p, weight: p.weight / total })));
  return model;
}

export function fitSmooth(history: readonly number[], options: FitOptions): FittedModel | null {
  const model = fitCombination(history, options);
  if (model === null) return null;
  return withEmpiricalIntervals(model, history, (h) => fitCombination(h, options));
}
