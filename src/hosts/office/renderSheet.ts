/**
 * Renders one sheet of the pack description into an (empty, new) worksheet through Office.js.
 *
 * Every range is written in the request that names it and never used again, so none is kept by the
 * library (untrack). Values and number formats are written by writeCells.ts (each format once per uniform range, values in
 * blocks, each request filled up to the size limit); the rest (styles, tables, conditional formats, widths, panes, links, charts) are a few
 * commands per sheet, so the number of round trips does not grow with the number of rows.
 */
import { cellAddress, columnLetter, parseCellAddress, parseRangeAddress, quoteSheetName, rangeAddress } from "../../engine/a1";
import { WATERFALL_GAP_WIDTH } from "../../report/charts/waterfall";
import { PAGE_MARGINS } from "../../report/printScale";
import { wrappedRowHeights } from "../../report/rowHeights";
import type { ChartSpec, ConditionalFormatSpec, PageSetupSpec, RangeStyle, SheetSpec } from "../../report/workbookSpec";
import { looksLikeFormula } from "./cellValues";
import type { ConditionalRangeFormatLike, RangeLike, TableLike, WorksheetLike } from "./excelApi";
import { jsonBytes, type RequestBudget } from "./requestBudget";
import { uniformRanges } from "./uniformRanges";
import { writeCells } from "./writeCells";

export interface RenderOptions {
  budget: RequestBudget;
  /** Pack sheet name -> its name in the workbook (for links between pack sheets). */
  sheetName: (packName: string) => string;
  /** Name a table gets while the pack is being written (its final name may still be taken). */
  temporaryTableName: (tableName: string) => string;
  /** Whether Excel has the page layout API (ExcelApi 1.9, above what the manifest requires); without it
   * the sheets are written without print settings rather than failing the run. */
  pageLayoutSupported?: boolean;
}

export interface RenderedSheet {
  tables: { table: TableLike; name: string }[];
}

/** Excel's default: a column of width w characters is w * 7 + 5 pixels wide (Calibri 11); 1 px = 0.75 pt. */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

const LINK_COLOR = "#0563C1";

/** `api19`: ExcelApi 1.9 is there (the indent needs it; the manifest asks for 1.8). */
function applyStyle(range: RangeLike, style: RangeStyle, api19: boolean): void {
  if (style.bold !== undefined) range.format.font.bold = style.bold;
  if (style.italic !== undefined) range.format.font.italic = style.italic;
  if (style.fontSize !== undefined) range.format.font.size = style.fontSize;
  if (style.fontColor) range.format.font.color = style.fontColor;
  if (style.fill) range.format.fill.color = style.fill;
  if (style.wrap !== undefined) range.format.wrapText = style.wrap;
  // Excel does not grow a row when the API wraps its text; without this long text is cut off.
  if (style.wrap) range.format.autofitRows();
  if (style.horizontalAlignment) {
    range.format.horizontalAlignment =
      style.horizontalAlignment === "left" ? "Left" : style.horizontalAlignment === "center" ? "Center" : "Right";
  }
  if (style.indent && api19) range.format.indentLevel = style.indent;
}

function applyConditionalFormatStyle(
  format: ConditionalRangeFormatLike,
  spec: { fill?: string; fontColor?: string; bold?: boolean },
): void {
  if (spec.fill) format.fill.color = spec.fill;
  if (spec.fontColor) format.font.color = spec.fontColor;
  if (spec.bold) format.font.bold = true;
}

const CELL_VALUE_OPERATORS = {
  greaterThan: "GreaterThan",
  lessThan: "LessThan",
  greaterThanOrEqual: "GreaterThanOrEqual",
  lessThanOrEqual: "LessThanOrEqual",
  equal: "EqualTo",
  between: "Between",
} as const;

function addConditionalFormat(ws: WorksheetLike, cf: ConditionalFormatSpec): void {
  const range = ws.getRange(cf.range).untrack();
  switch (cf.kind) {
    case "colorScale": {
      const format = range.conditionalFormats.add("ColorScale");
      const stop = (s: { color: string; value?: number }, fallback: "LowestValue" | "HighestValue") =>
        s.value === undefined
          ? { type: fallback, color: s.color }
          : { type: "Number" as const, formula: String(s.value), color: s.color };
      format.colorScale.criteria = {
        minimum: stop(cf.min, "LowestValue"),
        ...(cf.mid ? { midpoint: { type: "Number" as const, formula: String(cf.mid.value), color: cf.mid.color } } : {}),
        maximum: stop(cf.max, "HighestValue"),
      };
      return;
    }
    case "cellValue": {
      const format = range.conditionalFormats.add("CellValue");
      applyConditionalFormatStyle(format.cellValue.format, cf);
      format.cellValue.rule = {
        formula1: `=${cf.values[0]}`,
        ...(cf.operator === "between" && cf.values.length > 1 ? { formula2: `=${cf.values[1]}` } : {}),
        operator: CELL_VALUE_OPERATORS[cf.operator],
      };
      return;
    }
    case "textEquals": {
      // Exact match (Excel's "=" ignores case), not "contains": "OK" must not colour "Not OK".
      const format = range.conditionalFormats.add("Custom");
      const topLeft = cf.range.split(":")[0].replace(/\$/g, "");
      format.custom.rule.formula = `=${topLeft}="${cf.text.replace(/"/g, '""')}"`;
      applyConditionalFormatStyle(format.custom.format, cf);
      return;
    }
    case "expression": {
      const format = range.conditionalFormats.add("Custom");
      format.custom.rule.formula = cf.formula.startsWith("=") ? cf.formula : `=${cf.formula}`;
      applyConditionalFormatStyle(format.custom.format, cf);
      return;
    }
  }
}

