/**
 * Forecast accuracy at lag, on the Demand Review (SPEC "Month over month"): how good the plans of
 * earlier cycles were for the months that now have actuals. The lag-k forecast of month m is the
 * demand plan for m in the snapshot of cycle m − k. Per family and for all families: WMAPE, bias %
 * and tracking signal, then the trend by month, with a line chart of the all-families WMAPE per lag
 * (from two months on; before, a line where it would be says why it is not drawn).
 */
import { cellAddress, rangeAddress } from "../../engine/a1";
import type { CycleLoop, LagAccuracyRow } from "../../engine/history";
import { TOTAL } from "../../engine/history";
import { biasDirection, directionInWords } from "../../engine/demand";
import { NumberFormats, type ReportValue } from "../workbookSpec";
import { RED } from "./palette";
import type { SheetBuilder } from "./sheetBuilder";

const lagName = (lag: number) => `Lag ${lag}`;

/** "a", "a and b", "a, b and c". */
const inWords = (xs: string[]) => (xs.length <= 1 ? xs.join("") : `${xs.slice(0, -1).join(", ")} and ${xs[xs.length - 1]}`);

/** Months a tracking signal needs: over one month RSFE / MAD is e / |e| = ±1 whatever the error, over
 * two it is no steadier. Below, the table says "n/a (n = 1)"; the JSON keeps the figure. */
export const MIN_TRACKING_MONTHS = 3;

/** The tracking signal cell: the figure, or "n/a" with the months it has when they are too few. */
function trackingSignalCell(r: LagAccuracyRow): ReportValue {
  return r.n < MIN_TRACKING_MONTHS ? `n/a (n = ${r.n})` : r.trackingSignal;
}

function rowCells(r: LagAccuracyRow): ReportValue[] {
  // bias % = Σe / ΣA has the sign of RSFE, so it gives the direction in words.
  return [
    r.family === TOTAL ? "All families" : r.family,
    lagName(r.lag),
    r.n,
    r.wmape,
    r.biasPct,
    directionInWords(biasDirection(r.biasPct)),
    trackingSignalCell(r),
  ];
}

/** Adds the section under what the builder holds; the chart goes at `chartColumn` beside the trend. */
export function lagAccuracySection(
  b: SheetBuilder,
  loop: CycleLoop | undefined,
  trackingSignalLimit: number,
  chartColumn = 9,
): void {
  b.heading("Forecast accuracy at lag (earlier cycles' plans against this cycle's actuals)", false);
  const lag = loop?.lagAccuracy;
  if (!loop || !lag) {
    b.note(loop?.lagAccuracyReason ?? "No history of earlier cycles, so accuracy at lag cannot be measured yet.");
    return;
  }
  b.note(
    `The lag-k forecast of month m is the demand plan for m in the pack of cycle m − k (lags ${lag.lags.join(", ")} as the history allows; ` +
      `${lag.periods[0]} to ${lag.periods[lag.periods.length - 1]}). Error = Actual − Forecast. WMAPE and bias % pool the family-months; ` +
      `the all-families tracking signal is that of the total per month; it needs ${MIN_TRACKING_MONTHS} months (n/a below).`,
  );
  const ordered = [...lag.rows].sort((a, b) => a.lag - b.lag || (a.family === TOTAL ? -1 : b.family === TOTAL ? 1 : 0));
  const t = b.table(
    "LagAccuracy",
    ["Family", "Lag", "Months (n)", "WMAPE", "Bias %", "Bias Direction", "Tracking Signal"],
    ordered.map(rowCells),
    [NumberFormats.text, null, "0", NumberFormats.percent, NumberFormats.percent, null, NumberFormats.decimal2],
  );
  ordered.forEach((r, i) => {
    if (r.family === TOTAL) b.style(t.first + i, 0, t.first + i, 6, { bold: true });
    // "n/a (n = 1)" stands where a number would, aligned like one.
    if (r.n < MIN_TRACKING_MONTHS) b.style(t.first + i, 6, t.first + i, 6, { horizontalAlignment: "right" });
  });
  // Beyond ± the limit in red; on numbers only (Excel's "greater than" holds for any text).
  const ts = rangeAddress(t.first, 6, t.last, 6);
  const top = cellAddress(t.first, 6);
  b.conditional({
    kind: "expression",
    range: ts,
    formula: `=AND(ISNUMBER(${top}),ABS(${top})>${trackingSignalLimit})`,
    fontColor: RED.fontColor,
    bold: true,
  });
  b.blank();

  b.heading("Accuracy at lag by month (all families)", false);
  const header = ["Month", ...lag.lags.map((k) => `${lagName(k)} WMAPE`), ...lag.lags.map((k) => `${lagName(k)} Bias %`)];
  const months = [...new Set(lag.trend.map((p) => p.period))].sort();
  const point = (period: string, k: number) => lag.trend.find((p) => p.period === period && p.lag === k);
  const trend = b.table(
    "LagAccuracyTrend",
    header,
    months.map((m) => [
      m,
      ...lag.lags.map((k) => point(m, k)?.wmape ?? null),
      ...lag.lags.map((k) => point(m, k)?.biasPct ?? null),
    ]),
    [NumberFormats.text, ...header.slice(1).map(() => NumberFormats.percent)],
  );
  // One month so far is a dot, not a trend: the sheet says so where the chart would be.
  b.chartOrReason(
    {
      type: "line",
      title: "WMAPE at lag by month (all families; lower is better)",
      dataRange: rangeAddress(trend.headerRow, 0, trend.last, lag.lags.length),
      anchor: rangeAddress(trend.headerRow, chartColumn, trend.headerRow, chartColumn),
      width: 7,
      height: 14,
      valueAxisFormat: NumberFormats.percent0,
    },
    { unit: "month", of: `${inWords(lag.lags.map((k) => `lag-${k}`))} accuracy` },
  );
}
