/**
 * A weighted combination of fitted models behaves as one model: its forecast is the weighted mean of
 * the parts' forecasts, its refilter refilters every part. Combining is the most reliable way known to
 * gain accuracy over any single automatically selected model (Bates & Granger 1969; the M3 and M4
 * competitions); the weights come from the caller (Akaike weights, or equal shares).
 *
 * Its intervals are not a mean of the parts' intervals (that has no probability meaning); they are
 * left to empiricalIntervals.ts, which measures the combination's own multi-step errors.
 */
import type { FittedModel, ForecastResult, ModelComponents } from "./types";
import { centralZ } from "./normalQuantile";

export interface WeightedModel {
  model: FittedModel;
  weight: number;
}

/** Akaike weights w_i ∝ exp(−Δ_i / 2), Δ_i = AICc_i − min AICc (Burnham & Anderson 2002, §2.9). */
export function akaikeWeights(aicc: readonly number[]): number[] {
  const best = Math.min(...aicc);
  const raw = aicc.map((a) => Math.exp(-(a - best) / 2));
  const total = raw.reduce((s, v) => s + v, 0);
  return raw.map((v) => v / total);
}

/** How the sheet names a combination: the parts that carry at least 10% of the weight, heaviest first. */
export function combinationName(parts: readonly WeightedModel[]): string {
  const sorted = [...parts].sort((a, b) => b.weight - a.weight);
  const shown = sorted.filter((p, i) => i === 0 || p.weight >= 0.1);
  if (shown.length === 1 && sorted.length === 1) return shown[0].model.name;
  const named = shown.map((p) => `${p.model.name} ${Math.round(p.weight * 100)}%`).join(" + ");
  const others = sorted.length - shown.length;
  return others > 0 ? `${named} + ${others} more` : named;
}

/**
 * Components of the combination: level and slope are weighted means; the seasonal shape is the
 * weighted mean of each part's indices as ratios to its level (a part without season counts 1), so
 * additive and multiplicative parts combine into one multiplicative profile.
 */
function combineComponents(parts: readonly WeightedModel[]): ModelComponents {
  const level = parts.reduce((s, p) => s + p.weight * p.model.components.level, 0);
  const slopePerMonth = parts.reduce((s, p) => s + p.weight * p.model.components.slopePerMonth, 0);
  const seasonalParts = parts.filter((p) => p.model.components.seasonal !== null);
  if (seasonalParts.length === 0) return { level, slopePerMonth, seasonal: null, seasonalKind: null };
  const seasonal = Array.from({ length: 12 }, (_, j) =>
    parts.reduce((s, p) => {
      const c = p.model.components;
      if (c.seasonal === null) return s + p.weight;
      const ratio = c.seasonalKind === "additive" ? (c.level !== 0 ? (c.level + c.seasonal[j]) / c.level : 1) : c.seasonal[j];
      return s + p.weight * ratio;
    }, 0),
  );
  return { level, slopePerMonth, seasonal, seasonalKind: "multiplicative" };
}

export function combineModels(parts: readonly WeightedModel[], name = combinationName(parts)): FittedModel {
  let fitted: number[] | null = null;
  let components: ModelComponents | null = null;
  return {
    name,
    // Made when asked for, as the parts' own: a refiltered combination is mostly only forecast from.
    get fitted() {
      if (fitted === null) {
        const n = parts[0].model.fitted.length;
        fitted = Array.from({ length: n }, (_, t) => parts.reduce((s, p) => s + p.weight * p.model.fitted[t], 0));
      }
      return fitted;
    },
    aicc: null,
    get components() {
      return (components ??= combineComponents(parts));
    },
    forecast(h: number, levels: readonly number[]): ForecastResult {
      const own = parts.map((p) => p.model.forecast(h, levels.length > 0 ? [0.8] : []));
      const mean = new Array<number>(h).fill(0);
      own.forEach((f, j) => f.mean.forEach((v, i) => (mean[i] += parts[j].weight * v)));
      // Point forecasts only (the rolling-origin errors ask for nothing else): no variance to work out.
      if (levels.length === 0) return { mean, intervals: [] };
      // Model averaging's predictive variance (Burnham & Anderson 2002, §4.3): each part's own
      // variance plus how far its forecast lies from the combination's, weighted.
      const z80 = centralZ(0.8);
      const between = mean.map((mu, i) => own.reduce((s, f, j) => s + parts[j].weight * (f.mean[i] - mu) ** 2, 0));
      const within = mean.map((_, i) =>
        own.reduce((s, f, j) => s + parts[j].weight * ((f.intervals[0].upper[i] - f.mean[i]) / z80) ** 2, 0),
      );
      const sd = mean.map((_, i) => Math.sqrt(within[i] + between[i]));
      return {
        mean,
        modelVariance: between,
        intervals: levels.map((level) => {
          const z = centralZ(level);
          return { level, lower: mean.map((mu, i) => Math.max(0, mu - z * sd[i])), upper: mean.map((mu, i) => mu + z * sd[i]) };
        }),
      };
    },
    refilter(values: readonly number[]): FittedModel {
      return combineModels(
        parts.map((p) => ({ model: p.model.refilter(values), weight: p.weight })),
        name,
      );
    },
  };
}
