/**
 * Renders the pack description (WorkbookSpec) into an .xlsx file with ExcelJS.
 *
 * Strings are always written as strings: ExcelJS only writes a formula for a { formula } value, so text
 * from the input that starts with "=", "+", "-" or "@" stays text. ExcelJS cannot write charts: their
 * DrawingML parts are added to the package it wrote (./addChartParts.ts, ./chartXml.ts).
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { cellAddress, parseRangeAddress, quoteSheetName } from "../../engine/a1";
import { escapeOoxmlText } from "../../report/excelLimits";
import type {
  ConditionalFormatSpec,
  PageSetupSpec,
  RangeStyle,
  SheetSpec,
  TableSpec,
  WorkbookSpec,
} from "../../report/workbookSpec";
import { addChartParts, sheetCharts, type SheetCharts } from "./addChartParts";

/** "#RRGGBB" -> ExcelJS's ARGB "FFRRGGBB". */
function argb(color: string): string {
  return `FF${color.replace("#", "").toUpperCase()}`;
}

function forEachCell(ws: ExcelJS.Worksheet, range: string, fn: (cell: ExcelJS.Cell) => void): void {
  const { row1, col1, row2, col2 } = parseRangeAddress(range);
  for (let r = row1; r <= row2; r++) {
    const row = ws.getRow(r + 1);
    for (let c = col1; c <= col2; c++) fn(row.getCell(c + 1));
  }
}

/**
 * Applies one range style. Cells that had the same style before share the same style object after:
 * ExcelJS indexes a cell's style by object identity (a WeakMap in its style writer), so shared objects
 * cost one lookup per cell, where a fresh object per cell cost a serialization and a hash per cell and
 * most of the garbage on a pack of 200,000 cells. Shared objects are never mutated (see withLink).
 */
function applyStyle(ws: ExcelJS.Worksheet, style: RangeStyle, shared: WeakSet<object>): void {
  const font: Partial<ExcelJS.Font> = {};
  if (style.bold) font.bold = true;
  if (style.italic) font.italic = true;
  if (style.fontSize) font.size = style.fontSize;
  if (style.fontColor) font.color = { argb: argb(style.fontColor) };
  const hasFont = Object.keys(font).length > 0;
  const fill: ExcelJS.Fill | undefined = style.fill
    ? { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } }
    : undefined;
  const merged = new Map<object, Partial<ExcelJS.Style>>();
  forEachCell(ws, style.range, (cell) => {
    // A cell never styled yet has its own empty object: all such cells start from one shared key.
    const before: Partial<ExcelJS.Style> = shared.has(cell.style)
      ? cell.style
      : Object.keys(cell.style).length === 0
        ? NO_STYLE
        : cell.style;
    let after = merged.get(before);
    if (!after) {
      after = { ...before };
      if (style.numberFormat) after.numFmt = style.numberFormat;
      if (hasFont) after.font = { ...(before.font ?? {}), ...font };
      if (fill) after.fill = fill;
      if (style.wrap || style.horizontalAlignment) {
        after.alignment = {
          ...(before.alignment ?? {}),
          ...(style.wrap ? { wrapText: true } : {}),
          ...(style.horizontalAlignment ? { horizontal: style.horizontalAlignment } : {}),
        };
      }
      shared.add(after);
      merged.set(before, after);
    }
    cell.style = after;
  });
}

const NO_STYLE: Partial<ExcelJS.Style> = {};

