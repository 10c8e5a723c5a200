/**
 * The gap table of a scenario without building a Reconciliation: the Supply plan as given against the
 * scenario's demand, per family and plan period (SPEC.md "Conventions"; Heizer & Render, Operations
 * Management, ch. 13: ending inventory = beginning inventory + production - demand):
 *   I(t) = I(t-1) + supply(t) - demand(t), I(0) = beginning inventory; Shortage where I(t) < 0.
 * Fill rate (Chopra & Meindl, Supply Chain Management, ch. 12): met(t) = min(demand(t), max(0,
 * I(t-1)) + supply(t)), fill rate = sum met / sum demand.
 *
 * Supply, beginning inventory and target are the same in every scenario, so they are laid out once per
 * model as dense rows (family-major); a scenario only multiplies each family's demand plan.
 */
import type { PlanningModel, Period, SupplyRow } from "../../model";
import { denseDemandPlan } from "./demandPlanByFamily";
import { familyFactors } from "./familyFactors";

export interface GapKernel {
  periods: Period[];
  /** Demand's families in order, then those only in Supply (as reconcile). */
  families: string[];
  beginningInventory: Float64Array;
  /** family x period: planned production (0 where none), the unscaled demand plan (NaN where none). */
  supply: Float64Array;
  demandPlan: Float64Array;
  /** Sum over families of the last plan period's target inventory; null where no family has one. */
  endingTargetInventory: number | null;
}

export interface GapOutcome {
  periods: Period[];
  families: string[];
  /** family x period (family-major). */
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

/** The plan horizon: the model's plan periods, or, if it has none, the periods of the supply plan. */
function planHorizon(model: PlanningModel, supply: readonly SupplyRow[]): Period[] {
  if (model.planPeriods.length > 0) return [...model.planPeriods].sort();
  const history = new Set(model.historyPeriods);
  return [...new Set(supply.map((r) => r.period))].filter((p) => !history.has(p)).sort();
}

export function buildGapKernel(model: PlanningModel): GapKernel {
  const supplyRows = model.supply ?? [];
  const periods = planHorizon(model, supplyRows);
  const P = periods.length;
  const periodIndex = new Map(periods.map((p, t) => [p, t]));

  const families = [...model.families];
  const familyIndex = new Map<string, number>();
  families.forEach((f, i) => {
    if (!familyIndex.has(f)) familyIndex.set(f, i);
  });
  for (const row of supplyRows) {
    if (!familyIndex.has(row.family)) {
      familyIndex.set(row.family, families.length);
      families.push(row.family);
    }
  }

  // One pass over the Supply rows, in their order. Reconcile reads each family's rows sorted by period
  // (a stable sort), so: the first row of a period sets its supply and target; the beginning inventory
  // is that of the earliest period that gives one; a target before the horizon is that of the latest
  // such period (the last row of it).
  const F = families.length;
  const supply = new Float64Array(F * P);
  const supplySet = new Uint8Array(F * P);
  const targetAt = new Float64Array(F * P).fill(NaN);
  const beginningInventory = new Float64Array(F);
  const beginningPeriod: (Period | null)[] = new Array<Period | null>(F).fill(null);
  const earlyTarget = new Float64Array(F).fill(NaN);
  const earlyTargetPeriod: (Period | null)[] = new Array<Period | null>(F).fill(null);
  for (const r of supplyRows) {
    const f = familyIndex.get(r.family)!;
    const t = periodIndex.get(r.period);
    if (t !== undefined) {
      const c = f * P + t;
      if (!supplySet[c]) {
        supplySet[c] = 1;
        supply[c] = r.plannedProduction;
      }
      if (r.targetInventory !== null && targetAt[c] !== targetAt[c]) targetAt[c] = r.targetInventory;
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

  const demandPlan = denseDemandPlan(model, families, periods);
  // Target in force in the last period: the latest given in the horizon, else the one from before it.
  let endingTargetInventory: number | null = null;
  for (let f = 0; f < F && P > 0; f++) {
    let target = earlyTarget[f];
    for (let t = 0; t < P; t++) if (targetAt[f * P + t] === targetAt[f * P + t]) target = targetAt[f * P + t];
    if (target === target) endingTargetInventory = (endingTargetInventory ?? 0) + target;
  }
  return { periods, families, beginningInventory, supply, demandPlan, endingTargetInventory };
}

export function runGapKernel(k: GapKernel, demandFactor: Record<string, number>): GapOutcome {
  const P = k.periods.length;
  const F = k.families.length;
  const df = familyFactors(k.families, demandFactor);
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
    const begin = k.beginningInventory[f];
    let level = begin;
    let sumDemand = 0;
    let sumSupply = 0;
    let sumGap = 0;
    let short = 0;
    for (let t = 0; t < P; t++) {
      const c = f * P + t;
      const plan = k.demandPlan[c];
      const d = plan !== plan ? 0 : plan * df[f]; // NaN: no demand plan that month
      const s = k.supply[c];
      const available = Math.max(0, level) + s;
      const served = Math.max(0, Math.min(d, available));
      metDemand[c] = served;
      met += served;
      demanded += Math.max(0, d);
      level = level + s - d;
      projectedInventory[c] = level;
      if (level < 0) short++;
      sumDemand += d;
      sumSupply += s;
      sumGap += s - d;
    }
    totalDemand[f] = sumDemand;
    totalSupply[f] = sumSupply;
    totalGap[f] = sumGap;
    shortageMonths[f] = short;
    shortages += short;
    endingInventory += P > 0 ? level : begin;
  }
  const familyIndex = new Map<string, number>();
  k.families.forEach((family, f) => {
    if (!familyIndex.has(family)) familyIndex.set(family, f);
  });
  return {
    periods: k.periods,
    families: k.families,
    projectedInventory,
    met: metDemand,
    totalDemand,
    totalSupply,
    totalGap,
    shortageMonths,
    familyIndex,
    shortages,
    fillRate: demanded > 0 ? met / demanded : null,
    endingInventory,
    endingTargetInventory: k.endingTargetInventory,
  };
}
