/**
 * Reads an .xlsx file into cell grids with ExcelJS, normalising ExcelJS's cell kinds (formulas with
 * cached results, rich text, hyperlinks, errors) to the engine's CellValue.
 */
import ExcelJS from "exceljs";
import type { CellGrid, CellValue } from "../../engine/grid";
import { InputError } from "../../engine/errors";
import { openPackage } from "./packageLimits";
import { readPackageGrids } from "./readPackage";

/** One ExcelJS cell value -> the engine's CellValue. A formula counts as its cached result. */
export function normaliseCellValue(v: ExcelJS.CellValue | undefined): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return v;
  if (typeof v === "object") {
    if ("error" in v && typeof (v as ExcelJS.CellErrorValue).error === "string") {
      return { error: (v as ExcelJS.CellErrorValue).error };
    }
    if ("formula" in v || "sharedFormula" in v) {
      const result = (v as ExcelJS.CellFormulaValue).result;
      // A formula whose result was never calculated has no value to read.
      return result === undefined ? null : normaliseCellValue(result as ExcelJS.CellValue);
    }
    if ("richText" in v) return (v as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join("");
    if ("text" in v) {
      const text = (v as ExcelJS.CellHyperlinkValue).text;
      return typeof text === "string" ? text : normaliseCellValue(text as ExcelJS.CellValue);
    }
  }
  return String(v);
}

/**
 * Loads a workbook with ExcelJS (for reading a pack this program wrote, and the benchmark's floor). The
 * file is checked first as readXlsx checks it: what it is when it is no .xlsx, and the package bound.
 */
export async function loadWorkbook(data: ArrayBuffer | Uint8Array, fileName = "The file"): Promise<ExcelJS.Workbook> {
  await openPackage(toBytes(data), fileName);
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS's typings want a Node Buffer; in the browser an ArrayBuffer works too.
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new InputError(
      `${fileName} cannot be read as an Excel workbook (.xlsx): ${reason}. Save it from Excel as "Excel Workbook (*.xlsx)" and try again.`,
    );
  }
  return workbook;
}

function toBytes(data: ArrayBuffer | Uint8Array): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

/** One worksheet -> a grid starting at its first non-empty row and column (like Excel's used range). */
export function worksheetToGrid(ws: ExcelJS.Worksheet): CellGrid {
  const cells: { r: number; c: number; v: CellValue; f: string | null }[] = [];
  let minRow = Infinity;
  let minCol = Infinity;
  let maxRow = -1;
  let maxCol = -1;
  // includeEmpty false: rows that only carry formatting (even 50,000 of them) are not visited.
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const v = normaliseCellValue(cell.value);
      if (v === null || (typeof v === "string" && v === "")) return;
      const r = rowNumber - 1;
      const c = colNumber - 1;
      cells.push({ r, c, v, f: cell.numFmt || null });
      if (r < minRow) minRow = r;
      if (c < minCol) minCol = c;
      if (r > maxRow) maxRow = r;
      if (c > maxCol) maxCol = c;
    });
  });
  if (cells.length === 0) return { sheet: ws.name, values: [], numberFormats: [], origin: { row: 0, col: 0 } };
  const height = maxRow - minRow + 1;
  const width = maxCol - minCol + 1;
  const values: CellValue[][] = Array.from({ length: height }, () => new Array<CellValue>(width).fill(null));
  const numberFormats: (string | null)[][] = Array.from({ length: height }, () => new Array<string | null>(width).fill(null));
  for (const { r, c, v, f } of cells) {
    values[r - minRow][c - minCol] = v;
    numberFormats[r - minRow][c - minCol] = f;
  }
  return { sheet: ws.name, values, numberFormats, origin: { row: minRow, col: minCol } };
}

/** Reads every worksheet of an .xlsx file into cell grids (see readPackage.ts: only the cells that exist). */
export async function readXlsx(data: ArrayBuffer | Uint8Array, fileName?: string): Promise<CellGrid[]> {
  return readPackageGrids(toBytes(data), fileName);
}
