/**
 * The JSON summary written by `sop-prep generate --json` (SPEC.md "Command line").
 * Numbers are plain numbers: fractions, not percents.
 */
import type { Analysis } from "../engine/analyze";

export interface DataQualityJson {
  sheet: string;
  cell: string;
  severity: "error" | "warning";
  message: string;
}

export interface SummaryJson {
  schemaVersion: 1;
  periods: string[];
  demandPlanColumn: string;
  dataQuality: DataQualityJson[];
  bias: unknown[];
  capacity: unknown[];
  gaps: unknown[];
  finance: unknown[];
  scenarios: unknown[];
}

export function buildSummaryJson(analysis: Analysis): SummaryJson {
  const summary: SummaryJson = {
    schemaVersion: 1,
    periods: analysis.model.periods,
    demandPlanColumn: analysis.model.demand.demandPlanColumn,
    dataQuality: analysis.findings.map((f) => ({ sheet: f.sheet, cell: f.cell, severity: f.severity, message: f.message })),
    bias: [],
    capacity: [],
    gaps: [],
    finance: [],
    scenarios: [],
  };
  // Each analysis issue fills its key here.
  return summary;
}
