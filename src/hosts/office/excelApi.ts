/**
 * The part of the Office.js Excel object model the Office host uses, written out as structural types.
 *
 * Why not use `Excel.RequestContext` directly: the list of what the host touches stays short and
 * explicit. Every type here is a subset of the real one, so `Excel.run` itself is an `ExcelRun` (checked
 * in generateInExcel.ts); tests/review/requirementSets.test.ts walks these types beside Excel's own to
 * check each member exists and its requirement set. The tests run the host on Microsoft's Office.js
 * with a protocol-level Excel under it (tests/office/excelProtocol.ts).
 * Enum arguments are passed as their string values ("ColorScale", "Line"), which Office.js accepts and
 * which need no `Excel` global at run time.
 */

/** Objects whose properties are readable only after `load` and `context.sync()`. */
export interface Loadable {
  load(propertyNames?: string | string[]): unknown;
}

export interface RangeFontLike {
  bold: boolean;
  italic: boolean;
  size: number;
  color: string;
}

export interface RangeFormatLike {
  font: RangeFontLike;
  fill: { color: string };
  wrapText: boolean;
  indentLevel: number;
  verticalAlignment: "Top" | "Center" | "Bottom" | "Justify" | "Distributed" | Excel.VerticalAlignment;
  horizontalAlignment:
    | "General"
    | "Left"
    | "Center"
    | "Right"
    | "Fill"
    | "Justify"
    | "CenterAcrossSelection"
    | "Distributed"
    | Excel.HorizontalAlignment;
  /** Points, not characters. */
  columnWidth: number;
  /** Fits the rows' heights to their content (wrapped text shows every line). */
  autofitRows(): void;
  rowHeight: number;
}

export interface ConditionalRangeFormatLike {
  font: { color: string; bold: boolean };
  fill: { color: string };
}

export interface ConditionalFormatLike {
  colorScale: { criteria: Excel.ConditionalColorScaleCriteria };
  cellValue: { format: ConditionalRangeFormatLike; rule: Excel.ConditionalCellValueRule };
  custom: { format: ConditionalRangeFormatLike; rule: { formula: string } };
}

export interface RangeLike extends Loadable {
  readonly address: string;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly isNullObject: boolean;

  values: any[][];

  numberFormat: any[][];
  format: RangeFormatLike;
  hyperlink: Excel.RangeHyperlink;
  conditionalFormats: { add(type: "ColorScale" | "CellValue" | "Custom"): ConditionalFormatLike };
  select(): void;
  /** Merges the range into one cell (across = false: one cell, not one per row). */
  merge(across?: boolean): void;
  /** Not kept by the library past this request (no _KeepReference now, no _RemoveReference at the end):
   * for ranges written once and never used again. */
  untrack(): RangeLike;
}

export interface TableLike {
  name: string;
  style: string;
}

export interface ChartSeriesLike {
  /** Space between columns, % of a column's width (ExcelApi 1.7). */
  gapWidth: number;
  format: { fill: { setSolidColor(color: string): void; clear(): void }; line: { color: string } };
}

export interface ChartLike {
  name: string;
  title: { text: string };
  axes: { valueAxis: { numberFormat: string; minimum: number; maximum: number } };
  legend: { visible: boolean };
  /** Labels on every point (numberFormat: ExcelApi 1.8). */
  dataLabels: { showValue: boolean; numberFormat: string; position: Excel.ChartDataLabels["position"] };
  series: { getItemAt(index: number): ChartSeriesLike };
  setPosition(startCell: string, endCell?: string): void;
}

/** Printing (ExcelApi 1.9, above the manifest's 1.8: used only where `isSetSupported` says so). */
export interface PageLayoutLike {
  orientation: "Portrait" | "Landscape" | Excel.PageOrientation;
  zoom: Excel.PageLayoutZoomOptions;
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  headerMargin: number;
  footerMargin: number;
  setPrintArea(printArea: string): void;
  setPrintTitleRows(printTitleRows: string): void;
}

export interface WorksheetLike extends Loadable {
  readonly id: string;
  name: string;
  readonly isNullObject: boolean;
  tabColor: string;
  getRange(address?: string): RangeLike;
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeLike;
  tables: { add(address: string, hasHeaders: boolean): TableLike };
  charts: {
    add(
      type: "Line" | "ColumnClustered" | "ColumnStacked" | "BarClustered",
      sourceData: RangeLike,
      seriesBy?: "Auto" | "Columns" | "Rows",
    ): ChartLike;
  };
  pageLayout: PageLayoutLike;
  /** ExcelApi 1.9, like pageLayout: a break before the range's top-left cell. */
  horizontalPageBreaks: { add(pageBreakRange: string): unknown };
  freezePanes: { freezeRows(count?: number): void; freezeColumns(count?: number): void; freezeAt(frozenRange: string): void };
  activate(): void;
  delete(): void;
}

export interface WorksheetCollectionLike extends Loadable {
  readonly items: WorksheetLike[];
  add(name?: string): WorksheetLike;
  getItemOrNullObject(key: string): WorksheetLike;
}

export interface SettingLike extends Loadable {
  readonly isNullObject: boolean;

  readonly value: any;
}

export interface SettingCollectionLike {
  add(key: string, value: any): unknown;
  getItemOrNullObject(key: string): SettingLike;
}

export interface TableCollectionLike extends Loadable {
  readonly items: { readonly name: string }[];
}

export interface ExcelContext {
  workbook: Loadable & {
    /** The file's name (ExcelApi 1.7). */
    readonly name: string;
    worksheets: WorksheetCollectionLike;
    settings: SettingCollectionLike;
    tables: TableCollectionLike;
    application: { suspendApiCalculationUntilNextSync(): void };
  };
  sync(): Promise<void>;
}

/** `Excel.run`, or the stand-in's equivalent in tests. */
export type ExcelRun = <T>(batch: (context: ExcelContext) => Promise<T>) => Promise<T>;
