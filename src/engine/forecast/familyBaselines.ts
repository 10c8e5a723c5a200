/**
 * The statistical baseline of every family with actuals (SPEC "Demand review: the statistical
 * baseline"): its history from the Demand sheet (repairs reported as Data Quality findings at their
 * cells), the model, the forecast with 80% and 95% intervals for each plan month, and the lag-1 /
 * lag-3 backtest over the bias window, so the baseline has past forecasts like the people's columns.
 */
import type { DemandRow, Finding, Period, PlanningModel } from "../model";
import { baselineSettings, type Settings } from "../settings";
import { shiftPeriod } from "../capacity/shiftPeriod";
import { prepareHistory } from "./prepareHistory";
import { type BaselineOptions, fitBaseline, forecastFromFit, MIN_MONTHS_FOR_INTERVALS } from "./baseline";
import { backtestBaseline } from "./backtest";
import type { DemandPattern } from "./demandPattern";
import type { ModelComponents } from "./types";

/** The name of the baseline as a step of the plan and of the FVA waterfall. */
export const BASELINE_COLUMN = "Baseline";

export interface FamilyBaseline {
  family: string;
  model: string;
  pattern: DemandPattern;
  adi: number | null;
  cv2: number | null;
  /** Months of history fitted (from the first actual to the last month with actuals). */
  months: number;
  /** No demand in the last 12 months of history: a phase-out candidate. */
  noRecentDemand: boolean;
  /** The history as fitted (missing months interpolated, negatives as 0), ending at lastHistoryPeriod. */
  history: number[];
  /** The plan months forecast, with one value per month in each array below. */
  periods: Period[];
  forecast: number[];
  /** null where the baseline has no interval (fewer than 3 months of history). */
  lo80: number[] | null;
  hi80: number[] | null;
  lo95: number[] | null;
  hi95: number[] | null;
  components: ModelComponents;
  /** The backtest over the bias window: the model chosen at its first origin, and the forecasts. */
  backtest: { model: string; periods: Period[]; lag1: (number | null)[]; lag3: (number | null)[] };
  notes: string[];
}

export interface FamilyBaselines {
  families: FamilyBaseline[];
  /** The months of history every family is fitted up to (the month before the cycle). */
  lastHistoryPeriod: Period | null;
  findings: Finding[];
}

/** The months from `first` to `last`, both included. */
export function monthsFrom(first: Period, last: Period): Period[] {
  const out: Period[] = [];
  for (let p = first; p <= last; p = shiftPeriod(p, 1)) out.push(p);
  return out;
}

export function baselineOptions(settings: Settings): BaselineOptions {
  const b = baselineSettings(settings);
  return { period: 12, seasonalMinMonths: b.seasonalMinMonths, patternCutoffs: { adi: b.adi, cv2: b.cv2 } };
}

function familyRows(model: PlanningModel): Map<string, Map<Period, DemandRow>> {
  const byFamily = new Map<string, Map<Period, DemandRow>>();
  for (const row of model.demand.rows) {
    let rows = byFamily.get(row.family);
    if (!rows) byFamily.set(row.family, (rows = new Map()));
    if (!rows.has(row.period)) rows.set(row.period, row); // the first row wins, as everywhere
  }
  return byFamily;
}

/**
 * What fitting one family needs, as plain data (so a host may fit families elsewhere, in worker
 * threads, and hand the results back): its clean history, how many months to forecast, and the bias
 * window's months as indices into the history (−1 for a month before it).
 */
export interface BaselineJob {
  family: string;
  history: number[];
  horizon: number;
  windowIndex: number[];
}

/** One family's fit, forecast and backtest, as plain data: everything of FamilyBaseline but its months. */
export type BaselineJobResult = Omit<FamilyBaseline, "family" | "history" | "periods" | "backtest"> & {
  backtest: { model: string; lag1: (number | null)[]; lag3: (number | null)[] };
};

/** Fits one family: the baseline of its history for the plan months, and its backtest over the window. */
export function fitBaselineJob(job: BaselineJob, options: BaselineOptions): BaselineJobResult {
  const { history, windowIndex } = job;
  const fit = fitBaseline(history, options);
  const result = forecastFromFit(fit, job.horizon, [0.8, 0.95]);
  const band = (level: number, side: "lower" | "upper") => result.intervals.find((iv) => iv.level === level)?.[side] ?? null;
  const inHistory = windowIndex.filter((i) => i >= 0);
  const test = backtestBaseline(history, inHistory, options);
  return {
    model: result.model,
    pattern: result.pattern,
    adi: result.adi,
    cv2: result.cv2,
    months: history.length,
    noRecentDemand: history.slice(-12).every((v) => v === 0),
    forecast: result.forecast,
    lo80: band(0.8, "lower"),
    hi80: band(0.8, "upper"),
    lo95: band(0.95, "lower"),
    hi95: band(0.95, "upper"),
    components: result.components,
    backtest: {
      model: test.model,
      lag1: windowIndex.map((i) => (i >= 0 ? test.lag1[inHistory.indexOf(i)] : null)),
      lag3: windowIndex.map((i) => (i >= 0 ? test.lag3[inHistory.indexOf(i)] : null)),
    },
    notes: result.notes,
  };
}

