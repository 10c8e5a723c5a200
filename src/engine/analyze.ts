/**
 * Runs every analysis the input allows, in the order of the S&OP cycle:
 * data quality (done by the readers) -> demand review -> supply review -> reconciliation -> scenarios.
 * Each analysis is skipped, with the reason said, when its sheets are missing.
 */
import type { Finding, PlanningModel } from "./model";
import type { Settings } from "./settings";
import { type DemandReview, reviewDemand } from "./demand";
import { type Reconciliation, reconcile } from "./reconcile";
import { type FinancialReconciliation, reconcileFinance } from "./finance";
import { type CapacityCheck, checkCapacity } from "./capacity";
import { type ScenarioComparison, runScenarios, unreportedFindings } from "./scenarios";
import { closeTheLoop, type CycleLoop, type PreviousPack } from "./history";
import { planCycle } from "./cycle";
import { type BaselinePlan, planWithBaseline } from "./forecast/baselinePlan";
import type { BaselineJobResult } from "./forecast/familyBaselines";
import { type InventoryPolicy, planInventoryPolicy, policySources, withPolicyTargets } from "./inventory";
import {
  type AsyncLpSolver,
  type Balance,
  type LpSolver,
  balanceSkipReason,
  runBalance,
  runBalanceAsync,
} from "./balance/runBalance";

export interface SkippedAnalysis {
  analysis: string;
  reason: string;
}

export interface Analysis {
  /** The model every analysis saw: the input's, with the baseline as the plan where the plan is missing. */
  model: PlanningModel;
  /** The statistical baseline per family and how it entered the plan; absent when no month has actuals. */
  baseline?: BaselinePlan;
  settings: Settings;
  /** Data-quality findings: the readers' and those the analyses add (e.g. a family without a bill of resources). */
  findings: Finding[];
  skipped: SkippedAnalysis[];
  /** The recommended safety stock per family against the given targets (SPEC "Inventory policy");
   * absent when no month has actuals. Its recommendation is already the model's target where used. */
  inventoryPolicy?: InventoryPolicy;
  /** Forecast accuracy, bias and FVA per family x forecast column; absent when no period has actuals. */
  demandReview?: DemandReview;
  /** Demand plan vs supply plan per family x plan period (gap table); absent without a Supply sheet. */
  reconciliation?: Reconciliation;
  /** The demand plan in money against budget; absent without a Finance sheet. */
  finance?: FinancialReconciliation;
  /** Rough-cut capacity check of the plan; absent when Capacity or Bill of Resources is missing. */
  capacity?: CapacityCheck;
  /** Most Likely and the what-if scenarios, each re-run through capacity, reconciliation and finance
   * (where their sheets exist); absent when none of those three can run (nothing to compare). */
  scenarios?: ScenarioComparison;
  /** Month over month: the history carried forward, plan changes, accuracy at lag and the
   * decision log; absent only when the input has no period at all (no cycle). */
  loop?: CycleLoop;
  /** The cost-optimal plan (SPEC.md "Balancing"); absent when no solver was given or its sheets are missing. */
  balance?: Balance;
}

export interface AnalyzeOptions {
  /** The LP solver for balancing (hosts load HiGHS only when they balance); without one, no balancing. */
  solver?: LpSolver;
  /** The families' baselines fitted already by the host (baselineJobsOf's jobs, in their order). */
  baselineFits?: readonly BaselineJobResult[];
}

/** The analysis steps, for progress reporting and for running one step on its own. */
export type AnalysisStep = "dataQuality" | "demandReview" | "capacity" | "reconciliation" | "scenarios";

/**
 * @param onStep called as each analysis starts, so hosts can show progress by step.
 */
