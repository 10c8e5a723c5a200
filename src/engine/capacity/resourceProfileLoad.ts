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

/**
 * Load per resource over the plan periods (sorted, "YYYY-MM"). `withFamilies` false leaves
 * byFamily empty, for callers that only need the totals (the required load of checkCapacity).
 */
export function resourceProfileLoad(
  plan: PlanQuantities,
  bill: BillOfResourcesRow[],
  periods: Period[],
  withFamilies = true,
): Map<string, ResourceLoad> {
  const first = periods[0];
  if (first === undefined) return new Map();
  // Sums are kept per plan-period index and turned into the maps once at the end; the load period of
  // a production month depends only on the offset, so it is worked out once per offset and month.
  const sums = new Map<string, { load: number[]; pastDue: number; byFamily: Map<string, number>[] }>();
  const slots = loadSlots(periods);
  for (const row of bill) {
    if (!Number.isFinite(row.hoursPerUnit) || row.hoursPerUnit === 0) continue;
    const byPeriod = plan.get(row.family);
    if (!byPeriod) continue;
    let r = sums.get(row.resource);
    if (!r) {
      r = { load: periods.map(() => 0), pastDue: 0, byFamily: periods.map(() => new Map<string, number>()) };
      sums.set(row.resource, r);
    }
    const slotOf = slots(Number.isFinite(row.offset) ? row.offset : 0);
    for (const [production, quantity] of byPeriod) {
      const hours = quantity * row.hoursPerUnit;
      if (hours === 0) continue;
      const t = slotOf(production);
      if (t === AFTER_HORIZON) continue; // after the horizon (or in a gap of it): not part of this check
      if (t === PAST_DUE) r.pastDue += hours;
      const i = t === PAST_DUE ? 0 : t;
      r.load[i] += hours;
      if (withFamilies) r.byFamily[i].set(row.family, (r.byFamily[i].get(row.family) ?? 0) + hours);
    }
  }
  const result = new Map<string, ResourceLoad>();
  for (const [resource, r] of sums) {
    const byFamily = new Map<Period, Map<string, number>>();
    r.byFamily.forEach((families, i) => {
      if (families.size > 0) byFamily.set(periods[i], families);
    });
    result.set(resource, { load: new Map(periods.map((p, i) => [p, r.load[i]])), pastDue: r.pastDue, byFamily });
  }
  return result;
}

/** loadSlots' answer for work that falls before the first plan period (it is done in the first, past due). */
export const PAST_DUE = -1;
/** loadSlots' answer for work that falls after the horizon or in a gap of it (not part of the check). */
export const AFTER_HORIZON = -2;

/**
 * Where the work for a production month falls, per offset: the index of its load period in the plan
 * periods, PAST_DUE before the first, AFTER_HORIZON after the last or in a gap of the horizon.
 * shiftPeriod parses and formats a "YYYY-MM" string, so each month and offset is shifted only once.
 * The one definition of the offset and past-due rule: the capacity check and balancing both use it.
 */
export function loadSlots(periods: Period[]): (offset: number) => (production: Period) => number {
  const index = new Map(periods.map((p, i) => [p, i]));
  const byOffset = new Map<number, (production: Period) => number>();
  return (offset) => {
    let slotOf = byOffset.get(offset);
    if (!slotOf) {
      const known = new Map<Period, number>();
      slotOf = (production) => {
        let t = known.get(production);
        if (t === undefined) {
          const loadPeriod = offset === 0 ? production : shiftPeriod(production, -offset);
          t = loadPeriod < periods[0] ? PAST_DUE : (index.get(loadPeriod) ?? AFTER_HORIZON);
          known.set(production, t);
        }
        return t;
      };
      byOffset.set(offset, slotOf);
    }
    return slotOf;
  };
}
