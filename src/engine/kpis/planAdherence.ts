/**
 * Plan adherence (production schedule attainment) over the closed months (SPEC "Conventions"):
 *   adherence = 1 − Σ|actual − planned| / Σ planned,
 * over the months that have both a plan and an Actual Production. Over- and under-production both count
 * against it (APICS: schedule adherence measures deviation either way). Can be negative when the
 * deviations exceed the plan. null when nothing was planned in the closed months.
 */
import type { PlanningModel } from "../model";

export function planAdherence(planned: readonly (number | null)[], actual: readonly (number | null)[]): number | null {
  let deviation = 0;
  let plan = 0;
  let pairs = 0;
  for (let i = 0; i < Math.min(planned.length, actual.length); i++) {
    const p = planned[i];
    const a = actual[i];
    if (p === null || a === null) continue;
    deviation += Math.abs(a - p);
    plan += p;
    pairs++;
  }
  return pairs > 0 && plan > 0 ? 1 - deviation / plan : null;
}

/** Adherence of the Supply sheet's closed months (rows with Actual Production), all families pooled. */
export function supplyPlanAdherence(model: PlanningModel): { adherence: number | null; months: number } {
  const closed = (model.supply ?? []).filter((r) => r.actualProduction !== null && r.actualProduction !== undefined);
  return {
    adherence: planAdherence(
      closed.map((r) => r.plannedProduction),
      closed.map((r) => r.actualProduction ?? null),
    ),
    months: new Set(closed.map((r) => r.period)).size,
  };
}
