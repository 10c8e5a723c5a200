/**
 * The balanced plan (SPEC.md "Balancing"): the cheapest plan that meets the demand plan within rated
 * capacity plus overtime, next to the plan as given costed the same way.
 */
import type { CapacityCheck } from "../capacity";
import type { Period } from "../model";
import type { Reconciliation } from "../reconcile";
import type { ScenarioKpis } from "../scenarios/types";
import type { LpModel } from "./lpModel";

/** One family x plan month. Units. */
export interface BalanceLine {
  family: string;
  period: Period;
  demand: number;
  /** Recommended in-house production P[f,t]. */
  production: number;
  /** Recommended subcontracted units S[f,t]. */
  subcontract: number;
  /** On-hand inventory I[f,t] and backorders B[f,t] at the end of the month. */
  inventory: number;
  backorders: number;
  /** Units below the target inventory V[f,t]. */
  belowTarget: number;
  targetInventory: number | null;
  /** The plan as given: Planned Production and its projected inventory (negative = backlog). */
  plannedProduction: number;
  plannedInventory: number;
}

/** One resource x plan month. Hours. */
export interface BalanceResourceLine {
  resource: string;
  period: Period;
  ratedCapacity: number;
  /** Load of the recommended production (offsets and past-due load as in the capacity check). */
  load: number;
  /** Recommended overtime O[r,t]. */
  overtimeHours: number;
  maxOvertimeHours: number;
  /** Overtime Cost per hour; null where not given (no overtime on this resource-month). */
  overtimeCost: number | null;
  /** The plan as given: its load, the overtime its overload takes, and the hours nothing covers. */
  planLoad: number;
  planOvertimeHours: number;
  uncoveredHours: number;
}

export type BalanceLever = "subcontract" | "overtime" | "holding" | "backorder" | "belowTarget";

/** The cost of one lever in the balanced plan and in the plan as given. */
export interface LeverCost {
  lever: BalanceLever;
  balanced: number;
  plan: number;
}

export interface Balance {
  /** "HiGHS 1.11.0". */
  solver: string;
  /** Minimum cost of the balanced plan (the LP objective). */
  objective: number;
  /** The plan as given, costed the same way. */
  planCost: number;
  /** Subcontract premium, overtime, holding, backorder, below target: balanced vs plan. */
  levers: LeverCost[];
  lines: BalanceLine[];
  resources: BalanceResourceLine[];
  totals: {
    overtimeHours: number;
    subcontractUnits: number;
    /** Σ B[f,t]: units waiting, counted each month they wait. */
    backorderUnitMonths: number;
    /** Σ max(0, I[f,t] - target): stock carried above target (pre-built for later months or opening stock). */
    prebuildUnitMonths: number;
    planOvertimeHours: number;
    planBackorderUnitMonths: number;
    /** Overload hours of the plan as given beyond Max Overtime Hours (or with no Overtime Cost). */
    uncoveredHours: number;
  };
  /** The defaults used, in sentences for the sheet. */
  defaults: string[];
  /** Levers the model could not use (no cost given), in sentences. */
  unusedLevers: string[];
  /** Model size: columns, rows and non-zero coefficients; solve time in ms (wall clock, this run). */
  size: { variables: number; constraints: number; nonzeros: number; solveMs: number };
  /** The model itself, and as CPLEX LP text with a comment naming the families and resources (--lp). */
  lp: LpModel;
  lpText(): string;
  /** The balanced plan run through the capacity check (in-house production) and the gap table
   * (in-house + subcontracted), for its KPIs and the Scenario Comparison column. */
  capacity: CapacityCheck;
  reconciliation: Reconciliation;
  kpis: ScenarioKpis;
}
