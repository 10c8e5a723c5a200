/**
 * σ of the safety stock (SPEC "Inventory policy"): the root mean square of the lag-1 forecast errors
 * e = Actual − forecast over the bias window, √(Σe² / n). The RMS (not the standard deviation about
 * the mean error) is the spread the plan actually carries: a persistent bias is uncertainty the stock
 * has to cover until someone corrects the forecast.
 *
 * Which forecast: the demand plan column's own values for the closed months where it has at least
 * `minPlanMonths` (6) of them; else the statistical baseline's lag-1 backtest over the same months.
 */
import { completePairs, forecastError } from "../demand/forecastPair";

export const MIN_PLAN_MONTHS = 6;

export type SigmaSource = "demandPlan" | "baseline";

export interface ForecastErrorSigma {
  sigma: number;
  source: SigmaSource;
  /** How many months' errors it was measured on. */
  n: number;
}

/** √(Σ(A − F)² / n) over the months with both values; null without any. */
export function rmsError(
  actuals: readonly (number | null)[],
  forecasts: readonly (number | null)[],
): { rms: number; n: number } | null {
  const pairs = completePairs(actuals, forecasts);
  if (pairs.length === 0) return null;
  let sum = 0;
  for (const p of pairs) sum += forecastError(p) ** 2;
  return { rms: Math.sqrt(sum / pairs.length), n: pairs.length };
}

/**
 * One family's σ over the bias window, month by month: the actual, the demand plan column's value
 * and the baseline's lag-1 backtest (null where a month has none). null when neither has an error to
 * measure (no actuals in the window).
 */
export function forecastErrorSigma(
  months: readonly { actual: number | null; plan: number | null; baseline: number | null }[],
  minPlanMonths = MIN_PLAN_MONTHS,
): ForecastErrorSigma | null {
  const actuals = months.map((m) => m.actual);
  const plan = rmsError(
    actuals,
    months.map((m) => m.plan),
  );
  if (plan && plan.n >= minPlanMonths) return { sigma: plan.rms, source: "demandPlan", n: plan.n };
  const baseline = rmsError(
    actuals,
    months.map((m) => m.baseline),
  );
  return baseline ? { sigma: baseline.rms, source: "baseline", n: baseline.n } : null;
}
