/**
 * Load by resource profile: the capacity bill with lead-time offsets.
 * load(r, t) = sum over families f and bill rows (f, r) of production(f, t + offset) x hours per unit.
 *
 * Vollmann, Berry, Whybark & Jacobs, "Manufacturing Planning and Control for Supply Chain
 * Management", capacity planning chapter ("resource profiles"): a capacity bill whose hours are
 * time-phased by the lead-time offset, so work for a unit produced in period t falls on the resource
 * `offset` periods earlier. Load that would fall before the first plan period cannot be done any more
 * on time: it is added to the first period and reported as past due (SPEC.md).
 */
import type { BillOfResourcesRow, Period } from "../model";
import type { PlanQuantities } from "./productionPlan";
import { shiftPeriod } from "./shiftPeriod";

export interface ResourceLoad {
  /** Total load per period (past due included in the first period). */
  load: Map<Period, number>;
  /** Past-due hours (all in the first plan period). */
  pastDue: number;
  /** Load per period by family. */
  byFamily: Map<Period, Map<string, number>>;
}

/** Load per resource over the plan periods (sorted, "YYYY-MM"). */
export function resourceProfileLoad(
  plan: PlanQuantities,
  bill: BillOfResourcesRow[],
  periods: Period[],
): Map<string, ResourceLoad> {
  const result = new Map<string, ResourceLoad>();
  const inHorizon = new Set(periods);
  const first = periods[0];
  // shiftPeriod parses and formats a "YYYY-MM" string; the same production month and offset come
  // back for every bill row, so each shift is computed once.
  const shifted = new Map<string, Period>();
  const shift = (production: Period, offset: number): Period => {
    const key = `${production}\u0000${offset}`;
    let p = shifted.get(key);
    if (p === undefined) {
      p = shiftPeriod(production, -offset);
      shifted.set(key, p);
    }
    return p;
  };
  for (const row of bill) {
    if (!Number.isFinite(row.hoursPerUnit) || row.hoursPerUnit === 0) continue;
    const byPeriod = plan.get(row.family);
    if (!byPeriod || first === undefined) continue;
    let r = result.get(row.resource);
    if (!r) {
      r = { load: new Map(periods.map((p) => [p, 0])), pastDue: 0, byFamily: new Map() };
      result.set(row.resource, r);
    }
    const offset = Number.isFinite(row.offset) ? row.offset : 0;
    for (const [production, quantity] of byPeriod) {
      const hours = quantity * row.hoursPerUnit;
      if (hours === 0) continue;
      let loadPeriod = offset === 0 ? production : shift(production, offset);
      if (loadPeriod < first) {
        r.pastDue += hours;
        loadPeriod = first;
      } else if (!inHorizon.has(loadPeriod)) {
        continue; // after the horizon (or in a gap of it): not part of this check
      }
      r.load.set(loadPeriod, (r.load.get(loadPeriod) ?? 0) + hours);
      let fam = r.byFamily.get(loadPeriod);
      if (!fam) {
        fam = new Map<string, number>();
        r.byFamily.set(loadPeriod, fam);
      }
      fam.set(row.family, (fam.get(row.family) ?? 0) + hours);
    }
  }
  return result;
}
