/**
 * The baseline of a smooth or erratic history, the mean of two forecasts:
 * - every admissible ETS model, combined with Akaike weights (Kolassa, "Combining exponential
 *   smoothing forecasts using Akaike weights", IJF 27, 2011) rather than only the model of smallest
 *   AICc: when several models are about as likely, betting on one of them is what loses accuracy;
 * - Theta (theta.ts), whose errors differ from ETS's (half the trend, decomposed season).
 * On the M1 series this beats R's ets() and the mean of ets() and thetaf() on sMAPE and MASE
 * (docs/forecasting.md). Intervals from the combination's own errors (empiricalIntervals.ts).
 */
import type { FitOptions, FittedModel } from "./types";
import { etsFromFit, fitAllEts } from "./ets";
import { akaikeWeights, combineModels } from "./combination";
import { withEmpiricalIntervals } from "./empiricalIntervals";
import { theta } from "./theta";

function fitCombination(history: readonly number[], options: FitOptions): FittedModel | null {
  const fits = fitAllEts(history, options);
  if (fits.length === 0) return null;
  const weights = akaikeWeights(fits.map((f) => f.aicc));
  const parts = fits
    .map((f, i) => ({ model: etsFromFit(f, options.period), weight: weights[i] }))
    .filter((p) => p.weight >= 1e-3);
  const total = parts.reduce((s, p) => s + p.weight, 0);
  const ets = combineModels(
    parts.map((p) => ({ ...p, weight: p.weight / total })),
    parts[0].model.name, // the sheet names the ETS mix by its likeliest model
  );
  const thetaModel = theta.fit(history, options);
  if (thetaModel === null) return ets;
  // Equal weights: estimated combination weights rarely beat the simple mean (the "forecast
  // combination puzzle", Smith & Wallis 2009), and need data the history does not have to spare.
  return combineModels(
    [
      { model: ets, weight: 0.5 },
      { model: thetaModel, weight: 0.5 },
    ],
    `${ets.name} + Theta`,
  );
}

/** @param measureIntervals false: the combination's own intervals (point forecasts are all that is wanted) */
export function fitSmooth(history: readonly number[], options: FitOptions, measureIntervals = true): FittedModel | null {
  const model = fitCombination(history, options);
  if (model === null || !measureIntervals) return model;
  return withEmpiricalIntervals(model, history, (h) => fitCombination(h, options));
}
