/** Calendar quarter of a monthly period: "2027-02" -> "2027-Q1" (finance reviews budgets by quarter). */
import type { Period } from "../model";

export function quarterOf(period: Period): string {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  if (!m) return period;
  return `${m[1]}-Q${Math.floor((Number(m[2]) - 1) / 3) + 1}`;
}

/**
 * A quarter as a reader should see it: "2026-Q4 (2 of 3 mo.)" where the periods cover only
 * part of it (a horizon starting or ending mid-quarter), so its totals are not compared with full ones.
 */
export function quarterLabel(quarter: string, periods: readonly Period[]): string {
  const months = periods.filter((p) => quarterOf(p) === quarter).length;
  return months > 0 && months < 3 ? `${quarter} (${months} of 3 mo.)` : quarter;
}
