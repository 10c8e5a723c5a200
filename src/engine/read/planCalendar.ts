/**
 * The model's calendar (see PlanningModel in model.ts): all Demand periods, the history (periods
 * with actuals) and the plan horizon (periods after the last actual that have a demand plan or supply).
 */
import type { DemandTable, Period, SupplyRow } from "../model";

export interface PlanCalendar {
  periods: Period[];
  historyPeriods: Period[];
  planPeriods: Period[];
}

export function planCalendar(demand: DemandTable, supply: SupplyRow[] | null): PlanCalendar {
  const all = new Set<Period>();
  const history = new Set<Period>();
  for (const row of demand.rows) {
    all.add(row.period);
    if (row.actual !== null) history.add(row.period);
  }
  const historyPeriods = [...history].sort();
  const lastActual = historyPeriods.length > 0 ? historyPeriods[historyPeriods.length - 1] : "";
  const plan = new Set<Period>();
  for (const row of demand.rows) {
    if (row.period > lastActual && row.forecasts[demand.demandPlanColumn] != null) plan.add(row.period);
  }
  if (supply) for (const row of supply) if (row.period > lastActual) plan.add(row.period);
  return { periods: [...all].sort(), historyPeriods, planPeriods: [...plan].sort() };
}

/** Families in Demand, in first-seen order. */
export function demandFamilies(demand: DemandTable): string[] {
  const seen = new Set<string>();
  for (const row of demand.rows) seen.add(row.family);
  return [...seen];
}
