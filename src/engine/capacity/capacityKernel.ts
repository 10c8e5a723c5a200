/**
 * The capacity check's one implementation, for the plan and for every scenario: rough-cut capacity by
 * resource profile (resourceProfileLoad.ts), rated capacity = available hours x utilization x
 * efficiency (APICS), utilization = load / rated capacity, most constrained resources first.
 *
 * What a scenario cannot change (capacity rows, the bill of resources, the plans' quantities) is laid
 * out once per model in dense resource x period arrays; a run scales production per family and
 * available hours per resource. checkCapacity is the view of a run that the sheets and balancing read.
 */
import type { PlanningModel, Period } from "../model";
import { perModel } from "../perModel";
import { capacityStatus } from "./capacityStatus";
import { demandPlanQuantities, supplyPlanQuantities, type PlanQuantities } from "./productionPlan";
import { ratedCapacity } from "./ratedCapacity";
import { profileLoad, resourceProfile, type ResourceProfile } from "./resourceProfileLoad";
import type { CapacityOptions, CapacityStatus, PlanSource } from "./types";
import { capacityUtilization } from "./utilization";

export interface CapacityKernel {
  periods: Period[];
  /** The Capacity sheet's resources in its order, then those only the bill names. */
  resources: string[];
  /** Families that load a resource (planned or required), in the order the factors are looked up. */
  families: string[];
  planSource: PlanSource;
  /** Per resource x period (resource-major), from the first Capacity row; 0 / 1 / 1 / 0 / NaN where none. */
  availableHours: Float64Array;
  utilizationFactor: Float64Array;
  efficiency: Float64Array;
  maxOvertimeHours: Float64Array;
  overtimeCost: Float64Array;
  /** The production plan (Supply, else the demand plan) and the demand plan ("can we meet demand"). */
  planned: ResourceProfile;
  required: ResourceProfile;
}

/** One resource-month of a run (the fields the scenario sheets show). */
export interface KernelCapacityCell {
  resource: string;
  period: Period;
  load: number;
  ratedCapacity: number;
  utilization: number;
  overloadHours: number;
}

export interface CapacityOutcome {
  periods: Period[];
  /** Resources, most constrained first (as CapacityCheck.resources). */
  resources: string[];
  /** Position of each of `resources` in the kernel's resources. */
  kernelResource: Int32Array;
  /** Resource x period in `resources` order, periods ascending (available hours after the capacity factor). */
  availableHours: Float64Array;
  load: Float64Array;
  pastDueLoad: Float64Array;
  ratedCapacity: Float64Array;
  utilization: Float64Array;
  /** Overloaded cells in the order CapacityCheck.cells lists them. */
  overloads: KernelCapacityCell[];
  /** Status of a resource in a period; undefined for a resource or period the check does not have. */
  statusAt(resource: string, period: Period): CapacityStatus | undefined;
  overloadCount: number;
  /** Highest utilization over every resource-month (0 with none; Infinity: load on no capacity). */
  maxUtilization: number;
  warningThreshold: number;
  /** A detailed run only (what the Capacity Check shows): the demand plan's load and the load by family. */
  requiredLoad?: Float64Array;
  loadByFamily?: (Map<string, number> | undefined)[];
}

const finiteOr = (v: number | null | undefined, fallback: number): number =>
  typeof v === "number" && Number.isFinite(v) ? v : fallback;

function buildCapacityKernel(model: PlanningModel): CapacityKernel {
  const periods = [...model.planPeriods];
  const P = periods.length;
  const periodIndex = new Map(periods.map((p, t) => [p, t]));
  const bill = model.billOfResources ?? [];

  const resources: string[] = [];
  const resourceIndex = new Map<string, number>();
  for (const row of [...(model.capacity ?? []), ...bill]) {
    if (!resourceIndex.has(row.resource)) resourceIndex.set(row.resource, resources.push(row.resource) - 1);
  }

  const n = resources.length * P;
  const availableHours = new Float64Array(n);
  const utilizationFactor = new Float64Array(n).fill(1);
  const efficiency = new Float64Array(n).fill(1);
  const maxOvertimeHours = new Float64Array(n);
  const overtimeCost = new Float64Array(n).fill(NaN);
  const seen = new Uint8Array(n);
  for (const row of model.capacity ?? []) {
    const t = periodIndex.get(row.period);
    if (t === undefined) continue;
    const c = resourceIndex.get(row.resource)! * P + t;
    if (seen[c]) continue; // a duplicated resource x period keeps its first row (the reader reports it)
    seen[c] = 1;
    availableHours[c] = finiteOr(row.availableHours, 0);
    utilizationFactor[c] = finiteOr(row.utilization, 1);
    efficiency[c] = finiteOr(row.efficiency, 1);
    maxOvertimeHours[c] = Math.max(0, finiteOr(row.maxOvertimeHours, 0));
    overtimeCost[c] = finiteOr(row.overtimeCost, NaN);
  }

  const hasSupply = model.supply !== null && model.supply.length > 0;
  const families: string[] = [];
  const familyIndex = new Map<string, number>();
  const profile = (plan: PlanQuantities) => resourceProfile(plan, bill, periods, resourceIndex, familyIndex, families);
  const required = profile(demandPlanQuantities(model));
  return {
    periods,
    resources,
    families,
    planSource: hasSupply ? "supply" : "demandPlan",
    availableHours,
    utilizationFactor,
    efficiency,
    maxOvertimeHours,
    overtimeCost,
    planned: hasSupply ? profile(supplyPlanQuantities(model)) : required,
    required,
  };
}

