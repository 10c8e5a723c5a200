/**
 * The gap table's one implementation, for the plan and for every scenario: the Supply plan against the
 * demand plan, per family and plan period (SPEC.md "Conventions"; Heizer & Render, Operations
 * Management, ch. 13: ending inventory = beginning inventory + production - demand):
 *   gap = supply - demand;  I(t) = I(t-1) + supply(t) - demand(t), I(0) = beginning inventory.
 * Fill rate (Chopra & Meindl, Supply Chain Management, ch. 12): met(t) = min(demand(t), max(0,
 * I(t-1)) + supply(t)), fill rate = sum met / sum demand.
 *
 * Supply, beginning inventory and targets are the same in every scenario, so they are laid out once per
 * model as dense rows (family-major); a run only scales each family's demand plan. reconcile is the
 * view of a run that the Gap Table, the summary, KPIs and balancing read.
 */
import type { PlanningModel, Period } from "../model";
import { perModel } from "../perModel";
import { periodMet } from "./demandMet";
import { denseDemandPlan } from "./demandPlanIndex";
import { adjustmentFactors, type PlanAdjustments } from "./planAdjustments";
import { inventoryAfter } from "./projectedInventory";
import { periodGap } from "./supplyGap";

export interface GapKernel {
  periods: Period[];
  /** Demand's families in order, then those only in Supply. */
  families: string[];
  /** Position of a family in `families` (its first, should a name repeat). */
  familyIndex: Map<string, number>;
  /** Per family: I(0) (0 where none is given), whether it is given, whether the family has Supply rows. */
  beginningInventory: Float64Array;
  beginningGiven: Uint8Array;
  inSupply: Uint8Array;
  /** family x period: planned production (0 where none), the unscaled demand plan (NaN where none),
   * the target inventory in force (NaN where none). */
  supply: Float64Array;
  demandPlan: Float64Array;
  target: Float64Array;
  /** Sum over families of the last plan period's target inventory; null where no family has one. */
  endingTargetInventory: number | null;
}

export interface GapOutcome {
  periods: Period[];
  families: string[];
  /** family x period (family-major): the scaled demand, supply - demand, projected inventory. */
  demand: Float64Array;
  gap: Float64Array;
  projectedInventory: Float64Array;
  /** family x period: demand met in its own period, min(demand, max(0, I(t-1)) + supply). */
  met: Float64Array;
  totalDemand: Float64Array;
  totalSupply: Float64Array;
  totalGap: Float64Array;
  /** Months with projected inventory below zero, per family. */
  shortageMonths: Int32Array;
  /** Position of a family in `families`. */
  familyIndex: Map<string, number>;
  shortages: number;
  fillRate: number | null;
  endingInventory: number;
  endingTargetInventory: number | null;
}

/** Each name's position in `names` (its first, should a name repeat). */
export function positions(names: readonly string[]): Map<string, number> {
  const index = new Map<string, number>();
  names.forEach((name, i) => {
    if (!index.has(name)) index.set(name, i);
  });
  return index;
}

/** The plan horizon: the model's plan periods, or, if it has none, the periods of the plan's rows
 * (Supply, Finance) that have no actuals. */
export function planHorizon(model: PlanningModel, rows: readonly { period: Period | null }[]): Period[] {
  if (model.planPeriods.length > 0) return [...model.planPeriods].sort();
  const history = new Set(model.historyPeriods);
  return [...new Set(rows.map((r) => r.period))].filter((p): p is Period => p !== null && !history.has(p)).sort();
}

