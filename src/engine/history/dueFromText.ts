/**
 * A Due typed as text, read as a date where it can only mean one day (SPEC "Nothing typed into the
 * pack is lost"): 2026-10-15 (and 2026/10/15), 15 Oct 2026, Oct 15 2026 (month names in full or
 * short, a comma or ordinal allowed), and day/month/year or month/day/year where one of the two is
 * above 12 (15/10/2026, 10/15/2026). 05/10/2026 could be the 5th of October or the 10th of May: it
 * is not guessed. Years have four digits; a day the month does not have (31 Apr) is not a date.
 */
import type { Period } from "../model";

export type TextDue =
  | { kind: "date"; date: string }
  | { kind: "ambiguous"; dates: [string, string] }
  | { kind: "notADate"; suggestion: string | null };

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** 1..12 for "Oct", "october", "Sept"; null otherwise. */
function monthOf(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, "");
  if (w === "sept") return 9;
  const i = MONTHS.indexOf(w.slice(0, 3));
  if (i < 0) return null;
  // The short name, or the full name (or a prefix of it at least three letters long).
  return MONTH_NAMES[i].toLowerCase().startsWith(w) ? i + 1 : null;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** "YYYY-MM-DD" when the day exists in that month, else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2999) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? `${year}-${pad(month)}-${pad(day)}` : null;
}

const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

const WEEKDAY = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+/i;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const NAME = String.raw`([A-Za-z]{3,9}\.?)`;

/**
 * @param cycle the cycle the decision belongs to: a suggestion for a month named without a year
 *   ("end of Oct") takes that month nearest the cycle.
 */
export function dueFromText(typed: string, cycle: Period | null = null): TextDue {
  const text = typed.trim().replace(WEEKDAY, "").replace(/\s+/g, " ");
  const date = (d: string | null): TextDue | null => (d ? { kind: "date", date: d } : null);

  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:T.*)?$/.exec(text);
  if (m) return date(isoDate(+m[1], +m[2], +m[3])) ?? notADate(text, cycle);

  // 15 Oct 2026, 15-Oct-2026, 15. October 2026, 15th of October, 2026
  m = new RegExp(String.raw`^${DAY}\.?[ -](?:of )?${NAME},?[ -](\d{4})$`, "i").exec(text);
  if (m && monthOf(m[2])) return date(isoDate(+m[3], monthOf(m[2])!, +m[1])) ?? notADate(text, cycle);

  // Oct 15 2026, October 15, 2026, Oct 15th 2026
  m = new RegExp(String.raw`^${NAME}[ -]${DAY},?[ -](\d{4})$`, "i").exec(text);
  if (m && monthOf(m[1])) return date(isoDate(+m[3], monthOf(m[1])!, +m[2])) ?? notADate(text, cycle);

  // 15/10/2026 (day first) or 10/15/2026 (month first): read only where one of the two is above 12.
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (m) {
    const [a, b, year] = [+m[1], +m[2], +m[3]];
    const dayFirst = isoDate(year, b, a);
    const monthFirst = isoDate(year, a, b);
    if (dayFirst && monthFirst && dayFirst !== monthFirst) return { kind: "ambiguous", dates: [dayFirst, monthFirst] };
    return date(dayFirst ?? monthFirst) ?? notADate(text, cycle);
  }
  return notADate(text, cycle);
}

/** The year whose `month` is nearest the cycle's month (the later one of two as near). */
function nearestYear(month: number, cycle: Period | null): number {
  if (!cycle) return new Date().getUTCFullYear();
  const [y, m] = [+cycle.slice(0, 4), +cycle.slice(5, 7)];
  const diff = month - m; // -11..11
  return diff > 6 ? y - 1 : diff < -5 ? y + 1 : y;
}

/**
 * What to type instead, where the text names a month: its last day ("end of Oct" → 2026-10-31), the
 * 15th for "mid", the 1st for "early", "start" or "beginning"; the year as written, else that of
 * the month nearest the cycle's (in cycle 2026-11, Oct is 2026-10 and Mar is 2027-03). null when the
 * text names no month.
 */
function notADate(text: string, cycle: Period | null): TextDue {
  const words = text.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const month = words.map(monthOf).find((x) => x !== null) ?? null;
  if (month === null) return { kind: "notADate", suggestion: null };
  const written = words.find((w) => /^\d{4}$/.test(w));
  const year = written ? +written : nearestYear(month, cycle);
  const day = /\bmid/i.test(text) ? 15 : /\b(early|start|beginning)\b/i.test(text) ? 1 : lastDay(year, month);
  return { kind: "notADate", suggestion: isoDate(year, month, day) };
}
