import type { Period } from "../model";

/** "2027-06" shifted by -2 months -> "2027-04" (offsets of a resource profile are whole months). */
export function shiftPeriod(period: Period, months: number): Period {
  const y = Number(period.slice(0, 4));
  const m = Number(period.slice(5, 7));
  const index = y * 12 + (m - 1) + Math.round(months);
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`;
}
