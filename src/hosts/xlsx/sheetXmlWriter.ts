/**
 * One sheet of the pack as worksheet XML (xl/worksheets/sheetN.xml, ECMA-376 Part 1 §18.3), produced a
 * piece at a time so a sheet of half a million cells is never one string: the command line streams the
 * pieces into the zip as they come.
 *
 * Values: numbers as numbers, text always as text (a shared string, never a formula, even when it
 * starts with "="), booleans, dates as serial numbers with a date format. Looks: the sheet's range
 * styles applied in order (styleSheet.ts), then the links' blue underline. Elements follow
 * CT_Worksheet's order, which Excel requires.
 */
import { cellAddress, columnLetter, parseCellAddress, parseRangeAddress } from "../../engine/a1";
import { dateSerial } from "../../report/dateSerial";
import { escapeOoxmlText } from "../../report/excelLimits";
import type { PageSetupSpec, ReportValue, SheetSpec } from "../../report/workbookSpec";
import { conditionalFormatsXml } from "./conditionalFormatXml";
import { quotedSheetName } from "./workbookXml";
import { XML_DECLARATION } from "./relationships";
import { CHUNK, type SharedStrings } from "./sharedStrings";
import { sheetStyleGrid, type StyleChange, type StyleSheet } from "./styleSheet";
import type { TablePart } from "./tableXml";
import { xmlAttribute } from "./xmlText";
import { wrappedRowHeights } from "../../report/rowHeights";
import { PAGE_MARGINS } from "../../report/printScale";

/** How an internal link looks (Excel's Hyperlink cell style). */
const LINK_LOOK: StyleChange = { fontColor: "#0563C1", underline: true };

/** What the writer needs besides the sheet: the package's shared tables and the sheet's own parts. */
export interface SheetContext {
  styles: StyleSheet;
  strings: SharedStrings;
  /** The sheet's tables (their header cells hold the tables' column names). */
  tables: TablePart[];
  /** The relationship id of the sheet's drawing part (charts), if it has one. */
  drawingRelId?: string;
  /** The sheet is the one the workbook opens on. */
  selected: boolean;
}

/** Text cells the writer puts in place of the description's value: table headers, link texts. */
function replacedTexts(spec: SheetSpec, tables: TablePart[]): Map<number, Map<number, string>> {
  const texts = new Map<number, Map<number, string>>();
  const put = (row: number, col: number, text: string) => {
    let inRow = texts.get(row);
    if (!inRow) texts.set(row, (inRow = new Map()));
    inRow.set(col, text);
  };
  // Excel requires a table's header cells to hold its column names exactly.
  for (const t of tables) t.columns.forEach((name, i) => put(t.headerRow, t.col1 + i, name));
  for (const link of internalLinks(spec)) {
    const { row, col } = parseCellAddress(link.cell);
    const before = texts.get(row)?.get(col);
    const v = spec.rows[row]?.[col];
    // A link shows its cell's text; an empty cell shows the sheet it leads to.
    put(
      row,
      col,
      before ??
        escapeOoxmlText(
          v === null || v === undefined ? link.sheet : v instanceof Date ? v.toISOString().slice(0, 10) : String(v),
        ),
    );
  }
  return texts;
}

/** Links into input sheets are left out: the pack file holds the generated sheets only. */
function internalLinks(spec: SheetSpec) {
  return (spec.links ?? []).filter((l) => !l.toInput);
}

/** The rows and columns the sheet's cells and formats reach. */
function extent(spec: SheetSpec, tables: TablePart[]): { rows: number; cols: number } {
  let rows = spec.rows.length;
  let cols = 0;
  for (const row of spec.rows) if (row && row.length > cols) cols = row.length;
  const reach = (range: string) => {
    const { row2, col2 } = parseRangeAddress(range);
    rows = Math.max(rows, row2 + 1);
    cols = Math.max(cols, col2 + 1);
  };
  for (const s of spec.styles ?? []) reach(s.range);
  for (const t of tables) reach(t.ref);
  for (const l of internalLinks(spec)) reach(l.cell);
  return { rows, cols };
}

function sheetViewXml(spec: SheetSpec, selected: boolean): string {
  const rows = spec.freeze?.rows ?? 0;
  const cols = spec.freeze?.columns ?? 0;
  let pane = "";
  if (rows > 0 || cols > 0) {
    const active = rows > 0 && cols > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight";
    pane =
      `<pane${cols > 0 ? ` xSplit="${cols}"` : ""}${rows > 0 ? ` ySplit="${rows}"` : ""} topLeftCell="${cellAddress(rows, cols)}" ` +
      `activePane="${active}" state="frozen"/><selection pane="${active}"/>`;
  }
  return `<sheetViews><sheetView workbookViewId="0"${selected ? ' tabSelected="1"' : ""}>${pane}</sheetView></sheetViews>`;
}

function colsXml(widths: number[] | undefined): string {
  const cols = (widths ?? [])
    .map((w, i) => (w > 0 ? `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>` : ""))
    .join("");
  return cols ? `<cols>${cols}</cols>` : "";
}

