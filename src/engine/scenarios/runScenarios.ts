/**
 * Runs every scenario through the supply review and the reconciliation again:
 * - capacity check: available hours x the scenario's capacity factor; planned production follows the
 *   scenario's demand (productionFactor = demandFactor): "can the resources follow this demand?";
 * - reconciliation: the Supply plan as given against the scenario's demand: "what does the current
 *   supply plan leave short?";
 * - finance: the scenario's demand at the scenario's prices against the budget.
 * Each part runs where its sheets exist; the scenarios need the Demand sheet only.
 */
import { type CapacityCheck, checkCapacity } from "../capacity";
import { type FinancialReconciliation, reconcileFinance } from "../finance";
import type { PlanningModel } from "../model";
import { type Reconciliation, reconcile } from "../reconcile";
import type { Settings } from "../settings";
import { scenarioDefinitions } from "./scenarioDefinitions";
import { outcomeKpis, runScenarioKernel, scenarioKernel } from "./kernel/scenarioKernel";
import { lazyProperty } from "./lazyProperty";
import type { ScenarioComparison, ScenarioDefinition, ScenarioResult } from "./types";

/** The plan's own results, when analyze() has already run them: Most Likely is the plan as given, so
 * it reuses them instead of running the same numbers a second time. */
export interface PlanResults {
  capacity?: CapacityCheck;
  reconciliation?: Reconciliation;
  finance?: FinancialReconciliation;
}

/** True when a scenario changes nothing: every factor is 1. */
function isPlanAsGiven(definition: ScenarioDefinition): boolean {
  const ones = (factors: Record<string, number>) => Object.values(factors).every((f) => f === 1);
  return ones(definition.demandFactor) && ones(definition.priceFactor) && ones(definition.capacityFactor);
}

export function runScenarios(model: PlanningModel, settings: Settings, plan: PlanResults = {}): ScenarioComparison {
  const { definitions, findings } = scenarioDefinitions(model, settings);
  const hasCapacity = model.capacity !== null && model.billOfResources !== null;
  const hasSupply = model.supply !== null && model.supply.length > 0;
  const hasFinance = model.finance !== null && model.finance.length > 0;

  // KPIs and the figures the sheets read come from the kernel (built once per model); the full
  // analyses of a what-if scenario are only computed if something reads them.
  const kernel = scenarioKernel(model);
  const results: ScenarioResult[] = definitions.map((definition) => {
    const asGiven = definition.source === "plan" && isPlanAsGiven(definition);
    const outcome = runScenarioKernel(kernel, definition, settings.warningThreshold);
    const result: ScenarioResult = { definition, kpis: outcomeKpis(outcome), outcome };
    const adjustments = { demandFactors: definition.demandFactor, priceFactors: definition.priceFactor };
    if (hasCapacity) {
      if (asGiven && plan.capacity) result.capacity = plan.capacity;
      else {
        // The kernel run again, with the detail the Capacity Check shows (required load, by family).
        const options = { capacityFactor: definition.capacityFactor, demandFactor: definition.demandFactor };
        lazyProperty(result, "capacity", () => checkCapacity(model, settings, options));
      }
    }
    if (hasSupply) {
      if (asGiven && plan.reconciliation) result.reconciliation = plan.reconciliation;
      else lazyProperty(result, "reconciliation", () => reconcile(model, settings, adjustments));
    }
    if (hasFinance) {
      if (asGiven && plan.finance) result.finance = plan.finance;
      else lazyProperty(result, "finance", () => reconcileFinance(model, settings, adjustments));
    }
    return result;
  });

  const sources = new Set(definitions.map((d) => d.source));
  const scenariosSheet = model.sheets.scenarios ?? "Scenarios";
  const sourceNote = sources.has("default")
    ? "Neither a Scenarios sheet nor the settings define scenarios, so the defaults are compared: Optimistic (+10% demand) and Pessimistic (−10% demand)."
    : [
        sources.has("sheet") && `the ${scenariosSheet} sheet`,
        sources.has("settings") && "the settings (they replace a sheet scenario of the same name)",
      ]
        .filter(Boolean)
        .reduce((text, part, i) => `${text}${i > 0 ? " and " : ""}${part}`, "Scenarios from ") + ".";
  const skipped = [
    !hasCapacity && "no capacity check (Capacity or Bill of Resources missing)",
    !hasSupply && "no reconciliation (no Supply sheet)",
    !hasFinance && "no finance (no Finance sheet)",
  ].filter(Boolean);
  return {
    results,
    sourceNote:
      `Most Likely is the plan as given. ${definitions.length === 1 ? "No other scenario is defined." : sourceNote}` +
      (skipped.length > 0 ? ` Not compared: ${skipped.join("; ")}.` : ""),
    findings,
  };
}
