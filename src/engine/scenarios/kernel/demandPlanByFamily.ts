/**
 * The demand plan column by family and period, unscaled: the first row of a duplicated family x
 * period counts (the reader reports duplicates); blanks are left out. The scenario kernels read it
 * once per model and scale it per scenario.
 */
import type { PlanningModel, Period } from "../../model";

export function demandPlanByFamily(model: PlanningModel): Map<string, Map<Period, number>> {
  const column = model.demand.demandPlanColumn;
  const byFamily = new Map<string, Map<Period, number>>();
  for (const row of model.demand.rows) {
    const value = row.forecasts[column];
    if (value === null || value === undefined) continue;
    let byPeriod = byFamily.get(row.family);
    if (!byPeriod) {
      byPeriod = new Map();
      byFamily.set(row.family, byPeriod);
    }
    if (!byPeriod.has(row.period)) byPeriod.set(row.period, value);
  }
  return byFamily;
}

/** One family's plan over the given periods as a dense row: the value, or NaN where there is none. */
export function planRow(byPeriod: Map<Period, number> | undefined, periods: readonly Period[], into: Float64Array, at: number): void {
  for (let t = 0; t < periods.length; t++) {
    const v = byPeriod?.get(periods[t]);
    into[at + t] = v === undefined ? NaN : v;
  }
}