/**
 * Fits many families at once: the seam through which a host fits them in parallel. Results in the
 * order of the jobs, each what fitBaselineJob returns for it.
 */
export type FitBaselineJobs = (jobs: BaselineJob[], options: BaselineOptions) => Promise<BaselineJobResult[]>;

/** The families' jobs in the order of the sheet, and the Data Quality findings of their histories. */
export function baselineJobs(
  model: PlanningModel,
  planPeriods: readonly Period[],
  window: readonly Period[],
  readFindings: readonly Finding[] = [],
): { jobs: BaselineJob[]; findings: Finding[]; last: Period | null } {
  const findings: Finding[] = [];
  const jobs: BaselineJob[] = [];
  // A month whose Actual the reader already refused (text such as "TBD") has its warning on that
  // row; saying "no Actual" about the same row again would count one problem twice.
  const saidRows = new Set(readFindings.map((f) => `${f.sheet}\u0000${/\d+$/.exec(f.cell)?.[0] ?? ""}`));
  const alreadySaid = (ref: { sheet: string; row: number } | undefined) =>
    ref !== undefined && saidRows.has(`${ref.sheet}\u0000${ref.row + 1}`);
  const last = model.historyPeriods[model.historyPeriods.length - 1] ?? null;
  if (last === null) return { jobs, findings, last };
  const sheet = model.demand.sheet;
  for (const [family, rows] of familyRows(model)) {
    const withActual = [...rows.values()].filter((r) => r.actual !== null && r.period <= last);
    if (withActual.length === 0) continue; // a family with a plan only has no history to forecast
    const first = withActual.reduce((a, r) => (r.period < a ? r.period : a), withActual[0].period);
    const months = monthsFrom(first, last);
    const prepared = prepareHistory(months.map((p) => rows.get(p)?.actual ?? null));
    const cellOf = (i: number) => rows.get(months[i])?.ref.cell ?? withActual[0].ref.cell;
    const where = (i: number) => `${family}, ${months[i]}`;
    for (const i of prepared.interpolated.filter((i) => !alreadySaid(rows.get(months[i])?.ref)))
      findings.push({
        sheet,
        cell: cellOf(i),
        severity: "warning",
        message: `${where(i)}: no Actual inside the history; the baseline fills it by linear interpolation between the months around it`,
      });
    for (const i of prepared.trailingZero)
      findings.push({
        sheet,
        cell: cellOf(i),
        severity: "warning",
        message: `${where(i)}: no Actual though later months of other families have one; the baseline counts it as 0`,
      });
    for (const i of prepared.negative)
      findings.push({
        sheet,
        cell: cellOf(i),
        severity: "warning",
        message: `${where(i)}: a negative Actual (returns); the baseline counts it as 0`,
      });
    const history = prepared.values;
    if (history.length < MIN_MONTHS_FOR_INTERVALS && history.some((v) => v > 0))
      findings.push({
        sheet,
        cell: withActual[0].ref.cell,
        severity: "warning",
        message: `${family}: only ${history.length} month${history.length === 1 ? "" : "s"} of history; its baseline is the naive forecast (the last actual), without an interval`,
      });
    jobs.push({ family, history, horizon: planPeriods.length, windowIndex: window.map((p) => months.indexOf(p)) });
  }
  return { jobs, findings, last };
}

/**
 * @param planPeriods the months to forecast (the plan horizon, after the last actual)
 * @param window the bias window (its months get the lag-1 and lag-3 backtest)
 * @param fitted the results of the families' jobs (baselineJobs) fitted elsewhere, in their order;
 *   without them every family is fitted here
 */
export function familyBaselines(
  model: PlanningModel,
  settings: Settings,
  planPeriods: readonly Period[],
  window: readonly Period[],
  fitted?: readonly BaselineJobResult[],
  readFindings: readonly Finding[] = [],
): FamilyBaselines {
  const { jobs, findings, last } = baselineJobs(model, planPeriods, window, readFindings);
  if (last === null) return { families: [], lastHistoryPeriod: null, findings };
  if (fitted && fitted.length !== jobs.length)
    throw new Error(`${fitted.length} baseline fits for ${jobs.length} families: the fits were made from another model`);
  const options = baselineOptions(settings);
  const families = jobs.map((job, i): FamilyBaseline => {
    const result = fitted?.[i] ?? fitBaselineJob(job, options);
    const { backtest: test } = result;
    return {
      family: job.family,
      model: result.model,
      pattern: result.pattern,
      adi: result.adi,
      cv2: result.cv2,
      months: result.months,
      noRecentDemand: result.noRecentDemand,
      history: job.history,
      periods: [...planPeriods],
      forecast: result.forecast,
      lo80: result.lo80,
      hi80: result.hi80,
      lo95: result.lo95,
      hi95: result.hi95,
      components: result.components,
      backtest: { model: test.model, periods: [...window], lag1: test.lag1, lag3: test.lag3 },
      notes: result.notes,
    };
  });
  return { families, lastHistoryPeriod: last, findings };
}
