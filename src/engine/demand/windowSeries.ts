import type { DemandRow, Period } from "../model";
import { finiteOrNull } from "./demandHistory";
import { previousPeriod } from "./naiveForecast";

/**
 * One family's demand over the review window, as arrays aligned with the window's periods, so every
 * forecast column, baseline and the FVA waterfall read the same values without looking them up again
 * (2,000 families x 4 columns x 12 months would otherwise repeat the same map look-ups and month
 * arithmetic hundreds of thousands of times).
 */
export interface WindowSeries {
  family: string;
  /** The Demand row of each window period (undefined where the family has none). */
  rows: (DemandRow | undefined)[];
  actual: (number | null)[];
  /** The naive forecast of each window period: the previous month's actual (see naiveForecast.ts). */
  naive: (number | null)[];
  /** Each forecast column's values over the window, by column name. */
  forecasts: Map<string, (number | null)[]>;
}

/**
 * Each family's window series, in the order of `families`, in one pass over the Demand rows. Where a
 * family x period appears twice the first row wins, as in indexDemand (the readers report duplicates).
 */
export function windowSeries(
  rows: readonly DemandRow[],
  families: readonly string[],
  columns: readonly string[],
  window: readonly Period[],
): WindowSeries[] {
  const slot = new Map<Period, number>(window.map((p, i) => [p, i]));
  // The month before each window month feeds that month's naive forecast.
  const previousSlot = new Map<Period, number>();
  window.forEach((p, i) => {
    const prev = previousPeriod(p);
    if (prev !== null) previousSlot.set(prev, i);
  });
  const byFamily = new Map<string, { rows: (DemandRow | undefined)[]; previous: (DemandRow | undefined)[] }>();
  for (const family of families) {
    byFamily.set(family, { rows: new Array(window.length).fill(undefined), previous: new Array(window.length).fill(undefined) });
  }
  for (const r of rows) {
    const f = byFamily.get(r.family);
    if (!f) continue;
    const i = slot.get(r.period);
    if (i !== undefined && f.rows[i] === undefined) f.rows[i] = r;
    const j = previousSlot.get(r.period);
    if (j !== undefined && f.previous[j] === undefined) f.previous[j] = r;
  }
  return families.map((family) => {
    const f = byFamily.get(family) as { rows: (DemandRow | undefined)[]; previous: (DemandRow | undefined)[] };
    const forecasts = new Map<string, (number | null)[]>();
    for (const column of columns)
      forecasts.set(
        column,
        f.rows.map((r) => finiteOrNull(r?.forecasts?.[column])),
      );
    return {
      family,
      rows: f.rows,
      actual: f.rows.map((r) => finiteOrNull(r?.actual)),
      naive: f.previous.map((r) => finiteOrNull(r?.actual)),
      forecasts,
    };
  });
}