const CHART_TYPES = {
  line: "Line",
  columnClustered: "ColumnClustered",
  barClustered: "BarClustered",
  // The classic stacked-column bridge (ChartSpec "waterfall"), drawn the same as the .xlsx host does.
  waterfall: "ColumnStacked",
} as const;

function addChart(ws: WorksheetLike, spec: ChartSpec): void {
  // Series by columns: every data range has categories down its first column, one series per column.
  const chart = ws.charts.add(CHART_TYPES[spec.type], ws.getRange(spec.dataRange).untrack(), "Columns");
  chart.title.text = spec.title;
  const anchor = parseCellAddress(spec.anchor);
  const end = cellAddress(anchor.row + (spec.height ?? 15) - 1, anchor.col + (spec.width ?? 8) - 1);
  chart.setPosition(spec.anchor, end);
  if (spec.valueAxisFormat) chart.axes.valueAxis.numberFormat = spec.valueAxisFormat;
  if (spec.valueAxisMin !== undefined) chart.axes.valueAxis.minimum = spec.valueAxisMin;
  if (spec.valueAxisMax !== undefined) chart.axes.valueAxis.maximum = spec.valueAxisMax;
  if (spec.dataLabelFormat !== undefined && spec.type !== "waterfall") {
    // Every point's value, in the data's format, past the end of its bar (above a line's point).
    chart.dataLabels.showValue = true;
    chart.dataLabels.numberFormat = spec.dataLabelFormat;
    chart.dataLabels.position = spec.type === "line" ? "Top" : "OutsideEnd";
  }
  const area = parseRangeAddress(spec.dataRange);
  const seriesCount = area.col2 - area.col1;
  for (let i = 0; i < seriesCount; i++) {
    const color = spec.seriesColors?.[i];
    const series = chart.series.getItemAt(i);
    if (spec.type === "waterfall" && i === 0) series.format.fill.clear();
    else if (color && spec.type === "line") series.format.line.color = color;
    else if (color) series.format.fill.setSolidColor(color);
    if (spec.type === "waterfall" && i === 0) series.gapWidth = WATERFALL_GAP_WIDTH;
  }
  // A waterfall's legend would list the invisible base; its colours and categories say it all.
  if (spec.type === "waterfall") chart.legend.visible = false;
}

/** Excel's "$1:$3" for rows first..last (0-based). */
export function printTitleRows(rows: { first: number; last: number }): string {
  return `$${rows.first + 1}:$${rows.last + 1}`;
}

function setPageLayout(ws: WorksheetLike, page: PageSetupSpec): void {
  const layout = ws.pageLayout;
  layout.orientation = page.orientation === "landscape" ? "Landscape" : "Portrait";
  // Margins in points (the spec's are inches).
  layout.leftMargin = PAGE_MARGINS.left * 72;
  layout.rightMargin = PAGE_MARGINS.right * 72;
  layout.topMargin = PAGE_MARGINS.top * 72;
  layout.bottomMargin = PAGE_MARGINS.bottom * 72;
  layout.headerMargin = PAGE_MARGINS.header * 72;
  layout.footerMargin = PAGE_MARGINS.footer * 72;
  // A fixed scale where fitting would print too small; else fit to the width, 0 pages tall = as many
  // as needed (Excel's "Automatic").
  layout.zoom =
    page.scale !== undefined
      ? { scale: page.scale }
      : { horizontalFitToPages: 1, verticalFitToPages: page.fit === "page" ? 1 : 0 };
  if (page.printArea) layout.setPrintArea(page.printArea);
  if (page.repeatRows) layout.setPrintTitleRows(printTitleRows(page.repeatRows));
  for (const row of page.rowBreaks ?? []) ws.horizontalPageBreaks.add(`A${row + 1}`);
}

