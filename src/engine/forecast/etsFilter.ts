/**
 * The exponential smoothing state-space recursions (Hyndman, Koehler, Snyder & Grose, "A state space
 * framework for automatic forecasting using exponential smoothing methods", IJF 18, 2002; Hyndman,
 * Koehler, Ord & Snyder, "Forecasting with Exponential Smoothing", Springer 2008, Table 2.3).
 *
 * An ETS model with additive and one with multiplicative errors, same trend and season, have the
 * same point forecasts and the same state updates when those are written in terms of the one-step
 * error e = y − ŷ (Hyndman et al. 2008, §2.5): only their likelihoods and variances differ. So one
 * recursion per trend / season serves both error types, and the error type enters in the likelihood.
 */

export type ErrorType = "A" | "M";
export type TrendType = "N" | "A" | "Ad";
export type SeasonType = "N" | "A" | "M";

export interface EtsSpec {
  error: ErrorType;
  trend: TrendType;
  season: SeasonType;
}

export function specName(spec: EtsSpec): string {
  return `ETS(${spec.error},${spec.trend},${spec.season})`;
}

/** Smoothing parameters and the initial state (at time 0, before the first observation). */
export interface EtsParameters {
  alpha: number;
  /** 0 without trend. */
  beta: number;
  /** 0 without season. */
  gamma: number;
  /** Damping; 1 for an undamped trend, and irrelevant without trend. */
  phi: number;
  level0: number;
  /** 0 without trend. */
  slope0: number;
  /**
   * Seasonal states for the m months before the first observation; seasonal0[t % m] is the state
   * used at time t of the first cycle. Empty without season.
   */
  seasonal0: readonly number[];
}

/** The state after the last observation, from which forecasts are made. */
export interface EtsState {
  level: number;
  slope: number;
  /** Ring of m seasonal states: seasonal[t % m] is the state used at time t (t counted from the history's start). */
  seasonal: number[];
  /** How many observations have been filtered (the time of the next forecast). */
  time: number;
}

export interface FilterResult {
  state: EtsState;
  /** One-step forecasts ŷ_t. */
  fitted: Float64Array;
  /** Σ e², e = y − ŷ. */
  sumSquaredErrors: number;
  /** Σ (e / ŷ)², the relative errors of a multiplicative-error model. */
  sumSquaredRelativeErrors: number;
  /** Σ log |ŷ_t|, the Jacobian term of a multiplicative-error likelihood. */
  sumLogFitted: number;
  /** False when some forecast was not finite, or not positive in a model that divides by it. */
  valid: boolean;
}

/** What one run of the recursions leaves: the final level and slope, and the likelihood's sums. */
export interface FilterRun {
  level: number;
  slope: number;
  sumSquaredErrors: number;
  sumSquaredRelativeErrors: number;
  sumLogFitted: number;
  valid: boolean;
}

/**
 * Runs the recursions over `y` from the parameters' initial state. For a multiplicative season the
 * updates divide by the seasonal state and the level, and a multiplicative-error likelihood divides by
 * ŷ: a non-positive one makes the run invalid (an inadmissible corner of the parameter space).
 *
 * Into buffers the caller owns, so the optimiser, which runs this thousands of times per fit, makes no
 * garbage: `seasonal` (m states; it ends holding the final ones), `fitted` (the n one-step forecasts,
 * or null where they are not wanted) and `run`, which is returned.
 */
