/**
 * Runs every analysis the input allows, in the order of the S&OP cycle:
 * data quality (done by the readers) -> demand review -> supply review -> reconciliation -> scenarios.
 * Each analysis is skipped, with the reason said, when its sheets are missing.
 */
import type { Finding, PlanningModel } from "./model";
import type { Settings } from "./settings";

export interface SkippedAnalysis {
  analysis: string;
  reason: string;
}

export interface Analysis {
  model: PlanningModel;
  settings: Settings;
  /** Data-quality findings: the readers' and those the analyses add (e.g. a family without a bill of resources). */
  findings: Finding[];
  skipped: SkippedAnalysis[];
}

/** The analysis steps, for progress reporting and for running one step on its own. */
export type AnalysisStep = "dataQuality" | "demandReview" | "capacity" | "reconciliation" | "scenarios";

export function analyze(model: PlanningModel, settings: Settings, readFindings: Finding[]): Analysis {
  const analysis: Analysis = { model, settings, findings: [...readFindings], skipped: [] };
  // Each analysis issue adds its step here.
  return analysis;
}