function freeze(ws: WorksheetLike, rows: number, columns: number): void {
  if (rows > 0 && columns > 0) ws.freezePanes.freezeAt(rangeAddress(0, 0, rows - 1, columns - 1));
  else if (rows > 0) ws.freezePanes.freezeRows(rows);
  else if (columns > 0) ws.freezePanes.freezeColumns(columns);
}

/** Everything but the cells, a handful of small commands; sized so they count against the request. */
async function writeDecorations(ws: WorksheetLike, spec: SheetSpec, options: RenderOptions): Promise<RenderedSheet> {
  const { budget } = options;
  const rendered: RenderedSheet = { tables: [] };
  for (const style of spec.styles ?? []) {
    // Number formats went with the cells (writeCells.ts); a style that only sets one is not sent again.
    const properties = Object.keys(style).filter((k) => k !== "range" && k !== "numberFormat").length;
    if (properties === 0) continue;
    // The range, then one command per property set (and the row autofit that wrapping brings).
    await budget.reserve(jsonBytes(style), 1 + properties + (style.wrap ? 1 : 0));
    applyStyle(ws.getRange(style.range).untrack(), style, options.pageLayoutSupported === true);
  }
  for (const t of spec.tables ?? []) {
    await budget.reserve(jsonBytes(t), 3);
    const table = ws.tables.add(t.range, true);
    table.name = options.temporaryTableName(t.name);
    table.style = t.style;
    rendered.tables.push({ table, name: t.name });
  }
  for (const cf of spec.conditionalFormats ?? []) {
    await budget.reserve(jsonBytes(cf), 6);
    addConditionalFormat(ws, cf);
  }
  // Neighbouring columns of one width are one range ("B:M"), not a command each.
  const widths = uniformRanges(1, spec.columnWidths?.length ?? 0, (_, c) => {
    const w = spec.columnWidths![c];
    return w > 0 ? w : undefined;
  });
  await budget.reserve(jsonBytes(widths), 3 * widths.length + 1);
  for (const w of widths) {
    ws.getRange(`${columnLetter(w.col1)}:${columnLetter(w.col2)}`).untrack().format.columnWidth = columnWidthPoints(w.value);
  }
  // A long line merged across the printed columns: Excel does not autofit a merged row, so its
  // height is set, the same estimate the .xlsx writes.
  const heights = spec.merges?.length ? wrappedRowHeights(spec) : null;
  for (const m of spec.merges ?? []) {
    await budget.reserve(jsonBytes(m), 3);
    const range = ws.getRange(m).untrack();
    range.merge(false);
    const height = heights?.get(parseRangeAddress(m).row1);
    if (height) range.format.rowHeight = height;
  }
  await budget.reserve(0, 2); // frozen panes and tab colour
  if (spec.freeze) freeze(ws, spec.freeze.rows, spec.freeze.columns);
  for (const link of spec.links ?? []) {
    await budget.reserve(jsonBytes(link) * 2, 4);
    const target = link.toInput ? link.sheet : options.sheetName(link.sheet);
    const { row, col } = parseCellAddress(link.cell);
    const text = spec.rows[row]?.[col];
    const range = ws.getRange(link.cell).untrack();
    const display =
      text === null || text === undefined ? target : text instanceof Date ? text.toISOString().slice(0, 10) : String(text);
    range.hyperlink = {
      documentReference: `${quoteSheetName(target)}!${link.target}`,
      // The cell already holds its text; formula-looking text is not handed to Excel a second time.
      ...(looksLikeFormula(display) ? {} : { textToDisplay: display }),
    };
    range.format.font.color = LINK_COLOR;
  }
  for (const chart of spec.charts ?? []) {
    // Chart, title, position, axis format and range, data labels, then each series' getItemAt and colour, and the legend.
    await budget.reserve(jsonBytes(chart), 11 + 3 * Math.max(1, (chart.seriesColors ?? []).length + 1));
    addChart(ws, chart);
  }
  if (spec.page && options.pageLayoutSupported) {
    // Orientation, six margins, zoom, print area, title rows, and a break (range and add) per row break.
    await budget.reserve(jsonBytes(spec.page), 10 + 2 * (spec.page.rowBreaks?.length ?? 0));
    setPageLayout(ws, spec.page);
  }
  if (spec.tabColor) ws.tabColor = spec.tabColor;
  return rendered;
}

export async function renderSheet(ws: WorksheetLike, spec: SheetSpec, options: RenderOptions): Promise<RenderedSheet> {
  // The sheet itself: added, its id loaded, calculation suspended for the request.
  await options.budget.reserve(jsonBytes(spec.name), 3);
  await writeCells(ws, spec, options.budget);
  // Every cell aligned to the top of its row, as in the .xlsx, so the cells of a row made tall by
  // wrapped text read from the same line: one command for the whole sheet.
  await options.budget.reserve(0, 2);
  ws.getRange().untrack().format.verticalAlignment = "Top";
  return writeDecorations(ws, spec, options);
}
