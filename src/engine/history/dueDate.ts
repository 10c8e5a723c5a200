/**
 * The Due of a decision as a planner types it into the agenda: a date (an Excel serial in a date
 * format in Excel, a Date from an .xlsx file) or text. Dates, and text that can only mean one day
 * (./dueFromText.ts), become "YYYY-MM-DD" so they can be compared with the cycle; other text is kept
 * as typed, never lost, with a problem to report.
 */
import { type CellValue, isBlank, isCellError } from "../grid";
import type { Period } from "../model";
import { showValue } from "../read/parseNumber";
import { isDateFormat } from "../read/parsePeriod";
import { dueFromText } from "./dueFromText";

const MS_PER_DAY = 86_400_000;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
/** Serials of 1950-01-01 .. 2099-12-31, as the period reader accepts. */
const MIN_SERIAL = 18_264;
const MAX_SERIAL = 73_050;

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** A Due read: "YYYY-MM-DD" or the text as typed (null when blank), and why it is not a date. */
export interface DueRead {
  due: string | null;
  /** "Due 'end of Oct' is not a date; type it as 2026-10-31"; null when blank or a date. */
  problem: string | null;
}

const longDate = (d: string) =>
  new Date(`${d}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "long", timeZone: "UTC" });

/**
 * @param cycle the decision's cycle, for the suggestion made for a month named without a year.
 */
export function readDue(value: CellValue | undefined, format: string | null = null, cycle: Period | null = null): DueRead {
  if (value === undefined || value === null || isBlank(value)) return { due: null, problem: null };
  const notADate = (due: string, suggestion: string | null = null): DueRead => ({
    due,
    problem: `Due ${showValue(value)} is not a date; type it as ${suggestion ?? "a date (such as 2026-10-31 or 31 Oct 2026)"}`,
  });
  if (isCellError(value)) return notADate(value.error);
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { due: null, problem: null };
    // Hosts hand over midnight UTC or local midnight: the nearest UTC day is the typed day.
    return { due: iso(new Date(Math.round(value.getTime() / MS_PER_DAY) * MS_PER_DAY)), problem: null };
  }
  if (typeof value === "number") {
    // A number in a date format, or a whole number in the serial range of a Due column, is a date.
    if ((isDateFormat(format) || format === null) && value >= MIN_SERIAL && value <= MAX_SERIAL) {
      return { due: iso(new Date(EXCEL_EPOCH_MS + Math.floor(value) * MS_PER_DAY)), problem: null };
    }
    return notADate(String(value));
  }
  if (typeof value === "boolean") return notADate(value ? "TRUE" : "FALSE");
  const text = value.trim();
  const read = dueFromText(text, cycle);
  if (read.kind === "date") return { due: read.date, problem: null };
  if (read.kind === "ambiguous") {
    const [dayFirst, monthFirst] = read.dates;
    return {
      due: text,
      problem:
        `Due ${showValue(value)} could be ${longDate(dayFirst)} or ${longDate(monthFirst)} ${dayFirst.slice(0, 4)}; ` +
        `type it as ${dayFirst} or ${monthFirst}`,
    };
  }
  return notADate(text, read.suggestion);
}

export function dueText(value: CellValue | undefined, format: string | null = null): string | null {
  return readDue(value, format).due;
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
