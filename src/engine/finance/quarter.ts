/** Calendar quarter of a monthly period: "2027-02" -> "2027-Q1" (finance reviews budgets by quarter). */
import type { Period } from "../model";

export function quarterOf(period: Period): string {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  if (!m) return period;
  return `${m[1]}-Q${Math.floor((Number(m[2]) - 1) / 3) + 1}`;
}
