/**
 * The "Demand Review" sheet: how accurate and how biased each forecast has been over the window.
 * On top the all-families roll-up (one row per forecast column, weighted by volume), then one row per
 * family x forecast as a sortable table with biased rows highlighted and the reason in words, then the
 * forecast value added waterfall: does each step of the process (statistics, sales input, consensus)
 * make the forecast better than the one before?
 */
import { listWithinLimit } from "../excelLimits";
import { columnLetter, rangeAddress } from "../../engine/a1";
import type { Analysis } from "../../engine/analyze";
import { type BiasDirection, type DemandReview, directionInWords, type ForecastAccuracy } from "../../engine/demand";
import { SheetNames } from "../buildPack";
import { NumberFormats, type ReportValue, type SheetSpec } from "../workbookSpec";
import { GREEN, RED } from "./palette";
import { SheetBuilder } from "./sheetBuilder";
import { lagAccuracySection } from "./lagAccuracySection";

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

export function demandReviewSheet(analysis: Analysis): SheetSpec {
  const review = analysis.demandReview;
  if (!review) return emptySheet(analysis);

  const b = new SheetBuilder();
  const heading = (text: string) => b.heading(text, false);
  /** Red when a value added is negative (the step made the forecast worse), green when positive. */
  const valueAddedColours = (first: number, last: number, col: number) => {
    const range = rangeAddress(first, col, last, col);
    b.conditional({ kind: "cellValue", range, operator: "lessThan", values: [0], fontColor: RED_TEXT, bold: true });
    b.conditional({ kind: "cellValue", range, operator: "greaterThan", values: [0], fontColor: GREEN_TEXT });
  };
  /** Bold red where a bias test's value is beyond ± its limit. */
  const beyondLimit = (first: number, last: number, col: number, limit: number) => {
    const range = rangeAddress(first, col, last, col);
    b.conditional({ kind: "cellValue", range, operator: "greaterThan", values: [limit], fontColor: RED_TEXT, bold: true });
    b.conditional({ kind: "cellValue", range, operator: "lessThan", values: [-limit], fontColor: RED_TEXT, bold: true });
  };

  const baseline = review.baseline === "Naive forecast" ? "naive forecast (last month's actual)" : review.baseline;
  const fvaHeader = review.baseline === "Naive forecast" ? "FVA vs Naive" : `FVA vs ${review.baseline}`;
  const ts = review.trackingSignalLimit;
  const nfmLimit = review.nfmLimit;

  b.title("Demand Review: forecast accuracy, bias and value added");
  b.note(
    `Window: ${windowText(review)}. Error = Actual − Forecast (CPIM): negative = over-forecast (forecast above demand), ` +
      `positive = under-forecast. Flagged when |tracking signal| > ${limitText(ts)} or |NFM| > ${limitText(nfmLimit)}. ` +
      `FVA = WMAPE of the ${baseline} − WMAPE of the forecast: positive = the forecast added value.`,
  );
  const anyFlagged = review.rows.some((r) => r.flagged);
  b.note(flaggedSummary(review), { bold: anyFlagged, fontColor: anyFlagged ? RED_TEXT : undefined });
  b.blank();

  // ---- Roll-up: all families, weighted by volume ----
  heading("All families (weighted by volume)");
  b.note(
    "RSFE, MAD and tracking signal are those of the all-families total per month; WMAPE, bias % and FVA pool every family-month; " +
      "MPE, MAPE and NFM are the families' figures weighted by their actual volume.",
  );
  const rollup = b.table(
    "DemandReviewRollup",
    ["Scope", "Forecast", ...METRIC_HEADERS, "Flagged Families", "Families", fvaHeader],
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
  valueAddedColours(rollup.first, rollup.last, COL.fva);
  beyondLimit(rollup.first, rollup.last, COL.ts, ts);
  beyondLimit(rollup.first, rollup.last, COL.nfm, nfmLimit);
  b.blank();

  // ---- One row per family x forecast ----
  heading("By family and forecast");
  const main = b.table(
    "DemandReview",
    ["Family", "Forecast", ...METRIC_HEADERS, "Flagged", "Why Flagged", fvaHeader, "Step FVA", "Step Compared With", "Note"],
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
  beyondLimit(main.first, main.last, COL.ts, ts);
  beyondLimit(main.first, main.last, COL.nfm, nfmLimit);
  valueAddedColours(main.first, main.last, COL.fva);
  valueAddedColours(main.first, main.last, COL.stepFva);
  b.blank();

  // ---- FVA waterfall ----
  heading("Forecast value added waterfall (all families)");
  b.note(
    review.waterfallPeriods > 0
      ? `Each step's WMAPE over the ${review.waterfallPeriods} family-months where the naive forecast and every forecast column have a value; ` +
          "value added = WMAPE of the step before − WMAPE of this step (positive = the step made the forecast better)."
      : "No family-month has the naive forecast and every forecast column, so the waterfall cannot be drawn.",
  );
  const waterfall = b.table(
    "FvaWaterfall",
    ["Step", "WMAPE", "Value Added", "Verdict"],
    review.waterfall.map((s, i) => [
      s.step,
      s.wmape,
      s.valueAdded,
      i === 0
        ? "Baseline"
        : s.valueAdded === null
          ? "Not measurable"
          : s.valueAdded > 0
            ? "Added value"
            : s.valueAdded < 0
              ? "Made the forecast worse"
              : "No change",
    ]),
  );
  b.formatColumns(waterfall.first, waterfall.last, [
    [1, NumberFormats.percent],
    [2, NumberFormats.percent],
  ]);
  valueAddedColours(waterfall.first, waterfall.last, 2);
  b.conditional({
    kind: "textEquals",
    range: rangeAddress(waterfall.first, 3, waterfall.last, 3),
    text: "Made the forecast worse",
    fill: RED_FILL,
    fontColor: RED_TEXT,
  });
  if (review.waterfallPeriods > 0) {
    b.charts.push({
      type: "columnClustered",
      title: "WMAPE by forecast step (lower is better)",
      dataRange: rangeAddress(waterfall.headerRow, 0, waterfall.last, 1),
      anchor: rangeAddress(waterfall.headerRow, 5, waterfall.headerRow, 5),
      width: 6,
      height: 14,
      valueAxisFormat: NumberFormats.percent0,
    });
  }

  // Month over month (issue 14): how good earlier cycles' plans were, under this cycle's review and
  // below the FVA chart (14 rows from the waterfall's header), which it must not hide.
  b.blank();
  while (review.waterfallPeriods > 0 && b.next < waterfall.headerRow + 15) b.blank();
  lagAccuracySection(b, analysis.loop, ts);

  return b.sheet({
    name: SheetNames.demandReview,
    columnWidths: [22, 22, 11, 13, 12, 14, 9, 9, 9, 9, 9, 16, 10, 52, 14, 11, 22, 52],
    // The family table's header stays visible with the family and forecast names.
    freeze: { rows: main.headerRow + 1, columns: 2 },
    tabColor: "#2F75B5",
  });
}
