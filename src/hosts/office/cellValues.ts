/**
 * Cell values between Office.js and the rest of the add-in.
 *
 * Office.js reads dates as serial numbers and errors as their text ("#N/A"); it writes a string that
 * starts with "=" as a formula. These helpers keep those rules in one place.
 */
import type { CellValue } from "../../engine/grid";
import { dateSerial } from "../../report/dateSerial";
import type { ReportValue } from "../../report/workbookSpec";

/** Excel's error values as Office.js returns them in `range.values`. */
const EXCEL_ERRORS = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#PYTHON!",
]);

/** One value of `range.values` -> the engine's cell value ("" is an empty cell, "#N/A" an error). */
export function fromExcelValue(v: unknown): CellValue {
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "string") return EXCEL_ERRORS.has(v.trim().toUpperCase()) ? { error: v.trim().toUpperCase() } : v;
  if (typeof v === "number" || typeof v === "boolean") return v;
  return String(v);
}

/**
 * True for text Excel would take for a formula (or a signed number) if it were typed in:
 * "=SUM(A1)", "+1", "-Widgets", "@x". Such text from the input is written with the Text format "@"
 * so it stays text (SPEC.md: never written as a formula).
 */
export function looksLikeFormula(v: unknown): v is string {
  return typeof v === "string" && /^[=+\-@]/.test(v);
}

/** Format shown for dates that carry no number format of their own. */
export const DATE_FORMAT = "yyyy-mm-dd";

/** A report value -> what `range.values` takes. null becomes "" (empty cell). */
export function toExcelValue(v: ReportValue | undefined): string | number | boolean {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return dateSerial(v);
  if (typeof v === "number" && !Number.isFinite(v)) return "";
  return v;
}
