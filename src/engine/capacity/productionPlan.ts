/**
 * The quantities that load the resources, by family: the production months and units, in the order
 * of the sheet's rows (the order the load adds them up).
 *
 * The supply review checks the production plan (Supply: Planned Production) — "can we make the plan".
 * The same check on the demand plan (the model's demand plan column, Consensus Forecast) says
 * "can we meet demand"; without a Supply sheet it is the only plan there is. Scenario factors are
 * applied by the capacity kernel, so these are read once per model.
 */
import type { PlanningModel, Period } from "../model";

export interface PlanQuantities {
  /** The production months the plan names (first seen first). */
  periods: Period[];
  /** Per family: positions in `periods` and units, one per month. */
  byFamily: Map<string, { period: number[]; quantity: number[] }>;
}

/** A duplicated family x period keeps its first row (the reader reports the duplicate). Periods before
 * the first plan period are history and left out. */
function quantities<R>(
  model: PlanningModel,
  rows: readonly R[],
  family: (row: R) => string,
  period: (row: R) => Period,
  quantity: (row: R) => number | null | undefined,
): PlanQuantities {
  const plan: PlanQuantities = { periods: [], byFamily: new Map() };
  const first = model.planPeriods[0];
  if (first === undefined) return plan;
  const periodIndex = new Map<Period, number>();
  const seen = new Map<string, Set<number>>();
  for (const row of rows) {
    const p = period(row);
    const q = quantity(row);
    if (p < first || q === null || q === undefined || !Number.isFinite(q)) continue;
    let t = periodIndex.get(p);
    if (t === undefined) periodIndex.set(p, (t = plan.periods.push(p) - 1));
    const f = family(row);
    let months = plan.byFamily.get(f);
    let done = seen.get(f);
    if (!months || !done) {
      plan.byFamily.set(f, (months = { period: [], quantity: [] }));
      seen.set(f, (done = new Set()));
    }
    if (done.has(t)) continue;
    done.add(t);
    months.period.push(t);
    months.quantity.push(q);
  }
  return plan;
}

/** Planned Production by family and period from Supply. */
export function supplyPlanQuantities(model: PlanningModel): PlanQuantities {
  return quantities(
    model,
    model.supply ?? [],
    (r) => r.family,
    (r) => r.period,
    (r) => r.plannedProduction,
  );
}

/** The demand plan column by family and period, over the plan horizon (periods without actuals). */
export function demandPlanQuantities(model: PlanningModel): PlanQuantities {
  const column = model.demand.demandPlanColumn;
  return quantities(
    model,
    model.demand.rows,
    (r) => r.family,
    (r) => r.period,
    (r) => r.forecasts[column],
  );
}