function buildGapKernel(model: PlanningModel): GapKernel {
  const supplyRows = model.supply ?? [];
  const periods = planHorizon(model, supplyRows);
  const P = periods.length;
  const periodIndex = new Map(periods.map((p, t) => [p, t]));

  const families = [...model.families];
  const familyIndex = positions(families);
  for (const row of supplyRows) {
    if (!familyIndex.has(row.family)) familyIndex.set(row.family, families.push(row.family) - 1);
  }

  // One pass over the Supply rows, in their order, as a family's rows sorted by period (a stable sort)
  // read: the first row of a period sets its supply and target; the beginning inventory is that of the
  // earliest period that gives one; a target before the horizon is that of the latest such period (the
  // last row of it), and a target holds until the next one (safety stock is usually set once and kept).
  const F = families.length;
  const supply = new Float64Array(F * P);
  const supplySet = new Uint8Array(F * P);
  const target = new Float64Array(F * P).fill(NaN);
  const beginningInventory = new Float64Array(F);
  const beginningPeriod: (Period | null)[] = new Array<Period | null>(F).fill(null);
  const inSupply = new Uint8Array(F);
  const earlyTarget = new Float64Array(F).fill(NaN);
  const earlyTargetPeriod: (Period | null)[] = new Array<Period | null>(F).fill(null);
  for (const r of supplyRows) {
    const f = familyIndex.get(r.family)!;
    inSupply[f] = 1;
    const t = periodIndex.get(r.period);
    if (t !== undefined) {
      const c = f * P + t;
      if (!supplySet[c]) {
        supplySet[c] = 1;
        supply[c] = r.plannedProduction;
      }
      if (r.targetInventory !== null && Number.isNaN(target[c])) target[c] = r.targetInventory;
    }
    if (r.beginningInventory !== null && (beginningPeriod[f] === null || r.period < beginningPeriod[f]!)) {
      beginningPeriod[f] = r.period;
      beginningInventory[f] = r.beginningInventory;
    }
    if (
      P > 0 &&
      r.period < periods[0] &&
      r.targetInventory !== null &&
      (earlyTargetPeriod[f] === null || r.period >= earlyTargetPeriod[f]!)
    ) {
      earlyTargetPeriod[f] = r.period;
      earlyTarget[f] = r.targetInventory;
    }
  }
  let endingTargetInventory: number | null = null;
  for (let f = 0; f < F && P > 0; f++) {
    let inForce = earlyTarget[f];
    for (let c = f * P; c < (f + 1) * P; c++) inForce = target[c] = Number.isNaN(target[c]) ? inForce : target[c];
    if (!Number.isNaN(inForce)) endingTargetInventory = (endingTargetInventory ?? 0) + inForce;
  }
  return {
    periods,
    families,
    familyIndex,
    beginningInventory,
    beginningGiven: Uint8Array.from(beginningPeriod, (p) => (p === null ? 0 : 1)),
    inSupply,
    supply,
    demandPlan: denseDemandPlan(model, families, periods),
    target,
    endingTargetInventory,
  };
}

/** The model's gap kernel, built once per model. */
export const gapKernel = perModel(
  (m) => [m.planPeriods, m.historyPeriods, m.families, m.supply, m.demand.rows, m.demand.demandPlanColumn],
  buildGapKernel,
);

export function runGapKernel(k: GapKernel, adjustments: PlanAdjustments = {}): GapOutcome {
  const P = k.periods.length;
  const F = k.families.length;
  const df = adjustmentFactors(k.families, adjustments, "demand");
  const demand = new Float64Array(F * P);
  const gap = new Float64Array(F * P);
  const projectedInventory = new Float64Array(F * P);
  const metDemand = new Float64Array(F * P);
  const totalDemand = new Float64Array(F);
  const totalSupply = new Float64Array(F);
  const totalGap = new Float64Array(F);
  const shortageMonths = new Int32Array(F);
  let shortages = 0;
  let met = 0;
  let demanded = 0;
  let endingInventory = 0;
  for (let f = 0; f < F; f++) {
    let level = k.beginningInventory[f];
    let sumDemand = 0;
    let sumSupply = 0;
    let sumGap = 0;
    let short = 0;
    for (let t = 0; t < P; t++) {
      const c = f * P + t;
      const plan = k.demandPlan[c];
      const d = (demand[c] = Number.isNaN(plan) ? 0 : plan * df[f]); // NaN: no demand plan that month
      const s = k.supply[c];
      met += metDemand[c] = periodMet(level, s, d);
      demanded += Math.max(0, d);
      level = projectedInventory[c] = inventoryAfter(level, s, d);
      if (level < 0) short++;
      sumDemand += d;
      sumSupply += s;
      sumGap += gap[c] = periodGap(s, d);
    }
    totalDemand[f] = sumDemand;
    totalSupply[f] = sumSupply;
    totalGap[f] = sumGap;
    shortageMonths[f] = short;
    shortages += short;
    endingInventory += level;
  }
  return {
    periods: k.periods,
    families: k.families,
    demand,
    gap,
    projectedInventory,
    met: metDemand,
    totalDemand,
    totalSupply,
    totalGap,
    shortageMonths,
    familyIndex: k.familyIndex,
    shortages,
    fillRate: demanded > 0 ? met / demanded : null,
    endingInventory,
    endingTargetInventory: k.endingTargetInventory,
  };
}
