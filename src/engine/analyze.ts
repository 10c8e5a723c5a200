/**
 * Runs every analysis the input allows, in the order of the S&OP cycle:
 * data quality (done by the readers) -> demand review -> supply review -> reconciliation -> scenarios.
 * Each analysis is skipped, with the reason said, when its sheets are missing.
 */
import type { Finding, PlanningModel } from "./model";
import type { Settings } from "./settings";
import { type DemandReview, reviewDemand } from "./demand";

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
  /** Forecast accuracy, bias and FVA per family x forecast column; absent when no period has actuals. */
  demandReview?: DemandReview;
}

/** The analysis steps, for progress reporting and for running one step on its own. */
export type AnalysisStep = "dataQuality" | "demandReview" | "capacity" | "reconciliation" | "scenarios";

export function analyze(model: PlanningModel, settings: Settings, readFindings: Finding[]): Analysis {
  const analysis: Analysis = { model, settings, findings: [...readFindings], skipped: [] };
  // Each analysis issue adds its step here.
  if (model.historyPeriods.length > 0 && model.demand.forecastColumns.length > 0) {
    analysis.demandReview = reviewDemand(model, settings);
    analysis.findings.push(...analysis.demandReview.findings);
  } else {
    analysis.skipped.push({
      analysis: "Demand review",
      reason:
        model.historyPeriods.length === 0
          ? "No period in the Demand sheet has actuals yet, so forecast accuracy and bias cannot be measured."
          : "The Demand sheet has no forecast column to review.",
    });
  }
  return analysis;
}
