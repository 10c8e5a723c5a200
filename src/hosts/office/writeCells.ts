/**
 * A sheet's cells into a new worksheet through Office.js, each thing sent once:
 * - number formats once per uniform range: a range takes one format string for all its cells (Excel's
 *   "single input" rule for values, number formats and formulas), so a column of 2,000 money cells
 *   is one short command, not 2,000 copies of '"$"#,##0;[Red]-"$"#,##0';
 * - General, a new sheet's own format, is never sent, nor are empty cells;
 * - values in blocks of at most LIBRARY_CHUNK_CELLS cells over the rows that hold something, each as
 *   wide as its own rows, so the library sends each block as it is (it would otherwise cut a larger
 *   write into row chunks, each carrying three more object paths).
 * Each such range is written once and never used again, so the library is told not to keep it (a kept
 * range costs an action now, one in the closing request and memory in Excel meanwhile).
 * The numbers themselves were rounded to what they mean in the report layer (src/report/roundToMeaning.ts).
 */
import { rangeAddress } from "../../engine/a1";
import { numberFormatGrid } from "../../report/numberFormatGrid";
import { styleArea } from "../../report/styleRanges";
import type { SheetSpec } from "../../report/workbookSpec";
import { DATE_FORMAT, looksLikeFormula, toExcelValue } from "./cellValues";
import type { RangeLike, WorksheetLike } from "./excelApi";
import { jsonBytes, LIBRARY_CHUNK_CELLS, RANGE_SET_BYTES, REQUEST_PAYLOAD_LIMIT, type RequestBudget } from "./requestBudget";
import { uniformRanges } from "./uniformRanges";

const GENERAL = "General";
const TEXT = "@";

type ExcelValue = string | number | boolean;

/** The rectangle that holds values or number formats: the rows, and every number-format style range. */
function writtenArea(spec: SheetSpec): { rows: number; cols: number } {
  let rows = spec.rows.length;
  let cols = spec.rows.reduce((m, r) => Math.max(m, r?.length ?? 0), 0);
  for (const style of spec.styles ?? []) {
    if (!style.numberFormat) continue;
    const area = styleArea(style.range);
    if (!area) continue;
    rows = Math.max(rows, area.row2 + 1);
    cols = Math.max(cols, area.col2 + 1);
  }
  return { rows, cols };
}

/**
 * Each cell's number format as Excel should hold it, undefined for General: the styles' formats, a
 * date's own format where no style gives one, and "@" (Text) for text where no style gives a format
 * and always for formula-looking text, so Excel stores text as the text it is ("=x" is not a formula,
 * "2027-01" not a date, "007" not 7).
 */
export function cellFormats(spec: SheetSpec): { rows: number; cols: number; formats: (string | undefined)[][] } {
  const { rows, cols } = writtenArea(spec);
  const formats = numberFormatGrid(spec, rows, cols);
  for (let r = 0; r < rows; r++) {
    const source = spec.rows[r];
    const row = formats[r];
    for (let c = 0; c < cols; c++) {
      if (row[c] === GENERAL) row[c] = undefined;
      const v = source?.[c];
      if (v instanceof Date && row[c] === undefined) row[c] = DATE_FORMAT;
      // (An empty string is an empty cell: nothing to keep as text.)
      else if (typeof v === "string" && v !== "" && (row[c] === undefined || looksLikeFormula(v))) row[c] = TEXT;
    }
  }
  return { rows, cols, formats };
}

/** An empty cell no style gives a format: nobody sees its format, so a range may cover it. */
function isFree(spec: SheetSpec, formats: (string | undefined)[][], r: number, c: number): boolean {
  const v = spec.rows[r]?.[c];
  return formats[r][c] === undefined && (v === null || v === undefined || v === "");
}

/** The number formats to send: one per uniform rectangle (which may span empty cells), as A1 range
 * and format. */
export function numberFormatRanges(spec: SheetSpec): { range: string; format: string }[] {
  const { rows, cols, formats } = cellFormats(spec);
  const at = (r: number, c: number) => formats[r][c];
  return uniformRanges(rows, cols, at, (r, c) => isFree(spec, formats, r, c)).map((u) => ({
    range: rangeAddress(u.row1, u.col1, u.row2, u.col2),
    format: u.value,
  }));
}

/** One write of values: a rectangle, its rows, and what it weighs as JSON. */
export interface ValueBlock {
  range: string;
  values: ExcelValue[][];
  bytes: number;
}

/** A row as `range.values` takes it, without its trailing empty cells (a new sheet has none to clear). */
function excelRow(source: SheetSpec["rows"][number] | undefined): ExcelValue[] {
  const row = (source ?? []).map((v) => toExcelValue(v));
  let n = row.length;
  while (n > 0 && row[n - 1] === "") n--;
  row.length = n;
  return row;
}

/**
 * The sheet's values as blocks of consecutive non-empty rows of at most LIBRARY_CHUNK_CELLS cells
 * (one row when a row alone is wider), each padded with "" only to its own widest row.
 */
/** A value block's bytes at most (a row alone may be more): a quarter of a request. */
const BLOCK_BYTES = REQUEST_PAYLOAD_LIMIT / 4;

export function valueBlocks(spec: SheetSpec): ValueBlock[] {
  const blocks: ValueBlock[] = [];
  let start = 0;
  let rows: ExcelValue[][] = [];
  let width = 0;
  let bytes = 0;
  const close = () => {
    if (rows.length === 0) return;
    for (const row of rows) {
      const pad = width - row.length;
      if (pad > 0) {
        for (let i = 0; i < pad; i++) row.push("");
        bytes += pad * 3; // "" and its comma
      }
    }
    blocks.push({ range: rangeAddress(start, 0, start + rows.length - 1, width - 1), values: rows, bytes: bytes + 2 });
    rows = [];
    width = 0;
    bytes = 0;
  };
  spec.rows.forEach((source, r) => {
    const row = excelRow(source);
    if (row.length === 0) return close();
    const w = Math.max(width, row.length);
    const rowBytes = jsonBytes(row) + 1;
    // Long texts (a 32,767-character family name on every row of a table) make a block heavy in
    // bytes long before it is full in cells: a block never exceeds what one request carries.
    const full = (rows.length + 1) * w > LIBRARY_CHUNK_CELLS || bytes + rowBytes > BLOCK_BYTES;
    if (rows.length > 0 && (start + rows.length !== r || full)) close();
    if (rows.length === 0) start = r;
    rows.push(row);
    width = Math.max(width, row.length);
    bytes += rowBytes;
  });
  close();
  return blocks;
}

/** One format string for every cell of a range. Office.js types `numberFormat` as a 2-D array, but a
 * single value is applied to the whole range (the API's single-input rule, as for `values`). */
function setNumberFormat(range: RangeLike, format: string): void {
  (range as { numberFormat: unknown }).numberFormat = format;
}

export async function writeCells(ws: WorksheetLike, spec: SheetSpec, budget: RequestBudget): Promise<void> {
  // Formats first: a cell formatted as Text ("@") keeps "=..." as text when the value arrives.
  for (const { range, format } of numberFormatRanges(spec)) {
    await budget.reserve(jsonBytes(range) + jsonBytes(format) + RANGE_SET_BYTES);
    setNumberFormat(ws.getRange(range).untrack(), format);
  }
  for (const block of valueBlocks(spec)) {
    await budget.reserve(jsonBytes(block.range) + block.bytes + RANGE_SET_BYTES);
    ws.getRange(block.range).untrack().values = block.values;
  }
}
