/**
 * Where the people's plan is missing, the baseline is the demand plan (SPEC "Demand plan fallback"):
 * - a Demand sheet with no forecast column at all: the baseline is the plan of every family, and the
 *   demand plan column is "Baseline";
 * - a family with actuals but no value in any forecast column for a plan month: the baseline fills
 *   that month, and the family is listed.
 * The plan horizon is Demand's months after the last actual, else Supply's, else the `horizon`
 * setting. The model that leaves here is what capacity, the gap table, finance, scenarios and
 * balancing see; the input rows are copied, never changed.
 */
import type { DemandRow, Finding, Period, PlanningModel } from "../model";
import { DEFAULT_HORIZON, type Settings } from "../settings";
import { shiftPeriod } from "../capacity/shiftPeriod";
import { reviewWindow } from "../demand/reviewDemand";
import {
  BASELINE_COLUMN,
  type BaselineJob,
  type BaselineJobResult,
  baselineJobs,
  baselineOptions,
  type FamilyBaselines,
  familyBaselines,
} from "./familyBaselines";
import type { BaselineOptions } from "./baseline";
export { BASELINE_COLUMN } from "./familyBaselines";
import { type BaselineReview, reviewBaseline } from "./baselineReview";
import { baselineSegments } from "./baselineSegments";
import type { FamilySegment } from "./segments";

export interface BaselinePlan {
  model: PlanningModel;
  baselines: FamilyBaselines;
  /** True when the Demand sheet has no forecast column and the baseline is the whole plan. */
  planIsBaseline: boolean;
  /** Families whose plan took the baseline for at least one month, with those months. */
  fallback: { family: string; periods: Period[] }[];
  /** Where the plan months came from, in words for the summary (null: Demand's own months). */
  horizonSource: "demand" | "supply" | "setting";
  /** The bias window the backtest covers. */
  window: Period[];
  review: BaselineReview;
  /** ABC by revenue and XYZ by variability over the last 12 months (segments.ts), rank 1 first. */
  segments: FamilySegment[];
  findings: Finding[];
}

function planHorizon(model: PlanningModel, settings: Settings): { periods: Period[]; source: BaselinePlan["horizonSource"] } {
  const last = model.historyPeriods[model.historyPeriods.length - 1];
  const demandMonths = new Set<Period>();
  for (const row of model.demand.rows) {
    if (row.period <= last) continue;
    if (model.demand.forecastColumns.some((c) => row.forecasts[c] != null)) demandMonths.add(row.period);
  }
  if (demandMonths.size > 0) return { periods: model.planPeriods, source: "demand" };
  if (model.planPeriods.length > 0) return { periods: model.planPeriods, source: "supply" };
  const n =
    Number.isFinite(settings.horizon) && (settings.horizon as number) >= 1
      ? Math.floor(settings.horizon as number)
      : DEFAULT_HORIZON;
  return { periods: Array.from({ length: n }, (_, i) => shiftPeriod(last, i + 1)), source: "setting" };
}

/**
 * The families planWithBaseline fits, as plain jobs, with the options to fit them by: what a host
 * fits elsewhere (worker threads) before the analysis, and hands to it as `fitted`.
 */
export function baselineJobsOf(model: PlanningModel, settings: Settings): { jobs: BaselineJob[]; options: BaselineOptions } {
  if (model.historyPeriods.length === 0) return { jobs: [], options: baselineOptions(settings) };
  const horizon = planHorizon(model, settings);
  const window = reviewWindow(model.historyPeriods, settings.window);
  return { jobs: baselineJobs(model, horizon.periods, window).jobs, options: baselineOptions(settings) };
}

/** @param fitted the results of baselineJobsOf's jobs, in their order, where a host fitted them already */
export function planWithBaseline(
  model: PlanningModel,
  settings: Settings,
  fitted?: readonly BaselineJobResult[],
  readFindings: readonly Finding[] = [],
): BaselinePlan | null {
  if (model.historyPeriods.length === 0) return null;
  const horizon = planHorizon(model, settings);
  const window = reviewWindow(model.historyPeriods, settings.window);
  const baselines = familyBaselines(model, settings, horizon.periods, window, fitted, readFindings);
  const planIsBaseline = model.demand.forecastColumns.length === 0;
  const column = planIsBaseline ? BASELINE_COLUMN : model.demand.demandPlanColumn;

  const byKey = new Map<string, DemandRow>();
  const firstRow = new Map<string, DemandRow>();
  for (const r of model.demand.rows) if (!firstRow.has(r.family)) firstRow.set(r.family, r);
  const rows = model.demand.rows.map((r) => {
    const copy = { ...r, forecasts: { ...r.forecasts } };
    if (!byKey.has(`${r.family}\u0000${r.period}`)) byKey.set(`${r.family}\u0000${r.period}`, copy);
    return copy;
  });
  const fallback: BaselinePlan["fallback"] = [];
  for (const b of baselines.families) {
    const filled: Period[] = [];
    const anyRow = firstRow.get(b.family)!;
    b.periods.forEach((period, i) => {
      let row = byKey.get(`${b.family}\u0000${period}`);
      if (!row) {
        // A plan month the Demand sheet has no row for: the baseline's own row, pointing at the family's first row.
        row = { family: b.family, period, actual: null, forecasts: {}, ref: anyRow.ref };
        rows.push(row);
        byKey.set(`${b.family}\u0000${period}`, row);
      }
      const hasPlan = model.demand.forecastColumns.some((c) => row.forecasts[c] != null);
      if (!hasPlan) {
        row.forecasts[column] = b.forecast[i];
        filled.push(period);
      }
    });
    if (filled.length > 0 && !planIsBaseline) fallback.push({ family: b.family, periods: filled });
  }
  const periods = [...new Set([...model.periods, ...horizon.periods])].sort();
  const findings: Finding[] = [...baselines.findings];
  for (const f of fallback) {
    const row = byKey.get(`${f.family}\u0000${f.periods[0]}`)!;
    findings.push({
      sheet: model.demand.sheet,
      cell: row.ref.cell,
      severity: "warning",
      message: `${f.family}: no forecast for ${f.periods.length === 1 ? f.periods[0] : `${f.periods.length} plan months (${f.periods[0]} to ${f.periods[f.periods.length - 1]})`}; the statistical baseline is its demand plan there`,
    });
  }
  const planned: PlanningModel = {
    ...model,
    periods,
    planPeriods: [...horizon.periods],
    demand: { ...model.demand, demandPlanColumn: column, rows },
  };
  return {
    model: planned,
    baselines,
    window,
    review: reviewBaseline(planned, baselines.families, window),
    segments: baselineSegments(model, baselines.families, settings),
    planIsBaseline,
    fallback,
    horizonSource: horizon.source,
    findings,
  };
}
