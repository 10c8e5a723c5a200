/**
 * Reads an .xlsx package into cell grids holding only the cells that exist: the sheet XML is
 * scanned as it inflates, rows are kept only where a cell has a value, and merges, formatting and the
 * stated dimension are never expanded. A value in XFD1048576 beside a small table costs one cell (the
 * grid's row and column arrays are sparse there), not a grid of the used range.
 *
 * Values are normalised as the ExcelJS reader did (the engine's CellValue): shared and inline strings
 * (rich text joined), numbers (dates as Date where the number format is a date), booleans, errors, and a
 * formula's cached result (none: empty).
 */
import type JSZip from "jszip";
import type { CellGrid, CellValue } from "../../engine/grid";
import { InputError } from "../../engine/errors";
import { cellAddress } from "../../engine/a1";
import { MAX_INPUT_CELLS } from "../office/readLimits";
import { openPackage, streamPart } from "./packageLimits";
import {
  cellValueText,
  inlineStringText,
  isDateFormat,
  parseCellFormats,
  parseRelationships,
  parseWorkbook,
  sharedStringsParser,
  worksheetParser,
  xmlText,
  type RawCell,
} from "./sheetXml";

async function partText(zip: JSZip, path: string): Promise<string | null> {
  const file = zip.file(path);
  return file ? file.async("string") : null;
}

/** Excel's serial date -> Date, as ExcelJS converts it (so both readers agree). */
function serialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

interface Context {
  strings: string[];
  formats: (string | null)[];
  date1904: boolean;
}

/** One stored cell -> the engine's value (null for an empty or uncalculated cell). */
function cellValue(cell: RawCell, ctx: Context): CellValue {
  if (cell.inner === null) return null;
  if (cell.type === "inlineStr") return inlineStringText(cell.inner);
  const raw = cellValueText(cell.inner);
  if (raw === null) return null;
  switch (cell.type) {
    case "s": {
      const s = ctx.strings[Number(raw)];
      return s === undefined ? null : s;
    }
    case "str":
      return xmlText(raw);
    case "b":
      return raw.trim() === "1" || raw.trim() === "true";
    case "e":
      return { error: xmlText(raw).trim() };
    case "d": {
      const d = new Date(xmlText(raw).trim());
      return Number.isNaN(d.getTime()) ? xmlText(raw) : d;
    }
    default: {
      const n = Number(raw);
      if (raw.trim() === "" || Number.isNaN(n)) return null;
      return isDateFormat(ctx.formats[cell.style] ?? null) ? serialToDate(n, ctx.date1904) : n;
    }
  }
}

/** Builds one sheet's grid from its cells: sized by the cells with values, origin at the first of them. */
class SparseGrid {
  private readonly rows: CellValue[][] = [];
  private readonly formatRows: (string | null)[][] = [];
  minRow = Infinity;
  minCol = Infinity;
  maxRow = -1;
  cells = 0;

  add(row: number, col: number, v: CellValue, format: string | null): void {
    (this.rows[row] ??= [])[col] = v;
    if (format !== null && format !== "General") (this.formatRows[row] ??= [])[col] = format;
    if (row < this.minRow) this.minRow = row;
    if (col < this.minCol) this.minCol = col;
    if (row > this.maxRow) this.maxRow = row;
    this.cells++;
  }

  toGrid(sheet: string): CellGrid {
    if (this.cells === 0) return { sheet, values: [], numberFormats: [], origin: { row: 0, col: 0 } };
    const shift = <T>(source: T[][]): T[][] => {
      // Sparse: only rows that hold cells are set (a stray cell far below adds one row, not a million).
      const out: T[][] = [];
      source.forEach((r, i) => {
        out[i - this.minRow] = this.minCol === 0 ? r : shiftRow(r, this.minCol);
      });
      out.length = this.maxRow - this.minRow + 1;
      return out;
    };
    return {
      sheet,
      values: shift(this.rows),
      numberFormats: shift(this.formatRows),
      origin: { row: this.minRow, col: this.minCol },
    };
  }
}

function shiftRow<T>(row: T[], by: number): T[] {
  const out: T[] = [];
  row.forEach((v, c) => {
    out[c - by] = v;
  });
  return out;
}

function tooManyCells(sheet: string, cell: RawCell, limit: number): InputError {
  const message =
    `The "${sheet}" sheet holds more than ${limit.toLocaleString("en-US")} filled cells (reading stopped at row ` +
    `${(cell.row + 1).toLocaleString("en-US")}, ${cellAddress(cell.row, cell.col)}), more than S&OP Prep reads in one run. ` +
    `A planning input is far smaller: keep the input tables only (for example the last 36 months), or split the workbook.`;
  return new InputError(message, [{ sheet, cell: cellAddress(cell.row, cell.col), severity: "error", message }]);
}

/** Reads every worksheet of an .xlsx package into cell grids. */
export async function readPackageGrids(
  data: Uint8Array,
  fileName = "The file",
  cellLimit = MAX_INPUT_CELLS,
): Promise<CellGrid[]> {
  const zip = await openPackage(data, fileName);
  const workbookPath = zip.file("xl/workbook.xml") ? "xl/workbook.xml" : zip.file(/^xl\/workbook\d*\.xml$/i)[0].name;
  const { sheets, date1904 } = parseWorkbook((await partText(zip, workbookPath)) ?? "");
  const baseDir = workbookPath.slice(0, workbookPath.lastIndexOf("/"));
  const rels = parseRelationships((await partText(zip, `${baseDir}/_rels/workbook.xml.rels`)) ?? "", baseDir);

  const ctx: Context = { strings: [], formats: [], date1904 };
  const stylesRel = [...rels.values()].find((r) => r.type.endsWith("/styles"));
  const styles = await partText(zip, stylesRel?.path ?? `${baseDir}/styles.xml`);
  if (styles) ctx.formats = parseCellFormats(styles);
  const stringsRel = [...rels.values()].find((r) => r.type.endsWith("/sharedStrings"));
  const stringsFile = zip.file(stringsRel?.path ?? `${baseDir}/sharedStrings.xml`);
  if (stringsFile) {
    const parser = sharedStringsParser(ctx.strings);
    await streamPart(zip, stringsFile, fileName, (chunk) => parser.push(chunk));
    parser.end();
  }

  const grids: CellGrid[] = [];
  let total = 0;
  for (const { name, rid } of sheets) {
    const rel = rels.get(rid);
    // Chart sheets and dialog sheets hold no cells.
    if (!rel || !rel.type.endsWith("/worksheet")) continue;
    const file = zip.file(rel.path);
    if (!file) continue;
    const grid = new SparseGrid();
    const parser = worksheetParser((cell) => {
      const v = cellValue(cell, ctx);
      if (v === null || v === "") return;
      if (++total > cellLimit) throw tooManyCells(name, cell, cellLimit);
      grid.add(cell.row, cell.col, v, ctx.formats[cell.style] ?? null);
    });
    await streamPart(zip, file, fileName, (chunk) => parser.push(chunk));
    parser.end();
    grids.push(grid.toGrid(name));
  }
  return grids;
}
