import type { Period } from "../model";
import type { DemandHistory } from "./demandHistory";
import type { ForecastPair } from "./forecastPair";
import { naiveForecast } from "./naiveForecast";
import type { FvaStep } from "./types";
import { wmape } from "./wmape";

export const NAIVE_FORECAST = "Naive forecast";

/**
 * The forecast value added waterfall (Gilliland, "The Business Forecasting Deal", "FVA analysis"):
 * WMAPE of the naive forecast, then of each forecast column in the order the process produces them
 * (Statistical -> Sales -> Consensus, i.e. the sheet's order), with the value each step added.
 * All families are pooled, and only family-periods where the actual, the naive forecast and every
 * column are present count, so every step is measured on the same demand and the steps add up.
 */
export function fvaWaterfall(
  history: DemandHistory,
  families: readonly string[],
  columns: readonly string[],
  window: readonly Period[],
): { steps: FvaStep[]; periods: number } {
  const labels = [NAIVE_FORECAST, ...columns];
  const pairsByStep: ForecastPair[][] = labels.map(() => []);
  let periods = 0;
  for (const family of families) {
    const actualOf = (p: Period) => history.actual(family, p);
    for (const period of window) {
      const actual = actualOf(period);
      if (actual === null) continue;
      const values = [naiveForecast(period, actualOf), ...columns.map((c) => history.forecast(family, c, period))];
      if (values.some((v) => v === null)) continue;
      values.forEach((v, i) => pairsByStep[i].push({ actual, forecast: v as number }));
      periods++;
    }
  }
  const wmapes = pairsByStep.map((pairs) => wmape(pairs));
  const steps = labels.map((step, i) => {
    const prev = i === 0 ? null : wmapes[i - 1];
    const cur = wmapes[i];
    return { step, wmape: cur, valueAdded: i === 0 || prev === null || cur === null ? null : prev - cur };
  });
  return { steps, periods };
}
