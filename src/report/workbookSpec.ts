/**
 * The host-neutral description of the pre-S&OP pack. The report layer builds it from the engine's
 * results; each host (Office.js in Excel, ExcelJS for .xlsx files) renders it. Nothing here knows a host.
 *
 * Values are plain: text from the input is kept as text. A host must never turn a string into a
 * formula, even when it starts with "=", "+", "-" or "@".
 */

/** A value written to a cell. Dates are written as dates; null leaves the cell empty. */
export type ReportValue = string | number | boolean | Date | null;

/** Number formats used across the pack, so every sheet shows units, money and percentages alike. */
export const NumberFormats = {
  units: "#,##0",
  decimal1: "#,##0.0",
  decimal2: "#,##0.00",
  hours: "#,##0.0",
  percent: "0.0%",
  percent0: "0%",
  money: '"$"#,##0;[Red]-"$"#,##0',
  /** Prices and unit costs: dollars and cents. */
  price: '"$"#,##0.00;[Red]-"$"#,##0.00',
  ratio: "0.00",
  text: "@",
} as const;

/** Styling for a rectangular range. Colors are "#RRGGBB". */
export interface RangeStyle {
  /** A1 range on the sheet, e.g. "B2:B40" or "A1". */
  range: string;
  numberFormat?: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string;
  fill?: string;
  wrap?: boolean;
  horizontalAlignment?: "left" | "center" | "right";
  /** Indent from the left edge, in Excel's steps (about one character each): text beside a right-aligned number. */
  indent?: number;
}

/** A sortable, filterable Excel table over a range whose first row is the header. */
export interface TableSpec {
  /** Unique in the workbook, letters/digits/underscore only (e.g. "DemandReview"). */
  name: string;
  range: string;
  /** Built-in style, e.g. "TableStyleMedium2". */
  style: string;
}

export type ConditionalFormatSpec =
  /** Two- or three-color scale (heat map) over numbers. */
  | {
      kind: "colorScale";
      range: string;
      min: { color: string; value?: number };
      mid?: { color: string; value: number };
      max: { color: string; value?: number };
    }
  /** Cells compared with constant numbers. */
  | {
      kind: "cellValue";
      range: string;
      operator: "greaterThan" | "lessThan" | "greaterThanOrEqual" | "lessThanOrEqual" | "equal" | "between";
      values: number[];
      fill?: string;
      fontColor?: string;
      bold?: boolean;
    }
  /** Cells equal to a given text (e.g. status "Shortage"). */
  | {
      kind: "textEquals";
      range: string;
      text: string;
      fill?: string;
      fontColor?: string;
      bold?: boolean;
    }
  /** A formula written for the range's top-left cell, relative references as in Excel's UI,
   * e.g. '=$H6="Overload"' over "A6:K40" colours whole rows. Only our own formulas, never input text. */
  | {
      kind: "expression";
      range: string;
      formula: string;
      fill?: string;
      fontColor?: string;
      bold?: boolean;
    };

/** A link from a cell to a place in the pack (internal hyperlink). */
export interface LinkSpec {
  /** The cell holding the link text (its value is in `rows`). */
  cell: string;
  /** Target sheet name (one of the pack's sheets) and cell. */
  sheet: string;
  target: string;
  /** The target is an input sheet (e.g. a data-quality finding's cell). Only hosts that write into the
   * input workbook (Excel) render such links; a stand-alone pack file has no input sheets. */
  toInput?: boolean;
}

/**
 * Chart kinds both hosts draw as native Excel charts.
 * - "waterfall": a bridge from a starting total through signed steps to an ending total, drawn as the
 *   classic stacked column chart: the data range's value columns are exactly Base, Increase, Decrease,
 *   Total as made by `waterfallRows` (src/report/charts/waterfall.ts); the Base series has no fill (it
 *   lifts each step to where the previous one ended) and the legend is hidden. Not Excel 2016's native
 *   waterfall (a chartex part): LibreOffice and Excel before 2016 do not draw it, and Office.js cannot
 *   create it; stacked columns draw the same everywhere.
 */
export type ChartType = "line" | "columnClustered" | "barClustered" | "waterfall";

/** A native chart, drawn by both hosts (Office.js in Excel; DrawingML parts beside ExcelJS in .xlsx). */
export interface ChartSpec {
  type: ChartType;
  title: string;
  /** Data range on the same sheet, including a header row (series names) and a first column (categories). */
  dataRange: string;
  /** Top-left cell where the chart is placed, and its size in columns x rows. */
  anchor: string;
  width?: number;
  height?: number;
  /** Format of the value axis, e.g. money or percent. */
  valueAxisFormat?: string;
  /** The value axis' lowest and highest value; the host's automatic range where absent. Set for every
   * chart when its sheet is finished (src/report/charts/valueAxis.ts): bars, columns and waterfalls
   * from zero, a percentage line with at least 5 points either side of its data. */
  valueAxisMin?: number;
  valueAxisMax?: number;
  /** Each bar's value written on it, in this number format (the data's); no labels where absent. Set
   * for every clustered bar and column chart when its sheet is finished (src/report/charts/dataLabels.ts);
   * never on a waterfall, whose invisible Base series would be labelled too. */
  dataLabelFormat?: string;
  /** "#RRGGBB" per value column of the data range, in order; a host's default colours where absent.
   * For a waterfall the Base colour is ignored (never drawn). */
  seriesColors?: string[];
}

/**
 * How a sheet prints (SPEC "Output": the pack is a meeting document). Hosts set orientation, scaling,
 * print area and the rows repeated at the top of every printed page.
 */
export interface PageSetupSpec {
  orientation: "landscape" | "portrait";
  /** "page": the print area on one page; "width": all columns one page wide, as many pages tall as needed. */
  fit: "page" | "width";
  /** A1 range printed (e.g. "A1:Q60"); the used range when absent. */
  printArea?: string;
  /** Rows printed at the top of every page, 0-based, first..last inclusive (e.g. a table's header row). */
  repeatRows?: { first: number; last: number };
  /** Percent. Set where fitting to the width would print below 9 points (printScale.ts): the sheet then
   * prints at this scale and its further columns flow onto the following pages. */
  scale?: number;
  /** Rows (0-based) that start a new printed page, e.g. the summary's charts on a page of their own. */
  rowBreaks?: number[];
}

export interface SheetSpec {
  /** The sheet's fixed name (<= 31 characters, valid for Excel). */
  name: string;
  /** rows[r][c] is cell (r, c), row 0 = row 1. Rows may be ragged; missing cells are empty. */
  rows: ReportValue[][];
  styles?: RangeStyle[];
  tables?: TableSpec[];
  conditionalFormats?: ConditionalFormatSpec[];
  /** Column widths in characters, column A first. */
  columnWidths?: number[];
  /** Merged ranges (A1), each a line of text wrapped across the printed width (readableLayout.ts). */
  merges?: string[];
  /** Rows and columns kept visible when scrolling (frozen panes). */
  freeze?: { rows: number; columns: number };
  links?: LinkSpec[];
  charts?: ChartSpec[];
  /** Print layout; every sheet of the pack has one (src/report/printSetup.ts). */
  page?: PageSetupSpec;
  /** Tab color "#RRGGBB". */
  tabColor?: string;
}

export interface WorkbookSpec {
  /** Sheets in the order they appear in the pack. */
  sheets: SheetSpec[];
}
