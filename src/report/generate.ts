/**
 * The whole run in one call, used by every host (command line, Excel ribbon, task pane):
 * cell grids -> planning model (+ data-quality findings) -> analyses -> pack description + JSON summary.
 */
import type { CellGrid } from "../engine/grid";
import { analyze, balanceAnalysis, type Analysis, type AnalysisStep, type AnalyzeOptions } from "../engine/analyze";
import type { AsyncLpSolver, LpSolver } from "../engine/balance/solver";
import { InputError, describeFinding } from "../engine/errors";
import { readPlanningModel } from "../engine/read";
import { baselineJobsOf } from "../engine/forecast/baselinePlan";
import type { BaselineJobResult, FitBaselineJobs } from "../engine/forecast/familyBaselines";
import type { Settings } from "../engine/settings";
import { buildPack } from "./buildPack";
import { withinExcelLimits } from "./excelLimits";
import { roundToMeaning } from "./roundToMeaning";
import { readableLayout } from "./readableLayout";
import { buildSummaryJson, type SummaryJson } from "./summaryJson";
import type { WorkbookSpec } from "./workbookSpec";
import type { RunInfo } from "./runInfo";

export interface PackResult {
  analysis: Analysis;
  workbook: WorkbookSpec;
  summary: SummaryJson;
}

export type { RunInfo } from "./runInfo";

/** Steps reported while a pack is generated (hosts add their own read and write steps around them). */
export type GenerateStep = "read" | AnalysisStep | "report";

export function generatePack(
  grids: CellGrid[],
  settings: Settings,
  onProgress: (step: GenerateStep) => void = () => undefined,
  /** The run (input name, as-of date) and, for balancing, the LP solver the host loaded. */
  run: RunInfo & AnalyzeOptions = {},
): PackResult {
  return packOf(analyzeGrids(grids, settings, onProgress, run, run.solver), run, onProgress);
}

/**
 * generatePack with work done elsewhere: the LP solved (the command line: HiGHS in a thread of its
 * own) and the families' baselines fitted (the command line: in worker threads) by the host.
 */
export async function generatePackAsync(
  grids: CellGrid[],
  settings: Settings,
  onProgress: (step: GenerateStep) => void = () => undefined,
  run: RunInfo & { solver?: AsyncLpSolver; fitBaselines?: FitBaselineJobs } = {},
): Promise<PackResult> {
  const { model, findings } = readModel(grids, settings, onProgress);
  let baselineFits: BaselineJobResult[] | undefined;
  if (run.fitBaselines) {
    const { jobs, options } = baselineJobsOf(model, settings);
    if (jobs.length > 0) baselineFits = await run.fitBaselines(jobs, options);
  }
  onProgress("dataQuality");
  const analysis = analyze(model, settings, findings, onProgress, run.previous ?? null, { baselineFits });
  if (run.solver) await balanceAnalysis(analysis, run.solver);
  return packOf(analysis, run, onProgress);
}

function readModel(grids: CellGrid[], settings: Settings, onProgress: (step: GenerateStep) => void) {
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
  return { model, findings };
}

function analyzeGrids(
  grids: CellGrid[],
  settings: Settings,
  onProgress: (step: GenerateStep) => void,
  run: RunInfo,
  solver: LpSolver | undefined,
): Analysis {
  const { model, findings } = readModel(grids, settings, onProgress);
  onProgress("dataQuality");
  return analyze(model, settings, findings, onProgress, run.previous ?? null, { solver });
}

function packOf(analysis: Analysis, run: RunInfo, onProgress: (step: GenerateStep) => void): PackResult {
  onProgress("report");
  // Every cell within Excel's limits whatever the input, and every number rounded to what its format
  // says it means (money to the cent...), then laid out to be read (widths, alignment, print scale),
  // once for every host (SPEC "Output").
  const workbook = readableLayout(roundToMeaning(withinExcelLimits(buildPack(analysis, run))));
  return { analysis, workbook, summary: buildSummaryJson(analysis) };
}
