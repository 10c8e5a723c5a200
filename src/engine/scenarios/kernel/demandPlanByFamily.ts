/**
 * The demand plan column as a dense family x period array (family-major), unscaled, NaN where there
 * is none: the first row of a duplicated family x period counts (the reader reports duplicates) and
 * blanks are left out, as the reconciliation and finance read it. One pass over the Demand rows.
 */
import type { PlanningModel, Period } from "../../model";

export function denseDemandPlan(model: PlanningModel, families: readonly string[], periods: readonly Period[]): Float64Array {
  const P = periods.length;
  const out = new Float64Array(families.length * P).fill(NaN);
  const familyIndex = new Map<string, number>();
  families.forEach((f, i) => {
    if (!familyIndex.has(f)) familyIndex.set(f, i);
  });
  const periodIndex = new Map(periods.map((p, t) => [p, t]));
  const column = model.demand.demandPlanColumn;
  for (const row of model.demand.rows) {
    const value = row.forecasts[column];
    if (value === null || value === undefined) continue;
    const f = familyIndex.get(row.family);
    const t = periodIndex.get(row.period);
    if (f === undefined || t === undefined) continue;
    const c = f * P + t;
    if (out[c] !== out[c]) out[c] = value;
  }
  return out;
}
