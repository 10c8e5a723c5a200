/**
 * Number parsing for quantity, hour and money columns: numbers, and numeric text as planners type it
 * ("1,234", "1 234", "$12.50", "(150)" for a negative). Anything else is reported, never guessed.
 */
import type { CellValue } from "../grid";
import { isBlank, isCellError } from "../grid";

export type ParsedNumber =
  /** `ambiguous`: text such as "2.000" or "2,000" that reads one way here and another in other
   * locales (a decimal point or a thousands separator); the reader warns and names the reading used. */
  | { kind: "number"; value: number; ambiguous?: string }
  | { kind: "blank" }
  /** `shown` is the value as the planner sees it, for the finding's message; `tooLarge` a number
   * beyond MAX_PLAN_MAGNITUDE. */
  | { kind: "invalid"; shown: string; excelError: boolean; tooLarge?: boolean };

/**
 * The largest quantity, hour or money amount a plan may hold (10^15, Excel's 15 significant digits). No
 * plan has a quadrillion units or dollars; a number beyond it is a typing or export accident, and left
 * in, sums of a few such values overflow to Infinity (1.79e308 + 1.79e308) and every sheet built on
 * them shows NaN. Bounding each input keeps every sum and product the engine forms finite.
 */
export const MAX_PLAN_MAGNITUDE = 1e15;

const THOUSANDS = /^\d{1,3}(,\d{3})+(\.\d*)?$/;
/** One separator followed by exactly three digits: "2.000" is 2 here but 2000 in much of Europe, "2,000" the reverse. */
const AMBIGUOUS = /^[-+$€£¥(]*\s*\d{1,3}[.,]\d{3}\)?$/;
const PLAIN = /^(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/** How a cell value reads in a message: 'n/a' for text, #N/A for errors, TRUE for booleans. */
export function showValue(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "(blank)";
  if (isCellError(value)) return value.error;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "an invalid date" : value.toISOString().slice(0, 10);
  if (typeof value === "string") return `'${value.trim()}'`;
  return String(value);
}

/** Numeric text -> number, or null. Handles sign, currency symbol, thousands separators, (negative). */
export function parseNumericText(text: string): number | null {
  let s = text.trim();
  let sign = 1;
  if (s.startsWith("(") && s.endsWith(")")) {
    sign = -1;
    s = s.slice(1, -1).trim();
  }
  if (s.startsWith("-") || s.startsWith("+") || s.startsWith("\u2212")) {
    if (s[0] !== "+") sign = -sign;
    s = s.slice(1).trim();
  }
  const c = s.charCodeAt(0);
  if (c === 36 || c === 0x20ac || c === 0xa3 || c === 0xa5) s = s.slice(1).trim(); // $ € £ ¥
  if (s.indexOf(" ") >= 0 || s.indexOf("\u00a0") >= 0 || s.indexOf("\u202f") >= 0) {
    // "1 234 567": spaces as thousands separators, only between groups of three digits.
    const joined = s.replace(/[\s\u00a0\u202f]/g, "");
    if (!/^\d{1,3}([\s\u00a0\u202f]\d{3})+(\.\d*)?$/.test(s)) return null;
    s = joined;
  }
  if (s.indexOf(",") >= 0) {
    if (!THOUSANDS.test(s)) return null;
    s = s.replace(/,/g, "");
  }
  if (!PLAIN.test(s)) return null;
  const n = Number(s) * sign;
  return Number.isFinite(n) ? n : null;
}

function bounded(value: number, shown: string): ParsedNumber {
  if (Math.abs(value) <= MAX_PLAN_MAGNITUDE) return { kind: "number", value };
  return { kind: "invalid", shown, excelError: false, tooLarge: Number.isFinite(value) };
}

export function parseNumber(value: CellValue | undefined): ParsedNumber {
  if (typeof value === "number") return bounded(value, String(value));
  if (isBlank(value)) return { kind: "blank" };
  if (typeof value === "string") {
    const n = parseNumericText(value);
    if (n !== null) {
      const parsed = bounded(n, showValue(value));
      return parsed.kind === "number" && AMBIGUOUS.test(value.trim()) ? { ...parsed, ambiguous: value.trim() } : parsed;
    }
  }
  return { kind: "invalid", shown: showValue(value), excelError: isCellError(value) };
}
