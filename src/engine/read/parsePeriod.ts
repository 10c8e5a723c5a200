/**
 * Period parsing: every form a planner types or Excel stores for a month, bucketed to "YYYY-MM".
 *
 * Accepted: Excel date serials (1900 date system), Date objects, yyyymm numbers (202601),
 * "2026-01", "2026/1", "2026-01-15", "2026-01-15T00:00:00", "Jan 2026", "January 2026", "Jan-26",
 * "15-Jan-2026", "2026 Jan", "01/2026", "1/15/2026" (US month/day/year; day/month/year when the first
 * number cannot be a month). A date inside a month is bucketed to that month.
 */
import type { CellValue } from "../grid";
import { isCellError } from "../grid";
import type { Period } from "../model";

const MS_PER_DAY = 86_400_000;
/** Excel's serial 0 is 1899-12-30 in the 1900 date system (the phantom 1900-02-29 sits below our range). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
/** Serials plausible as a planning month: 1950-01-01 .. 2099-12-31. Other numbers are quantities, not dates. */
const MIN_SERIAL = 18_264;
const MAX_SERIAL = 73_050;

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

function bucket(year: number, month: number): Period | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || year < 1900 || year > 2199 || month < 1 || month > 12) {
    return null;
  }
  return `${year}-${month < 10 ? "0" : ""}${month}`;
}

/** Excel date serial -> month. Fractions (times of day) stay in their day. */
export function serialToPeriod(serial: number): Period | null {
  if (!Number.isFinite(serial) || serial < MIN_SERIAL || serial > MAX_SERIAL) return null;
  const d = new Date(EXCEL_EPOCH_MS + Math.floor(serial) * MS_PER_DAY);
  return bucket(d.getUTCFullYear(), d.getUTCMonth() + 1);
}

/**
 * Date -> month. Hosts hand over dates at midnight, either UTC (ExcelJS) or local time; rounding to
 * the nearest UTC day puts both on the intended calendar day for any time zone within +-12 hours.
 */
export function dateToPeriod(d: Date): Period | null {
  const t = d.getTime();
  if (Number.isNaN(t)) return null;
  const day = new Date(Math.round(t / MS_PER_DAY) * MS_PER_DAY);
  return bucket(day.getUTCFullYear(), day.getUTCMonth() + 1);
}

/** True when an Excel number format shows a date (d, y, or mmm), so a number in it is a serial. */
export function isDateFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  // Strip quoted literals and [colour]/[locale] sections before looking for date tokens.
  const f = format.replace(/"[^"]*"|\[[^\]]*\]/g, "").toLowerCase();
  return /[dy]/.test(f) || f.includes("mmm");
}

/** 202601 -> "2026-01"; otherwise a plausible serial; otherwise not a period. */
function numberToPeriod(n: number, format: string | null | undefined): Period | null {
  if (isDateFormat(format)) return serialToPeriod(n);
  if (Number.isInteger(n) && n >= 190_001 && n <= 219_912) {
    const p = bucket(Math.floor(n / 100), n % 100);
    if (p) return p;
  }
  return serialToPeriod(n);
}

/** "Jan", "Sept", "january" -> 1..12, or 0. A word must be a prefix of the month's name, at least 3 letters. */
export function monthFromName(word: string): number {
  const w = word.toLowerCase();
  if (w.length < 3) return 0;
  for (let i = 0; i < 12; i++) if (MONTHS[i].startsWith(w)) return i + 1;
  return 0;
}

function fullYear(y: string): number {
  const n = Number(y);
  return y.length === 2 ? 2000 + n : n;
}

const ISO = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?(?:[T ][\d:.]*Z?)?$/;
const MDY = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;
const MY = /^(\d{1,2})[-/.](\d{4})$/;
const NAME_YEAR = /^([A-Za-z]+)\.?[\s\-/']*(\d{4}|\d{2})$/;
const DAY_NAME_YEAR = /^(\d{1,2})[\s\-/]+([A-Za-z]+)\.?[\s\-/,]+(\d{4}|\d{2})$/;
const YEAR_NAME = /^(\d{4})[\s\-/]*([A-Za-z]+)$/;
const YEAR_M = /^(\d{4})\s*-?\s*[Mm](\d{1,2})$/;

function textToPeriod(raw: string): Period | null {
  const s = raw.trim();
  if (s === "") return null;
  const c = s.charCodeAt(0);
  const startsWithDigit = c >= 48 && c <= 57;
  let m: RegExpExecArray | null;
  if (startsWithDigit) {
    if (/^\d+$/.test(s)) return numberToPeriod(Number(s), null);
    if ((m = ISO.exec(s))) {
      if (m[3] !== undefined && (Number(m[3]) < 1 || Number(m[3]) > 31)) return null;
      return bucket(Number(m[1]), Number(m[2]));
    }
    if ((m = MDY.exec(s))) {
      const a = Number(m[1]);
      const b = Number(m[2]);
      // US order (month/day) unless the first number cannot be a month.
      const [month, day] = a > 12 ? [b, a] : [a, b];
      if (day < 1 || day > 31) return null;
      return bucket(Number(m[3]), month);
    }
    if ((m = MY.exec(s))) return bucket(Number(m[2]), Number(m[1]));
    if ((m = DAY_NAME_YEAR.exec(s))) {
      const month = monthFromName(m[2]);
      return month ? bucket(fullYear(m[3]), month) : null;
    }
    if ((m = YEAR_NAME.exec(s))) {
      const month = monthFromName(m[2]);
      return month ? bucket(Number(m[1]), month) : null;
    }
    if ((m = YEAR_M.exec(s))) return bucket(Number(m[1]), Number(m[2]));
    return null;
  }
  if ((m = NAME_YEAR.exec(s))) {
    const month = monthFromName(m[1]);
    return month ? bucket(fullYear(m[2]), month) : null;
  }
  return null;
}

/** Any cell value -> "YYYY-MM", or null when it is not a month. */
export function parsePeriod(value: CellValue | undefined, format?: string | null): Period | null {
  if (value === null || value === undefined || typeof value === "boolean" || isCellError(value)) return null;
  if (value instanceof Date) return dateToPeriod(value);
  if (typeof value === "number") return numberToPeriod(value, format);
  return textToPeriod(value);
}
