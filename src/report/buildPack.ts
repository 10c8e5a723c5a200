/**
 * Engine results -> the pack's workbook description, sheets in the order a planner reads them.
 */
import { revenueBridge } from "../engine/finance";
import type { Analysis } from "../engine/analyze";
import type { SheetSpec, WorkbookSpec } from "./workbookSpec";
import { withPrintSetup } from "./printSetup";
import type { RunInfo } from "./runInfo";
import { SheetNames } from "./sheetNames";
import { summarySheet } from "./sheets/summarySheet";
import { dataQualitySheet } from "./sheets/dataQualitySheet";
import { demandReviewSheet } from "./sheets/demandReviewSheet";
import { baselineForecastSheet } from "./sheets/baselineForecastSheet";
import { gapTableSheet } from "./sheets/gapTableSheet";
import { financialGapSheet } from "./sheets/financialGapSheet";
import { capacityCheckSheet } from "./sheets/capacityCheckSheet";
import { scenarioComparisonSheet } from "./sheets/scenarioComparisonSheet";
import { scenarioSheets } from "./sheets/scenarioSheets";
import { scenarioSheetNames } from "./sheets/scenarioSheetName";
import { planChangesSheet } from "./sheets/planChangesSheet";
import { historySheet } from "./sheets/historySheet";
import { balancedPlanSheet } from "./sheets/balancedPlanSheet";
import { safetyStockSheet } from "./sheets/safetyStockSheet";

export function buildPack(analysis: Analysis, run: RunInfo = {}): WorkbookSpec {
  const sheets: SheetSpec[] = [];
  sheets.push(dataQualitySheet(analysis));
  // No history: the sheet is left out and the summary lists the demand review as skipped, with why.
  if (analysis.demandReview) sheets.push(demandReviewSheet(analysis));
  // The statistical baseline: after the review of the people's forecasts, which it is measured beside.
  if (analysis.baseline && analysis.baseline.baselines.families.length > 0)
    sheets.push(baselineForecastSheet(analysis, analysis.baseline));
  // The targets the plan should hold: the start of the supply review.
  if (analysis.inventoryPolicy) sheets.push(safetyStockSheet(analysis.inventoryPolicy));
  // Then the sheets in the order of the S&OP cycle. Supply review: after Demand Review, before the reconciliation.
  if (analysis.capacity) sheets.push(capacityCheckSheet(analysis.capacity));
  // Pre-S&OP reconciliation: units, then money; after Capacity Check.
  if (analysis.reconciliation) sheets.push(gapTableSheet(analysis.reconciliation));
  if (analysis.finance) sheets.push(financialGapSheet(analysis.finance, revenueBridge(analysis.model, analysis.finance)));
  // Balancing: after the gaps it closes, before the scenarios.
  if (analysis.balance) sheets.push(balancedPlanSheet(analysis.balance));
  // Month over month: what changed since the last plan, after the plan's own sheets.
  if (analysis.loop?.planChanges) sheets.push(planChangesSheet(analysis.loop.planChanges, analysis.loop.cycle));
  // Scenarios: after Financial Gap, the comparison first, then one "Scen - <name>" sheet each
  // (names valid for Excel and unique against the fixed names).
  if (analysis.scenarios && analysis.scenarios.results.length > 0) {
    const names = scenarioSheetNames(
      analysis.scenarios.results.map((r) => r.definition.name),
      Object.values(SheetNames),
    );
    sheets.push(
      scenarioComparisonSheet(analysis.scenarios, names, analysis.balance?.kpis),
      ...scenarioSheets(analysis.scenarios, names),
    );
  }
  // The history the next cycle reads back: last, it is the pack's memory rather than this month's news.
  const history = historySheet(analysis);
  if (history) sheets.push(history);
  // The summary comes first in the pack and links to every other sheet, so it is built last.
  return withPrintSetup({
    sheets: [
      summarySheet(
        analysis,
        sheets.map((s) => s.name),
        run,
      ),
      ...sheets,
    ],
  });
}
