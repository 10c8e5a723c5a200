/**
 * Waterfall (bridge) charts: a starting total, the signed steps that move it, an ending total. Used by
 * the price/volume/mix bridge (budget → volume → mix → price → plan) and the plan-changes waterfall
 * (previous plan → each family's change → this plan).
 *
 * Drawn the classic way, as stacked columns over four value columns written into the sheet: Base (no
 * fill: it lifts a step to where the previous one ended), Increase, Decrease and Total. Excel 2016's
 * native waterfall is a chartex part that LibreOffice does not draw and Office.js cannot create; stacked
 * columns draw the same in Excel, in the .xlsx file and in LibreOffice (see ChartSpec "waterfall").
 */
import { rangeAddress } from "../../engine/a1";
import type { ChartSpec, ReportValue } from "../workbookSpec";
import type { SheetBuilder, TableRows } from "../sheets/sheetBuilder";

/** One column of the bridge: a total (its value is the level) or a step (its value is the change). */
export interface WaterfallBar {
  label: string;
  value: number;
  total?: boolean;
}

/** The value columns of a waterfall's chart data, in the order ChartSpec "waterfall" expects. */
export const WATERFALL_SERIES = ["Base", "Increase", "Decrease", "Total"] as const;

/** Space between a waterfall's columns, % of a column's width (both hosts draw it so). */
export const WATERFALL_GAP_WIDTH = 50;

/** Increase green, decrease red, totals blue (the Base colour is never drawn). */
export const WATERFALL_COLORS = ["#FFFFFF", "#70AD47", "#C00000", "#4472C4"];

/**
 * The chart data: per bar [label, base, increase, decrease, total], null where a column does not apply.
 * A step from level a to level b is drawn between min(a, b) and max(a, b): above zero the base is the
 * lower end and the bar the difference; below zero (negative stacks grow downwards) the base is the
 * upper end and the bar the (negative) difference. A step that crosses zero cannot be lifted by an
 * invisible base; it is drawn from zero to where it ends, in its direction's colour.
 */
export function waterfallRows(bars: WaterfallBar[]): ReportValue[][] {
  let level = 0;
  return bars.map((bar) => {
    if (bar.total) {
      level = bar.value;
      return [bar.label, null, null, null, bar.value];
    }
    const from = level;
    const to = level + bar.value;
    level = to;
    const low = Math.min(from, to);
    const high = Math.max(from, to);
    let base: number | null;
    let size: number;
    if (low >= 0) [base, size] = [low, high - low];
    else if (high <= 0) [base, size] = [high, low - high];
    else [base, size] = [null, to];
    const up = bar.value >= 0;
    return [bar.label, base, up ? size : null, up ? null : size, null];
  });
}

export interface WaterfallOptions {
  /** Excel table name (unique in the pack). */
  tableName: string;
  /** Header of the label column, e.g. "Step" or "Family". */
  categoryHeader: string;
  bars: WaterfallBar[];
  title: string;
  /** Where the chart goes and its size in columns x rows (ChartSpec). */
  anchor: string;
  width?: number;
  height?: number;
  /** Number format of the amounts and the value axis (e.g. NumberFormats.money). */
  numberFormat: string;
}

/** Writes a waterfall's chart data as a table at the builder's next row and adds its chart. */
export function addWaterfall(b: SheetBuilder, options: WaterfallOptions): TableRows {
  const t = b.table(options.tableName, [options.categoryHeader, ...WATERFALL_SERIES], waterfallRows(options.bars));
  b.formatColumns(
    t.first,
    t.last,
    [1, 2, 3, 4].map((c) => [c, options.numberFormat] as [number, string]),
  );
  b.charts.push(waterfallChart(options, rangeAddress(t.headerRow, 0, t.last, WATERFALL_SERIES.length)));
  return t;
}

function waterfallChart(options: WaterfallOptions, dataRange: string): ChartSpec {
  return {
    type: "waterfall",
    title: options.title,
    dataRange,
    anchor: options.anchor,
    ...(options.width ? { width: options.width } : {}),
    ...(options.height ? { height: options.height } : {}),
    valueAxisFormat: options.numberFormat,
    seriesColors: WATERFALL_COLORS,
  };
}
