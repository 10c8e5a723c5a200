/**
 * The scenario kernel: what a scenario cannot change (supply, capacity rows, bill of resources,
 * prices, costs, budgets, the unscaled demand plan) laid out once per model in dense arrays, and one
 * tight pass per scenario that scales demand and price per family and available hours per resource.
 * It gives the same KPIs as re-running checkCapacity, reconcile and reconcileFinance (the tests hold
 * it to that), without a CapacityCheck, Reconciliation or FinancialReconciliation per scenario.
 */
import type { PlanningModel } from "../../model";
import type { ScenarioDefinition, ScenarioKpis } from "../types";
import { capacityKernel, runCapacityKernel, type CapacityKernel, type CapacityOutcome } from "../../capacity";
import { buildFinanceKernel, runFinanceKernel, servedQuantities, type FinanceKernel, type FinanceOutcome } from "./financeKernel";
import { gapKernel, runGapKernel, type GapKernel, type GapOutcome } from "../../reconcile/gapKernel";

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
  /** The scenario's demand in money (what the Financial Gap of the scenario shows). */
  finance?: FinanceOutcome;
  /** The demand its supply can meet, in money: the revenue KPIs. Without a Supply sheet nothing
   * limits the demand, so this is `finance`. */
  served?: FinanceOutcome;
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
    capacity: model.capacity !== null && model.billOfResources !== null ? capacityKernel(model) : undefined,
    gaps: model.supply !== null && model.supply.length > 0 ? gapKernel(model) : undefined,
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
  const gaps = kernel.gaps && runGapKernel(kernel.gaps, { demandFactors: definition.demandFactor });
  const finance = kernel.finance && runFinanceKernel(kernel.finance, definition.demandFactor, definition.priceFactor);
  const served =
    kernel.finance && gaps
      ? runFinanceKernel(kernel.finance, definition.demandFactor, definition.priceFactor, servedQuantities(kernel.finance, gaps))
      : finance;
  return {
    capacity:
      kernel.capacity &&
      runCapacityKernel(
        kernel.capacity,
        { demandFactor: definition.demandFactor, capacityFactor: definition.capacityFactor },
        warningThreshold,
      ),
    gaps,
    finance,
    served,
  };
}

/** The KPIs (definitions in ../types.ts); null where the analysis behind a KPI does not run. */
export function outcomeKpis(outcome: ScenarioOutcome): ScenarioKpis {
  const { capacity, gaps, served } = outcome;
  return {
    revenue: served ? served.total.demandRevenue : null,
    margin: served ? served.total.margin : null,
    revenueGap: served ? served.total.revenueGap : null,
    budgetRevenue: served ? served.total.budgetRevenue : null,
    fillRate: gaps ? gaps.fillRate : null,
    shortages: gaps ? gaps.shortages : null,
    overloads: capacity ? capacity.overloadCount : null,
    maxUtilization: capacity ? capacity.maxUtilization : null,
    endingInventory: gaps ? gaps.endingInventory : null,
    endingTargetInventory: gaps ? gaps.endingTargetInventory : null,
  };
}