/** Turns the header/data cells already written into an Excel table (sortable, filterable). */
function addTable(ws: ExcelJS.Worksheet, spec: SheetSpec, table: TableSpec): void {
  const { row1, col1, row2, col2 } = parseRangeAddress(table.range);
  const seen = new Set<string>();
  const columns = [];
  for (let c = col1; c <= col2; c++) {
    // Excel needs unique, non-empty text headers; like Excel, a repeated header gets a number.
    const base = String(spec.rows[row1]?.[c] ?? "").trim() || `Column${c - col1 + 1}`;
    let name = base;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${base}${n}`;
    seen.add(name.toLowerCase());
    columns.push({ name: escapeOoxmlText(name), filterButton: true });
  }
  // The sheet's cells are written already (writeSheet): ExcelJS's table writes each data row it is
  // given into the cells again and keeps the rows in its model, a second copy of the whole table. Rows
  // with no values give the table its height and nothing else (one shared, never-filled array).
  const rows: ExcelJS.CellValue[][] = new Array(Math.max(1, row2 - row1)).fill(NO_VALUES);
  ws.addTable({
    name: table.name,
    ref: cellAddress(row1, col1),
    headerRow: true,
    style: { theme: table.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
    columns,
    rows,
  });
}

const NO_VALUES: ExcelJS.CellValue[] = Object.freeze([]) as unknown as ExcelJS.CellValue[];

function cfStyle(spec: { fill?: string; fontColor?: string; bold?: boolean }): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  if (spec.fill) style.fill = { type: "pattern", pattern: "solid", bgColor: { argb: argb(spec.fill) } };
  if (spec.fontColor || spec.bold) {
    style.font = { ...(spec.fontColor ? { color: { argb: argb(spec.fontColor) } } : {}), ...(spec.bold ? { bold: true } : {}) };
  }
  return style;
}

function addConditionalFormat(ws: ExcelJS.Worksheet, cf: ConditionalFormatSpec): void {
  const topLeft = cf.range.split(":")[0];
  let rule: ExcelJS.ConditionalFormattingRule;
  switch (cf.kind) {
    case "colorScale": {
      const stops = [cf.min, ...(cf.mid ? [cf.mid] : []), cf.max];
      rule = {
        type: "colorScale",
        priority: 1,
        cfvo: [
          cf.min.value === undefined ? { type: "min" } : { type: "num", value: cf.min.value },
          ...(cf.mid ? [{ type: "num" as const, value: cf.mid.value }] : []),
          cf.max.value === undefined ? { type: "max" } : { type: "num", value: cf.max.value },
        ],
        color: stops.map((s) => ({ argb: argb(s.color) })),
      } as ExcelJS.ConditionalFormattingRule;
      break;
    }
    case "cellValue":
      rule = {
        type: "cellIs",
        priority: 1,
        operator: cf.operator,
        formulae: cf.values.map(String),
        style: cfStyle(cf),
      } as ExcelJS.ConditionalFormattingRule;
      break;
    case "textEquals":
      rule = {
        type: "expression",
        priority: 1,
        formulae: [`${topLeft}="${cf.text.replace(/"/g, '""')}"`],
        style: cfStyle(cf),
      } as ExcelJS.ConditionalFormattingRule;
      break;
    case "expression":
      rule = {
        type: "expression",
        priority: 1,
        formulae: [cf.formula.replace(/^=/, "")],
        style: cfStyle(cf),
      } as ExcelJS.ConditionalFormattingRule;
      break;
  }
  ws.addConditionalFormatting({ ref: cf.range, rules: [rule] });
}

/** Excel's default column width in characters, and the height of one line of 11-point text in points. */
const DEFAULT_WIDTH = 8.43;
const LINE_HEIGHT = 15;

/**
 * Rows with wrapped text get a height that shows all their lines. The file cannot ask the reader to
 * autofit, and LibreOffice keeps the default height, so the text of long exception rows overlapped.
 * Lines are estimated from the text length and the column width (characters).
 */
export function wrappedRowHeights(spec: SheetSpec): Map<number, number> {
  const heights = new Map<number, number>();
  for (const style of spec.styles ?? []) {
    if (!style.wrap) continue;
    const { row1, col1, row2, col2 } = parseRangeAddress(style.range);
    for (let r = row1; r <= Math.min(row2, spec.rows.length - 1); r++) {
      let lines = 1;
      for (let c = col1; c <= col2; c++) {
        const v = spec.rows[r]?.[c];
        if (v === null || v === undefined) continue;
        const width = Math.max(1, (spec.columnWidths?.[c] ?? DEFAULT_WIDTH) - 1);
        lines = Math.max(lines, Math.ceil(String(v).length / width));
      }
      if (lines > 1) heights.set(r, Math.max(heights.get(r) ?? 0, Math.min(409, lines * LINE_HEIGHT)));
    }
  }
  return heights;
}

function setWrappedRowHeights(ws: ExcelJS.Worksheet, spec: SheetSpec): void {
  for (const [r, height] of wrappedRowHeights(spec)) ws.getRow(r + 1).height = height;
}

/** Landscape or portrait, scaled to one page wide (and one tall for "page"), print area, repeated rows. */
function setPageSetup(ws: ExcelJS.Worksheet, page: PageSetupSpec): void {
  ws.pageSetup.orientation = page.orientation;
  // fitToPage switches scaling from a zoom percentage to "fit to N pages"; 0 pages tall = as many as needed.
  ws.pageSetup.fitToPage = true;
  ws.pageSetup.fitToWidth = 1;
  ws.pageSetup.fitToHeight = page.fit === "page" ? 1 : 0;
  // ExcelJS writes the defined names as `'<sheet>'!$<start>:$<end>` without doubling an apostrophe in
  // the sheet name (a scenario's sheet may have one): such a sheet gets no print area or titles rather
  // than a name Excel would have to repair.
  if (ws.name.includes("'")) return;
  // ExcelJS puts "$" before each end only: "A$1" becomes "$A$1", an absolute reference as Excel writes it.
  if (page.printArea) ws.pageSetup.printArea = page.printArea.replace(/([A-Z]+)(\d+)/g, "$1$$$2");
  if (page.repeatRows) ws.pageSetup.printTitlesRow = `${page.repeatRows.first + 1}:${page.repeatRows.last + 1}`;
}

