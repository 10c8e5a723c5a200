/**
 * The pack laid out to be read on screen and on paper (SPEC "Output"), once for both hosts, after the
 * numbers are rounded:
 * - each column at least as wide as its widest formatted number or date, so no cell shows "###", and
 *   the last column as wide as its text (text running past it made readers print the sheet smaller);
 * - a table's header over a column of numbers right-aligned like them, and "n/a" (a figure that
 *   cannot be computed) right-aligned where the numbers are;
 * - a line of text longer than the printed columns (a sheet's explanation under its title) merged
 *   across them and wrapped: overflowing, it was cut on paper, and a reader that prints overflow
 *   (LibreOffice) shrank the whole sheet to fit it, to 5.6-point text;
 * - any other text that would run past the last printed column, or under a chart, wrapped within its
 *   own column;
 * - then the print scale: fit to width, never below 9 points (printScale.ts).
 */
import { parseRangeAddress, rangeAddress } from "../engine/a1";
import { numberFormatGrid } from "./numberFormatGrid";
import { styleArea } from "./styleRanges";
import { lastPrintedColumn, withLegibleScale } from "./printScale";
import { DEFAULT_WIDTH, widthBetween } from "./rowHeights";
import type { RangeStyle, ReportValue, SheetSpec, WorkbookSpec } from "./workbookSpec";

/** Characters a cell needs beyond its text: Excel's padding, and bold digits being wider. */
const PADDING = 2;
const WIDEST = 60;

/** What a number format's section adds around the digits: parsed once per format, not per number. */
interface SectionShape {
  literals: number;
  percent: boolean;
  decimals: number;
  grouped: boolean;
  /** Shows a minus sign for a negative number (a section of its own without "-" shows none). */
  minus: boolean;
}

function sectionShape(section: string, ownNegativeSection: boolean): SectionShape {
  const body = section.replace(/"[^"]*"/g, "").replace(/\[[^\]]*\]/g, "");
  return {
    literals: [...section.matchAll(/"([^"]*)"/g)].reduce((n, m) => n + m[1].length, 0),
    percent: body.includes("%"),
    decimals: /\.(0+)/.exec(body)?.[1].length ?? 0,
    grouped: /#,#|0,0/.test(body),
    minus: !ownNegativeSection || section.includes("-"),
  };
}

/** A format's shape for positive and for negative numbers. */
interface FormatShape {
  positive: SectionShape;
  negative: SectionShape;
}

function formatShape(format: string): FormatShape {
  const sections = format.split(";");
  const positive = sectionShape(sections[0], false);
  return { positive, negative: sections[1] !== undefined ? sectionShape(sections[1], true) : positive };
}

/**
 * Characters `value` shows in `format` (Excel's General where undefined): digits with their
 * thousands separators, decimals, sign, percent sign and quoted literals such as "$". An estimate for
 * widths, not a formatter: it never shows a value. `shapes` keeps each format's parse across calls.
 */
