/**
 * The demand plan indexed once per model: family -> period -> the demand plan column's value (the
 * first row of a duplicated family x period; the reader reports duplicates), plus the families of
 * Demand and each family's first cell for findings.
 *
 * The gap and finance kernels, their findings and the history snapshot all read the demand plan; the
 * scenarios only scale it. The index is kept per model object, so every run on the same model shares it.
 */
import type { PlanningModel, Period } from "../model";
import { perModel } from "../perModel";

export interface DemandPlanIndex {
  /** Unscaled demand plan by family, then period; blanks are left out. */
  byFamily: Map<string, Map<Period, number>>;
  /** Families of the Demand sheet. */
  families: Set<string>;
  /** A1 address of each family's first Demand row. */
  firstRef: Map<string, string>;
}

export const demandPlanIndex = perModel(
  (m) => [m.demand.rows, m.demand.demandPlanColumn],
  (model): DemandPlanIndex => {
    const column = model.demand.demandPlanColumn;
    const index: DemandPlanIndex = { byFamily: new Map(), families: new Set(), firstRef: new Map() };
    for (const row of model.demand.rows) {
      if (!index.families.has(row.family)) {
        index.families.add(row.family);
        index.firstRef.set(row.family, row.ref.cell);
      }
      const value = row.forecasts[column];
      if (value === null || value === undefined) continue;
      let byPeriod = index.byFamily.get(row.family);
      if (!byPeriod) index.byFamily.set(row.family, (byPeriod = new Map()));
      if (!byPeriod.has(row.period)) byPeriod.set(row.period, value);
    }
    return index;
  },
);

/** The demand plan as a dense family x period array (family-major), unscaled, NaN where there is none
 * (a family listed twice takes its first place). */
export function denseDemandPlan(model: PlanningModel, families: readonly string[], periods: readonly Period[]): Float64Array {
  const P = periods.length;
  const out = new Float64Array(families.length * P).fill(NaN);
  const { byFamily } = demandPlanIndex(model);
  const done = new Set<string>();
  families.forEach((family, f) => {
    const byPeriod = byFamily.get(family);
    if (!byPeriod || done.has(family)) return;
    done.add(family);
    for (let t = 0; t < P; t++) {
      const value = byPeriod.get(periods[t]);
      if (value !== undefined) out[f * P + t] = value;
    }
  });
  return out;
}
