/**
 * Forecast accuracy at lag (SPEC "Month over month"): the lag-k forecast of month m is the demand plan
 * for m in the snapshot of cycle m − k. Measured per family and for all families against this cycle's
 * actuals, with the demand review's metric functions (WMAPE, bias %, tracking signal), over the same
 * window of months with actuals as the demand review.
 *
 * The all-families row follows the Demand Review's roll-up: WMAPE and bias % pool every family-month;
 * the tracking signal is that of the all-families total per month, so it stays on the ±limit scale.
 */
import { shiftPeriod } from "../capacity/shiftPeriod";
import { biasPct, type ForecastPair, totalActual, totalSeries, trackingSignal, wmape } from "../demand";
import type { Period, PlanningModel } from "../model";
import type { LagAccuracy, LagAccuracyRow, LagTrendPoint, SnapshotRow } from "./types";

/** The lags measured when history allows (SPEC): same month, one month and three months ahead. */
export const LAGS = [0, 1, 3] as const;

export const TOTAL = "total";

/**
 * @param snapshots earlier cycles' snapshots (any cycle; only cycle m − k of a month m is used)
 * @param window the months with actuals to measure, sorted
 */
export function lagAccuracy(
  model: PlanningModel,
  snapshots: readonly SnapshotRow[],
  window: readonly Period[],
): LagAccuracy | null {
  const plan = new Map<string, number>();
  for (const s of snapshots) if (s.demandPlan !== null) plan.set(`${s.cycle}|${s.family}|${s.period}`, s.demandPlan);
  const months = new Set(window);
  const actuals = new Map<string, Map<Period, number>>();
  for (const row of model.demand.rows) {
    if (row.actual === null || !months.has(row.period)) continue;
    const byPeriod = actuals.get(row.family) ?? new Map<Period, number>();
    if (!byPeriod.has(row.period)) byPeriod.set(row.period, row.actual);
    actuals.set(row.family, byPeriod);
  }

  const rows: LagAccuracyRow[] = [];
  const trend: LagTrendPoint[] = [];
  const lags: number[] = [];
  for (const lag of LAGS) {
    const evidence = model.families.map((family) => {
      const pairs: ForecastPair[] = [];
      const pairPeriods: Period[] = [];
      for (const period of window) {
        const actual = actuals.get(family)?.get(period);
        const forecast = plan.get(`${shiftPeriod(period, -lag)}|${family}|${period}`);
        if (actual === undefined || forecast === undefined) continue;
        pairs.push({ actual, forecast });
        pairPeriods.push(period);
      }
      return { family, pairs, pairPeriods };
    });
    const pooled = evidence.flatMap((e) => e.pairs);
    if (pooled.length === 0) continue; // history does not reach back this far yet
    lags.push(lag);
    for (const e of evidence) {
      if (e.pairs.length === 0) continue;
      rows.push({
        family: e.family,
        lag,
        n: e.pairs.length,
        wmape: wmape(e.pairs),
        biasPct: biasPct(e.pairs),
        trackingSignal: trackingSignal(e.pairs),
      });
    }
    const total = totalSeries(evidence);
    rows.push({
      family: TOTAL,
      lag,
      n: total.length,
      wmape: wmape(pooled),
      biasPct: biasPct(pooled),
      trackingSignal: trackingSignal(total),
    });
    for (const period of window) {
      const inMonth = evidence.flatMap((e) => e.pairs.filter((_, i) => e.pairPeriods[i] === period));
      if (inMonth.length === 0) continue;
      trend.push({
        period,
        lag,
        actual: totalActual(inMonth),
        forecast: inMonth.reduce((s, p) => s + p.forecast, 0),
        wmape: wmape(inMonth),
        biasPct: biasPct(inMonth),
      });
    }
  }
  return lags.length === 0 ? null : { lags, periods: [...window], rows, trend };
}
