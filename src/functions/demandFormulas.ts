/**
 * The demand-review formulas' work between Excel's ranges and the engine: SOP.BIAS, SOP.BIASPCT,
 * SOP.MAD, SOP.MAPE, SOP.WMAPE, SOP.MPE, SOP.TRACKINGSIGNAL, SOP.NFM, SOP.BIASFLAG and SOP.FVA.
 * functions.ts only forwards to these.
 *
 * Rules (SPEC.md "Worksheet formulas"): a period is used only when both ranges have a number in it
 * (blanks skipped in pairs); mismatched sizes -> #VALUE!; no usable pair -> #N/A; a figure whose
 * denominator is 0 (MAD 0, all actuals 0) -> #DIV/0!, as Excel's own =A/B would. Everything runs
 * inside guard(), so a formula never fails with an unhandled exception.
 */
import {
  biasFlag,
  biasPct,
  type ForecastPair,
  fva,
  type FvaPeriod,
  mad,
  mape,
  mpe,
  nfm,
  rsfe,
  trackingSignal,
  wmape,
} from "../engine/demand";
import { DEFAULT_SETTINGS } from "../engine/settings";
import { guard, sopError } from "./errors";
import { cellNumber, flatten, numbers, pairs, type RangeArg } from "./ranges";

/** The complete actual/forecast pairs of two ranges. */
function forecastPairs(actuals: RangeArg | unknown, forecasts: RangeArg | unknown): ForecastPair[] {
  const { a, b } = pairs(actuals, forecasts, "actuals", "forecasts");
  return a.map((actual, i) => ({ actual, forecast: b[i] }));
}

/** A metric's value, or #DIV/0! with the reason when the engine says it is undefined (null). */
function defined(value: number | null, whyUndefined: string): number {
  if (value === null) throw sopError("#DIV/0!", whyUndefined);
  return value;
}

const NO_VOLUME = "The actuals add up to 0, so there is no volume to divide by.";
const ALL_ZERO_ACTUALS = "Every actual is 0; percentage errors need a non-zero actual.";

/** A metric of (actuals, forecasts) as a formula body. */
function pairMetric(metric: (p: ForecastPair[]) => number | null, whyUndefined: string) {
  return (actuals: RangeArg, forecasts: RangeArg): number =>
    guard(() => defined(metric(forecastPairs(actuals, forecasts)), whyUndefined));
}

export const biasFormula = pairMetric(rsfe, "No period has both an actual and a forecast.");
export const biasPctFormula = pairMetric(biasPct, NO_VOLUME);
export const madFormula = pairMetric(mad, "No period has both an actual and a forecast.");
export const mapeFormula = pairMetric(mape, ALL_ZERO_ACTUALS);
export const mpeFormula = pairMetric(mpe, ALL_ZERO_ACTUALS);
export const wmapeFormula = pairMetric(wmape, NO_VOLUME);
export const nfmFormula = pairMetric(nfm, "No period has both an actual and a forecast.");
export const trackingSignalFormula = pairMetric(
  trackingSignal,
  "MAD is 0 (the forecast equals the actual in every period), so there is no tracking signal: the forecast has no error to measure.",
);

/** An optional positive limit; blank or omitted -> the default. */
function limitArg(value: unknown, fallback: number): number {
  const cells = flatten(value);
  if (value === undefined || value === null || (cells.length === 1 && cellNumber(cells[0], "limit", 0) === null)) return fallback;
  if (cells.length !== 1) throw sopError("#VALUE!", `limit must be a single number, not a range of ${cells.length} cells.`);
  const limit = cellNumber(cells[0], "limit", 0) as number;
  if (!(limit > 0)) throw sopError("#NUM!", `limit must be above 0 (it is ${limit}); the usual limit is 4.`);
  return limit;
}

/**
 * "Over-forecast", "Under-forecast" or "OK": the tracking-signal test against `limit` (default 4)
 * and the NFM test against the default NFM limit (2). A forecast that equals every actual (MAD 0)
 * has no bias, so it is "OK" rather than #DIV/0!.
 */
export function biasFlagFormula(actuals: RangeArg, forecasts: RangeArg, limit?: unknown): string {
  return guard(() => {
    const tsLimit = limitArg(limit, DEFAULT_SETTINGS.trackingSignalLimit);
    const p = forecastPairs(actuals, forecasts);
    const flag = biasFlag(trackingSignal(p), nfm(p), tsLimit, DEFAULT_SETTINGS.nfmLimit);
    if (!flag.flagged) return "OK";
    return flag.direction === "over" ? "Over-forecast" : "Under-forecast";
  });
}

/** Periods where actual, forecast and baseline all have a number; sizes must match. */
function fvaPeriods(actuals: RangeArg, forecasts: RangeArg, baseline: RangeArg): FvaPeriod[] {
  const a = numbers(actuals, "actuals");
  const f = numbers(forecasts, "forecasts");
  const b = numbers(baseline, "baseline");
  if (a.length !== f.length || a.length !== b.length) {
    throw sopError(
      "#VALUE!",
      `actuals has ${a.length} cells, forecasts ${f.length} and baseline ${b.length}; give ranges of the same size.`,
    );
  }
  const out: FvaPeriod[] = [];
  a.forEach((actual, i) => {
    const forecast = f[i];
    const base = b[i];
    if (actual !== null && forecast !== null && base !== null) out.push({ actual, forecast, baseline: base });
  });
  if (out.length === 0) throw sopError("#N/A", "No period has an actual, a forecast and a baseline.");
  return out;
}

/**
 * The naive forecast of a series of actuals: each period's baseline is the previous period's actual
 * (the first period has none and is left out by fvaPeriods).
 */
function naiveBaseline(actuals: RangeArg): (number | null)[][] {
  const a = numbers(actuals, "actuals");
  return a.map((_, i) => [i === 0 ? null : a[i - 1]]);
}

/** FVA = WMAPE(baseline) − WMAPE(forecasts); without a baseline, against the naive forecast. */
export function fvaFormula(actuals: RangeArg, forecasts: RangeArg, baseline?: RangeArg | null): number {
  return guard(() => {
    const base = baseline === undefined || baseline === null ? naiveBaseline(actuals) : baseline;
    return defined(fva(fvaPeriods(actuals, forecasts, base)), NO_VOLUME);
  });
}
