/**
 * Prediction intervals from the model's own errors, so that an 80% interval holds about 80% of what
 * follows. The textbook ETS variances assume the chosen model is the true one; on the M1 series R's
 * intervals from them hold 73% and 88% (docs/forecasting.md). Two measurements replace them:
 *
 * 1. The shape over the horizon, σ_h: from every origin inside the history the fitted model (same
 *    parameters, state updated to that origin) forecasts ahead, and σ_h is the root mean square of its
 *    h-month errors (Williams & Goodman, JASA 66, 1971). σ_h never falls as h grows; where too few
 *    origins reach h, it grows as √h from the last horizon measured well (the random walk's rate).
 *    Errors are relative to the forecast where history and forecasts are positive, so a series that
 *    grew tenfold is not judged by its early errors in its early units.
 * 2. The width, from held-out months (split conformal prediction, Vovk, Gammerman & Shafer,
 *    "Algorithmic Learning in a Random World", 2005, with rolling origins): the method is fitted again
 *    without the last quarter of the history, forecasts into it from every origin there, and each
 *    error in units of σ_h is a score. The interval at level p is the ⌈(k + 1)p⌉-th smallest of the k
 *    scores times σ_h. In-sample errors cannot see what held-out ones do: the model and its
 *    parameters were chosen knowing those months.
 *
 * A combination also passes the spread between its models' forecasts (modelVariance), which is
 * added to σ_h² as model averaging's predictive variance prescribes (combination.ts).
 */
import type { FittedModel, ForecastResult } from "./types";
import { centralZ } from "./normalQuantile";

/** Fewer errors than this at a horizon and σ_h is extrapolated rather than measured. */
const MIN_ERRORS = 6;
/**
 * A tail quantile is read off the scores only where at least this many of them lie beyond it (the
 * np ≥ 5 rule of thumb for a binomial proportion); with fewer, the normal quantile times the scores'
 * root mean square stands in, as the extreme ranks of a small sample are mostly noise.
 */
const MIN_SCORES_BEYOND = 5;
/** The first origin: the model must have seen a few months before its forecasts are judged. */
const FIRST_ORIGIN = 2;

export interface ErrorProfile {
  /** σ_h for h = 1..length (relative to the forecast when `relative`); NaN where nothing was measured. */
  sigma: number[];
  relative: boolean;
  /** Held-out errors in units of σ_h, sorted ascending; empty when there were none. */
  scores: number[];
}

/** Forecast errors y[o + h] − ŷ from each origin o in [firstOrigin, n − 2], up to maxHorizon ahead. */
function rollingErrors(
  model: FittedModel,
  history: readonly number[],
  firstOrigin: number,
  maxHorizon: number,
): { horizon: number; error: number; forecast: number }[] {
  const n = history.length;
  const out: { horizon: number; error: number; forecast: number }[] = [];
  for (let o = firstOrigin; o < n - 1; o++) {
    const h = Math.min(maxHorizon, n - 1 - o);
    const mean = model.refilter(history.slice(0, o + 1)).forecast(h, []).mean;
    mean.forEach((f, i) => out.push({ horizon: i, error: history[o + 1 + i] - f, forecast: f }));
  }
  return out;
}

export function inSampleSigma(model: FittedModel, history: readonly number[], maxHorizon: number): Omit<ErrorProfile, "scores"> {
  const errors = rollingErrors(model, history, FIRST_ORIGIN, maxHorizon);
  const relative = history.every((v) => v > 0) && errors.every((e) => e.forecast > 0);
  const sumSq = new Array<number>(maxHorizon).fill(0);
  const count = new Array<number>(maxHorizon).fill(0);
  for (const { horizon, error, forecast } of errors) {
    const scaled = relative ? error / forecast : error;
    if (!Number.isFinite(scaled)) continue;
    sumSq[horizon] += scaled * scaled;
    count[horizon] += 1;
  }
  const sigma: number[] = [];
  let lastGood = -1;
  for (let i = 0; i < maxHorizon; i++) {
    if (count[i] >= MIN_ERRORS) {
      sigma.push(Math.max(Math.sqrt(sumSq[i] / count[i]), i > 0 && lastGood >= 0 ? sigma[i - 1] : 0));
      lastGood = i;
    } else {
      sigma.push(lastGood >= 0 ? sigma[lastGood] * Math.sqrt((i + 1) / (lastGood + 1)) : NaN);
    }
  }
  return { sigma, relative };
}

