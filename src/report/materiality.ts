/**
 * Materiality (SPEC "Output"): an exception whose money at stake is below the threshold stays on its
 * detail sheet (and in the JSON) but is not on the summary's executive agenda, so the meeting spends
 * its time on what moves the plan.
 *
 * - The threshold is the `materiality` setting, or by default 0.5% of the horizon's plan revenue (the
 *   demand plan units x unit price over the plan months, the Financial Gap's total).
 * - Without prices (no Finance sheet, or no Unit Price anywhere) exceptions have no money, so the unit
 *   equivalent applies: 0.5% of the horizon's demand plan units, compared with each exception's units
 *   (a setting in money cannot be compared with units, so it gives way to the default then).
 * - An exception with nothing at stake ($0, or 0 units) is never material, whatever the threshold; one
 *   whose impact cannot be measured (null) is, as nothing says it is small.
 */
import type { Analysis } from "../engine/analyze";
import { demandPlanIndex } from "../engine/reconcile/demandPlanIndex";
import { money } from "./moneyText";

/** The default threshold's share of the horizon's plan revenue (or demand plan units). */
export const MATERIALITY_SHARE = 0.005;

export interface Materiality {
  /** In money, or in units where the plan has no prices. */
  threshold: number;
  /** What an exception's impact is compared in: its money at stake, or its units. */
  measure: "money" | "units";
  /** Where the threshold comes from, in words ("0.5% of plan revenue", "the materiality setting"). */
  basis: string;
}

/** What an exception puts at stake, in money and in units (null where it cannot be measured). */
export interface Impacts {
  impact: number | null;
  unitImpact: number | null;
}

/** The horizon's demand plan units by family (blank cells left out). */
export function planUnitsByFamily(analysis: Analysis): Map<string, number> {
  const horizon = analysis.model.planPeriods;
  const out = new Map<string, number>();
  for (const [family, byPeriod] of demandPlanIndex(analysis.model).byFamily) {
    let units = 0;
    for (const p of horizon) units += byPeriod.get(p) ?? 0;
    out.set(family, units);
  }
  return out;
}

const share = `${(MATERIALITY_SHARE * 100).toLocaleString("en-US")}%`;

/** The run's materiality: the setting, else 0.5% of plan revenue, else 0.5% of the plan's units. */
export function materialityOf(analysis: Analysis): Materiality {
  const revenue = analysis.finance?.total.demandRevenue ?? null;
  const setting = analysis.settings.materiality;
  if (revenue !== null) {
    return setting !== undefined
      ? { threshold: setting, measure: "money", basis: "the materiality setting" }
      : { threshold: MATERIALITY_SHARE * revenue, measure: "money", basis: `${share} of plan revenue` };
  }
  let units = 0;
  for (const u of planUnitsByFamily(analysis).values()) units += u;
  return {
    threshold: MATERIALITY_SHARE * units,
    measure: "units",
    basis:
      setting !== undefined
        ? `${share} of the plan's demand units: without prices the ${money(setting)} setting cannot be compared`
        : `${share} of the plan's demand units, as the plan has no prices`,
  };
}

/** Below materiality, or nothing at stake: off the agenda. Unmeasured (null) stays on. */
export function isMaterial(e: Impacts, m: Materiality): boolean {
  const v = m.measure === "money" ? e.impact : e.unitImpact;
  if (v === null) return true;
  const size = Math.abs(v);
  return size > 0 && size >= m.threshold;
}

/** "$331,000" or "1,250 units". */
export function thresholdText(m: Materiality): string {
  if (m.measure === "money") return money(m.threshold);
  return `${(Math.round(m.threshold * 10) / 10).toLocaleString("en-US")} units`;
}

/**
 * The summary's line under the agenda's heading: how many exceptions the pre-S&OP could not resolve are
 * left off as below materiality, and the threshold.
 */
export function materialityLine(leftOff: number, m: Materiality): string {
  const threshold = `materiality (${thresholdText(m)}, ${m.basis})`;
  if (leftOff === 0) return `No exception was left off the agenda as below ${threshold}.`;
  return leftOff === 1
    ? `1 exception below ${threshold} is on its sheet, not on the agenda.`
    : `${leftOff.toLocaleString("en-US")} exceptions below ${threshold} are on their sheets, not on the agenda.`;
}
