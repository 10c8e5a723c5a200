/**
 * The planners' KPIs as rows of the summary's key figures (SPEC "Conventions"): fill rate, months of
 * cover, inventory turns and plan adherence, each with how it is computed, or why it is not available.
 * The figures come from engine/kpis (planKpis), so the summary and the JSON show the same numbers.
 */
import type { Analysis } from "../../engine/analyze";
import { planKpis } from "../../engine/kpis";
import { NumberFormats, type ReportValue } from "../workbookSpec";

export interface KeyFigure {
  cells: ReportValue[];
  formats: (string | null)[];
}

/** "Figure, Plan, Budget, Gap, Gap %, Comment": the KPIs fill Plan and Comment. */
function figure(label: string, value: number | null, format: string, comment: string, whyNot: string): KeyFigure {
  return {
    cells: value === null ? [label, "n/a", null, null, null, whyNot] : [label, value, null, null, null, comment],
    formats: [format],
  };
}

export function kpiFigures(analysis: Analysis): KeyFigure[] {
  const k = planKpis(analysis);
  const supply = analysis.model.sheets.supply ?? "Supply";
  const noSupply = "No Supply sheet.";
  return [
    figure("Fill rate", k.fillRate, NumberFormats.percent, "Demand met in its month / demand, over the plan horizon", noSupply),
    figure(
      "Months of cover",
      k.monthsOfCover,
      "0.0",
      "Stock after the first plan month, in months of demand",
      analysis.reconciliation ? "No demand after the first plan month." : noSupply,
    ),
    figure(
      "Inventory turns (annualized)",
      k.inventoryTurns,
      "0.0",
      "12 × demand at cost / stock on hand at cost, plan horizon",
      analysis.reconciliation ? "No Unit Cost on the Finance sheet (or no stock)." : noSupply,
    ),
    figure(
      "Plan adherence",
      k.planAdherence,
      NumberFormats.percent,
      `1 − Σ |actual − planned| / Σ planned, ${k.adherenceMonths} closed month(s) with Actual Production`,
      `No Actual Production on the ${supply} sheet for closed months.`,
    ),
  ];
}
