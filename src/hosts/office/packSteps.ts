/**
 * Which pack sheets each analysis step writes, so the task pane can regenerate one step alone (the
 * other generated sheets stay). The summary is always rewritten: it links to the rest.
 */
import type { AnalysisStep } from "../../engine/analyze";
import { SheetNames } from "../../report/sheetNames";
import type { WorkbookSpec } from "../../report/workbookSpec";

const SCENARIO_SHEET_PREFIX = "Scen - ";

export function stepOfSheet(name: string): AnalysisStep | "summary" | null {
  switch (name) {
    case SheetNames.summary:
      return "summary";
    case SheetNames.dataQuality:
      return "dataQuality";
    case SheetNames.demandReview:
      return "demandReview";
    case SheetNames.capacity:
    case SheetNames.balancedPlan:
      return "capacity";
    case SheetNames.gapTable:
    case SheetNames.financialGap:
      return "reconciliation";
    case SheetNames.scenarioComparison:
      return "scenarios";
    default:
      return name.startsWith(SCENARIO_SHEET_PREFIX) ? "scenarios" : null;
  }
}

/** The pack restricted to the summary and the given steps' sheets (all of it when steps is empty). */
export function packForSteps(pack: WorkbookSpec, steps: AnalysisStep[] | undefined): WorkbookSpec {
  if (!steps || steps.length === 0) return pack;
  const wanted = new Set<string>(["summary", ...steps]);
  return { sheets: pack.sheets.filter((s) => wanted.has(stepOfSheet(s.name) ?? "summary")) };
}
