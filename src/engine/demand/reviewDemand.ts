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
import { biasDirection } from "./direction";
import { type ForecastPair, forecastError } from "./forecastPair";
import { fva, type FvaPeriod } from "./fva";
import { NAIVE_FORECAST, fvaWaterfallOf } from "./fvaWaterfall";
import { zeroActualPeriods } from "./mpe";
import { type FamilyEvidence, rollupForecast } from "./rollup";
import type { DemandReview, DemandReviewRow } from "./types";
import { windowSeries, type WindowSeries } from "./windowSeries";

const DEFAULT_WINDOW = 12;

/** The window: the most recent `size` periods that have at least one actual (the same months for
 * every family, so families are compared on the same demand). A nonsensical size falls back to 12. */
export function reviewWindow(historyPeriods: readonly Period[], size: number): Period[] {
  const n = Number.isFinite(size) && size >= 1 ? Math.floor(size) : DEFAULT_WINDOW;
  return historyPeriods.slice(-n);
}

/** A baseline's values over the window (aligned with WindowSeries), for one family. */
type BaselineOf = (series: WindowSeries) => readonly (number | null)[];

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
  series: WindowSeries,
  column: string,
  stepBaseline: { name: string; valuesOf: BaselineOf },
  baselineOf: BaselineOf,
  window: readonly Period[],
  settings: Settings,
): FamilyEvidence {
  const { family, actual: actuals } = series;
  const forecasts = series.forecasts.get(column) ?? [];
  const baselines = baselineOf(series);
  const steps = stepBaseline.valuesOf(series);
  const pairs: ForecastPair[] = [];
  const pairPeriods: Period[] = [];
  const fvaPeriods: FvaPeriod[] = [];
  const stepPeriods: FvaPeriod[] = [];
  for (let i = 0; i < window.length; i++) {
    const actual = actuals[i];
    const forecast = forecasts[i];
    if (actual === null || forecast === null) continue;
    pairs.push({ actual, forecast });
    pairPeriods.push(window[i]);
    const baseline = baselines[i];
    if (baseline !== null) fvaPeriods.push({ actual, forecast, baseline });
    const step = steps[i];
    if (step !== null) stepPeriods.push({ actual, forecast, baseline: step });
  }
  const accuracy = forecastAccuracy(pairs);
  const flag = biasFlag(accuracy.trackingSignal, accuracy.nfm, settings.trackingSignalLimit, settings.nfmLimit);
  let over = 0;
  let under = 0;
  for (const p of pairs) {
    const e = forecastError(p);
    if (e < 0) over++;
    else if (e > 0) under++;
  }
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
  // The step periods only feed this row's step FVA; the roll-up keeps the rest.
  return { row, pairs, pairPeriods, fvaPeriods };
}

export function reviewDemand(model: PlanningModel, settings: Settings): DemandReview {
  const table = model.demand;
  const columns = table.forecastColumns;
  const window = reviewWindow(model.historyPeriods, settings.window);
  const findings: Finding[] = [];

  const naive: BaselineOf = (series) => series.naive;
  let baselineName = NAIVE_FORECAST;
  let baselineOf = naive;
  if (settings.fvaBaseline !== undefined && settings.fvaBaseline !== "") {
    const wanted = settings.fvaBaseline.trim().toLowerCase();
    const match = columns.find((c) => c.toLowerCase() === wanted);
    if (match) {
      baselineName = match;
      baselineOf = (series) => series.forecasts.get(match) ?? [];
    } else {
      findings.push({
        sheet: table.sheet,
        cell: "",
        severity: "warning",
        message: `The FVA baseline "${settings.fvaBaseline}" is not a forecast column of ${table.sheet} (${columns.join(", ")}); forecast value added is measured against the naive forecast instead.`,
      });
    }
  }

  const allSeries = windowSeries(table.rows, model.families, columns, window);
  const evidenceByColumn = new Map<string, FamilyEvidence[]>(columns.map((c) => [c, []]));
  // Each column's step baseline is the column before it (the naive forecast for the first).
  const stepOf = columns.map((_, i) => {
    const previous = i === 0 ? null : columns[i - 1];
    return previous
      ? { name: previous, valuesOf: ((series) => series.forecasts.get(previous) ?? []) as BaselineOf }
      : { name: NAIVE_FORECAST, valuesOf: naive };
  });
  const rows: DemandReviewRow[] = [];
  for (const series of allSeries) {
    columns.forEach((column, i) => {
      const evidence = reviewOne(series, column, stepOf[i], baselineOf, window, settings);
      rows.push(evidence.row);
      (evidenceByColumn.get(column) as FamilyEvidence[]).push(evidence);
      // A family with actuals in the window but none of this forecast: say so once, where its rows start.
      if (evidence.row.n === 0) {
        const first = series.rows.find((r) => r !== undefined && r.actual !== null);
        if (first) {
          findings.push({
            sheet: table.sheet,
            cell: first.ref.cell,
            severity: "warning",
            message: `${series.family} has actuals but no ${column} in the last ${window.length} periods; its ${column} bias cannot be measured.`,
          });
        }
      }
    });
  }

  const waterfall = fvaWaterfallOf(allSeries, columns);
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
