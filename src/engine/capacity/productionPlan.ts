/**
 * The quantities that load the resources: family -> period -> units.
 *
 * The supply review checks the production plan (Supply: Planned Production) — "can we make the plan".
 * The same check on the demand plan (the model's demand plan column, Consensus Forecast) says
 * "can we meet demand"; without a Supply sheet it is the only plan there is.
 */
import type { PlanningModel, Period } from "../model";
import { scenarioFactor } from "./scenarioFactor";

export type PlanQuantities = Map<string, Map<Period, number>>;

/** Planned Production by family and period from Supply. A duplicated family x period keeps its first
 * row (the reader reports the duplicate). Periods before the first plan period are history and left out. */
export function supplyPlanQuantities(model: PlanningModel, factor?: number | Record<string, number>): PlanQuantities {
  const plan: PlanQuantities = new Map();
  const first = model.planPeriods[0];
  for (const row of model.supply ?? []) {
    if (first !== undefined && row.period < first) continue;
    if (!Number.isFinite(row.plannedProduction)) continue;
    const byPeriod = plan.get(row.family) ?? new Map<Period, number>();
    if (byPeriod.has(row.period)) continue;
    byPeriod.set(row.period, row.plannedProduction * scenarioFactor(factor, row.family));
    plan.set(row.family, byPeriod);
  }
  return plan;
}

/** The demand plan column by family and period, over the plan horizon (periods without actuals). */
export function demandPlanQuantities(model: PlanningModel, factor?: number | Record<string, number>): PlanQuantities {
  const plan: PlanQuantities = new Map();
  const first = model.planPeriods[0];
  const column = model.demand.demandPlanColumn;
  for (const row of model.demand.rows) {
    if (first === undefined || row.period < first) continue;
    const q = row.forecasts[column];
    if (q === null || q === undefined || !Number.isFinite(q)) continue;
    const byPeriod = plan.get(row.family) ?? new Map<Period, number>();
    if (byPeriod.has(row.period)) continue;
    byPeriod.set(row.period, q * scenarioFactor(factor, row.family));
    plan.set(row.family, byPeriod);
  }
  return plan;
}
