/**
 * The scenario kernel: the capacity, gap and finance kernels of a model (each the one implementation of
 * its analysis, laid out once per model in dense arrays) and one tight pass of each per scenario, which
 * scales demand and price per family and available hours per resource. The plan's own analyses are
 * views of the same kernels (checkCapacity, reconcile, reconcileFinance).
 */
import type { PlanningModel } from "../../model";
import type { ScenarioDefinition, ScenarioKpis } from "../types";
import { capacityKernel, runCapacityKernel } from "../../capacity/capacityKernel";
import { financeKernel, runFinanceKernel, servedQuantities } from "../../finance/financeKernel";
import { gapKernel, runGapKernel } from "../../reconcile/gapKernel";
import type { ScenarioKernel, ScenarioOutcome } from "./types";

export function scenarioKernel(model: PlanningModel): ScenarioKernel {
  return {
    capacity: model.capacity !== null && model.billOfResources !== null ? capacityKernel(model) : undefined,
    gaps: model.supply !== null && model.supply.length > 0 ? gapKernel(model) : undefined,
    finance: model.finance !== null && model.finance.length > 0 ? financeKernel(model) : undefined,
  };
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
  const { demandFactor, priceFactor, capacityFactor } = definition;
  const adjustments = { demandFactors: demandFactor, priceFactors: priceFactor };
  const gaps = kernel.gaps && runGapKernel(kernel.gaps, adjustments);
  const finance = kernel.finance && runFinanceKernel(kernel.finance, adjustments);
  const served =
    kernel.finance && gaps
      ? runFinanceKernel(kernel.finance, adjustments, { quantities: servedQuantities(kernel.finance, gaps) })
      : finance;
  return {
    capacity: kernel.capacity && runCapacityKernel(kernel.capacity, { demandFactor, capacityFactor }, warningThreshold),
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
