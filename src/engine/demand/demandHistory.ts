import type { DemandRow, DemandTable, Period } from "../model";

/**
 * The Demand sheet indexed by family and period, so the review can look up "Blenders, 2026-03,
 * Sales Forecast" directly. Where a family x period appears twice the first row wins (the readers
 * report duplicates as data-quality findings; the review must not crash on them).
 */
export interface DemandHistory {
  row(family: string, period: Period): DemandRow | undefined;
  actual(family: string, period: Period): number | null;
  forecast(family: string, column: string, period: Period): number | null;
}

/** A demand cell's number, or null where it is blank or not a finite number. */
export function finiteOrNull(v: number | null | undefined): number | null {
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}

export function indexDemand(table: DemandTable): DemandHistory {
  const byFamily = new Map<string, Map<Period, DemandRow>>();
  for (const r of table.rows) {
    let periods = byFamily.get(r.family);
    if (!periods) {
      periods = new Map();
      byFamily.set(r.family, periods);
    }
    if (!periods.has(r.period)) periods.set(r.period, r);
  }
  const row = (family: string, period: Period) => byFamily.get(family)?.get(period);
  return {
    row,
    actual: (family, period) => finiteOrNull(row(family, period)?.actual),
    forecast: (family, column, period) => finiteOrNull(row(family, period)?.forecasts?.[column]),
  };
}
