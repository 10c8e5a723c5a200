/** The sample's calendar: 24 months of history then 18 months of plan, as "YYYY-MM" buckets. */

/** `count` consecutive months starting at `first` ("2024-11"). */
export function monthRange(first: string, count: number): string[] {
  const [y0, m0] = first.split("-").map(Number);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const k = y0 * 12 + (m0 - 1) + i;
    out.push(`${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, "0")}`);
  }
  return out;
}

export const HISTORY_PERIODS = monthRange("2024-11", 24);
export const PLAN_PERIODS = monthRange("2026-11", 18);
export const ALL_PERIODS = [...HISTORY_PERIODS, ...PLAN_PERIODS];

/** "2027-01" -> the first of that month at UTC midnight (a whole Excel serial day when written). */
export function periodDate(period: string): Date {
  const [y, m] = period.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, 1));
}

/** Calendar month index 0..11 of "YYYY-MM". */
export function calendarMonth(period: string): number {
  return Number(period.slice(5, 7)) - 1;
}
