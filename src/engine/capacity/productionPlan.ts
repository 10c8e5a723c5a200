/**
 * The quantities that load the resources: family -> period -> units.
 *
 * The supply review checks the production plan (Supply: Planned Production) — "can we make the plan".
 * The same check on the demand plan (the model's demand plan column, Consensus Forecast) says
 * "can we meet demand"; without a Supply sheet it is the only plan there is. Scenario factors are
 * applied by the capacity kernel, so these are read once per model.
 */
import type { PlanningModel, Period } from "../model";

export type PlanQuantities = Map<string, Map<Period, number>>;

/** Adds a family x period quantity; a duplicated family x period keeps its first row (the reader
 * reports the duplicate). Periods before the first plan period are history and left out. */
function quantities<R>(model: PlanningModel, rows: readonly R[], read: (row: R) => [string, Period, number | null | undefined]) {
  const plan: PlanQuantities = new Map();
  const first = model.planPeriods[0];
  if (first === undefined) return plan;
  for (const row of rows) {
    const [family, period, q] = read(row);
    if (period < first || q === null || q === undefined || !Number.isFinite(q)) continue;
    let byPeriod = plan.get(family);
    if (!byPeriod) plan.set(family, (byPeriod = new Map<Period, number>()));
    if (!byPeriod.has(period)) byPeriod.set(period, q);
  }
  return plan;
}

/** Planned Production by family and period from Supply. */
export function supplyPlanQuantities(model: PlanningModel): PlanQuantities {
  return quantities(model, model.supply ?? [], (r) => [r.family, r.period, r.plannedProduction]);
}

/** The demand plan column by family and period, over the plan horizon (periods without actuals). */
export function demandPlanQuantities(model: PlanningModel): PlanQuantities {
  const column = model.demand.demandPlanColumn;
  return quantities(model, model.demand.rows, (r) => [r.family, r.period, r.forecasts[column]]);
}