/** Margins (report/printScale.ts), then orientation and scaling: fit to the width, or a fixed scale; page breaks. */
function pageXml(page: PageSetupSpec | undefined): string {
  const m = PAGE_MARGINS;
  const margins = `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>`;
  if (!page) return margins;
  // With fitToPage (in sheetPr), 0 pages tall means as many as needed; a scale applies without it.
  const setup =
    page.scale !== undefined
      ? `<pageSetup orientation="${page.orientation}" scale="${page.scale}"/>`
      : `<pageSetup orientation="${page.orientation}" fitToWidth="1" fitToHeight="${page.fit === "page" ? 1 : 0}"/>`;
  const breaks = page.rowBreaks ?? [];
  // A break's id is the 0-based row above which the new page starts (ECMA-376 §18.3.1.2 brk).
  const rowBreaks = breaks.length
    ? `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks
        .map((r) => `<brk id="${r}" max="16383" man="1"/>`)
        .join("")}</rowBreaks>`
    : "";
  return margins + setup + rowBreaks;
}

/** The sheet's cells, row by row: <c> elements with their format, type and value. */
function* sheetDataChunks(spec: SheetSpec, ctx: SheetContext, rows: number, cols: number): Generator<string> {
  const changes = (spec.styles ?? []).map((s) => ({ ...parseRangeAddress(s.range), change: s as StyleChange }));
  for (const l of internalLinks(spec)) {
    const { row, col } = parseCellAddress(l.cell);
    changes.push({ row1: row, col1: col, row2: row, col2: col, change: LINK_LOOK });
  }
  const grid = sheetStyleGrid(changes, ctx.styles, rows, cols);
  const texts = replacedTexts(spec, ctx.tables);
  const heights = wrappedRowHeights(spec);
  const letters: string[] = [];
  for (let c = 0; c < cols; c++) letters.push(columnLetter(c));
  const { styles, strings } = ctx;
  let out = "<sheetData>";
  for (let r = 0; r < rows; r++) {
    const row: ReportValue[] | undefined = spec.rows[r];
    const replaced = texts.get(r);
    const n = row ? row.length : 0;
    const base = r * cols;
    const rowNumber = r + 1;
    let cells = "";
    for (let c = 0; c < cols; c++) {
      let s = grid[base + c];
      const v = replaced?.get(c) ?? (c < n ? row![c] : null);
      const ref = letters[c] + rowNumber;
      if (typeof v === "number") {
        if (Number.isFinite(v)) {
          cells += s ? `<c r="${ref}" s="${s}"><v>${v}</v></c>` : `<c r="${ref}"><v>${v}</v></c>`;
          continue;
        }
      } else if (typeof v === "string") {
        const id = strings.id(replaced?.has(c) ? v : escapeOoxmlText(v));
        cells += s ? `<c r="${ref}" s="${s}" t="s"><v>${id}</v></c>` : `<c r="${ref}" t="s"><v>${id}</v></c>`;
        continue;
      } else if (typeof v === "boolean") {
        cells += `<c r="${ref}"${s ? ` s="${s}"` : ""} t="b"><v>${v ? 1 : 0}</v></c>`;
        continue;
      } else if (v instanceof Date && !Number.isNaN(v.getTime())) {
        s = styles.forDate(s);
        cells += `<c r="${ref}" s="${s}"><v>${dateSerial(v)}</v></c>`;
        continue;
      }
      // Empty (or a value Excel cannot hold): the cell is written only for its format.
      if (s) cells += `<c r="${ref}" s="${s}"/>`;
    }
    const height = heights.get(r);
    if (cells || height) {
      out += `<row r="${rowNumber}"${height ? ` ht="${height}" customHeight="1"` : ""}>${cells}</row>`;
      if (out.length > CHUNK) {
        yield out;
        out = "";
      }
    }
  }
  yield `${out}</sheetData>`;
}

/**
 * The worksheet part's XML, in pieces of about 64 K characters. Tables and the drawing are named by
 * relationship ids rId1..rIdN (tables, in order) and `ctx.drawingRelId`.
 */
export function* sheetXmlChunks(spec: SheetSpec, ctx: SheetContext): Generator<string> {
  const { rows, cols } = extent(spec, ctx.tables);
  const sheetPr =
    spec.tabColor || spec.page
      ? `<sheetPr>${spec.tabColor ? `<tabColor rgb="FF${spec.tabColor.replace("#", "").toUpperCase()}"/>` : ""}${spec.page && spec.page.scale === undefined ? '<pageSetUpPr fitToPage="1"/>' : ""}</sheetPr>`
      : "";
  const dimension = rows > 0 && cols > 0 ? `A1:${cellAddress(rows - 1, cols - 1)}` : "A1";
  yield (
    `${XML_DECLARATION}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    `${sheetPr}<dimension ref="${dimension}"/>${sheetViewXml(spec, ctx.selected)}<sheetFormatPr defaultRowHeight="15"/>${colsXml(spec.columnWidths)}`
  );
  yield* sheetDataChunks(spec, ctx, rows, cols);
  const links = internalLinks(spec)
    // An internal link is a location in this workbook, not a relationship to an outside target.
    .map((l) => `<hyperlink ref="${l.cell}" location="${xmlAttribute(`${quotedSheetName(l.sheet)}!${l.target}`)}"/>`)
    .join("");
  const tables = ctx.tables.map((_, i) => `<tablePart r:id="rId${i + 1}"/>`).join("");
  const merges = spec.merges ?? [];
  yield (
    (merges.length
      ? `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`
      : "") +
    conditionalFormatsXml(spec.conditionalFormats ?? [], ctx.styles) +
    (links ? `<hyperlinks>${links}</hyperlinks>` : "") +
    pageXml(spec.page) +
    (ctx.drawingRelId ? `<drawing r:id="${ctx.drawingRelId}"/>` : "") +
    (tables ? `<tableParts count="${ctx.tables.length}">${tables}</tableParts>` : "") +
    "</worksheet>"
  );
}