export function formattedLength(
  value: number | Date,
  format: string | undefined,
  shapes: Map<string, FormatShape> = new Map(),
): number {
  if (value instanceof Date) return format && format !== "General" ? format.replace(/[\\"]/g, "").length : 10;
  if (!format || format === "General" || format === "@") return Math.min(11, String(value).length);
  let shape = shapes.get(format);
  if (!shape) {
    shape = formatShape(format);
    shapes.set(format, shape);
  }
  const negative = value < 0;
  const { literals, percent, decimals, grouped, minus } = negative ? shape.negative : shape.positive;
  const x = Math.abs(value) * (percent ? 100 : 1);
  const digits = Math.max(1, Math.floor(Math.log10(Math.max(1, Math.round(x)))) + 1);
  const separators = grouped ? Math.floor((digits - 1) / 3) : 0;
  const sign = negative && minus ? 1 : 0;
  return digits + separators + (decimals > 0 ? decimals + 1 : 0) + (percent ? 1 : 0) + literals + sign;
}

function isNumberLike(v: ReportValue): v is number | Date {
  return typeof v === "number" || v instanceof Date;
}

function isNotAvailable(v: ReportValue): boolean {
  return typeof v === "string" && /^n\/a\b/.test(v);
}

/** Widens the columns whose numbers would not fit (never narrows one a sheet chose). */
function fitColumnsToNumbers(sheet: SheetSpec): number[] | undefined {
  const cols = sheet.rows.reduce((n, row) => Math.max(n, row?.length ?? 0), 0);
  if (cols === 0) return sheet.columnWidths;
  const formats = numberFormatGrid(sheet, sheet.rows.length, cols);
  const shapes = new Map<string, FormatShape>();
  const needed = new Array<number>(cols).fill(0);
  sheet.rows.forEach((row, r) => {
    if (!row) return;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (isNumberLike(v)) {
        const n = formattedLength(v, formats[r][c], shapes);
        if (n > needed[c]) needed[c] = n;
      }
    }
  });
  // Text in the last column runs past the printed page: it gets the width it needs.
  const last = cols - 1;
  sheet.rows.forEach((row) => {
    const v = row?.[last];
    if (typeof v === "string" && v.length > needed[last]) needed[last] = Math.min(WIDEST, v.length);
  });
  const widths = [...(sheet.columnWidths ?? [])];
  let changed = false;
  needed.forEach((n, c) => {
    if (n === 0) return;
    const want = Math.min(WIDEST, n + PADDING);
    const has = widths[c] || DEFAULT_WIDTH;
    if (want > has) {
      for (let i = widths.length; i < c; i++) widths[i] = 0; // 0: the default width
      widths[c] = want;
      changed = true;
    }
  });
  return changed ? widths : sheet.columnWidths;
}

/**
 * Right-aligned headers over columns of numbers, and right-aligned "n/a" among numbers. A column whose
 * body the sheet aligned itself (the summary's ranks, left under their heading) keeps its choice.
 */
function alignNumberColumns(sheet: SheetSpec): RangeStyle[] {
  const aligned = (sheet.styles ?? []).flatMap((s) => (s.horizontalAlignment ? [styleArea(s.range)] : []));
  const alignedBySheet = (r: number, c: number) =>
    aligned.some((a) => a !== null && r >= a.row1 && r <= a.row2 && c >= a.col1 && c <= a.col2);
  const styles: RangeStyle[] = [];
  for (const t of sheet.tables ?? []) {
    const { row1, col1, row2, col2 } = parseRangeAddress(t.range);
    for (let c = col1; c <= col2; c++) {
      if (alignedBySheet(row1 + 1, c)) continue;
      let numbers = 0;
      let others = 0;
      const notAvailable: number[] = [];
      for (let r = row1 + 1; r <= row2; r++) {
        const v = sheet.rows[r]?.[c];
        if (v === null || v === undefined || v === "") continue;
        if (isNumberLike(v)) numbers++;
        else if (isNotAvailable(v)) notAvailable.push(r);
        else others++;
      }
      if (numbers === 0 || others > 0) continue;
      styles.push({ range: rangeAddress(row1, c, row1, c), horizontalAlignment: "right" });
      for (const [from, to] of runs(notAvailable))
        styles.push({ range: rangeAddress(from, c, to, c), horizontalAlignment: "right" });
    }
  }
  return styles;
}

/** Consecutive rows as [first, last] runs. */
function runs(rows: number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const r of rows) {
    const last = out[out.length - 1];
    if (last && last[1] === r - 1) last[1] = r;
    else out.push([r, r]);
  }
  return out;
}

/**
 * The last column text may use in each row: the last printed column, or the one before a chart that
 * covers the row (text running under a chart was hidden by it).
 */
