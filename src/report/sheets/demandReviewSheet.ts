/**
 * The "Demand Review" sheet: how accurate and how biased each forecast has been over the window.
 * On top the all-families roll-up (one row per forecast column, weighted by volume), then one row per
 * family x forecast as a sortable table with biased rows highlighted and the reason in words, then the
 * forecast value added waterfall: does each step of the process (the naive forecast, the statistical
 * baseline, each forecast column, the demand plan) make the forecast better than the one before? Each
 * section is a function of its own, writing under what the sheet holds.
 */
import { listWithinLimit } from "../excelLimits";
import { columnLetter, rangeAddress } from "../../engine/a1";
import type { Analysis } from "../../engine/analyze";
import { type BiasDirection, type DemandReview, directionInWords, type ForecastAccuracy } from "../../engine/demand";
import { SheetNames } from "../sheetNames";
import { NumberFormats, type ReportValue, type SheetSpec } from "../workbookSpec";
import { GREEN, RED } from "./palette";
import { SheetBuilder } from "./sheetBuilder";
import { lagAccuracySection } from "./lagAccuracySection";
import type { FvaEntry } from "../../engine/forecast/baselineReview";
import { fvaWaterfallSection } from "./fvaWaterfallSection";

const RED_FILL = RED.fill;
const RED_TEXT = RED.fontColor;
const GREEN_TEXT = GREEN.fontColor;

/** Column layout shared by the roll-up and the family table, so figures line up under each other. */
const COL = {
  n: 2,
  rsfe: 3,
  mad: 4,
  ts: 5,
  mpe: 6,
  mape: 7,
  wmape: 8,
  biasPct: 9,
  nfm: 10,
  direction: 11,
  flagged: 12,
  why: 13,
  fva: 14,
  stepFva: 15,
};

/** The accuracy columns C..L, shared by the roll-up and the family table so both stay aligned with COL. */
const METRIC_HEADERS = [
  "Periods (n)",
  "RSFE (units)",
  "MAD (units)",
  "Tracking Signal",
  "MPE",
  "MAPE",
  "WMAPE",
  "Bias %",
  "NFM",
  "Bias Direction",
];

function metricCells(r: ForecastAccuracy & { direction: BiasDirection }): ReportValue[] {
  return [r.n, r.rsfe, r.mad, r.trackingSignal, r.mpe, r.mape, r.wmape, r.biasPct, r.nfm, directionInWords(r.direction)];
}

/** Number formats of the figure columns C..K (periods, RSFE, MAD, tracking signal, MPE, MAPE, WMAPE, bias %, NFM). */
const FIGURE_FORMATS: [number, string][] = [
  [COL.n, "0"],
  [COL.rsfe, NumberFormats.units],
  [COL.mad, NumberFormats.decimal1],
  [COL.ts, NumberFormats.decimal2],
  [COL.mpe, NumberFormats.percent],
  [COL.mape, NumberFormats.percent],
  [COL.wmape, NumberFormats.percent],
  [COL.biasPct, NumberFormats.percent],
  [COL.nfm, NumberFormats.decimal2],
];

/** "4" for 4, "2.5" for 2.5. */
const limitText = (x: number) => (Number.isInteger(x) ? String(x) : String(Number(x.toFixed(2))));

function windowText(review: DemandReview): string {
  const w = review.window;
  if (w.length === 0) return "no period with actuals";
  return w.length === 1 ? `${w[0]} (1 period with actuals)` : `${w[0]} to ${w[w.length - 1]} (${w.length} periods with actuals)`;
}

function flaggedSummary(review: DemandReview): string {
  const flagged = review.rows.filter((r) => r.flagged);
  if (flagged.length === 0) return `No forecast is flagged as biased (${review.rows.length} family × forecast rows checked).`;
  // One cell: with hundreds of flagged pairs the list is cut ("… and N more"); the table below has all.
  return listWithinLimit(
    flagged.map((r) => `${r.family} / ${r.forecast} (${directionInWords(r.direction).toLowerCase()})`),
    "; ",
    `${flagged.length} of ${review.rows.length} family × forecast rows flagged as biased: `,
    ".",
  );
}

