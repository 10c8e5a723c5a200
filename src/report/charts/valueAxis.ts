/**
 * Honest value axes (SPEC "Output": value axes that start at zero for bars). Left to itself Excel
 * starts a column or line chart's axis wherever the data begins when the values lie close together,
 * so two bars of 97 and 98 look like 1 against 2, and a forecast accuracy between 96.98% and 97.02%
 * fills the chart from top to bottom. The report gives each chart its range instead:
 * - bars, columns and waterfalls start at zero (end at zero when every value is negative; with both
 *   signs Excel's own range spans zero already);
 * - a line of a percentage shows at least 5 percentage points either side of its data, in steps of 5
 *   points, clamped to 0%-100% unless the data lies beyond (a utilization of 125%), and always a span
 *   of at least 10 points;
 * - any other line (money, units) keeps the host's automatic range.
 */
import { parseRangeAddress } from "../../engine/a1";
import type { ChartSpec, ReportValue } from "../workbookSpec";

/** Percentage points (as a fraction) shown at least either side of a percentage line's data. */
export const PERCENT_MARGIN = 0.05;
/** A percentage axis ends on a multiple of 5 points (1 / STEPS of 100%), and spans at least two. */
const STEPS = 20;
const MIN_STEPS = 2;

/** The numbers a chart draws: its data range's value columns (not the header row or the categories). */
export function chartValues(chart: ChartSpec, rows: readonly ReportValue[][]): number[] {
  const { row1, col1, row2, col2 } = parseRangeAddress(chart.dataRange);
  const out: number[] = [];
  for (let r = row1 + 1; r <= row2; r++) {
    for (let c = col1 + 1; c <= col2; c++) {
      const v = rows[r]?.[c];
      if (typeof v === "number" && Number.isFinite(v)) out.push(v);
    }
  }
  return out;
}

/** Whether a chart's value axis is a percentage (its number format has a %). */
export function isPercentAxis(chart: ChartSpec): boolean {
  return (chart.valueAxisFormat ?? "").replace(/"[^"]*"|\\./g, "").includes("%");
}

/** The percentage axis around data from `lo` to `hi` (fractions: 0.97 = 97%). */
export function percentAxisRange(lo: number, hi: number): { min: number; max: number } {
  // In whole steps of 5 points; 1e-9 keeps 0.95 − 0.05 on 0.90 where floating point makes it 0.8999999999.
  let low = Math.floor((lo - PERCENT_MARGIN) * STEPS + 1e-9);
  let high = Math.ceil((hi + PERCENT_MARGIN) * STEPS - 1e-9);
  if (lo >= 0) low = Math.max(0, low);
  if (hi <= 1) high = Math.min(STEPS, high);
  // Clamped on one side, the other side gives way, so the chart never zooms in below 10 points.
  if (high - low < MIN_STEPS) {
    if (high === STEPS) low = high - MIN_STEPS;
    else high = low + MIN_STEPS;
  }
  return { min: low / STEPS, max: high / STEPS };
}

/** The value axis range of a chart over its data on the sheet (see the module comment); {} = automatic. */
export function valueAxisRange(chart: ChartSpec, rows: readonly ReportValue[][]): { min?: number; max?: number } {
  const values = chartValues(chart, rows);
  if (values.length === 0) return {};
  const lo = values.reduce((a, b) => Math.min(a, b));
  const hi = values.reduce((a, b) => Math.max(a, b));
  if (chart.type !== "line") {
    if (lo >= 0) return { min: 0 };
    if (hi <= 0) return { max: 0 };
    return {};
  }
  return isPercentAxis(chart) ? percentAxisRange(lo, hi) : {};
}

/** The chart with its value axis range set (where the chart does not set one itself). */
export function withValueAxis(chart: ChartSpec, rows: readonly ReportValue[][]): ChartSpec {
  if (chart.valueAxisMin !== undefined || chart.valueAxisMax !== undefined) return chart;
  const { min, max } = valueAxisRange(chart, rows);
  return {
    ...chart,
    ...(min !== undefined ? { valueAxisMin: min } : {}),
    ...(max !== undefined ? { valueAxisMax: max } : {}),
  };
}
