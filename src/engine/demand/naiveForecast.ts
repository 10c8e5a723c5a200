import type { Period } from "../model";

/** The month before a "YYYY-MM" period ("2026-01" -> "2025-12"); null for text that is not a period. */
export function previousPeriod(period: Period): Period | null {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  if (!m) return null;
  let year = Number(m[1]);
  let month = Number(m[2]) - 1;
  if (month === 0) {
    month = 12;
    year -= 1;
  }
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`;
}

/**
 * The naive forecast: this period's forecast is last period's actual (Gilliland, "The Business
 * Forecasting Deal", the default FVA baseline; Hyndman & Athanasopoulos, "Forecasting: Principles
 * and Practice", 3rd ed., §5.2 "naïve method"). Any forecasting process should beat it.
 * `actualOf` gives a period's actual or null; the result is null when last period has no actual.
 */
export function naiveForecast(period: Period, actualOf: (p: Period) => number | null): number | null {
  const prev = previousPeriod(period);
  return prev === null ? null : actualOf(prev);
}
