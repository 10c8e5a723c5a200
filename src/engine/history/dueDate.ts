/**
 * The Due of a decision as a planner types it into the agenda: a date (an Excel serial in a date
 * format in Excel, a Date from an .xlsx file) or text. Dates become "YYYY-MM-DD" so they can be
 * compared with the cycle; text the engine cannot read as a date is kept as typed, never lost.
 */
import { type CellValue, isBlank, isCellError } from "../grid";
import type { Period } from "../model";
import { isDateFormat } from "../read/parsePeriod";

const MS_PER_DAY = 86_400_000;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
/** Serials of 1950-01-01 .. 2099-12-31, as the period reader accepts. */
const MIN_SERIAL = 18_264;
const MAX_SERIAL = 73_050;

const iso = (d: Date) => d.toISOString().slice(0, 10);

export function dueText(value: CellValue | undefined, format: string | null = null): string | null {
  if (value === undefined || value === null || isBlank(value)) return null;
  if (isCellError(value)) return value.error;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    // Hosts hand over midnight UTC or local midnight: the nearest UTC day is the typed day.
    return iso(new Date(Math.round(value.getTime() / MS_PER_DAY) * MS_PER_DAY));
  }
  if (typeof value === "number") {
    // A number in a date format, or a whole number in the serial range of a Due column, is a date.
    if ((isDateFormat(format) || format === null) && value >= MIN_SERIAL && value <= MAX_SERIAL) {
      return iso(new Date(EXCEL_EPOCH_MS + Math.floor(value) * MS_PER_DAY));
    }
    return String(value);
  }
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  const text = value.trim();
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:T.*)?$/.exec(text);
  if (m) {
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    if (d.getUTCMonth() === Number(m[2]) - 1) return iso(d);
  }
  return text;
}

/** The due date as a Date (for writing it back as a date), or null when it is text. */
export function dueAsDate(due: string | null): Date | null {
  if (due === null || !/^\d{4}-\d{2}-\d{2}$/.test(due)) return null;
  return new Date(`${due}T00:00:00Z`);
}

/** Overdue = due before the first day of the cycle's month ("due before this cycle"). */
export function isDueBefore(due: string | null, cycle: Period): boolean {
  return dueAsDate(due) !== null && (due as string) < `${cycle}-01`;
}
