/**
 * The capacity check of a scenario without building a CapacityCheck: rough-cut capacity by resource
 * profile (Vollmann, Berry, Whybark & Jacobs, "Manufacturing Planning and Control for Supply Chain
 * Management", capacity planning chapter): load(r, t) = sum over bill rows (f, r) of production(f,
 * t + offset) x hours per unit; rated capacity = available hours x utilization x efficiency (APICS);
 * utilization = load / rated capacity.
 *
 * A scenario only scales production (per family) and available hours (per resource), so everything
 * else is indexed once per model: the bill of resources becomes a flat list of (cell, family,
 * quantity, hours per unit) contributions, added in the same order as checkCapacity adds them so the
 * sums are the same to the last bit.
 */
import type { PlanningModel, Period } from "../../model";
import type { CapacityStatus } from "../../capacity";
import { exactFactors } from "./familyFactors";

export interface CapacityKernel {
  periods: Period[];
  /** The Capacity sheet's resources in its order, then those only the bill names. */
  resources: string[];
  /** Families that load a resource, in the order the factors are looked up. */
  families: string[];
  /** Per resource x period (resource-major): the first Capacity row's figures; 0 / 1 / 1 where none. */
  availableHours: Float64Array;
  utilizationFactor: Float64Array;
  efficiency: Float64Array;
  /** Contributions, in checkCapacity's order: cell (resource x period), family, quantity, hours per unit. */
  cell: Int32Array;
  family: Int32Array;
  quantity: Float64Array;
  hoursPerUnit: Float64Array;
}

/** One resource-month of a scenario's capacity check (the fields the scenario sheets show). */
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
  /** Resource x period in `resources` order, periods ascending. */
  load: Float64Array;
  ratedCapacity: Float64Array;
  utilization: Float64Array;
  /** Overloaded cells in the order CapacityCheck.cells lists them. */
  overloads: KernelCapacityCell[];
  /** Status of a resource in a period; undefined for a resource or period the check does not have. */
  statusAt(resource: string, period: Period): CapacityStatus | undefined;
  overloadCount: number;
  /** Highest utilization over every resource-month (0 with none; Infinity: load on no capacity). */
  maxUtilization: number;
}

const finiteOr = (v: number | null | undefined, fallback: number): number =>
  typeof v === "number" && Number.isFinite(v) ? v : fallback;

/** "2027-06" -> months since year 0, so offsets are integer arithmetic ("YYYY-MM" sorts the same way). */
const monthNumber = (period: Period): number => Number(period.slice(0, 4)) * 12 + (Number(period.slice(5, 7)) - 1);

/** Production quantities by family, in first-seen order, the first row of a family x period kept. */
function plannedProduction(model: PlanningModel): Map<string, Map<Period, number>> {
  const plan = new Map<string, Map<Period, number>>();
  const first = model.planPeriods[0];
  const add = (family: string, period: Period, q: number) => {
    let byPeriod = plan.get(family);
    if (!byPeriod) {
      byPeriod = new Map();
      plan.set(family, byPeriod);
    }
    if (!byPeriod.has(period)) byPeriod.set(period, q);
  };
  if (model.supply !== null && model.supply.length > 0) {
    // Planned Production from Supply; rows before the plan horizon are history.
    for (const row of model.supply) {
      if (first !== undefined && row.period < first) continue;
      if (!Number.isFinite(row.plannedProduction)) continue;
      add(row.family, row.period, row.plannedProduction);
    }
  } else {
    // No Supply sheet: the demand plan is the only plan there is.
    const column = model.demand.demandPlanColumn;
    for (const row of model.demand.rows) {
      if (first === undefined || row.period < first) continue;
      const q = row.forecasts[column];
      if (q === null || q === undefined || !Number.isFinite(q)) continue;
      add(row.family, row.period, q);
    }
  }
  return plan;
}

