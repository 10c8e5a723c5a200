/**
 * Forecast accuracy (1 − WMAPE) of the demand plan column by month, all families pooled, over the
 * review window: the month's family pairs (actual, forecast) through the demand review's own wmape
 * (SPEC "Conventions": WMAPE = Σ|e| / ΣA). null for a month without pairs or whose actuals add up to 0.
 */
import { completePairs, type ForecastPair } from "../demand/forecastPair";
import { wmape } from "../demand/wmape";
import type { Period, PlanningModel } from "../model";

export interface AccuracyPoint {
  period: Period;
  /** Family-months with both an actual and a forecast. */
  n: number;
  accuracy: number | null;
}

export function accuracyTrend(model: PlanningModel, window: readonly Period[]): AccuracyPoint[] {
  const column = model.demand.demandPlanColumn;
  const byMonth = new Map<Period, ForecastPair[]>(window.map((p) => [p, []]));
  for (const row of model.demand.rows) {
    const pairs = byMonth.get(row.period);
    if (pairs) pairs.push(...completePairs([row.actual], [row.forecasts[column]]));
  }
  return window.map((period) => {
    const pairs = byMonth.get(period) ?? [];
    const w = wmape(pairs);
    return { period, n: pairs.length, accuracy: w === null ? null : 1 - w };
  });
}
