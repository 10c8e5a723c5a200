/**
 * Runs every scenario through the supply review and the reconciliation again:
 * - capacity check: available hours x the scenario's capacity factor; planned production follows the
 *   scenario's demand (productionFactor = demandFactor): "can the resources follow this demand?";
 * - reconciliation: the Supply plan as given against the scenario's demand: "what does the current
 *   supply plan leave short?";
 * - finance: the scenario's demand at the scenario's prices against the budget.
 * Each part runs where its sheets exist; the scenarios need the Demand sheet only.
 */
import { checkCapacity } from "../capacity";
import { reconcileFinance } from "../finance";
import type { PlanningModel } from "../model";
import { reconcile } from "../reconcile";
import type { Settings } from "../settings";
import { scenarioDefinitions } from "./scenarioDefinitions";
import { scenarioKpis } from "./scenarioKpis";
import type { ScenarioComparison, ScenarioResult } from "./types";

export function runScenarios(model: PlanningModel, settings: Settings): ScenarioComparison {
  const { definitions, findings } = scenarioDefinitions(model, settings);
  const hasCapacity = model.capacity !== null && model.billOfResources !== null;
  const hasSupply = model.supply !== null && model.supply.length > 0;
  const hasFinance = model.finance !== null && model.finance.length > 0;

  const results: ScenarioResult[] = definitions.map((definition) => {
    const capacity = hasCapacity
      ? checkCapacity(model, settings, {
          capacityFactor: definition.capacityFactor,
          demandFactor: definition.demandFactor,
          productionFactor: definition.demandFactor,
        })
      : undefined;
    const adjustments = { demandFactors: definition.demandFactor, priceFactors: definition.priceFactor };
    const reconciliation = hasSupply ? reconcile(model, settings, adjustments) : undefined;
    const finance = hasFinance ? reconcileFinance(model, settings, adjustments) : undefined;
    return { definition, capacity, reconciliation, finance, kpis: scenarioKpis({ capacity, reconciliation, finance }) };
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
