/**
 * The demand review: how accurate and how biased each forecast column has been for each family over
 * the most recent periods with actuals, and whether each step of the forecasting process added value.
 * Definitions: SPEC.md "Conventions" and the metric modules of this folder.
 */
import type { Finding, Period, PlanningModel } from "../model";
import type { Settings } from "../settings";
import { forecastAccuracy } from "./accuracy";
import { biasFlag } from "./biasFlag";
import { biasReason } from "./biasReason";
import { type DemandHistory, indexDemand } from "./demandHistory";
import { biasDirection } from "./direction";
import { type ForecastPair, forecastError } from "./forecastPair";
import { fva, type FvaPeriod } from "./fva";
import { NAIVE_FORECAST, fvaWaterfall } from "./fvaWaterfall";
import { zeroActualPeriods } from "./mpe";
import { naiveForecast } from "./naiveForecast";
import { type FamilyEvidence, rollupForecast } from "./rollup";
import type { DemandReview, DemandReviewRow } from "./types";

const DEFAULT_WINDOW = 12;

/** The window: the most recent `size` periods that have at least one actual (the same months for
 * every family, so families are compared on the same demand). A nonsensical size falls back to 12. */
export function reviewWindow(historyPeriods: readonly Period[], size: number): Period[] {
  const n = Number.isFinite(size) && size >= 1 ? Math.floor(size) : DEFAULT_WINDOW;
  return historyPeriods.slice(-n);
}

/** A period's value of the baseline: the naive forecast, or the named forecast column. */
type BaselineOf = (family: string, period: Period) => number | null;

function noteFor(n: number, column: string, zeroActuals: number, mad: number | null): string | null {
  if (n === 0) return `No period in the window has both an actual and a ${column}; accuracy cannot be measured.`;
  const notes: string[] = [];
  if (mad === 0) notes.push("Forecast equals the actual in every period (MAD 0): tracking signal undefined, no bias.");
  if (zeroActuals > 0) {
    notes.push(`${zeroActuals} period${zeroActuals === 1 ? "" : "s"} with zero actual left out of MPE and MAPE.`);
  }
  return notes.length > 0 ? notes.join(" ") : null;
}

function reviewOne(
  history: DemandHistory,
  family: string,
  column: string,
  stepBaseline: { name: string; valueOf: BaselineOf },
  baselineOf: BaselineOf,
  window: readonly Period[],
  settings: Settings,
): FamilyEvidence & { stepPeriods: FvaPeriod[] } {
  const pairs: ForecastPair[] = [];
  const pairPeriods: Period[] = [];
  const fvaPeriods: FvaPeriod[] = [];
  const stepPeriods: FvaPeriod[] = [];
  for (const period of window) {
    const actual = history.actual(family, period);
    const forecast = history.forecast(family, column, period);
    if (actual === null || forecast === null) continue;
    pairs.push({ actual, forecast });
    pairPeriods.push(period);
    const baseline = baselineOf(family, period);
    if (baseline !== null) fvaPeriods.push({ actual, forecast, baseline });
    const step = stepBaseline.valueOf(family, period);
    if (step !== null) stepPeriods.push({ actual, forecast, baseline: step });
  }
  const accuracy = forecastAccuracy(pairs);
  const flag = biasFlag(accuracy.trackingSignal, accuracy.nfm, settings.trackingSignalLimit, settings.nfmLimit);
  const over = pairs.filter((p) => forecastError(p) < 0).length;
  const under = pairs.filter((p) => forecastError(p) > 0).length;
  const zeroActuals = zeroActualPeriods(pairs);
  const row: DemandReviewRow = {
    family,
    forecast: column,
    ...accuracy,
    direction: biasDirection(accuracy.rsfe),
    flagged: flag.flagged,
    flaggedBy: flag.firedTests,
    reason: biasReason(
      flag,
      accuracy,
      { trackingSignal: settings.trackingSignalLimit, nfm: settings.nfmLimit },
      { over, under, n: pairs.length },
    ),
    note: noteFor(pairs.length, column, zeroActuals, accuracy.mad),
    overForecastPeriods: over,
    underForecastPeriods: under,
    zeroActualPeriods: zeroActuals,
    fva: fva(fvaPeriods),
    stepFva: fva(stepPeriods),
    stepBaseline: stepBaseline.name,
  };
  return { row, pairs, pairPeriods, fvaPeriods, stepPeriods };
}

export function reviewDemand(model: PlanningModel, settings: Settings): DemandReview {
  const table = model.demand;
  const columns = table.forecastColumns;
  const history = indexDemand(table);
  const window = reviewWindow(model.historyPeriods, settings.window);
  const findings: Finding[] = [];

  const naive: BaselineOf = (family, period) => naiveForecast(period, (p) => history.actual(family, p));
  let baselineName = NAIVE_FORECAST;
  let baselineOf = naive;
  if (settings.fvaBaseline !== undefined && settings.fvaBaseline !== "") {
    const wanted = settings.fvaBaseline.trim().toLowerCase();
    const match = columns.find((c) => c.toLowerCase() === wanted);
    if (match) {
      baselineName = match;
      baselineOf = (family, period) => history.forecast(family, match, period);
    } else {
      findings.push({
        sheet: table.sheet,
        cell: "",
        severity: "warning",
        message: `The FVA baseline "${settings.fvaBaseline}" is not a forecast column of ${table.sheet} (${columns.join(", ")}); forecast value added is measured against the naive forecast instead.`,
      });
    }
  }

  const evidenceByColumn = new Map<string, FamilyEvidence[]>();
  const rows: DemandReviewRow[] = [];
  for (const family of model.families) {
    columns.forEach((column, i) => {
      const previous = i === 0 ? null : columns[i - 1];
      const step = previous
        ? { name: previous, valueOf: ((f, p) => history.forecast(f, previous, p)) as BaselineOf }
        : { name: NAIVE_FORECAST, valueOf: naive };
      const evidence = reviewOne(history, family, column, step, baselineOf, window, settings);
      rows.push(evidence.row);
      const list = evidenceByColumn.get(column) ?? [];
      list.push(evidence);
      evidenceByColumn.set(column, list);
      // A family with actuals in the window but none of this forecast: say so once, where its rows start.
      if (evidence.row.n === 0) {
        const first = window.map((p) => history.row(family, p)).find((r) => r !== undefined && r.actual !== null);
        if (first) {
          findings.push({
            sheet: table.sheet,
            cell: first.ref.cell,
            severity: "warning",
            message: `${family} has actuals but no ${column} in the last ${window.length} periods; its ${column} bias cannot be measured.`,
          });
        }
      }
    });
  }

  const waterfall = fvaWaterfall(history, model.families, columns, window);
  return {
    window,
    forecastColumns: [...columns],
    baseline: baselineName,
    trackingSignalLimit: settings.trackingSignalLimit,
    nfmLimit: settings.nfmLimit,
    rows,
    rollup: columns.map((c) => rollupForecast(c, evidenceByColumn.get(c) ?? [])),
    waterfall: waterfall.steps,
    waterfallPeriods: waterfall.periods,
    findings,
  };
}
