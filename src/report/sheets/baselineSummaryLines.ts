/**
 * What the summary says about the statistical baseline (SPEC "Demand review: the statistical
 * baseline"): which demand plan everything downstream used (the people's column, or the baseline
 * where they gave none), which families took the baseline for months nobody forecast, what the
 * families look like (patterns, ABC), how many plan months lie outside the baseline's 95% interval,
 * and which steps of the forecasting process destroyed value. Shared by the summary sheet and the
 * task pane's wording, so both say the same.
 */
import type { BaselinePlan } from "../../engine/forecast/baselinePlan";
import type { DemandPattern } from "../../engine/forecast/demandPattern";
import type { FvaEntry } from "../../engine/forecast/baselineReview";
import { listWithinLimit } from "../excelLimits";

const PATTERNS: DemandPattern[] = ["Smooth", "Erratic", "Intermittent", "Lumpy", "No demand"];

const HORIZON_SOURCE: Record<BaselinePlan["horizonSource"], string> = {
  demand: "the Demand sheet's months after the last actual",
  supply: "the Supply sheet's months (Demand has none after the last actual)",
  setting: "the horizon setting (neither Demand nor Supply has months after the last actual)",
};

/** "Demand plan used downstream: …", with the baseline named where it is (part of) the plan. */
export function demandPlanLine(planColumn: string, baseline: BaselinePlan | undefined): string {
  if (baseline?.planIsBaseline) {
    return (
      `Demand plan used downstream: the statistical baseline (the Demand sheet has no forecast column), ` +
      `for ${baseline.model.planPeriods.length} plan months from ${HORIZON_SOURCE[baseline.horizonSource]}.`
    );
  }
  return `Demand plan used downstream: ${planColumn}.`;
}

/** The families whose plan took the baseline for months without a forecast; null when none did. */
export function fallbackLine(baseline: BaselinePlan | undefined): string | null {
  if (!baseline || baseline.fallback.length === 0) return null;
  const n = baseline.fallback.length;
  return listWithinLimit(
    baseline.fallback.map((f) => `${f.family} (${f.periods.length} month${f.periods.length === 1 ? "" : "s"})`),
    ", ",
    `The baseline is the demand plan of ${n} famil${n === 1 ? "y" : "ies"} for months without a forecast: `,
    " (see Baseline Forecast).",
  );
}

/** Counts by demand pattern and ABC class, "Smooth 8, Intermittent 2" (patterns that occur only). */
export function patternCounts(baseline: BaselinePlan): { pattern: DemandPattern; count: number }[] {
  return PATTERNS.map((pattern) => ({
    pattern,
    count: baseline.baselines.families.filter((b) => b.pattern === pattern).length,
  })).filter((c) => c.count > 0);
}

export function abcCounts(baseline: BaselinePlan): { A: number; B: number; C: number } {
  const out = { A: 0, B: 0, C: 0 };
  for (const s of baseline.segments) out[s.abc] += 1;
  return out;
}

/** Plan months outside the baseline's 95% interval, and the families they belong to. */
export function outsideCounts(baseline: BaselinePlan): { months: number; families: number } {
  return {
    months: baseline.review.outside.reduce((n, o) => n + o.months.length, 0),
    families: baseline.review.outside.length,
  };
}

/** The baseline in figures, for the summary's line and the task pane's. */
export interface BaselineCounts {
  families: number;
  patterns: { pattern: DemandPattern; count: number }[];
  abc: { A: number; B: number; C: number };
  /** Family-months where the demand plan lies outside the baseline's 95% interval, and their families. */
  outsideMonths: number;
  outsideFamilies: number;
  planIsBaseline: boolean;
  /** Families that took the baseline as their plan for months nobody forecast. */
  fallbackFamilies: number;
}

export function baselineCounts(baseline: BaselinePlan): BaselineCounts {
  const outside = outsideCounts(baseline);
  return {
    families: baseline.baselines.families.length,
    patterns: patternCounts(baseline),
    abc: abcCounts(baseline),
    outsideMonths: outside.months,
    outsideFamilies: outside.families,
    planIsBaseline: baseline.planIsBaseline,
    fallbackFamilies: baseline.fallback.length,
  };
}

/** "12 families (Smooth 10, Lumpy 2); ABC 5 / 4 / 3; the demand plan lies …": the pane says it too. */
export function baselineCountsText(c: BaselineCounts): string {
  const patterns = c.patterns.map((p) => `${p.pattern} ${p.count}`).join(", ");
  const plan = c.planIsBaseline
    ? "it is the demand plan"
    : c.outsideMonths === 0
      ? "the demand plan lies inside its 95% interval in every plan month"
      : `the demand plan lies outside its 95% interval in ${c.outsideMonths} family-month${c.outsideMonths === 1 ? "" : "s"} ` +
        `(${c.outsideFamilies} famil${c.outsideFamilies === 1 ? "y" : "ies"}; see Exceptions)`;
  return `${c.families} famil${c.families === 1 ? "y" : "ies"} (${patterns}); ABC ${c.abc.A} / ${c.abc.B} / ${c.abc.C}; ${plan}`;
}

/** "Statistical baseline: 12 families (Smooth 10, Lumpy 2); ABC 5 / 4 / 3; …". */
export function baselineLine(baseline: BaselinePlan): string {
  return `Statistical baseline: ${baselineCountsText(baselineCounts(baseline))}.`;
}

/** The total waterfall's steps that made the forecast worse than the step before. */
export function valueDestroyed(fva: readonly FvaEntry[]): FvaEntry[] {
  const total = fva.filter((e) => e.family === "total");
  return total.filter((e, i) => i > 0 && e.fvaPrevious !== null && e.fvaPrevious < 0);
}

const points = (x: number) => `${(Math.abs(x) * 100).toFixed(1)} points`;

/** The steps that destroyed value, in words; null when the waterfall could not be measured. */
export function fvaLine(baseline: BaselinePlan): string | null {
  const total = baseline.review.fva.filter((e) => e.family === "total");
  if (total.length < 2 || total[0].months === 0) return null;
  const worse = valueDestroyed(total);
  if (worse.length === 0)
    return "Forecast value added: every step of the process improved on the one before (see Demand Review).";
  const named = worse.map((e) => {
    const before = total[total.indexOf(e) - 1].step;
    return `${e.step} made the forecast worse than ${before} (WMAPE up ${points(e.fvaPrevious as number)})`;
  });
  return `Forecast value added: ${named.join("; ")} (see Demand Review).`;
}
