/**
 * The statistical-baseline formulas between Excel's ranges and the engine: SOP.FORECAST,
 * SOP.FORECASTMODEL, SOP.DEMANDPATTERN and SOP.ABC (SPEC "Demand review: the statistical baseline").
 * functions.ts only forwards to these and carries the JSDoc.
 *
 * One engine: a history is cleaned by prepareHistory (leading blanks skipped, blanks inside interpolated,
 * trailing blanks 0, negatives 0) and forecast by forecastBaseline with DEFAULT_BASELINE_OPTIONS, exactly
 * as the pack does with default settings, so the same history gives the same numbers in both. SOP.ABC is
 * abcClasses, the rule the pack's segments use.
 */
import { DEFAULT_BASELINE_OPTIONS, fitBaseline, forecastBaseline } from "../engine/forecast/baseline";
import { classifyDemand, type DemandPattern } from "../engine/forecast/demandPattern";
import { prepareHistory } from "../engine/forecast/prepareHistory";
import { abcClasses, DEFAULT_SEGMENT_CUTOFFS, type AbcClass } from "../engine/forecast/segments";
import { guard, sopError } from "./errors";
import { cellNumber, flatten, numbers, type RangeArg } from "./ranges";

/** SOP.FORECAST's horizon: default and the longest it forecasts. */
export const DEFAULT_FORECAST_HORIZON = 12;
export const MAX_FORECAST_HORIZON = 120;

