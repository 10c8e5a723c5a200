/**
 * The cell grid: what a host hands the engine for one sheet.
 *
 * Both hosts (Office.js and ExcelJS) normalise their cells to these few kinds, so the engine reads
 * Excel's and the .xlsx file's data through the same code.
 */

/** An Excel error value such as #N/A or #DIV/0!. */
export interface CellError {
  error: string;
}

/** One cell's value. Dates may arrive as Date objects (ExcelJS) or as serial numbers (Office.js). */
export type CellValue = string | number | boolean | Date | CellError | null;

/** One input sheet as read from the workbook. */
export interface CellGrid {
  /** The sheet's name as it is in the workbook. */
  sheet: string;
  /** values[r][c]; row 0 is the grid's first row. Rows may have different lengths. */
  values: CellValue[][];
  /** Optional number formats, same shape as values (so 85% and dates are understood). */
  numberFormats?: (string | null)[][];
  /** Zero-based row and column of values[0][0] in the sheet (used ranges need not start at A1). */
  origin?: { row: number; col: number };
}

export function isCellError(v: unknown): v is CellError {
  return typeof v === "object" && v !== null && !(v instanceof Date) && typeof (v as CellError).error === "string";
}

/** True for cells a planner would call empty: null, undefined, or only spaces. */
export function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}
