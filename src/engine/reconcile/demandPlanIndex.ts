/**
 * The demand plan indexed once per model: family -> period -> the demand plan column's value (the
 * first row of a duplicated family x period; the reader reports duplicates), plus the families of
 * Demand and each family's first cell for findings.
 *
 * Reconciliation and finance both read the demand plan, once for the plan and once per scenario, and
 * the scenarios only scale it: scanning the Demand rows and building "family|period" keys every time
 * was a large part of the scenarios' cost on 2,000 families. The index is kept per model object (a
 * model is not changed after the readers build it), so every run on the same model shares it.
 */
import type { PlanningModel, Period } from "../model";

export interface DemandPlanIndex {
  /** Unscaled demand plan by family, then period; blanks are left out. */
  byFamily: Map<string, Map<Period, number>>;
  /** Families of the Demand sheet. */
  families: Set<string>;
  /** A1 address of each family's first Demand row. */
  firstRef: Map<string, string>;
}

const cache = new WeakMap<PlanningModel, { column: string; rows: unknown; index: DemandPlanIndex }>();

export function demandPlanIndex(model: PlanningModel): DemandPlanIndex {
  const column = model.demand.demandPlanColumn;
  const hit = cache.get(model);
  // Re-index if a caller swapped the rows or the plan column of the same model object.
  if (hit && hit.column === column && hit.rows === model.demand.rows) return hit.index;
  const index: DemandPlanIndex = { byFamily: new Map(), families: new Set(), firstRef: new Map() };
  for (const row of model.demand.rows) {
    if (!index.families.has(row.family)) {
      index.families.add(row.family);
      index.firstRef.set(row.family, row.ref.cell);
    }
    const value = row.forecasts[column];
    if (value === null || value === undefined) continue;
    let byPeriod = index.byFamily.get(row.family);
    if (!byPeriod) {
      byPeriod = new Map();
      index.byFamily.set(row.family, byPeriod);
    }
    if (!byPeriod.has(row.period)) byPeriod.set(row.period, value);
  }
  cache.set(model, { column, rows: model.demand.rows, index });
  return index;
}
