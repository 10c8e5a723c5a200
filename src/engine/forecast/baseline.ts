/**
 * The statistical baseline of one family: classify the history's demand pattern, fit the method
 * family that suits it, and fall back to something simpler (and say so) where a fit is impossible
 * or fails. Every forecast and bound that leaves here is finite and >= 0.
 */
import type { FitOptions, FittedModel, ModelComponents, PredictionInterval } from "./types";
import { classifyDemand, DEFAULT_PATTERN_CUTOFFS, type DemandPattern, type PatternCutoffs } from "./demandPattern";
import { naive } from "./naive";
import { fitSmooth } from "./smoothBaseline";
import { fitIntermittent } from "./intermittentBaseline";

export interface BaselineOptions extends FitOptions {
  patternCutoffs: PatternCutoffs;
}

export const DEFAULT_BASELINE_OPTIONS: BaselineOptions = {
  period: 12,
  seasonalMinMonths: 24,
  patternCutoffs: DEFAULT_PATTERN_CUTOFFS,
};

/** Below this many months the baseline is the naive forecast without an interval (SPEC). */
export const MIN_MONTHS_FOR_INTERVALS = 3;

export interface BaselineFit {
  /** null for "No demand" (the baseline is 0) and for an empty history. */
  model: FittedModel | null;
  pattern: DemandPattern;
  adi: number | null;
  cv2: number | null;
  months: number;
  /** Whether forecasts from this fit carry intervals (not with fewer than 3 months). */
  intervals: boolean;
  /** What a planner should know about how the baseline was made (fallbacks), in plain words. */
  notes: string[];
}

export interface BaselineForecast {
  /** The method's name as the sheet shows it ("ETS(M,Ad,M) + Theta", "SBA", "Naive", "No demand"). */
  model: string;
  pattern: DemandPattern;
  adi: number | null;
  cv2: number | null;
  months: number;
  forecast: number[];
  /** One per level asked for; empty where the baseline has no interval (fewer than 3 months). */
  intervals: PredictionInterval[];
  components: ModelComponents;
  notes: string[];
}

const NO_COMPONENTS: ModelComponents = { level: 0, slopePerMonth: 0, seasonal: null, seasonalKind: null };

function finiteFit(model: FittedModel | null, h: number): boolean {
  if (model === null) return false;
  const f = model.forecast(h, [0.95]);
  return f.mean.length === h && f.mean.every(Number.isFinite) && f.intervals[0].upper.every(Number.isFinite);
}

/**
 * Classifies and fits; the backtest refilters the returned model origin by origin.
 * @param measureIntervals false where only point forecasts are wanted (the backtest): the intervals
 *   are then the methods' own, not measured on held-out months (empiricalIntervals.ts), which is most
 *   of a fit's time; the point forecasts are the same either way
 */
export function fitBaseline(
  history: readonly number[],
  options: BaselineOptions = DEFAULT_BASELINE_OPTIONS,
  measureIntervals = true,
): BaselineFit {
  const { pattern, adi, cv2 } = classifyDemand(history, options.patternCutoffs);
  const base = { pattern, adi, cv2, months: history.length };
  if (pattern === "No demand") return { ...base, model: null, intervals: true, notes: [] };
  if (history.length < MIN_MONTHS_FOR_INTERVALS) {
    return {
      ...base,
      model: naive.fit(history, options),
      intervals: false,
      notes: [
        `only ${history.length} month${history.length === 1 ? "" : "s"} of history: the naive forecast, without an interval`,
      ],
    };
  }
  const fitter = pattern === "Smooth" || pattern === "Erratic" ? fitSmooth : fitIntermittent;
  let model: FittedModel | null = null;
  let failure: string | null = null;
  try {
    model = fitter(history, options, measureIntervals);
  } catch (e) {
    failure = e instanceof Error ? e.message : String(e);
  }
  if (finiteFit(model, 12)) return { ...base, model, intervals: true, notes: [] };
  return {
    ...base,
    model: naive.fit(history, options),
    intervals: true,
    notes: [
      `the ${pattern.toLowerCase()} methods could not be fitted${failure ? ` (${failure})` : ""}: the naive forecast instead`,
    ],
  };
}

function clean(values: readonly number[]): number[] {
  return values.map((v) => (Number.isFinite(v) && v > 0 ? v : 0));
}

/** Forecasts `horizon` months from a fit, with intervals at `levels` (each in (0, 1)). */
export function forecastFromFit(fit: BaselineFit, horizon: number, levels: readonly number[]): BaselineForecast {
  const common = { pattern: fit.pattern, adi: fit.adi, cv2: fit.cv2, months: fit.months, notes: fit.notes };
  if (fit.model === null) {
    const zeros = Array.from({ length: horizon }, () => 0);
    return {
      ...common,
      model: "No demand",
      forecast: zeros,
      intervals: levels.map((level) => ({ level, lower: [...zeros], upper: [...zeros] })),
      components: NO_COMPONENTS,
    };
  }
  const result = fit.model.forecast(horizon, levels);
  const forecast = clean(result.mean);
  return {
    ...common,
    model: fit.model.name,
    forecast,
    intervals: fit.intervals
      ? result.intervals.map((iv) => ({
          level: iv.level,
          lower: clean(iv.lower).map((v, i) => Math.min(v, forecast[i])),
          upper: clean(iv.upper).map((v, i) => Math.max(v, forecast[i])),
        }))
      : [],
    components: fit.model.components,
  };
}

/** The baseline of one clean history (see prepareHistory) for `horizon` months. */
export function forecastBaseline(
  history: readonly number[],
  horizon: number,
  levels: readonly number[] = [0.8, 0.95],
  options: BaselineOptions = DEFAULT_BASELINE_OPTIONS,
): BaselineForecast {
  return forecastFromFit(fitBaseline(history, options), horizon, levels);
}
