/**
 * The forecast value added waterfall on the Demand Review (SPEC "Forecast value added"): Naive (last
 * month's actual) → Baseline (the statistical baseline's lag-1 backtest) → each forecast column in
 * the sheet's order → the demand plan, for all families (pooled family-months) and per family, each
 * over the months where every step has a value. Each step shows its WMAPE, the value it added to the
 * step before and to the Baseline: positive = the step made the forecast better.
 */
import { rangeAddress } from "../../engine/a1";
import type { FvaEntry } from "../../engine/forecast/baselineReview";
import { NumberFormats, type ReportValue } from "../workbookSpec";
import { GREEN, RED } from "./palette";
import type { SheetBuilder, TableRows } from "./sheetBuilder";

export const FVA_HEADERS = ["Step", "WMAPE", "FVA vs Step Before", "FVA vs Baseline", "Verdict"];

/** What a step did to the forecast, in words; the first step (Naive) is the yardstick. */
export function fvaVerdict(e: FvaEntry, first: boolean): string {
  if (first) return "Yardstick";
  if (e.fvaPrevious === null) return "Not measurable";
  if (e.fvaPrevious > 0) return "Added value";
  if (e.fvaPrevious < 0) return "Made the forecast worse";
  return "No change";
}

function stepCells(entries: readonly FvaEntry[]): ReportValue[][] {
  return entries.map((e, i) => [e.step, e.wmape, e.fvaPrevious, e.fvaBaseline, fvaVerdict(e, i === 0)]);
}

/** Percent formats on the figure columns, red where a step made the forecast worse, green where it helped. */
function styleSteps(b: SheetBuilder, t: TableRows, firstColumn: number): void {
  const c = firstColumn;
  b.formatColumns(t.first, t.last, [
    [c + 1, NumberFormats.percent],
    [c + 2, NumberFormats.percent],
    [c + 3, NumberFormats.percent],
  ]);
  const range = rangeAddress(t.first, c + 2, t.last, c + 3);
  b.conditional({ kind: "cellValue", range, operator: "lessThan", values: [0], fontColor: RED.fontColor, bold: true });
  b.conditional({ kind: "cellValue", range, operator: "greaterThan", values: [0], fontColor: GREEN.fontColor });
  b.conditional({
    kind: "textEquals",
    range: rangeAddress(t.first, c + 4, t.last, c + 4),
    text: "Made the forecast worse",
    fill: RED.fill,
    fontColor: RED.fontColor,
  });
}

/**
 * Adds the waterfall for all families (with a column chart of the WMAPE per step beside it) and the
 * per-family table under what the builder holds. Returns the row under the chart, so what follows does
 * not sit beneath it.
 */
export function fvaWaterfallSection(b: SheetBuilder, fva: readonly FvaEntry[], chartColumn = 6): number {
  const total = fva.filter((e) => e.family === "total");
  const months = total[0]?.months ?? 0;
  b.heading(
    `Forecast value added: Naive → Baseline → ${total.length > 2 ? "each forecast → the demand plan" : "no forecast column"}`,
    false,
  );
  b.note(
    months > 0
      ? `All families, over the ${months} family-months where every step has a value. WMAPE = Σ|Actual − Forecast| / ΣActual; ` +
          "FVA = WMAPE of the step before (or of the Baseline) − WMAPE of this step: positive = the step made the forecast better. " +
          "Naive = last month's actual; Baseline = the statistical baseline's lag-1 backtest (made from the months before each month only)."
      : "No family-month has an actual, the naive forecast, the baseline's backtest and every forecast column, so the waterfall cannot be measured yet.",
  );
  const t = b.table("FvaWaterfall", FVA_HEADERS, stepCells(total));
  styleSteps(b, t, 0);
  let below = t.last + 1;
  if (months > 0 && total.length > 1) {
    const height = 14;
    b.charts.push({
      type: "columnClustered",
      title: "WMAPE by step, all families (lower is better)",
      dataRange: rangeAddress(t.headerRow, 0, t.last, 1),
      anchor: rangeAddress(t.headerRow, chartColumn, t.headerRow, chartColumn),
      width: 6,
      height,
      valueAxisFormat: NumberFormats.percent0,
    });
    below = t.headerRow + height + 1;
  }

  const families = fva.filter((e) => e.family !== "total");
  if (families.length === 0) return below;
  while (b.next < below) b.blank();
  b.heading("Forecast value added by family", false);
  b.note(
    "Each family over its own months where every step has a value; filter the Family column to read one family's waterfall.",
  );
  const rows: ReportValue[][] = [];
  let previous = "";
  for (const e of families) {
    const first = e.family !== previous;
    previous = e.family;
    rows.push([e.family, e.months, ...stepCells([e]).flat().slice(0, 4), fvaVerdict(e, first)]);
  }
  const f = b.table("FvaByFamily", ["Family", "Months", ...FVA_HEADERS], rows);
  b.formatColumns(f.first, f.last, [[1, "0"]]);
  b.styles.push({ range: rangeAddress(f.first, 0, f.last, 0), numberFormat: NumberFormats.text });
  styleSteps(b, f, 2);
  return f.last + 1;
}
