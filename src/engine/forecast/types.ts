/**
 * The one small interface every baseline method implements (after Nixtla statsforecast's
 * fit / forecast / fitted verbs): fit a monthly history, forecast h months with intervals,
 * name itself. Selection, combination and the backtest use only these verbs, so a new method
 * plugs in without touching them.
 *
 * Histories handed to a method are already clean (see prepareHistory.ts): oldest first, every value
 * finite and >= 0, no gaps.
 */

/** A central prediction interval at one level (0.8 = 80%). Bounds are never below 0. */
export interface PredictionInterval {
  level: number;
  lower: number[];
  upper: number[];
}

export interface ForecastResult {
  /** Point forecasts, h of them, finite and >= 0. */
  mean: number[];
  /** One entry per level asked for, in the order asked. */
  intervals: PredictionInterval[];
  /** A combination's weighted variance of its models' forecasts around its own, per month (model uncertainty). */
  modelVariance?: number[];
}

/** What the Baseline Forecast sheet shows about a model at its forecast origin. */
export interface ModelComponents {
  /** The level at the forecast origin (units per month). */
  level: number;
  /** The trend per month at the forecast origin (units per month; 0 without trend or drift). */
  slopePerMonth: number;
  /** Seasonal indices of the next 12 forecast months (index 0 = the first forecast month); null without season. */
  seasonal: readonly number[] | null;
  seasonalKind: "additive" | "multiplicative" | null;
}

export interface FittedModel {
  /** The method as a planner reads it: "ETS(M,Ad,M)", "Theta", "SBA", "TSB", "Naive", "ETS(A,N,N) + Theta". */
  readonly name: string;
  /** One-step in-sample fitted values, one per history month. */
  readonly fitted: readonly number[];
  /** Corrected Akaike information criterion where the method has a likelihood (ETS); else null. */
  readonly aicc: number | null;
  readonly components: ModelComponents;
  /** Forecasts h >= 1 months ahead of the history's end, with intervals at `levels` (each in (0, 1)). */
  forecast(h: number, levels: readonly number[]): ForecastResult;
  /**
   * The same model with the same parameters run through `values` (a history that starts like the one
   * it was fitted on and may be longer), without refitting: the rolling-origin backtest's state
   * update. The result forecasts from the end of `values`.
   */
  refilter(values: readonly number[]): FittedModel;
}

export interface FitOptions {
  /** Seasonal period; 12 for monthly data. */
  period: number;
  /** Seasonal models need at least this many months (SPEC: 24). */
  seasonalMinMonths: number;
}

export interface ForecastMethod {
  readonly name: string;
  /** Fits the method to a clean history; null when the history does not allow it (too short, all zero for a multiplicative form). */
  fit(history: readonly number[], options: FitOptions): FittedModel | null;
}

export const DEFAULT_FIT_OPTIONS: FitOptions = { period: 12, seasonalMinMonths: 24 };