/** The sheet when there is nothing to review (no history): a title and the reason. */
function emptySheet(analysis: Analysis): SheetSpec {
  const reason =
    analysis.skipped.find((s) => s.analysis === "Demand review")?.reason ??
    "No period in the Demand sheet has actuals yet, so forecast accuracy and bias cannot be measured.";
  const b = new SheetBuilder();
  b.title("Demand Review: forecast accuracy, bias and value added");
  b.note(reason);
  return b.sheet({ name: SheetNames.demandReview, columnWidths: [100] });
}

/** Red when a value added is negative (the step made the forecast worse), green when positive. */
function valueAddedColours(b: SheetBuilder, first: number, last: number, col: number): void {
  const range = rangeAddress(first, col, last, col);
  b.conditional({ kind: "cellValue", range, operator: "lessThan", values: [0], fontColor: RED_TEXT, bold: true });
  b.conditional({ kind: "cellValue", range, operator: "greaterThan", values: [0], fontColor: GREEN_TEXT });
}

/** Bold red where a bias test's value is beyond ± its limit. */
function beyondLimit(b: SheetBuilder, first: number, last: number, col: number, limit: number): void {
  const range = rangeAddress(first, col, last, col);
  b.conditional({ kind: "cellValue", range, operator: "greaterThan", values: [limit], fontColor: RED_TEXT, bold: true });
  b.conditional({ kind: "cellValue", range, operator: "lessThan", values: [-limit], fontColor: RED_TEXT, bold: true });
}

/** "FVA vs Naive", or against the column the review measures value added against. */
function fvaHeaderOf(review: DemandReview): string {
  return review.baseline === "Naive forecast" ? "FVA vs Naive" : `FVA vs ${review.baseline}`;
}

/** The title, the window and the sign convention, and which rows are flagged. */
function introSection(b: SheetBuilder, review: DemandReview): void {
  const baseline = review.baseline === "Naive forecast" ? "naive forecast (last month's actual)" : review.baseline;
  b.title("Demand Review: forecast accuracy, bias and value added");
  b.note(
    `Window: ${windowText(review)}. Error = Actual − Forecast (CPIM): negative = over-forecast (forecast above demand), ` +
      `positive = under-forecast. Flagged when |tracking signal| > ${limitText(review.trackingSignalLimit)} or |NFM| > ${limitText(review.nfmLimit)}. ` +
      `FVA = WMAPE of the ${baseline} − WMAPE of the forecast: positive = the forecast added value.`,
  );
  const anyFlagged = review.rows.some((r) => r.flagged);
  b.note(flaggedSummary(review), { bold: anyFlagged, fontColor: anyFlagged ? RED_TEXT : undefined });
  b.blank();
}

/** All families, weighted by volume: one row per forecast column. */
function rollupSection(b: SheetBuilder, review: DemandReview): void {
  b.heading("All families (weighted by volume)", false);
  b.note(
    "RSFE, MAD and tracking signal are those of the all-families total per month; WMAPE, bias % and FVA pool every family-month; " +
      "MPE, MAPE and NFM are the families' figures weighted by their actual volume.",
  );
  const rollup = b.table(
    "DemandReviewRollup",
    ["Scope", "Forecast", ...METRIC_HEADERS, "Flagged Families", "Families", fvaHeaderOf(review)],
    review.rollup.map((r) => ["All families", r.forecast, ...metricCells(r), r.flaggedFamilies, r.families, r.fva]),
  );
  b.formatColumns(rollup.first, rollup.last, [
    ...FIGURE_FORMATS,
    [COL.flagged, "0"],
    [COL.why, "0"],
    [COL.fva, NumberFormats.percent],
  ]);
  b.conditional({
    kind: "cellValue",
    range: rangeAddress(rollup.first, COL.flagged, rollup.last, COL.flagged),
    operator: "greaterThan",
    values: [0],
    fill: RED_FILL,
    fontColor: RED_TEXT,
    bold: true,
  });
  valueAddedColours(b, rollup.first, rollup.last, COL.fva);
  beyondLimit(b, rollup.first, rollup.last, COL.ts, review.trackingSignalLimit);
  beyondLimit(b, rollup.first, rollup.last, COL.nfm, review.nfmLimit);
  b.blank();
}