/** True when Excel passed nothing for an optional argument (omitted, or a blank cell). */
function omitted(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** One cell of a scalar argument (Excel may pass a one-cell range as [[v]]). */
function scalar(v: unknown, argName: string): unknown {
  if (!Array.isArray(v)) return v;
  const cells = flatten(v);
  if (cells.length !== 1) throw sopError("#VALUE!", `${argName}: give one value, not a range of ${cells.length} cells.`);
  return cells[0];
}

/** A number, or "80%" text as 0.8; null when blank. */
function percentCell(v: unknown, argName: string): number | null {
  if (typeof v === "string" && v.trim().endsWith("%")) {
    const n = Number(v.trim().slice(0, -1).replace(/,/g, ""));
    if (!Number.isFinite(n)) throw sopError("#VALUE!", `${argName} ("${v}") is not a percentage.`);
    return n / 100;
  }
  return cellNumber(v, argName, 0);
}

/**
 * A monthly history, oldest first, cleaned as the pack cleans a family's actuals. One row or one column;
 * text is #VALUE!, no number at all is #N/A.
 */
export function historyArg(range: RangeArg | unknown): number[] {
  if (Array.isArray(range)) {
    const rows = range as unknown[];
    const wide = rows.some((r) => Array.isArray(r) && r.length > 1);
    if (rows.length > 1 && wide) {
      throw sopError("#VALUE!", "history must be one row or one column of months, oldest first.");
    }
  }
  const values = numbers(range, "history");
  if (values.every((v) => v === null)) throw sopError("#N/A", "history has no numbers: give the monthly actuals, oldest first.");
  return prepareHistory(values).values;
}

function horizonArg(v: unknown): number {
  const cell = scalar(v, "horizon");
  if (omitted(cell)) return DEFAULT_FORECAST_HORIZON;
  const h = cellNumber(cell, "horizon", 0);
  if (h === null) return DEFAULT_FORECAST_HORIZON;
  if (!Number.isInteger(h) || h < 1 || h > MAX_FORECAST_HORIZON) {
    throw sopError("#NUM!", `horizon must be a whole number of months from 1 to ${MAX_FORECAST_HORIZON} (got ${h}).`);
  }
  return h;
}

/** The interval level as a fraction: 0 < level < 1, or 1–99 (up to 100) as percent. null when omitted. */
function levelArg(v: unknown): number | null {
  const cell = scalar(v, "level");
  if (omitted(cell)) return null;
  const raw = percentCell(cell, "level");
  if (raw === null) return null;
  const level = raw >= 1 ? raw / 100 : raw;
  if (!(level > 0 && level < 1)) {
    throw sopError("#NUM!", `level must be between 0 and 1 (0.8) or between 1 and 99 as percent (80); got ${raw}.`);
  }
  return level;
}

function forecastBody(history: RangeArg, horizon?: unknown, level?: unknown): (number | Error)[][] {
  const values = historyArg(history);
  const h = horizonArg(horizon);
  const lvl = levelArg(level);
  const result = forecastBaseline(values, h, lvl === null ? [] : [lvl], DEFAULT_BASELINE_OPTIONS);
  if (lvl === null) return result.forecast.map((f) => [f]);
  const interval = result.intervals[0];
  if (!interval) {
    // Fewer than 3 months: the naive forecast has no interval (SPEC), so the bounds say so rather than
    // pretend a band of width 0.
    const months = result.months;
    const none = () =>
      sopError("#N/A", `Only ${months} month${months === 1 ? "" : "s"} of history: the naive forecast has no interval.`);
    return result.forecast.map((f) => [f, none(), none()]);
  }
  return result.forecast.map((f, i) => [f, interval.lower[i], interval.upper[i]]);
}

function forecastModelBody(history: RangeArg): string {
  const fit = fitBaseline(historyArg(history), DEFAULT_BASELINE_OPTIONS);
  return fit.model?.name ?? "No demand";
}

function demandPatternBody(history: RangeArg): DemandPattern {
  return classifyDemand(historyArg(history), DEFAULT_BASELINE_OPTIONS.patternCutoffs).pattern;
}

/** A cumulative-share cut-off: a fraction up to 1, or percent above 1 (80 = 80%); the default when omitted. */
function shareArg(v: unknown, argName: string, fallback: number): number {
  const cell = scalar(v, argName);
  if (omitted(cell)) return fallback;
  const raw = percentCell(cell, argName);
  if (raw === null) return fallback;
  const share = raw > 1 ? raw / 100 : raw;
  if (!(share > 0 && share <= 1)) throw sopError("#NUM!", `${argName} must be a share between 0 and 100% (got ${raw}).`);
  return share;
}

function abcBody(values: RangeArg, aShare?: unknown, bShare?: unknown): string[][] {
  const a = shareArg(aShare, "aShare", DEFAULT_SEGMENT_CUTOFFS.aShare);
  const b = shareArg(bShare, "bShare", DEFAULT_SEGMENT_CUTOFFS.bShare);
  if (a > b) throw sopError("#NUM!", `aShare (${a}) must not be above bShare (${b}).`);
  const rows: unknown[][] = Array.isArray(values) ? (values as unknown[]).map((r) => (Array.isArray(r) ? r : [r])) : [[values]];
  let index = 0;
  const cells = rows.map((r) => r.map((v) => cellNumber(v, "values", index++)));
  const present: number[] = [];
  for (const r of cells) for (const v of r) if (v !== null) present.push(v);
  if (present.length === 0) throw sopError("#N/A", "values has no numbers.");
  if (present.some((v) => v < 0)) throw sopError("#NUM!", "values cannot be negative (revenue or units per item).");
  // Ranked in reading order for ties (the first listed ranks first); blanks are not ranked and stay blank.
  const classes = abcClasses(present, a, b);
  let k = 0;
  return cells.map((r) => r.map((v): AbcClass | "" => (v === null ? "" : classes[k++])));
}

// Guarded here so a formula never fails with an unhandled exception (anything unexpected -> #VALUE!).
export const forecastFormula = (history: RangeArg, horizon?: unknown, level?: unknown): (number | Error)[][] =>
  guard(() => forecastBody(history, horizon, level));
export const forecastModelFormula = (history: RangeArg): string => guard(() => forecastModelBody(history));
export const demandPatternFormula = (history: RangeArg): DemandPattern => guard(() => demandPatternBody(history));
export const abcFormula = (values: RangeArg, aShare?: unknown, bShare?: unknown): string[][] =>
  guard(() => abcBody(values, aShare, bShare));