export function analyze(
  inputModel: PlanningModel,
  settings: Settings,
  readFindings: Finding[],
  onStep: (step: AnalysisStep) => void = () => undefined,
  previous: PreviousPack | null = null,
  options: AnalyzeOptions = {},
): Analysis {
  onStep("demandReview");
  // The baseline first: where the people's plan is missing it becomes the plan everything else uses.
  const baseline = planWithBaseline(inputModel, settings, options.baselineFits, readFindings);
  let model = baseline?.model ?? inputModel;
  // The inventory policy next: where its recommendation is the target (the setting, or a family without
  // a given one), the gap table, exceptions, scenarios and balancing below all hold it.
  const inventoryPolicy = baseline ? planInventoryPolicy(model, policySources(baseline), settings) : undefined;
  if (inventoryPolicy) model = withPolicyTargets(model, inventoryPolicy);
  const analysis: Analysis = { model, settings, findings: [...readFindings], skipped: [] };
  if (baseline) {
    analysis.baseline = baseline;
    analysis.findings.push(...baseline.findings);
  }
  if (inventoryPolicy) analysis.inventoryPolicy = inventoryPolicy;
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
  // Supply review: rough-cut capacity needs the Capacity sheet and the Bill of Resources; without a
  // Supply sheet it loads the demand plan instead (and says so).
  onStep("capacity");
  if (model.capacity && model.billOfResources) {
    analysis.capacity = checkCapacity(model, settings);
    analysis.findings.push(...analysis.capacity.findings);
  } else {
    const missing = [!model.capacity && "Capacity", !model.billOfResources && "Bill of Resources"].filter(Boolean);
    analysis.skipped.push({
      analysis: "Capacity check",
      reason: `No ${missing.join(" or ")} sheet, so the load on resources cannot be compared with their capacity.`,
    });
  }
  // Reconciliation: units first, then money.
  onStep("reconciliation");
  if (model.supply && model.supply.length > 0) {
    analysis.reconciliation = reconcile(model, settings);
    analysis.findings.push(...analysis.reconciliation.findings);
  } else {
    analysis.skipped.push({
      analysis: "Gap table",
      reason: "There is no Supply sheet (or it has no usable rows), so the demand plan cannot be reconciled with a supply plan.",
    });
  }
  if (model.finance && model.finance.length > 0) {
    analysis.finance = reconcileFinance(model, settings);
    analysis.findings.push(...analysis.finance.findings);
  } else {
    analysis.skipped.push({
      analysis: "Financial gap",
      reason:
        "There is no Finance sheet (or it has no usable rows), so the demand plan cannot be priced or compared with budget.",
    });
  }
  // Balancing: the cost-optimal plan, with the solver the host loaded.
  if (options.solver) {
    const reason = balanceSkipReason(analysis);
    recordBalance(analysis, reason === null ? runBalance(analysis, options.solver) : { reason });
  }
  // Scenarios: last, as in the pre-S&OP; bad scenario rows the readers already reported are
  // not reported twice.
  onStep("scenarios");
  // A scenario re-runs capacity, the gap table and finance: with none of them there is nothing to
  // compare, so no scenario sheets (rather than sheets of empty KPIs), and the summary says why.
  if (analysis.capacity || analysis.reconciliation || analysis.finance) {
    // Most Likely is the plan as given: it reuses the results above rather than computing them again.
    analysis.scenarios = runScenarios(model, settings, {
      capacity: analysis.capacity,
      reconciliation: analysis.reconciliation,
      finance: analysis.finance,
    });
    analysis.findings.push(...unreportedFindings(analysis.findings, analysis.scenarios.findings));
  } else {
    analysis.skipped.push({
      analysis: "Scenarios",
      reason:
        "A scenario re-runs the capacity check, the gap table and finance, and none of them can run (no Supply, Capacity with Bill of Resources, or Finance sheet), so there is nothing to compare.",
    });
  }
  // Month over month: last, since the snapshot is the plan as the steps above reconciled it.
  const cycle = planCycle(model, settings);
  if (cycle) {
    analysis.loop = closeTheLoop({
      model,
      cycle,
      reconciliation: analysis.reconciliation,
      finance: analysis.finance,
      window: analysis.demandReview?.window ?? model.historyPeriods.slice(-settings.window),
      previous,
    });
    analysis.findings.push(...analysis.loop.findings);
    if (analysis.loop.planChangesReason) {
      analysis.skipped.push({ analysis: "Plan changes", reason: analysis.loop.planChangesReason });
    }
  }
  return analysis;
}

/**
 * The balancing step with the solve in another thread (the task pane's Web Worker), run after analyze
 * (called without a solver): balancing feeds nothing analyze computes after it, only the pack.
 */
export async function balanceAnalysis(analysis: Analysis, solver: AsyncLpSolver): Promise<void> {
  const reason = balanceSkipReason(analysis);
  recordBalance(analysis, reason === null ? await runBalanceAsync(analysis, solver) : { reason });
}

function recordBalance(analysis: Analysis, outcome: { balance: Balance } | { reason: string }): void {
  if ("balance" in outcome) analysis.balance = outcome.balance;
  else analysis.skipped.push({ analysis: "Balanced plan", reason: outcome.reason });
}
