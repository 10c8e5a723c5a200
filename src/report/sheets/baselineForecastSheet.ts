/**
 * The "Baseline Forecast" sheet (SPEC "Demand review: the statistical baseline"): per family the
 * pattern, the model and what it sees (seasonal peak, trend), how its backtest did and whether the
 * demand plan added value to it; then per family and plan month the baseline with its 80% and 95%
 * intervals beside the demand plan, the months outside the 95% interval marked; then native line
 * charts (history, baseline, 80% band, plan) for the largest families.
 */
import { rangeAddress } from "../../engine/a1";
import type { Analysis } from "../../engine/analyze";
import type { BaselinePlan } from "../../engine/forecast/baselinePlan";
import type { FamilyBaseline } from "../../engine/forecast/familyBaselines";
import { NumberFormats, type ReportValue, type SheetSpec } from "../workbookSpec";
import { BLUE, RED } from "./palette";
import { SheetBuilder } from "./sheetBuilder";
import { SheetNames } from "../sheetNames";

export const BASELINE_FORECAST_SHEET = SheetNames.baselineForecast;

/** How many families get a chart: the largest by revenue (SPEC: the six largest A families). */
export const BASELINE_CHARTS = 6;

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** The calendar month of the largest seasonal index, or "none" (indices start at the first plan month). */
export function seasonalPeak(b: FamilyBaseline): string {
  const s = b.components.seasonal;
  if (s === null || b.periods.length === 0) return "none";
  let best = 0;
  for (let j = 1; j < s.length; j++) if (s[j] > s[best]) best = j;
  if (Math.max(...s) - Math.min(...s) < 1e-9) return "none";
  const firstMonth = Number(b.periods[0].slice(5, 7)) - 1;
  return MONTHS[(firstMonth + best) % 12];
}

/** 12 × the slope at the forecast origin / the level; 0 without a trend or where the level is 0. */
export function trendPerYear(b: FamilyBaseline): number {
  const { level, slopePerMonth } = b.components;
  return level > 0 ? (12 * slopePerMonth) / level : 0;
}

function planOf(analysis: Analysis): Map<string, number> {
  const column = analysis.model.demand.demandPlanColumn;
  const plan = new Map<string, number>();
  for (const r of analysis.model.demand.rows) {
    const v = r.forecasts[column];
    const key = `${r.family}\u0000${r.period}`;
    if (v != null && !plan.has(key)) plan.set(key, v);
  }
  return plan;
}

/** The families charted: the largest by the baseline's volume over the horizon (by units; revenue ranks ABC). */
function chartedFamilies(baseline: BaselinePlan): FamilyBaseline[] {
  const ranked = baseline.baselines.families
    .filter((b) => b.forecast.some((v) => v > 0))
    .map((b) => ({ b, size: b.forecast.reduce((s, v) => s + v, 0) }));
  const segment = new Map(baseline.segments.map((s) => [s.family, s]));
  const a = ranked.filter((r) => (segment.get(r.b.family)?.abc ?? "A") === "A");
  const pool = a.length > 0 ? a : ranked;
  return pool
    .sort((x, y) => y.size - x.size || (x.b.family < y.b.family ? -1 : 1))
    .slice(0, BASELINE_CHARTS)
    .map((r) => r.b);
}

