/**
 * The result of the rough-cut capacity check (the supply review's "can we make the plan?").
 * Shared by the engine modules in this folder, the Capacity Check sheet and the JSON summary.
 */
import type { Finding, Period } from "../model";

/** Overload above 100% of rated capacity, Warning above the warning threshold (default 90%), else OK. */
export type CapacityStatus = "ok" | "warning" | "overload";

/** Where the production quantities that load the resources came from. */
export type PlanSource = "supply" | "demandPlan";

/** One resource in one plan period. Hours throughout. */
export interface CapacityCell {
  resource: string;
  period: Period;
  /** Available Hours from the Capacity sheet (after any scenario capacity change); 0 where no row. */
  availableHours: number;
  /** The Capacity sheet's Utilization and Efficiency, as fractions. */
  utilizationFactor: number;
  efficiency: number;
  /** available hours x utilization x efficiency. */
  ratedCapacity: number;
  /** Load of the production plan, including pastDueLoad. */
  load: number;
  /** Load whose period fell before the first plan period (offsets), added to this period's load;
   * only ever non-zero in the first plan period. */
  pastDueLoad: number;
  /** load / rated capacity. Infinity when there is load but no rated capacity ("No capacity");
   * 0 when there is neither. Never NaN. */
  utilization: number;
  status: CapacityStatus;
  /** load - rated capacity where positive, else 0. */
  overloadHours: number;
  /** Max Overtime Hours from the Capacity sheet (0 where not given). */
  maxOvertimeHours: number;
  /** Overtime Cost per hour from the Capacity sheet; null where not given. */
  overtimeCost: number | null;
  /** Load of the demand plan ("can we meet demand"), including its own past-due part. */
  requiredLoad: number;
  requiredUtilization: number;
  requiredStatus: CapacityStatus;
  /** Planned load by family (hours), for "who drives the overload". */
  loadByFamily: Record<string, number>;
}

/** One way to cover (part of) an overload, in the order a planner tries them. */
export type CapacityLever =
  | { kind: "overtime"; hours: number }
  /** Spare rated capacity in earlier periods, latest first; each period's spare is used only once. */
  | { kind: "prebuild"; hours: number; from: { period: Period; hours: number }[] }
  /** What overtime and pre-build cannot cover: subcontract it or reshape demand. */
  | { kind: "subcontract"; hours: number };

export interface CapacityOverload {
  resource: string;
  period: Period;
  load: number;
  ratedCapacity: number;
  overloadHours: number;
  /** Always overtime, prebuild, subcontract in that order; their hours add up to overloadHours. */
  levers: CapacityLever[];
  /** The family with the largest load on the resource in the period. */
  largestFamily: string | null;
}

/** One resource over the horizon, for "most constrained resources first". */
export interface ResourceSummary {
  resource: string;
  /** Highest utilization over the plan periods (Infinity: load with no capacity). */
  maxUtilization: number;
  /** The period of the highest utilization (the first, on ties); null without plan periods. */
  peakPeriod: Period | null;
  overloadPeriods: number;
  warningPeriods: number;
  overloadHours: number;
  pastDueLoad: number;
}

export interface CapacityCheck {
  planSource: PlanSource;
  /** One sentence saying where the load came from, shown on the sheet. */
  planSourceNote: string;
  /** The demand plan column the required load (and, without Supply, the planned load) came from. */
  demandPlanColumn: string;
  warningThreshold: number;
  periods: Period[];
  /** Resources, most constrained first. */
  resources: string[];
  /** resource x period, resources in `resources` order, periods ascending. */
  cells: CapacityCell[];
  /** Overloads, in `resources` order then by period, with their levers. */
  overloads: CapacityOverload[];
  /** Same order as `resources`. */
  constrained: ResourceSummary[];
  /** Data-quality findings of the check (e.g. a family without a bill of resources). */
  findings: Finding[];
}

/**
 * Scenario knobs. Factors multiply (1.15 = +15%); a record gives one factor per resource or family
 * (missing names = 1). checkCapacity stays a pure function of (model, settings, options), so the
 * scenario engine can re-run it.
 */
export interface CapacityOptions {
  /** Multiplies Available Hours (so rated capacity), all resources or per resource. */
  capacityFactor?: number | Record<string, number>;
  /** Multiplies the demand plan, all families or per family. */
  demandFactor?: number | Record<string, number>;
  /** Multiplies planned production. Defaults to demandFactor: a scenario's demand change is assumed
   * to be made (the plan follows demand), so the check shows whether the resources can follow. */
  productionFactor?: number | Record<string, number>;
}
