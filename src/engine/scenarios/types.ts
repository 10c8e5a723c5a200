/**
 * Scenarios of the pre-S&OP: what-if versions of the plan (demand, price and capacity changes), each
 * run again through the capacity check, the reconciliation and finance, and compared on a few KPIs.
 */
import type { CapacityCheck } from "../capacity";
import type { FinancialReconciliation } from "../finance";
import type { Finding } from "../model";
import type { Reconciliation } from "../reconcile";
import type { ScenarioOutcome } from "./kernel/types";

/** Where a scenario came from. "plan" is Most Likely, the plan as given. */
export type ScenarioSource = "plan" | "default" | "sheet" | "settings";

/** One usable change of a scenario (a Scenarios sheet row or a settings entry that passed the checks). */
export interface ScenarioChange {
  /** Fractions: 0.1 for +10%; null where not given. */
  demandChange: number | null;
  priceChange: number | null;
  capacityChange: number | null;
  /** The family the demand and price changes apply to (Demand's spelling); null = all families. */
  family: string | null;
  /** The resource the capacity change applies to (Capacity's spelling); null = all resources. */
  resource: string | null;
}

export interface ScenarioDefinition {
  /** As first written (sheet or settings); unique case-insensitively. */
  name: string;
  source: ScenarioSource;
  changes: ScenarioChange[];
  /** Multiplier per family (every Demand family; 1 = unchanged). Rows combine by multiplying. */
  demandFactor: Record<string, number>;
  priceFactor: Record<string, number>;
  /** Multiplier on available hours per resource (every known resource; 1 = unchanged). */
  capacityFactor: Record<string, number>;
  /** The changes in words, e.g. "Demand +10% (all families); Capacity +15% (Paint Shop)". */
  description: string;
}

/**
 * The KPIs a scenario is compared on. null where the analysis behind it could not run (no Supply
 * sheet: fill rate, shortages, ending inventory; no Capacity or Bill of Resources: overloads,
 * maximum utilization; no Finance sheet: revenue, margin, revenue gap).
 */
export interface ScenarioKpis {
  /** Revenue over the plan horizon of the demand supply can meet: met demand x scenario price (met as
   * in the gap table; all demand without a Supply sheet). Margin and revenue gap likewise. */
  revenue: number | null;
  margin: number | null;
  /** Revenue - budget revenue (negative = below budget). */
  revenueGap: number | null;
  budgetRevenue: number | null;
  /** Share of demand met in its own period: sum of met(t) / sum of demand(t). */
  fillRate: number | null;
  /** Family-months with projected inventory below zero (backlog). */
  shortages: number | null;
  /** Resource-months above 100% of rated capacity. */
  overloads: number | null;
  /** Highest load / rated capacity over every resource-month; Infinity for load on no capacity. */
  maxUtilization: number | null;
  /** Sum over families of the last plan period's projected inventory. */
  endingInventory: number | null;
  /** Sum over families of the last plan period's target inventory; null where no target is given. */
  endingTargetInventory: number | null;
}

export interface ScenarioResult {
  definition: ScenarioDefinition;
  kpis: ScenarioKpis;
  /** The scenario's figures from the scenario kernel (dense arrays): per resource-month load and
   * status, per family projected inventory and totals, per family revenue gaps. Cheap to read. */
  outcome: ScenarioOutcome;
  /** The full analyses. For a what-if scenario each is computed on first read (checkCapacity,
   * reconcile, reconcileFinance with the scenario's factors), so read `outcome` where it is enough. */
  capacity?: CapacityCheck;
  reconciliation?: Reconciliation;
  finance?: FinancialReconciliation;
}

export interface ScenarioComparison {
  /** Most Likely first, then the scenarios in the order they were defined. */
  results: ScenarioResult[];
  /** Where the scenarios came from, in words, for the sheets. */
  sourceNote: string;
  /** Bad scenario rows (unknown family or resource, change below -100%, no change at all). */
  findings: Finding[];
}