export function baselineForecastSheet(analysis: Analysis, baseline: BaselinePlan): SheetSpec {
  const b = new SheetBuilder();
  const families = baseline.baselines.families;
  const plan = planOf(analysis);
  const column = analysis.model.demand.demandPlanColumn;
  const segment = new Map(baseline.segments.map((s) => [s.family, s]));
  const planFva = new Map(
    baseline.review.fva.filter((e) => e.step === column && e.family !== "total").map((e) => [e.family, e.fvaBaseline]),
  );
  b.title("Baseline Forecast: the statistical forecast each family's history supports");
  b.note(
    `History up to ${baseline.baselines.lastHistoryPeriod ?? "n/a"}; ${families.length} famil${families.length === 1 ? "y" : "ies"} with actuals. ` +
      "Smooth and erratic demand: automatic exponential smoothing (ETS, every admissible model weighted by its likelihood) averaged with Theta; " +
      "intermittent and lumpy demand: TSB. Intervals are measured on each family's own forecast errors. " +
      `Backtest: lag-1 and lag-3 forecasts over ${baseline.window.length} month(s), each from the data up to its origin only.`,
  );
  if (baseline.planIsBaseline)
    b.note("The Demand sheet has no forecast column: the baseline is the demand plan of every family.");

  b.heading("Families");
  const header = [
    "Family",
    "ABC",
    "XYZ",
    "Pattern",
    "Months of History",
    "Model",
    "Seasonal Peak",
    "Trend % per Year",
    "Backtest WMAPE Lag 1",
    "Backtest WMAPE Lag 3",
    `FVA of ${column} vs Baseline`,
    "Plan Months Outside 95%",
    "Note",
  ];
  const outside = new Map(baseline.review.outside.map((o) => [o.family, o]));
  const body: ReportValue[][] = families.map((f) => {
    const acc = baseline.review.accuracy.get(f.family);
    const notes = [...f.notes];
    if (f.noRecentDemand && f.pattern !== "No demand")
      notes.push("No recent demand (none in the last 12 months): a phase-out candidate");
    return [
      f.family,
      segment.get(f.family)?.abc ?? null,
      segment.get(f.family)?.xyz ?? null,
      f.pattern,
      f.months,
      f.model,
      seasonalPeak(f),
      trendPerYear(f),
      acc?.lag1Wmape ?? null,
      acc?.lag3Wmape ?? null,
      baseline.planIsBaseline ? null : (planFva.get(f.family) ?? null),
      outside.get(f.family)?.months.length ?? 0,
      notes.join("; ") || null,
    ];
  });
  const formats = [
    NumberFormats.text,
    null,
    null,
    null,
    NumberFormats.units,
    null,
    null,
    NumberFormats.percent,
    NumberFormats.percent,
    NumberFormats.percent,
    NumberFormats.percent,
    NumberFormats.units,
    null,
  ];
  const t = b.table("BaselineFamilies", header, body, formats);
  const fvaRange = rangeAddress(t.first, 10, t.last, 10);
  b.conditional({ kind: "cellValue", range: fvaRange, operator: "lessThan", values: [0], fontColor: RED.fontColor, bold: true });
  b.conditional({
    kind: "cellValue",
    range: fvaRange,
    operator: "greaterThan",
    values: [0],
    fontColor: BLUE.fontColor,
    bold: true,
  });
  b.conditional({
    kind: "cellValue",
    range: rangeAddress(t.first, 11, t.last, 11),
    operator: "greaterThan",
    values: [0],
    ...RED,
  });

  b.heading("Baseline and demand plan by month");
  b.note(
    `Plan vs Baseline % = (${column} − Baseline) / Baseline. Outside 95%: the plan lies above or below the baseline's 95% interval; ` +
      "the meeting asks for the assumption behind it.",
  );
  const longHeader = [
    "Family",
    "Period",
    "Baseline",
    "Lo 80",
    "Hi 80",
    "Lo 95",
    "Hi 95",
    column,
    "Plan vs Baseline %",
    "Outside 95%",
  ];
  const longBody: ReportValue[][] = [];
  for (const f of families)
    f.periods.forEach((period, i) => {
      const p = plan.get(`${f.family}\u0000${period}`) ?? null;
      const base = f.forecast[i];
      const hi = f.hi95?.[i] ?? null;
      const lo = f.lo95?.[i] ?? null;
      const side = p === null || hi === null || lo === null ? null : p > hi + 1e-9 ? "Above" : p < lo - 1e-9 ? "Below" : null;
      longBody.push([
        f.family,
        period,
        base,
        f.lo80?.[i] ?? null,
        f.hi80?.[i] ?? null,
        lo,
        hi,
        p,
        p === null || base === 0 ? null : (p - base) / base,
        side,
      ]);
    });
  const unitsCols = [2, 3, 4, 5, 6, 7];
  const lt = b.table(
    "BaselineByMonth",
    longHeader,
    longBody,
    longHeader.map((_, c) =>
      c === 0 || c === 1
        ? NumberFormats.text
        : unitsCols.includes(c)
          ? NumberFormats.decimal1
          : c === 8
            ? NumberFormats.percent
            : null,
    ),
  );
  for (const text of ["Above", "Below"])
    b.conditional({ kind: "textEquals", range: rangeAddress(lt.first, 9, lt.last, 9), text, ...RED });

  const charted = chartedFamilies(baseline);
  if (charted.length > 0) {
    b.heading(`Chart data: history, baseline, 80% band and ${column}, the ${charted.length} largest families`);
    const historyOf = historyLookup(analysis);
    charted.forEach((f, k) => {
      const last = baseline.baselines.lastHistoryPeriod!;
      const historyMonths = analysis.model.historyPeriods.filter((p) => p <= last).slice(-24);
      const rows: ReportValue[][] = [
        ...historyMonths.map((p) => [p, historyOf(f.family, p), null, null, null, null]),
        ...f.periods.map((p, i) => [
          p,
          null,
          f.forecast[i],
          f.lo80?.[i] ?? null,
          f.hi80?.[i] ?? null,
          plan.get(`${f.family}\u0000${p}`) ?? null,
        ]),
      ];
      const ct = b.table(`BaselineChart${k + 1}`, ["Period", "History", "Baseline", "Lo 80", "Hi 80", column], rows, [
        NumberFormats.text,
        NumberFormats.units,
        NumberFormats.units,
        NumberFormats.units,
        NumberFormats.units,
        NumberFormats.units,
      ]);
      b.charts.push({
        type: "line",
        title: `${f.family}: ${f.model}`,
        dataRange: rangeAddress(ct.headerRow, 0, ct.last, 5),
        anchor: rangeAddress(ct.headerRow, 7, ct.headerRow, 7),
        width: 8,
        height: Math.max(14, rows.length + 1),
        valueAxisFormat: NumberFormats.units,
        seriesColors: ["#404040", "#4472C4", "#9DC3E6", "#9DC3E6", "#ED7D31"],
      });
      b.blank();
    });
  }
  return b.sheet({
    name: BASELINE_FORECAST_SHEET,
    columnWidths: [24, 10, 12, 12, 12, 26, 12, 14, 14, 14, 16, 14, 40],
    freeze: { rows: 0, columns: 1 },
  });
}

function historyLookup(analysis: Analysis): (family: string, period: string) => number | null {
  const map = new Map<string, number>();
  for (const r of analysis.model.demand.rows)
    if (r.actual !== null && !map.has(`${r.family}\u0000${r.period}`)) map.set(`${r.family}\u0000${r.period}`, r.actual);
  return (family, period) => map.get(`${family}\u0000${period}`) ?? null;
}
