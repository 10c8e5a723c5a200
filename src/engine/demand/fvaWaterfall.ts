import type { DemandRow, Period } from "../model";
import type { FvaStep } from "./types";
import { windowSeries, type WindowSeries } from "./windowSeries";
import { ratio } from "./ratio";

export const NAIVE_FORECAST = "Naive forecast";

/**
 * The forecast value added waterfall (Gilliland, "The Business Forecasting Deal", "FVA analysis"):
 * WMAPE of the naive forecast, then of each forecast column in the order the process produces them
 * (Statistical -> Sales -> Consensus, i.e. the sheet's order), with the value each step added.
 * All families are pooled, and only family-periods where the actual, the naive forecast and every
 * column are present count, so every step is measured on the same demand and the steps add up.
 */
export function fvaWaterfall(
  rows: readonly DemandRow[],
  families: readonly string[],
  columns: readonly string[],
  window: readonly Period[],
): { steps: FvaStep[]; periods: number } {
  return fvaWaterfallOf(windowSeries(rows, families, columns, window), columns);
}

function everyPresent(values: readonly (readonly (number | null)[])[], i: number): boolean {
  for (const v of values) if (v[i] === null || v[i] === undefined) return false;
  return true;
}

/** The waterfall from series the review already gathered (see windowSeries.ts). */
export function fvaWaterfallOf(
  series: readonly WindowSeries[],
  columns: readonly string[],
): { steps: FvaStep[]; periods: number } {
  const labels = [NAIVE_FORECAST, ...columns];
  // WMAPE = Σ|A − F| / ΣA (wmape.ts), summed as we go: every step counts the same family-periods, so
  // they share ΣA and only the absolute errors differ.
  const absError = labels.map(() => 0);
  let volume = 0;
  let periods = 0;
  for (const s of series) {
    const values = [s.naive, ...columns.map((c) => s.forecasts.get(c) ?? [])];
    for (let i = 0; i < s.actual.length; i++) {
      const actual = s.actual[i];
      if (actual === null || !everyPresent(values, i)) continue;
      for (let step = 0; step < values.length; step++) absError[step] += Math.abs(actual - (values[step][i] as number));
      volume += actual;
      periods++;
    }
  }
  const wmapes = absError.map((e) => (periods === 0 ? null : ratio(e, volume)));
  const steps = labels.map((step, i) => {
    const prev = i === 0 ? null : wmapes[i - 1];
    const cur = wmapes[i];
    return { step, wmape: cur, valueAdded: i === 0 || prev === null || cur === null ? null : prev - cur };
  });
  return { steps, periods };
}