/** The model's capacity kernel, built once per model. */
export const capacityKernel = perModel(
  (m) => [m.planPeriods, m.supply, m.capacity, m.billOfResources, m.demand.rows, m.demand.demandPlanColumn],
  buildCapacityKernel,
);

/** A scenario factor per name: one number for all, or one per name (missing or not finite = 1). */
function factorsOf(names: readonly string[], option: number | Record<string, number> | undefined): Float64Array {
  const out = new Float64Array(names.length);
  for (let i = 0; i < names.length; i++) {
    const f = typeof option === "number" ? option : option?.[names[i]];
    out[i] = typeof f === "number" && Number.isFinite(f) ? f : 1;
  }
  return out;
}

/** Descending, with Infinity above every number (Infinity - Infinity would be NaN). */
const compareDesc = (a: number, b: number): number => (a === b ? 0 : a > b ? -1 : 1);

/**
 * One run of the check. Production is scaled by productionFactor (default: demandFactor, a scenario's
 * demand change is assumed to be made), the demand plan by demandFactor, available hours by
 * capacityFactor. @param detail also the demand plan's load and the load by family (the view's).
 */
export function runCapacityKernel(
  k: CapacityKernel,
  options: CapacityOptions,
  warningThreshold: number,
  detail = false,
): CapacityOutcome {
  const P = k.periods.length;
  const R = k.resources.length;
  const n = R * P;
  const pf = factorsOf(k.families, options.productionFactor ?? options.demandFactor);
  const cf = factorsOf(k.resources, options.capacityFactor);
  const byFamily = detail ? new Array<Map<string, number> | undefined>(n) : undefined;
  const planned = profileLoad(k.planned, pf, n, k.families, byFamily);
  const required = detail ? profileLoad(k.required, factorsOf(k.families, options.demandFactor), n).load : undefined;

  const available = new Float64Array(n);
  const rated = new Float64Array(n);
  const utilization = new Float64Array(n);
  // Per resource, for "most constrained first": the peak utilization and the overload hours.
  const peak = new Float64Array(R);
  const overloadHours = new Float64Array(R);
  for (let r = 0; r < R; r++) {
    let top = -Infinity;
    let over = 0;
    for (let t = 0; t < P; t++) {
      const c = r * P + t;
      available[c] = k.availableHours[c] * cf[r];
      rated[c] = ratedCapacity(available[c], k.utilizationFactor[c], k.efficiency[c]);
      const u = (utilization[c] = capacityUtilization(planned.load[c], rated[c]));
      if (u > top) top = u;
      over += Math.max(0, planned.load[c] - rated[c]);
    }
    peak[r] = P > 0 ? top : 0;
    overloadHours[r] = over;
  }
  const order = Int32Array.from(
    k.resources
      .map((_, r) => r)
      .sort(
        (a, b) =>
          compareDesc(peak[a], peak[b]) ||
          compareDesc(overloadHours[a], overloadHours[b]) ||
          k.resources[a].localeCompare(k.resources[b]),
      ),
  );

  // The figures in `order`: cell i * P + t of the outcome is cell order[i] * P + t of the kernel.
  const reorder = (from: Float64Array): Float64Array => {
    const out = new Float64Array(n);
    order.forEach((r, i) => out.set(from.subarray(r * P, (r + 1) * P), i * P));
    return out;
  };
  const resources = Array.from(order, (r) => k.resources[r]);
  const out = {
    availableHours: reorder(available),
    load: reorder(planned.load),
    pastDueLoad: reorder(planned.pastDue),
    ratedCapacity: reorder(rated),
    utilization: reorder(utilization),
  };
  const overloads: KernelCapacityCell[] = [];
  let maxUtilization = 0;
  for (let c = 0; c < n; c++) {
    const u = out.utilization[c];
    if (u > maxUtilization) maxUtilization = u;
    if (capacityStatus(u, warningThreshold) !== "overload") continue;
    const [load, cap] = [out.load[c], out.ratedCapacity[c]];
    overloads.push({
      resource: resources[Math.floor(c / P)],
      period: k.periods[c % P],
      load,
      ratedCapacity: cap,
      utilization: u,
      overloadHours: Math.max(0, load - cap),
    });
  }
  let cellIndex: Map<string, number> | null = null;
  return {
    periods: k.periods,
    resources,
    kernelResource: order,
    ...out,
    overloads,
    overloadCount: overloads.length,
    maxUtilization,
    warningThreshold,
    requiredLoad: required && reorder(required),
    loadByFamily: byFamily && Array.from({ length: n }, (_, c) => byFamily[order[Math.floor(c / P)] * P + (c % P)]),
    statusAt(resource, period) {
      if (cellIndex === null) {
        cellIndex = new Map();
        for (let i = 0; i < R; i++) for (let t = 0; t < P; t++) cellIndex.set(`${resources[i]}\u0000${k.periods[t]}`, i * P + t);
      }
      const c = cellIndex.get(`${resource}\u0000${period}`);
      return c === undefined ? undefined : capacityStatus(out.utilization[c], warningThreshold);
    },
  };
}
