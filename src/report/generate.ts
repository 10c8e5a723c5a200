/**
 * The whole run in one call, used by every host (command line, Excel ribbon, task pane):
 * cell grids -> planning model (+ data-quality findings) -> analyses -> pack description + JSON summary.
 */
import type { CellGrid } from "../engine/grid";
import { analyze, type Analysis, type AnalysisStep, type AnalyzeOptions } from "../engine/analyze";
import { InputError, describeFinding } from "../engine/errors";
import { readPlanningModel } from "../engine/read";
import type { Settings } from "../engine/settings";
import { buildPack } from "./buildPack";
import { buildSummaryJson, type SummaryJson } from "./summaryJson";
import type { WorkbookSpec } from "./workbookSpec";

export interface PackResult {
  analysis: Analysis;
  workbook: WorkbookSpec;
  summary: SummaryJson;
}

/** Steps reported while a pack is generated (hosts add their own read and write steps around them). */
export type GenerateStep = "read" | AnalysisStep | "report";

export function generatePack(
  grids: CellGrid[],
  settings: Settings,
  onProgress: (step: GenerateStep) => void = () => undefined,
  options: AnalyzeOptions = {},
): PackResult {
  onProgress("read");
  const { model, findings } = readPlanningModel(grids, settings);
  if (settings.strict) {
    const errors = findings.filter((f) => f.severity === "error");
    if (errors.length > 0) {
      throw new InputError(
        `--strict: the input has ${errors.length} data-quality error(s); the first is ${describeFinding(errors[0])}`,
        errors,
      );
    }
  }
  onProgress("dataQuality");
  const analysis = analyze(model, settings, findings, onProgress, options);
  onProgress("report");
  return { analysis, workbook: buildPack(analysis), summary: buildSummaryJson(analysis) };
}