/** Scores of a refit without the last quarter of the history (at most maxHorizon months held out). */
export function heldOutScores(
  fitMethod: (history: readonly number[]) => FittedModel | null,
  history: readonly number[],
  profile: Omit<ErrorProfile, "scores">,
  maxHorizon: number,
): number[] {
  const n = history.length;
  const held = Math.min(maxHorizon, Math.floor(n / 4));
  if (held < 3) return [];
  const model = fitMethod(history.slice(0, n - held));
  if (model === null) return [];
  const scores: number[] = [];
  for (const { horizon, error, forecast } of rollingErrors(model, history, n - held - 1, maxHorizon)) {
    const u = Math.abs(profile.relative ? error / forecast : error) / profile.sigma[horizon];
    if (Number.isFinite(u)) scores.push(u);
  }
  return scores.sort((a, b) => a - b);
}

/** The half-width of the interval at `level`, in units of σ_h. */
export function scoreQuantile(scores: readonly number[], level: number): number {
  const normal = centralZ(level);
  if (scores.length * (1 - level) >= MIN_SCORES_BEYOND) {
    const rank = Math.ceil((scores.length + 1) * level);
    return scores[Math.min(rank, scores.length) - 1];
  }
  if (scores.length === 0) return normal;
  const rms = Math.sqrt(scores.reduce((s, u) => s + u * u, 0) / scores.length);
  return normal * Math.max(1, rms);
}

function withProfile(model: FittedModel, profile: ErrorProfile): FittedModel {
  const { sigma } = profile;
  const sigmaAt = (i: number): number =>
    i < sigma.length ? sigma[i] : sigma[sigma.length - 1] * Math.sqrt((i + 1) / sigma.length);
  return {
    name: model.name,
    get fitted() {
      return model.fitted; // not copied: the model makes it only when asked for
    },
    aicc: model.aicc,
    get components() {
      return model.components;
    },
    forecast(h: number, levels: readonly number[]): ForecastResult {
      const own = model.forecast(h, levels);
      if (sigma.length === 0 || !Number.isFinite(sigma[0])) return own;
      const { mean, modelVariance } = own;
      const sd = mean.map((mu, i) => {
        const e = profile.relative ? Math.abs(mu) * sigmaAt(i) : sigmaAt(i);
        return Math.sqrt(e * e + (modelVariance?.[i] ?? 0));
      });
      return {
        mean,
        modelVariance,
        intervals: levels.map((level) => {
          const z = scoreQuantile(profile.scores, level);
          return {
            level,
            lower: mean.map((mu, i) => Math.max(0, mu - z * sd[i])),
            upper: mean.map((mu, i) => mu + z * sd[i]),
          };
        }),
      };
    },
    refilter: (values) => withProfile(model.refilter(values), profile),
  };
}

/**
 * The model with intervals measured on `history`. `refit` fits the same method to a shorter history
 * (for the held-out scores); without it the normal quantile is used on σ_h.
 */
export function withEmpiricalIntervals(
  model: FittedModel,
  history: readonly number[],
  refit?: (history: readonly number[]) => FittedModel | null,
  maxHorizon = 24,
): FittedModel {
  const shape = inSampleSigma(model, history, maxHorizon);
  const scores = refit ? heldOutScores(refit, history, shape, maxHorizon) : [];
  return withProfile(model, { ...shape, scores });
}