function writeSheet(workbook: ExcelJS.Workbook, spec: SheetSpec): void {
  const ws = workbook.addWorksheet(spec.name, {
    properties: spec.tabColor ? { tabColor: { argb: argb(spec.tabColor) } } : {},
    views: spec.freeze ? [{ state: "frozen", xSplit: spec.freeze.columns, ySplit: spec.freeze.rows }] : [{}],
  });
  spec.rows.forEach((row, r) => {
    if (!row || row.length === 0) return;
    const excelRow = ws.getRow(r + 1);
    row.forEach((v, c) => {
      if (v === null || v === undefined) return;
      excelRow.getCell(c + 1).value = typeof v === "string" ? escapeOoxmlText(v) : (v as ExcelJS.CellValue);
    });
  });
  for (const table of spec.tables ?? []) addTable(ws, spec, table);
  const shared = new WeakSet<object>();
  for (const style of spec.styles ?? []) applyStyle(ws, style, shared);
  for (const cf of spec.conditionalFormats ?? []) addConditionalFormat(ws, cf);
  (spec.columnWidths ?? []).forEach((w, i) => {
    if (w > 0) ws.getColumn(i + 1).width = w;
  });
  setWrappedRowHeights(ws, spec);
  if (spec.page) setPageSetup(ws, spec.page);
  // Links into input sheets are left out: the pack file holds the generated sheets only.
  for (const link of (spec.links ?? []).filter((l) => !l.toInput)) {
    const cell = ws.getCell(link.cell);
    const text = cell.value === null || cell.value === undefined ? link.sheet : String(cell.value);
    cell.value = { text, hyperlink: `#${quoteSheetName(link.sheet)}!${link.target}` };
    // A new style object: the cell's may be shared with other cells (applyStyle), so it is not edited.
    cell.style = { ...cell.style, font: { ...(cell.font ?? {}), color: { argb: "FF0563C1" }, underline: true } };
  }
}

/**
 * Deflate level of the .xlsx zip. Level 1 instead of JSZip's default 6: on the 2,000-family pack (about
 * a million cells) it saves about a second of compression for a file about a quarter larger (10.3 MB
 * instead of 8.1 MB); only the compression differs, the zip's contents are the same.
 */
const ZIP_LEVEL = 1;

/**
 * The pack as an ExcelJS workbook, not yet serialised. Hosts that hold large packs build this first and
 * let go of the pack description before serialising (the zip step needs the most memory).
 */
export function packWorkbook(spec: WorkbookSpec): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "S&OP Prep";
  workbook.created = new Date();
  workbook.modified = workbook.created;
  for (const sheet of spec.sheets) writeSheet(workbook, sheet);
  // The charts' XML (with their cached values) is made now: the pack description may be gone by the
  // time the workbook is serialised.
  chartsOf.set(
    workbook,
    spec.sheets.map(sheetCharts).filter((c): c is SheetCharts => c !== null),
  );
  return workbook;
}

/** Per workbook made by packWorkbook, the chart parts workbookBytes adds to ExcelJS's package. */
const chartsOf = new WeakMap<ExcelJS.Workbook, SheetCharts[]>();

/** Serialises a workbook made by packWorkbook into .xlsx bytes, with its charts. `zipLevel` 9 where
 * the file's size matters more than the time (a file sent to Excel in one request). */
export async function workbookBytes(workbook: ExcelJS.Workbook, options: { zipLevel?: number } = {}): Promise<Uint8Array> {
  const zipOptions = { compression: "DEFLATE" as const, compressionOptions: { level: options.zipLevel ?? ZIP_LEVEL } };
  const buffer = await workbook.xlsx.writeBuffer({ zip: zipOptions });
  const charts = chartsOf.get(workbook) ?? [];
  if (charts.length === 0) return new Uint8Array(buffer as ArrayBuffer);
  const zip = await JSZip.loadAsync(buffer as ArrayBuffer);
  await addChartParts(zip, charts);
  return zip.generateAsync({ type: "uint8array", ...zipOptions });
}

/** Renders the pack into .xlsx bytes. */
export async function writePackXlsx(spec: WorkbookSpec, options: { zipLevel?: number } = {}): Promise<Uint8Array> {
  return workbookBytes(packWorkbook(spec), options);
}