export function runFilter(
  y: ArrayLike<number>,
  spec: EtsSpec,
  p: EtsParameters,
  needPositive: boolean,
  seasonal: Float64Array,
  fitted: Float64Array | null,
  run: FilterRun,
): FilterRun {
  const n = y.length;
  const m = p.seasonal0.length;
  const hasTrend = spec.trend !== "N";
  const phi = spec.trend === "Ad" ? p.phi : 1;
  for (let j = 0; j < m; j++) seasonal[j] = p.seasonal0[j];
  let level = p.level0;
  let slope = hasTrend ? p.slope0 : 0;
  let sse = 0;
  let sseRelative = 0;
  let sumLog = 0;
  let product = 1; // of the ŷ not yet in sumLog
  let valid = true;
  // The model's shape as booleans once, not string comparisons in the loop the optimiser runs most.
  const multiplicativeSeason = spec.season === "M";
  const additiveSeason = spec.season === "A";
  const { alpha, beta, gamma } = p;
  let k = 0; // t % m, counted rather than divided
  for (let t = 0; t < n; t++) {
    const damped = hasTrend ? phi * slope : 0;
    const base = level + damped;
    const s = m > 0 ? seasonal[k] : 0;
    const yhat = multiplicativeSeason ? base * s : additiveSeason ? base + s : base;
    if (fitted !== null) fitted[t] = yhat;
    if (!Number.isFinite(yhat) || (needPositive && yhat <= 0) || (multiplicativeSeason && (s <= 0 || base <= 0))) {
      valid = false;
      break;
    }
    const e = y[t] - yhat;
    sse += e * e;
    if (needPositive) {
      const r = e / yhat;
      sseRelative += r * r;
      // Σ log ŷ as the log of a running product, which is taken only when it nears the ends of the
      // double range: a logarithm per month was a third of the time of a multiplicative model's run.
      if (yhat > 1e-100 && yhat < 1e100) {
        product *= yhat;
        if (product > 1e100 || product < 1e-100) {
          sumLog += Math.log(product);
          product = 1;
        }
      } else sumLog += Math.log(yhat);
    }
    if (multiplicativeSeason) {
      const es = e / s;
      level = base + alpha * es;
      slope = damped + beta * es;
      seasonal[k] = s + (gamma * e) / base;
    } else {
      level = base + alpha * e;
      slope = damped + beta * e;
      if (additiveSeason) seasonal[k] = s + gamma * e;
    }
    if (++k === m) k = 0;
  }
  run.level = level;
  run.slope = slope;
  run.sumSquaredErrors = sse;
  run.sumSquaredRelativeErrors = sseRelative;
  run.sumLogFitted = sumLog + Math.log(product);
  run.valid = valid;
  return run;
}

/** A FilterRun to fill (runFilter's `run`). */
export function emptyRun(): FilterRun {
  return { level: 0, slope: 0, sumSquaredErrors: 0, sumSquaredRelativeErrors: 0, sumLogFitted: 0, valid: true };
}

/** runFilter with buffers of its own: the fitted values and the final state kept. */
export function etsFilter(y: ArrayLike<number>, spec: EtsSpec, p: EtsParameters, needPositive: boolean): FilterResult {
  const seasonal = new Float64Array(p.seasonal0.length);
  const fitted = new Float64Array(y.length);
  const run = runFilter(y, spec, p, needPositive, seasonal, fitted, emptyRun());
  return {
    state: { level: run.level, slope: run.slope, seasonal: Array.from(seasonal), time: y.length },
    fitted,
    sumSquaredErrors: run.sumSquaredErrors,
    sumSquaredRelativeErrors: run.sumSquaredRelativeErrors,
    sumLogFitted: run.sumLogFitted,
    valid: run.valid,
  };
}

/** Point forecasts 1..h months after the state (Hyndman et al. 2008, Table 2.1). */
export function etsPointForecast(spec: EtsSpec, phi: number, state: EtsState, h: number): number[] {
  const m = state.seasonal.length;
  const out: number[] = [];
  let phiSum = 0;
  for (let j = 1; j <= h; j++) {
    phiSum += spec.trend === "Ad" ? phi ** j : 1;
    const base = state.level + (spec.trend === "N" ? 0 : phiSum * state.slope);
    const s = m > 0 ? state.seasonal[(state.time + j - 1) % m] : 0;
    out.push(spec.season === "M" ? base * s : spec.season === "A" ? base + s : base);
  }
  return out;
}
