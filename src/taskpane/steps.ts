/**
 * The steps of a run in the order of the S&OP cycle, with the words the task pane shows for them.
 * Progress comes from the host by step ("read", the analysis steps, "report", "write", "done").
 */
import type { AnalysisStep } from "../engine/analyze";
import type { Progress } from "../hosts/packHost";

/** The analysis steps a planner can run on their own, each with the sheet it writes. */
export const ANALYSIS_STEPS: { step: AnalysisStep; label: string }[] = [
  { step: "dataQuality", label: "Data quality" },
  { step: "demandReview", label: "Demand review" },
  { step: "capacity", label: "Capacity check" },
  { step: "reconciliation", label: "Reconciliation" },
  { step: "scenarios", label: "Scenarios" },
];

const PROGRESS_LABELS: Record<Progress["step"], string> = {
  read: "Reading the input sheets",
  dataQuality: "Checking data quality",
  demandReview: "Reviewing demand and forecast bias",
  capacity: "Checking capacity",
  reconciliation: "Reconciling demand and supply",
  scenarios: "Running scenarios",
  report: "Building the pack",
  write: "Writing the pack into the workbook",
  done: "Done",
};

export function progressLabel(p: Progress): string {
  return PROGRESS_LABELS[p.step] ?? p.message;
}