function textLimits(sheet: SheetSpec, widths: number[] | undefined): (row: number) => number {
  const last = lastPrintedColumn({ ...sheet, columnWidths: widths });
  const charts = (sheet.charts ?? []).map((c) => {
    const { row1, col1 } = parseRangeAddress(c.anchor);
    return { row1, row2: row1 + (c.height ?? 15) - 1, col1 };
  });
  return (r) =>
    charts.reduce((limit, c) => (r >= c.row1 && r <= c.row2 && c.col1 > 0 ? Math.min(limit, c.col1 - 1) : limit), last);
}

/** Rows holding one long text in column A and nothing else, outside any table: merged A..limit and wrapped. */
function wrapLongLines(
  sheet: SheetSpec,
  widths: number[] | undefined,
  limitOf: (row: number) => number,
): { merges: string[]; styles: RangeStyle[] } {
  const merges: string[] = [...(sheet.merges ?? [])];
  const styles: RangeStyle[] = [];
  const inTable = (r: number) =>
    (sheet.tables ?? []).some((t) => {
      const a = parseRangeAddress(t.range);
      return r >= a.row1 && r <= a.row2;
    });
  const merged = new Set(merges.map((m) => parseRangeAddress(m).row1));
  sheet.rows.forEach((row, r) => {
    const text = row?.[0];
    const limit = limitOf(r);
    if (limit < 1 || typeof text !== "string" || text.length <= widthBetween(widths, 0, limit)) return;
    if (merged.has(r) || inTable(r)) return;
    if (row.some((v, c) => c > 0 && v !== null && v !== undefined && v !== "")) return;
    merges.push(rangeAddress(r, 0, r, limit));
    styles.push({ range: rangeAddress(r, 0, r, 0), wrap: true });
  });
  return { merges, styles };
}

/**
 * A text that would run past the last printed column or under a chart (the cells to its right empty)
 * wraps within its own column instead: running on, it was cut on paper, hidden, or made the reader
 * shrink the page.
 */
function wrapRunningText(
  sheet: SheetSpec,
  widths: number[] | undefined,
  limitOf: (row: number) => number,
  merged: Set<number>,
): RangeStyle[] {
  const byColumn = new Map<number, number[]>();
  sheet.rows.forEach((row, r) => {
    if (!row || merged.has(r)) return;
    const limit = limitOf(r);
    // Walk from the right: the last non-empty cell is the only one that can run on.
    for (let c = Math.min(row.length - 1, limit); c >= 0; c--) {
      const v = row[c];
      if (v === null || v === undefined || v === "") continue;
      if (typeof v === "string" && v.length > widthBetween(widths, c, limit) - 1) {
        const rows = byColumn.get(c) ?? [];
        rows.push(r);
        byColumn.set(c, rows);
      }
      break;
    }
  });
  const styles: RangeStyle[] = [];
  for (const [c, rows] of byColumn)
    for (const [from, to] of runs(rows)) styles.push({ range: rangeAddress(from, c, to, c), wrap: true });
  return styles;
}

export function readableSheet(sheet: SheetSpec): SheetSpec {
  const aligned = alignNumberColumns(sheet);
  const columnWidths = fitColumnsToNumbers(sheet);
  const limitOf = textLimits(sheet, columnWidths);
  const long = wrapLongLines(sheet, columnWidths, limitOf);
  const merged = new Set(long.merges.map((m) => parseRangeAddress(m).row1));
  const styles = [...aligned, ...long.styles, ...wrapRunningText(sheet, columnWidths, limitOf, merged)];
  const laidOut: SheetSpec = {
    ...sheet,
    columnWidths,
    ...(long.merges.length > 0 ? { merges: long.merges } : {}),
    ...(styles.length > 0 ? { styles: [...(sheet.styles ?? []), ...styles] } : {}),
  };
  return laidOut.page ? { ...laidOut, page: withLegibleScale(laidOut, laidOut.page) } : laidOut;
}

export function readableLayout(workbook: WorkbookSpec): WorkbookSpec {
  return { ...workbook, sheets: workbook.sheets.map(readableSheet) };
}