/** One row per family x forecast, biased rows highlighted with the reason in words. Returns its header row. */
function familySection(b: SheetBuilder, review: DemandReview): number {
  b.heading("By family and forecast", false);
  const main = b.table(
    "DemandReview",
    [
      "Family",
      "Forecast",
      ...METRIC_HEADERS,
      "Flagged",
      "Why Flagged",
      fvaHeaderOf(review),
      "Step FVA",
      "Step Compared With",
      "Note",
    ],
    review.rows.map((r) => [
      r.family,
      r.forecast,
      ...metricCells(r),
      r.flagged ? "Yes" : "No",
      r.reason,
      r.fva,
      r.stepFva,
      r.stepBaseline,
      r.note,
    ]),
  );
  b.formatColumns(main.first, main.last, [
    ...FIGURE_FORMATS,
    [COL.fva, NumberFormats.percent],
    [COL.stepFva, NumberFormats.percent],
  ]);
  // Family and forecast names come from the input: keep them as text.
  b.styles.push({ range: rangeAddress(main.first, 0, main.last, 1), numberFormat: NumberFormats.text });
  b.styles.push({ range: rangeAddress(main.first, COL.why, main.last, COL.why), wrap: true });
  // Whole row highlighted when flagged; the formula is ours (no input text in it).
  const flaggedCell = `$${columnLetter(COL.flagged)}${main.first + 1}`;
  b.conditional({
    kind: "expression",
    range: rangeAddress(main.first, 0, main.last, 17),
    formula: `=${flaggedCell}="Yes"`,
    fill: RED_FILL,
    fontColor: RED_TEXT,
  });
  beyondLimit(b, main.first, main.last, COL.ts, review.trackingSignalLimit);
  beyondLimit(b, main.first, main.last, COL.nfm, review.nfmLimit);
  valueAddedColours(b, main.first, main.last, COL.fva);
  valueAddedColours(b, main.first, main.last, COL.stepFva);
  return main.headerRow;
}

/**
 * The waterfall's steps: the baseline's (Naive → Baseline → columns → plan) where the run has a
 * baseline, else the review's own Naive → columns, all families only.
 */
function waterfallSteps(analysis: Analysis, review: DemandReview): FvaEntry[] {
  if (analysis.baseline) return analysis.baseline.review.fva;
  return review.waterfall.map((s) => ({
    family: "total",
    step: s.step,
    wmape: s.wmape,
    fvaPrevious: s.valueAdded,
    fvaBaseline: null,
    months: review.waterfallPeriods,
  }));
}

export function demandReviewSheet(analysis: Analysis): SheetSpec {
  const review = analysis.demandReview;
  if (!review) return emptySheet(analysis);
  const b = new SheetBuilder();
  introSection(b, review);
  rollupSection(b, review);
  const familyHeader = familySection(b, review);
  b.blank();
  const below = fvaWaterfallSection(b, waterfallSteps(analysis, review));
  // Month over month: how good earlier cycles' plans were, under the waterfall and its chart.
  while (b.next < below) b.blank();
  b.blank();
  lagAccuracySection(b, analysis.loop, review.trackingSignalLimit);

  return b.sheet({
    name: SheetNames.demandReview,
    columnWidths: [22, 22, 11, 13, 12, 14, 9, 9, 9, 9, 9, 16, 10, 52, 14, 11, 22, 52],
    // The family table's header stays visible with the family and forecast names.
    freeze: { rows: familyHeader + 1, columns: 2 },
    tabColor: "#2F75B5",
  });
}
