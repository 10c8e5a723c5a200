/**
 * The scenario KPIs as a planner reads them: label, unit, and which way is better, so the comparison
 * can highlight the best scenario per KPI and say why.
 */
import type { ScenarioKpis } from "./types";

/** higher / lower: the extreme wins; target: ending inventory closest to the total target inventory
 * (more stock than planned ties up cash, less risks service). */
export type KpiBetter = "higher" | "lower" | "target";

export interface KpiDefinition {
  key: keyof Omit<ScenarioKpis, "budgetRevenue" | "endingTargetInventory">;
  label: string;
  unit: "money" | "percent" | "count" | "units";
  better: KpiBetter;
  /** One sentence: how it is computed and why that direction is better. */
  note: string;
}

export const SCENARIO_KPIS: readonly KpiDefinition[] = [
  {
    key: "revenue",
    label: "Revenue",
    unit: "money",
    better: "higher",
    note: "Revenue of the demand the Supply plan as given can meet, over the plan horizon (met demand × unit price; met as in the gap table; without a Supply sheet, all demand). Higher is better.",
  },
  {
    key: "margin",
    label: "Margin",
    unit: "money",
    better: "higher",
    note: "Met demand × (unit price − unit cost). Higher is better.",
  },
  {
    key: "revenueGap",
    label: "Revenue Gap vs Budget",
    unit: "money",
    better: "higher",
    note: "Revenue (of met demand) − budget revenue; negative = below budget. Higher is better.",
  },
  {
    key: "fillRate",
    label: "Fill Rate",
    unit: "percent",
    better: "higher",
    note: "Share of demand met in its own period from stock on hand plus that period's supply. Higher is better.",
  },
  {
    key: "shortages",
    label: "Shortage Family-Months",
    unit: "count",
    better: "lower",
    note: "Family-months with projected inventory below zero (the Supply plan as given). Lower is better.",
  },
  {
    key: "overloads",
    label: "Overloaded Resource-Months",
    unit: "count",
    better: "lower",
    note: "Resource-months above 100% of rated capacity (production following the scenario's demand). Lower is better.",
  },
  {
    key: "maxUtilization",
    label: "Maximum Utilization",
    unit: "percent",
    better: "lower",
    note: "Highest load / rated capacity of any resource-month. Lower is better.",
  },
  {
    key: "endingInventory",
    label: "Ending Inventory",
    unit: "units",
    better: "target",
    note: "Projected inventory of all families in the last plan month. Best = closest to the total target inventory.",
  },
];

/**
 * Indexes of the best value among the scenarios: every scenario that ties for it (so a tie is shown
 * wherever it is, not only on the first). Empty when nothing can be compared or all are equal.
 */
export function bestScenarios(kpi: KpiDefinition, all: readonly ScenarioKpis[]): number[] {
  const score = (k: ScenarioKpis): number | null => {
    const v = k[kpi.key];
    if (v === null || Number.isNaN(v)) return null;
    if (kpi.better === "higher") return v;
    if (kpi.better === "lower") return -v;
    return k.endingTargetInventory === null ? null : -Math.abs(v - k.endingTargetInventory);
  };
  const scores = all.map(score);
  const given = scores.filter((s): s is number => s !== null);
  if (given.length < 2 || given.every((s) => s === given[0])) return [];
  const best = Math.max(...given);
  return scores.flatMap((s, i) => (s === best ? [i] : []));
}
