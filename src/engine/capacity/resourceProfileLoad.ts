/**
 * Load by resource profile: the capacity bill with lead-time offsets.
 * load(r, t) = sum over families f and bill rows (f, r) of production(f, t + offset) x hours per unit.
 *
 * Vollmann, Berry, Whybark & Jacobs, "Manufacturing Planning and Control for Supply Chain
 * Management", capacity planning chapter ("resource profiles"): a capacity bill whose hours are
 * time-phased by the lead-time offset, so work for a unit produced in period t falls on the resource
 * `offset` periods earlier. Load that would fall before the first plan period cannot be done any more
 * on time: it is added to the first period and reported as past due (SPEC.md).
 *
 * A scenario only scales production per family, so the profile is laid out once per model as a flat
 * list of contributions (resource-month cell, family, quantity, hours per unit), in bill-row order, and
 * profileLoad adds them up with a factor per family.
 */
import type { BillOfResourcesRow, Period } from "../model";
import type { PlanQuantities } from "./productionPlan";
import { shiftPeriod } from "./shiftPeriod";

/** One plan's contributions to the load, in the order they are added (bill rows, then months). */
export interface ResourceProfile {
  /** resource x period cell (resource-major), family (a position in the kernel's families). */
  cell: Int32Array;
  family: Int32Array;
  quantity: Float64Array;
  hoursPerUnit: Float64Array;
  /** 1 where the work fell before the first plan period (it is in the first, past due). */
  pastDue: Uint8Array;
}

/**
 * @param resourceIndex position of each resource (cells are resource x period, resource-major)
 * @param familyIndex position of each family; families not in it yet are added (to it and `families`)
 */
export function resourceProfile(
  plan: PlanQuantities,
  bill: readonly BillOfResourcesRow[],
  periods: Period[],
  resourceIndex: Map<string, number>,
  familyIndex: Map<string, number>,
  families: string[],
): ResourceProfile {
  const P = periods.length;
  const rows =
    P === 0
      ? []
      : bill.filter((row) => Number.isFinite(row.hoursPerUnit) && row.hoursPerUnit !== 0 && plan.byFamily.has(row.family));
  // The load slot of each production month, per offset (loadSlots' rule, worked out once per month).
  const slots = loadSlots(periods);
  const slotsByOffset = new Map<number, Int32Array>();
  const slotsOf = (offset: number): Int32Array => {
    let s = slotsByOffset.get(offset);
    if (!s) slotsByOffset.set(offset, (s = Int32Array.from(plan.periods, slots(offset))));
    return s;
  };
  let n = 0;
  for (const row of rows) n += plan.byFamily.get(row.family)!.period.length;
  const out: ResourceProfile = {
    cell: new Int32Array(n),
    family: new Int32Array(n),
    quantity: new Float64Array(n),
    hoursPerUnit: new Float64Array(n),
    pastDue: new Uint8Array(n),
  };
  let i = 0;
  for (const row of rows) {
    const months = plan.byFamily.get(row.family)!;
    let f = familyIndex.get(row.family);
    if (f === undefined) familyIndex.set(row.family, (f = families.push(row.family) - 1));
    const r = resourceIndex.get(row.resource)! * P;
    const slot = slotsOf(Number.isFinite(row.offset) ? row.offset : 0);
    for (let j = 0; j < months.period.length; j++) {
      const t = slot[months.period[j]];
      if (t === AFTER_HORIZON) continue; // after the horizon (or in a gap of it): not part of this check
      out.cell[i] = r + (t === PAST_DUE ? 0 : t);
      out.family[i] = f;
      out.quantity[i] = months.quantity[j];
      out.hoursPerUnit[i] = row.hoursPerUnit;
      out.pastDue[i] = t === PAST_DUE ? 1 : 0;
      i++;
    }
  }
  // Work after the horizon was left out: the arrays end where the contributions do.
  return i === n
    ? out
    : {
        cell: out.cell.subarray(0, i),
        family: out.family.subarray(0, i),
        quantity: out.quantity.subarray(0, i),
        hoursPerUnit: out.hoursPerUnit.subarray(0, i),
        pastDue: out.pastDue.subarray(0, i),
      };
}

export interface ProfileLoad {
  /** Per cell, past due included (in the first period). */
  load: Float64Array;
  /** Per cell: the past-due part of the load (only ever in a resource's first period). */
  pastDue: Float64Array;
}

/**
 * The load of a profile with production scaled per family: hours = quantity x factor x hours per unit.
 * @param byFamily when given, filled per cell with the hours by family name (who drives the load)
 */
export function profileLoad(
  p: ResourceProfile,
  factor: Float64Array,
  cells: number,
  families?: readonly string[],
  byFamily?: (Map<string, number> | undefined)[],
): ProfileLoad {
  const load = new Float64Array(cells);
  const pastDue = new Float64Array(cells);
  for (let i = 0; i < p.cell.length; i++) {
    const hours = p.quantity[i] * factor[p.family[i]] * p.hoursPerUnit[i];
    if (hours === 0) continue;
    const c = p.cell[i];
    load[c] += hours;
    if (p.pastDue[i]) pastDue[c] += hours;
    if (byFamily && families) {
      const name = families[p.family[i]];
      const m = (byFamily[c] ??= new Map<string, number>());
      m.set(name, (m.get(name) ?? 0) + hours);
    }
  }
  return { load, pastDue };
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
