/**
 * How the baseline did and what the people added to it (SPEC "Forecast value added", "Plan against
 * baseline"):
 * - per family, the backtest's WMAPE at lag 1 and lag 3 and its lag-1 RMSE over the bias window;
 * - the FVA waterfall Naive → Baseline (its lag-1 backtest) → each forecast column in the sheet's
 *   order, per family and in total (pooled family-months), over the months where every step has a
 *   value: WMAPE, FVA against the step before and against the Baseline;
 * - planOutsideBaseline: the plan months outside the baseline's 95% interval, with the units beyond
 *   the bound and their value at the Unit Price.
 * The WMAPE and FVA definitions are the demand review's (demand/wmape.ts, demand/fvaWaterfall.ts).
 */
import type { Period, PlanningModel } from "../model";
import { windowSeries } from "../demand/windowSeries";
import { fvaWaterfallOf } from "../demand/fvaWaterfall";
import { wmape } from "../demand/wmape";
import type { ForecastPair } from "../demand/forecastPair";
import { BASELINE_COLUMN, type FamilyBaseline } from "./familyBaselines";

export interface FvaEntry {
  /** A family, or "total". */
  family: string;
  step: string;
  wmape: number | null;
  fvaPrevious: number | null;
  fvaBaseline: number | null;
  /** The family-months every step has a value for: what each step's WMAPE is measured over. */
  months: number;
}

export interface BacktestAccuracy {
  lag1Wmape: number | null;
  lag3Wmape: number | null;
  lag1Rmse: number | null;
}

export interface PlanOutside {
  family: string;
  /** The months outside the 95% interval, each with the direction and the units beyond the bound. */
  months: { period: Period; direction: "above" | "below"; unitsBeyond: number; plan: number; bound: number }[];
  unitsBeyond: number;
  /** Σ units beyond × Unit Price; null where the family has no price. */
  revenueBeyond: number | null;
}

export const NAIVE_STEP = "Naive";

function pairsOf(actual: readonly (number | null)[], forecast: readonly (number | null)[]): ForecastPair[] {
  const pairs: ForecastPair[] = [];
  actual.forEach((a, i) => {
    const f = forecast[i];
    if (a !== null && f !== null && f !== undefined) pairs.push({ actual: a, forecast: f });
  });
  return pairs;
}

export function backtestAccuracy(actual: readonly (number | null)[], b: FamilyBaseline): BacktestAccuracy {
  const lag1 = pairsOf(actual, b.backtest.lag1);
  const rmse = lag1.length === 0 ? null : Math.sqrt(lag1.reduce((s, p) => s + (p.actual - p.forecast) ** 2, 0) / lag1.length);
  return { lag1Wmape: wmape(lag1), lag3Wmape: wmape(pairsOf(actual, b.backtest.lag3)), lag1Rmse: rmse };
}

/** The waterfall per family (in Demand's order) and in total. */
export function fvaByStep(model: PlanningModel, baselines: readonly FamilyBaseline[], window: readonly Period[]): FvaEntry[] {
  // The forecast columns in the sheet's order, the demand plan column last: the process's final word.
  const plan = model.demand.demandPlanColumn;
  const columns = [
    ...model.demand.forecastColumns.filter((c) => c !== plan),
    ...model.demand.forecastColumns.filter((c) => c === plan),
  ];
  const byFamily = new Map(baselines.map((b) => [b.family, b]));
  const series = windowSeries(model.demand.rows, model.families, columns, window)
    .filter((s) => byFamily.has(s.family))
    .map((s) => {
      const forecasts = new Map(s.forecasts);
      forecasts.set(BASELINE_COLUMN, byFamily.get(s.family)!.backtest.lag1);
      return { ...s, forecasts };
    });
  const steps = [BASELINE_COLUMN, ...columns];
  const entries = (family: string, picked: typeof series): FvaEntry[] => {
    const { steps: result, periods } = fvaWaterfallOf(picked, steps);
    const baseline = result[1]?.wmape ?? null;
    return result.map((s, i) => ({
      months: periods,
      family,
      step: i === 0 ? NAIVE_STEP : s.step,
      wmape: s.wmape,
      fvaPrevious: s.valueAdded,
      fvaBaseline: i === 0 || baseline === null || s.wmape === null ? null : baseline - s.wmape,
    }));
  };
  return [...series.flatMap((s) => entries(s.family, [s])), ...entries("total", series)];
}

/** The family's Unit Price for a month: that month's price where Finance has one, else the family's earliest. */
export function unitPriceOf(model: PlanningModel): (family: string, period: Period) => number | null {
  const byFamily = new Map<string, NonNullable<PlanningModel["finance"]>>();
  for (const r of model.finance ?? []) {
    const list = byFamily.get(r.family);
    if (list) list.push(r);
    else byFamily.set(r.family, [r]);
  }
  return (family, period) => {
    const own = byFamily.get(family) ?? [];
    const exact = own.find((r) => r.period === period) ?? own.find((r) => r.period === null);
    if (exact) return exact.unitPrice;
    const dated = own.filter((r) => r.period !== null).sort((a, b) => (a.period! < b.period! ? -1 : 1));
    return dated[0]?.unitPrice ?? null;
  };
}

export function planOutsideBaseline(model: PlanningModel, baselines: readonly FamilyBaseline[]): PlanOutside[] {
  const column = model.demand.demandPlanColumn;
  const plan = new Map<string, number>();
  for (const r of model.demand.rows) {
    const v = r.forecasts[column];
    const key = `${r.family}\u0000${r.period}`;
    if (v != null && !plan.has(key)) plan.set(key, v);
  }
  const price = unitPriceOf(model);
  const out: PlanOutside[] = [];
  for (const b of baselines) {
    if (b.lo95 === null || b.hi95 === null) continue;
    const months: PlanOutside["months"] = [];
    let revenue = 0;
    let priced = true;
    b.periods.forEach((period, i) => {
      const p = plan.get(`${b.family}\u0000${period}`);
      if (p === undefined) return;
      const above = p - b.hi95![i];
      const below = b.lo95![i] - p;
      if (above <= 1e-9 && below <= 1e-9) return;
      const direction = above > 0 ? "above" : "below";
      const unitsBeyond = Math.max(above, below);
      months.push({ period, direction, unitsBeyond, plan: p, bound: direction === "above" ? b.hi95![i] : b.lo95![i] });
      const u = price(b.family, period);
      if (u === null) priced = false;
      else revenue += unitsBeyond * u;
    });
    if (months.length === 0) continue;
    out.push({
      family: b.family,
      months,
      unitsBeyond: months.reduce((s, m) => s + m.unitsBeyond, 0),
      revenueBeyond: priced ? revenue : null,
    });
  }
  return out.sort((a, b) => (b.revenueBeyond ?? b.unitsBeyond) - (a.revenueBeyond ?? a.unitsBeyond));
}

export interface BaselineReview {
  accuracy: Map<string, BacktestAccuracy>;
  fva: FvaEntry[];
  outside: PlanOutside[];
}

export function reviewBaseline(
  model: PlanningModel,
  baselines: readonly FamilyBaseline[],
  window: readonly Period[],
): BaselineReview {
  const actuals = new Map(windowSeries(model.demand.rows, model.families, [], window).map((s) => [s.family, s.actual]));
  const accuracy = new Map(baselines.map((b) => [b.family, backtestAccuracy(actuals.get(b.family) ?? [], b)]));
  return { accuracy, fva: fvaByStep(model, baselines, window), outside: planOutsideBaseline(model, baselines) };
}
