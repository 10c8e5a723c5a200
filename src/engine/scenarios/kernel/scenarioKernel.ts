/**
 * The scenario kernel: what a scenario cannot change (supply, capacity rows, bill of resources,
 * prices, costs, budgets, the unscaled demand plan) laid out once per model in dense arrays, and one
 * tight pass per scenario that scales demand and price per family and available hours per resource.
 * It gives the same KPIs as re-running checkCapacity, reconcile and reconcileFinance (the tests hold
 * it to that), without a CapacityCheck, Reconciliation or FinancialReconciliation per scenario.
 */
import type { PlanningModel } from "../../model";
import type { ScenarioDefinition, ScenarioKpis } from "../types";
import { buildCapacityKernel, runCapacityKernel, type CapacityKernel, type CapacityOutcome } from "./capacityKernel";
import { buildFinanceKernel, runFinanceKernel, type FinanceKernel, type FinanceOutcome } from "./financeKernel";
import { buildGapKernel, runGapKernel, type GapKernel, type GapOutcome } from "./gapKernel";

export interface ScenarioKernel {
  /** Present where the analysis runs: Capacity and Bill of Resources; Supply; Finance. */
  capacity?: CapacityKernel;
  gaps?: GapKernel;
  finance?: FinanceKernel;
}

/** A scenario's figures from the kernel: what its sheets and the summary's exceptions read. */
export interface ScenarioOutcome {
  capacity?: CapacityOutcome;
  gaps?: GapOutcome;
  finance?: FinanceOutcome;
}

/** The model parts the kernel reads; a model is not changed after the readers build it, but a caller
 * swapping one of them on the same object gets a fresh kernel. */
const inputsOf = (m: PlanningModel): unknown[] => [
  m.demand.rows,
  m.demand.demandPlanColumn,
  m.families,
  m.planPeriods,
  m.historyPeriods,
  m.supply,
  m.capacity,
  m.billOfResources,
  m.finance,
];

const cache = new WeakMap<PlanningModel, { inputs: unknown[]; kernel: ScenarioKernel }>();

export function scenarioKernel(model: PlanningModel): ScenarioKernel {
  const inputs = inputsOf(model);
  const hit = cache.get(model);
  if (hit && hit.inputs.every((x, i) => x === inputs[i])) return hit.kernel;
  const kernel: ScenarioKernel = {
    capacity: model.capacity !== null && model.billOfResources !== null ? buildCapacityKernel(model) : undefined,
    gaps: model.supply !== null && model.supply.length > 0 ? buildGapKernel(model) : undefined,
    finance: model.finance !== null && model.finance.length > 0 ? buildFinanceKernel(model) : undefined,
  };
  cache.set(model, { inputs, kernel });
  return kernel;
}

/**
 * One scenario through the kernel. Capacity: production follows the scenario's demand and available
 * hours take its capacity factor; gap table: the Supply plan as given against its demand; finance:
 * its demand at its prices against the budget (as runScenarios describes).
 */
export function runScenarioKernel(
  kernel: ScenarioKernel,
  definition: ScenarioDefinition,
  warningThreshold: number,
): ScenarioOutcome {
  return {
    capacity:
      kernel.capacity && runCapacityKernel(kernel.capacity, definition.demandFactor, definition.capacityFactor, warningThreshold),
    gaps: kernel.gaps && runGapKernel(kernel.gaps, definition.demandFactor),
    finance: kernel.finance && runFinanceKernel(kernel.finance, definition.demandFactor, definition.priceFactor),
  };
}

/** The KPIs (definitions in ../types.ts); null where the analysis behind a KPI does not run. */
export function outcomeKpis(outcome: ScenarioOutcome): ScenarioKpis {
  const { capacity, gaps, finance } = outcome;
  return {
    revenue: finance ? finance.total.demandRevenue : null,
    margin: finance ? finance.total.margin : null,
    revenueGap: finance ? finance.total.revenueGap : null,
    budgetRevenue: finance ? finance.total.budgetRevenue : null,
    fillRate: gaps ? gaps.fillRate : null,
    shortages: gaps ? gaps.shortages : null,
    overloads: capacity ? capacity.overloadCount : null,
    maxUtilization: capacity ? capacity.maxUtilization : null,
    endingInventory: gaps ? gaps.endingInventory : null,
    endingTargetInventory: gaps ? gaps.endingTargetInventory : null,
  };
}
