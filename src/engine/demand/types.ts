import type { Finding, Period } from "../model";
import type { BiasTest } from "./biasFlag";
import type { BiasDirection } from "./direction";

/** The accuracy and bias figures of one forecast over the window. Fractions, not percents; null where
 * a figure is undefined (no pairs, zero volume, MAD of 0 for the tracking signal). */
export interface ForecastAccuracy {
  /** Periods with both an actual and a forecast. */
  n: number;
  rsfe: number | null;
  mad: number | null;
  trackingSignal: number | null;
  mpe: number | null;
  mape: number | null;
  wmape: number | null;
  biasPct: number | null;
  nfm: number | null;
}

/** One family x forecast column of the demand review. */
export interface DemandReviewRow extends ForecastAccuracy {
  family: string;
  forecast: string;
  /** Sign of RSFE in words: over (forecasts above demand), under, none (no net error or no pairs). */
  direction: BiasDirection;
  flagged: boolean;
  /** Which tests fired (empty when not flagged). */
  flaggedBy: BiasTest[];
  /** Why the row is flagged, in words ("Tracking signal -12.0 < -4: over-forecast in 12 of 12 periods"). */
  reason: string | null;
  /** Anything else a planner should know about the figures (zero actuals left out, MAD 0, no pairs). */
  note: string | null;
  /** Periods where the forecast was above / below the actual. */
  overForecastPeriods: number;
  underForecastPeriods: number;
  /** Periods with A = 0, left out of MPE and MAPE. */
  zeroActualPeriods: number;
  /** FVA against the review's baseline (the naive forecast unless settings name a column). */
  fva: number | null;
  /** FVA against the step before this column in the sheet (the naive forecast for the first column). */
  stepFva: number | null;
  /** The step `stepFva` compares with: the previous forecast column or "Naive forecast". */
  stepBaseline: string;
}

/** All families together for one forecast column, weighted by volume. n, RSFE, MAD and tracking
 * signal are those of the all-families total per period (n = periods); see rollupForecast. */
export interface DemandReviewRollup extends ForecastAccuracy {
  forecast: string;
  /** Family-periods pooled for WMAPE, bias % and FVA. */
  familyPeriods: number;
  /** Families with at least one pair. */
  families: number;
  flaggedFamilies: number;
  /** Sign of the pooled RSFE. */
  direction: BiasDirection;
  /** Pooled FVA against the review's baseline. */
  fva: number | null;
}

/** One step of the forecast value added waterfall (naive -> first column -> ... -> last column). */
export interface FvaStep {
  /** "Naive forecast" or the forecast column's name. */
  step: string;
  wmape: number | null;
  /** WMAPE of the step before minus this step's WMAPE; null for the naive start. Positive = value added. */
  valueAdded: number | null;
}

export interface DemandReview {
  /** The periods measured: the most recent `settings.window` periods with actuals. */
  window: Period[];
  forecastColumns: string[];
  /** What `fva` compares with: "Naive forecast" or a forecast column named in settings. */
  baseline: string;
  trackingSignalLimit: number;
  nfmLimit: number;
  /** Families x forecast columns, families in the Demand sheet's order, columns in the sheet's order. */
  rows: DemandReviewRow[];
  /** One per forecast column. */
  rollup: DemandReviewRollup[];
  /** All families pooled, over the family-periods where the actual, the naive forecast and every
   * forecast column are present, so the steps add up: naive WMAPE − Σ value added = last WMAPE. */
  waterfall: FvaStep[];
  /** Family-periods the waterfall compares. */
  waterfallPeriods: number;
  /** Problems found while reviewing (e.g. an FVA baseline column that does not exist). */
  findings: Finding[];
}
