/**
 * A chart with too few points is not drawn (SPEC "Output": a figure that cannot be computed says why):
 * a line through one month is a dot, a chart of nothing an empty frame. The sheet says so in one line
 * where the chart would be instead.
 */
import { parseRangeAddress } from "../../engine/a1";
import type { ChartSpec, ReportValue } from "../workbookSpec";

/** Categories a line needs to be a line. */
export const MIN_LINE_POINTS = 2;

/** How many categories (rows of the data range under its header) hold at least one number. */
export function categoriesWithData(chart: ChartSpec, rows: readonly ReportValue[][]): number {
  const { row1, col1, row2, col2 } = parseRangeAddress(chart.dataRange);
  let n = 0;
  for (let r = row1 + 1; r <= row2; r++) {
    for (let c = col1 + 1; c <= col2; c++) {
      const v = rows[r]?.[c];
      if (typeof v === "number" && Number.isFinite(v)) {
        n++;
        break;
      }
    }
  }
  return n;
}

/** What a chart's points are, for the sentence saying why it is not drawn: `unit` of `of`, e.g. "month"
 * of "lag-1 accuracy". */
export interface ChartPoints {
  unit: string;
  of: string;
}

/**
 * Why a chart is not drawn, or null when it can be: a line needs at least two categories with a value,
 * any other chart one value. E.g. "Chart not drawn: one month of lag-1 accuracy so far; it needs at least 2."
 */
export function chartNotDrawnReason(chart: ChartSpec, rows: readonly ReportValue[][], points: ChartPoints): string | null {
  const n = categoriesWithData(chart, rows);
  if (chart.type === "line") {
    if (n >= MIN_LINE_POINTS) return null;
    return `Chart not drawn: ${n === 0 ? "no" : "one"} ${points.unit} of ${points.of} so far; it needs at least ${MIN_LINE_POINTS}.`;
  }
  return n > 0 ? null : `Chart not drawn: no ${points.of} to draw.`;
}