export function buildCapacityKernel(model: PlanningModel): CapacityKernel {
  const periods = [...model.planPeriods];
  const P = periods.length;
  const periodIndex = new Map(periods.map((p, t) => [p, t]));
  const bill = model.billOfResources ?? [];

  const resources: string[] = [];
  const resourceIndex = new Map<string, number>();
  const addResource = (r: string) => {
    if (!resourceIndex.has(r)) {
      resourceIndex.set(r, resources.length);
      resources.push(r);
    }
  };
  for (const row of model.capacity ?? []) addResource(row.resource);
  for (const row of bill) addResource(row.resource);

  const n = resources.length * P;
  const availableHours = new Float64Array(n);
  const utilizationFactor = new Float64Array(n).fill(1);
  const efficiency = new Float64Array(n).fill(1);
  const seen = new Uint8Array(n);
  for (const row of model.capacity ?? []) {
    const t = periodIndex.get(row.period);
    if (t === undefined) continue;
    const c = resourceIndex.get(row.resource)! * P + t;
    if (seen[c]) continue; // a duplicated resource x period keeps its first row
    seen[c] = 1;
    availableHours[c] = finiteOr(row.availableHours, 0);
    utilizationFactor[c] = finiteOr(row.utilization, 1);
    efficiency[c] = finiteOr(row.efficiency, 1);
  }

  const plan = plannedProduction(model);
  const families: string[] = [];
  const familyIndex = new Map<string, number>();
  const cell: number[] = [];
  const family: number[] = [];
  const quantity: number[] = [];
  const hoursPerUnit: number[] = [];
  const first = periods[0];
  // Offsets move load whole months earlier: by month number, each production month parsed once.
  const firstMonth = first === undefined ? NaN : monthNumber(first);
  const horizonByMonth = new Map(periods.map((p, t) => [monthNumber(p), t]));
  const months = new Map<Period, number>();
  const monthOf = (p: Period): number => {
    let m = months.get(p);
    if (m === undefined) {
      m = monthNumber(p);
      months.set(p, m);
    }
    return m;
  };
  for (const row of bill) {
    if (!Number.isFinite(row.hoursPerUnit) || row.hoursPerUnit === 0) continue;
    const byPeriod = plan.get(row.family);
    if (!byPeriod || first === undefined) continue;
    let f = familyIndex.get(row.family);
    if (f === undefined) {
      f = families.length;
      familyIndex.set(row.family, f);
      families.push(row.family);
    }
    const r = resourceIndex.get(row.resource)!;
    const offset = Number.isFinite(row.offset) ? row.offset : 0;
    const shift = Math.round(-offset);
    for (const [production, q] of byPeriod) {
      // Load before the first plan period is past due and lands in the first; after it, out of the check.
      let t: number | undefined;
      if (offset === 0) t = production < first ? 0 : periodIndex.get(production);
      else {
        const month = monthOf(production) + shift;
        t = month < firstMonth ? 0 : horizonByMonth.get(month);
      }
      if (t === undefined) continue;
      cell.push(r * P + t);
      family.push(f);
      quantity.push(q);
      hoursPerUnit.push(row.hoursPerUnit);
    }
  }
  return {
    periods,
    resources,
    families,
    availableHours,
    utilizationFactor,
    efficiency,
    cell: Int32Array.from(cell),
    family: Int32Array.from(family),
    quantity: Float64Array.from(quantity),
    hoursPerUnit: Float64Array.from(hoursPerUnit),
  };
}

/** Descending, with Infinity above every number. */
const compareDesc = (a: number, b: number): number => (a === b ? 0 : a > b ? -1 : 1);

/**
 * @param productionFactor multiplier on planned production per family (the scenario's demand factor)
 * @param capacityFactor multiplier on available hours per resource
 */
export function runCapacityKernel(
  k: CapacityKernel,
  productionFactor: Record<string, number>,
  capacityFactor: Record<string, number>,
  warningThreshold: number,
): CapacityOutcome {
  const P = k.periods.length;
  const R = k.resources.length;
  const pf = exactFactors(k.families, productionFactor);
  const cf = exactFactors(k.resources, capacityFactor);

  const load = new Float64Array(R * P);
  for (let i = 0; i < k.cell.length; i++) {
    const hours = k.quantity[i] * pf[k.family[i]] * k.hoursPerUnit[i];
    if (hours !== 0) load[k.cell[i]] += hours;
  }
  const rated = new Float64Array(R * P);
  const utilization = new Float64Array(R * P);
  // Per resource, for "most constrained first": the peak utilization and the overload hours.
  const peak = new Float64Array(R);
  const overloadHours = new Float64Array(R);
  for (let r = 0; r < R; r++) {
    let top = -Infinity;
    let over = 0;
    for (let t = 0; t < P; t++) {
      const c = r * P + t;
      const cap = k.availableHours[c] * cf[r] * k.utilizationFactor[c] * k.efficiency[c];
      rated[c] = cap;
      const u = cap > 0 ? load[c] / cap : load[c] > 0 ? Infinity : 0;
      utilization[c] = u;
      if (u > top) top = u;
      over += Math.max(0, load[c] - cap);
    }
    peak[r] = P > 0 ? top : 0;
    overloadHours[r] = over;
  }
  const order = k.resources
    .map((_, r) => r)
    .sort(
      (a, b) =>
        compareDesc(peak[a], peak[b]) ||
        compareDesc(overloadHours[a], overloadHours[b]) ||
        k.resources[a].localeCompare(k.resources[b]),
    );

  const outLoad = new Float64Array(R * P);
  const outRated = new Float64Array(R * P);
  const outUtilization = new Float64Array(R * P);
  const overloads: KernelCapacityCell[] = [];
  let maxUtilization = 0;
  order.forEach((r, i) => {
    for (let t = 0; t < P; t++) {
      const from = r * P + t;
      const to = i * P + t;
      outLoad[to] = load[from];
      outRated[to] = rated[from];
      const u = utilization[from];
      outUtilization[to] = u;
      if (u > maxUtilization) maxUtilization = u;
      if (u > 1) {
        overloads.push({
          resource: k.resources[r],
          period: k.periods[t],
          load: load[from],
          ratedCapacity: rated[from],
          utilization: u,
          overloadHours: Math.max(0, load[from] - rated[from]),
        });
      }
    }
  });
  const resources = order.map((r) => k.resources[r]);
  let cellIndex: Map<string, number> | null = null;
  return {
    periods: k.periods,
    resources,
    load: outLoad,
    ratedCapacity: outRated,
    utilization: outUtilization,
    overloads,
    overloadCount: overloads.length,
    maxUtilization,
    statusAt(resource, period) {
      if (cellIndex === null) {
        cellIndex = new Map();
        for (let i = 0; i < R; i++) for (let t = 0; t < P; t++) cellIndex.set(`${resources[i]}\u0000${k.periods[t]}`, i * P + t);
      }
      const c = cellIndex.get(`${resource}\u0000${period}`);
      if (c === undefined) return undefined;
      const u = outUtilization[c];
      return u > 1 ? "overload" : u > warningThreshold ? "warning" : "ok";
    },
  };
}
