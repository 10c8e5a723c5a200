/**
 * The "Scenario Comparison" sheet: the scenarios and what they change (with links to their sheets),
 * the KPIs side by side (KPI rows x scenario columns) with the best value of each row highlighted,
 * the change of each KPI against Most Likely, and per KPI whether higher or lower is better and why.
 */
import { rangeAddress } from "../../engine/a1";
import {
  bestScenarios,
  SCENARIO_KPIS,
  type ScenarioComparison,
  type ScenarioKpis,
  type ScenarioResult,
} from "../../engine/scenarios";
import type { SheetSpec } from "../workbookSpec";
import { GREEN } from "./palette";
import { BETTER_WORDS, kpiCell, kpiDelta, kpiDeltaFormat, kpiDeltaLabel, kpiFormat } from "./scenarioKpiFormat";
import { SheetBuilder } from "./sheetBuilder";
import { BALANCED_PLAN_SHEET } from "./balancedPlanSheet";

export const SCENARIO_COMPARISON_SHEET = "Scenario Comparison";

const SOURCE_WORDS = {
  plan: "The plan as given",
  default: "Default",
  sheet: "Scenarios sheet",
  settings: "Settings",
  balanced: "Balanced Plan (LP)",
} as const;

/** The balanced plan as a comparison column: Most Likely's demand met by the Balanced Plan's supply. */
function balancedResult(kpis: ScenarioKpis): Pick<ScenarioResult, "kpis"> & {
  definition: { name: string; source: "balanced"; description: string };
} {
  return {
    kpis,
    definition: {
      name: "Balanced",
      source: "balanced",
      description:
        "The demand plan met by the cost-optimal plan (production, overtime, subcontracting) of the Balanced Plan sheet",
    },
  };
}
const BEST = { ...GREEN, bold: true };

/**
 * @param sheetNames the "Scen - <name>" sheet of each result, same order
 * @param balanced the balanced plan's KPIs (SPEC.md "Balancing"), shown as a last column "Balanced"
 */
export function scenarioComparisonSheet(
  comparison: ScenarioComparison,
  sheetNames: readonly string[],
  balanced?: ScenarioKpis,
): SheetSpec {
  const b = new SheetBuilder();
  // The balanced plan is compared as one more column: Most Likely's demand, the Balanced Plan's supply.
  const results = balanced ? [...comparison.results, balancedResult(balanced)] : comparison.results;
  const names = results.map((r) => r.definition.name);

  b.title("Scenario Comparison");
  b.note(comparison.sourceNote);
  b.note(
    "Each scenario re-runs the capacity check (production follows the scenario's demand), the gap table (the Supply plan as given " +
      "against the scenario's demand) and finance (the scenario's prices against budget). Revenue, margin and revenue gap count the demand " +
      "the supply plan can meet (met as in the gap table), with the fill rate beside them. Best value per KPI in green, every tie too.",
  );

  b.heading("Scenarios");
  const { first } = b.table(
    "ScenarioList",
    ["Scenario", "Source", "Changes", "Sheet"],
    results.map((r, i) => [
      r.definition.name,
      SOURCE_WORDS[r.definition.source],
      r.definition.description,
      sheetNames[i] ?? BALANCED_PLAN_SHEET,
    ]),
  );
  results.forEach((_, i) =>
    b.links.push({ cell: rangeAddress(first + i, 3, first + i, 3), sheet: sheetNames[i] ?? BALANCED_PLAN_SHEET, target: "A1" }),
  );

  b.heading("KPIs side by side");
  const { first: kpiFirst } = b.table(
    "ScenarioKpis",
    ["KPI", "Better", ...names],
    SCENARIO_KPIS.map((kpi) => [kpi.label, BETTER_WORDS[kpi.better], ...results.map((r) => kpiCell(kpi, r.kpis))]),
  );
  SCENARIO_KPIS.forEach((kpi, k) => {
    const row = kpiFirst + k;
    b.styles.push({ range: rangeAddress(row, 2, row, 1 + results.length), numberFormat: kpiFormat(kpi) });
    for (const best of bestScenarios(
      kpi,
      results.map((r) => r.kpis),
    ))
      b.styles.push({ range: rangeAddress(row, 2 + best, row, 2 + best), ...BEST });
  });

  if (results.length > 1) {
    b.heading("Change against Most Likely");
    const others = results.slice(1);
    const { first: deltaFirst } = b.table(
      "ScenarioDeltas",
      ["KPI", "Better", ...others.map((r) => r.definition.name)],
      SCENARIO_KPIS.map((kpi) => [
        kpiDeltaLabel(kpi),
        BETTER_WORDS[kpi.better],
        ...others.map((r) => kpiDelta(kpi, r.kpis, results[0].kpis)),
      ]),
    );
    SCENARIO_KPIS.forEach((kpi, k) => {
      b.styles.push({
        range: rangeAddress(deltaFirst + k, 2, deltaFirst + k, 1 + others.length),
        numberFormat: kpiDeltaFormat(kpi),
      });
    });
  }

  b.heading("How each KPI is computed");
  b.table(
    "ScenarioKpiNotes",
    ["KPI", "Better", "Definition"],
    SCENARIO_KPIS.map((kpi) => [kpi.label, BETTER_WORDS[kpi.better], kpi.note]),
  );
  const targets = results[0].kpis.endingTargetInventory;
  if (targets !== null)
    b.note(`Total target inventory in the last plan month: ${Math.round(targets).toLocaleString("en-US")} units.`);

  return b.sheet({
    name: SCENARIO_COMPARISON_SHEET,
    // Column C holds the scenario list's "Changes" text as well as the first scenario's KPIs.
    columnWidths: [28, 18, 34, ...names.slice(1).map(() => 20), 24].slice(0, Math.max(4, names.length + 2)),
    freeze: { rows: 0, columns: 1 },
    tabColor: "#7030A0",
  });
}
