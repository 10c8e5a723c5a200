/**
 * The exceptions of the pre-S&OP that need a decision, each with its money impact, the decision it
 * needs, the role that owns it in the S&OP cycle (Demand, Supply, Finance) and its detail sheet.
 * Ranked by money impact, largest first (exceptions whose impact cannot be priced come last).
 *
 * Money impact:
 * - forecast bias: |bias %| x the family's demand revenue over the plan horizon (what the bias would
 *   misstate if the plan carries it);
 * - capacity overload: revenue at risk: the overload hours turned into units by each family's share
 *   of the load and its hours per unit on the resource, x its unit price
 *   (units_f = overload x load_f / load / hours per unit_f);
 * - shortage: unmet units x unit price, where unmet(t) = demand(t) - met(t) and
 *   met(t) = min(demand(t), max(0, I(t-1)) + supply(t));
 * - revenue gap of a family-quarter beyond 1% of its budget: the gap itself.
 *
 * Unresolved exceptions (overloads with a subcontract remainder, shortages, revenue gaps, biased
 * forecasts) go on the executive agenda with the options found: levers and the scenarios that change them.
 * The scenarios are read through their kernel figures (ScenarioResult.outcome) only: their full
 * analyses are computed on first read, about a second each on 2,000 families.
 */
import type { Analysis } from "../engine/analyze";
import type { CapacityOverload } from "../engine/capacity";
import { directionInWords } from "../engine/demand/direction";
import { demandMet, MOST_LIKELY, type ScenarioResult } from "../engine/scenarios";
import { CAPACITY_CHECK_SHEET } from "./sheets/capacityCheckSheet";
import { FINANCIAL_GAP_SHEET } from "./sheets/financialGapSheet";
import { GAP_TABLE_SHEET } from "./sheets/gapTableSheet";
import { indexBy } from "./indexBy";

export const DEMAND_REVIEW_SHEET = "Demand Review";

export type ExceptionKind = "bias" | "overload" | "shortage" | "revenueGap";
/** The S&OP step that owns the decision. */
export type OwnerRole = "Demand" | "Supply" | "Finance";

export interface PlanException {
  kind: ExceptionKind;
  /** What is wrong, in one line ("Paint Shop overloaded in 2027-07: 124.7% of rated capacity"). */
  title: string;
  /** Money impact in currency; null when it cannot be priced (no Finance sheet, no price). */
  impact: number | null;
  /** How the impact was computed, with the figures. */
  impactBasis: string;
  decision: string;
  owner: OwnerRole;
  /** Detail sheet of the pack. */
  sheet: string;
  /** The pre-S&OP could not resolve it: it goes on the executive agenda. */
  unresolved: boolean;
  /** Options found: levers and scenarios that change it. */
  options: string;
}

const TOLERANCE = 0.01;
const KIND_ORDER: ExceptionKind[] = ["bias", "overload", "shortage", "revenueGap"];

export function money(x: number): string {
  const r = Math.round(x);
  return `${r < 0 ? "-" : ""}$${Math.abs(r).toLocaleString("en-US")}`;
}
const pct = (x: number): string => `${(Math.round(x * 1000) / 10).toFixed(1)}%`;
const hours = (h: number): string => `${(Math.round(h * 10) / 10).toLocaleString("en-US")} h`;
const possessive = (name: string): string => (name.endsWith("s") ? `${name}'` : `${name}'s`);
const units = (u: number): string => Math.round(u).toLocaleString("en-US");

// Keys for indexBy (module-level, so each list is indexed once per key).
const byResourcePeriod = (c: { resource: string; period: string }): string => `${c.resource}\u0000${c.period}`;
const byKey = (t: { key: string }): string => t.key;

/** Unit price of a family in a period from the (Most Likely) finance lines; null when there is none. */
function priceOf(analysis: Analysis): (family: string, period: string) => number | null {
  const prices = new Map<string, number>();
  for (const l of analysis.finance?.lines ?? [])
    if (l.unitPrice !== null) prices.set(`${l.family}\u0000${l.period}`, l.unitPrice);
  return (family, period) => prices.get(`${family}\u0000${period}`) ?? null;
}

/** A scenario's revenue gap of a family in a quarter from its kernel figures; null where it has none. */
function scenarioQuarterGap(s: ScenarioResult, family: string, quarter: string): number | null {
  const finance = s.outcome.finance;
  if (!finance) return null;
  const f = finance.familyIndex.get(family);
  const q = finance.quarters.indexOf(quarter);
  if (f === undefined || q < 0) return null;
  const gap = finance.quarterRevenueGap[f * finance.quarters.length + q];
  return gap !== gap ? null : gap; // NaN: no price or no budget in the quarter
}

function otherScenarios(analysis: Analysis): ScenarioResult[] {
  return (analysis.scenarios?.results ?? []).filter((r) => r.definition.name !== MOST_LIKELY);
}

export function planExceptions(analysis: Analysis): PlanException[] {
  const list = [
    ...biasExceptions(analysis),
    ...overloadExceptions(analysis),
    ...shortageExceptions(analysis),
    ...revenueGapExceptions(analysis),
  ];
  return list
    .map((e, i) => ({ e, i }))
    .sort(
      (a, b) =>
        (b.e.impact ?? -Infinity) - (a.e.impact ?? -Infinity) ||
        KIND_ORDER.indexOf(a.e.kind) - KIND_ORDER.indexOf(b.e.kind) ||
        a.i - b.i,
    )
    .map(({ e }) => e);
}

function biasExceptions(analysis: Analysis): PlanException[] {
  const review = analysis.demandReview;
  if (!review) return [];
  return review.rows
    .filter((r) => r.flagged)
    .map((r) => {
      const revenue = (analysis.finance ? indexBy(analysis.finance.byFamily, byKey).get(r.family)?.demandRevenue : null) ?? null;
      const impact = r.biasPct !== null && revenue !== null ? Math.abs(r.biasPct) * revenue : null;
      const direction = directionInWords(r.direction);
      const scenarios = otherScenarios(analysis).filter((s) => (s.definition.demandFactor[r.family] ?? 1) !== 1);
      return {
        kind: "bias" as const,
        title: `${r.family}: ${r.forecast} ${direction.toLowerCase()}${r.biasPct !== null ? ` (bias ${pct(r.biasPct)})` : ""}`,
        impact,
        impactBasis:
          impact === null
            ? "Not priced: no demand revenue for the family (Finance sheet or price missing)."
            : `|bias %| ${pct(Math.abs(r.biasPct ?? 0))} × ${r.family} demand revenue over the plan ${money(revenue ?? 0)}`,
        decision: `Correct the ${r.forecast} for ${r.family} (${r.reason ?? "flagged"}) and confirm the demand plan does not carry the bias.`,
        owner: "Demand" as const,
        sheet: DEMAND_REVIEW_SHEET,
        unresolved: true,
        options:
          `Take the bias out of the ${r.forecast} (scale it by actual / forecast)` +
          (scenarios.length > 0
            ? `; scenarios that change ${possessive(r.family)} demand: ${scenarios.map((s) => `${s.definition.name} (revenue ${money(s.kpis.revenue ?? 0)})`).join(", ")}`
            : "") +
          ".",
      };
    });
}

function overloadExceptions(analysis: Analysis): PlanException[] {
  const capacity = analysis.capacity;
  if (!capacity) return [];
  const price = priceOf(analysis);
  const hoursPerUnit = new Map<string, number>();
  for (const b of analysis.model.billOfResources ?? []) {
    const key = `${b.family}\u0000${b.resource}`;
    if (Number.isFinite(b.hoursPerUnit)) hoursPerUnit.set(key, (hoursPerUnit.get(key) ?? 0) + b.hoursPerUnit);
  }
  return capacity.overloads.map((ov) => {
    const cell = indexBy(capacity.cells, byResourcePeriod).get(byResourcePeriod(ov));
    let impact: number | null = null;
    const parts: string[] = [];
    if (analysis.finance && cell && cell.load > 0) {
      for (const [family, load] of Object.entries(cell.loadByFamily)) {
        const hpu = hoursPerUnit.get(`${family}\u0000${ov.resource}`) ?? 0;
        const p = price(family, ov.period);
        if (!(hpu > 0) || p === null || load <= 0) continue;
        const atRisk = ((ov.overloadHours * load) / cell.load / hpu) * p;
        impact = (impact ?? 0) + atRisk;
        parts.push(`${family} ${units((ov.overloadHours * load) / cell.load / hpu)} units × ${money(p)}`);
      }
    }
    const [overtime, prebuild, subcontract] = leverHours(ov);
    const utilization = ov.ratedCapacity > 0 ? ov.load / ov.ratedCapacity : Infinity;
    const resolvedIn = otherScenarios(analysis).filter((s) => {
      const status = s.outcome.capacity?.statusAt(ov.resource, ov.period);
      return status !== undefined && status !== "overload";
    });
    const levers = `Overtime ${hours(overtime)}, pre-build ${hours(prebuild)}${prebuildFrom(ov)}, subcontract or reshape demand ${hours(subcontract)}`;
    return {
      kind: "overload" as const,
      title: `${ov.resource} overloaded in ${ov.period}: ${Number.isFinite(utilization) ? pct(utilization) : "no capacity"}, ${hours(ov.overloadHours)} over`,
      impact,
      impactBasis:
        impact === null
          ? "Not priced: no Finance sheet or no price for the families loading the resource."
          : `Revenue at risk: ${hours(ov.overloadHours)} over, split by each family's share of the load: ${parts.join(" + ")}`,
      decision:
        subcontract > 0
          ? `Approve ${hours(subcontract)} of subcontracting or reshape demand (after overtime ${hours(overtime)} and pre-build ${hours(prebuild)}).`
          : `Approve overtime ${hours(overtime)}${prebuild > 0 ? ` and pre-building ${hours(prebuild)}${prebuildFrom(ov)}` : ""}.`,
      owner: "Supply" as const,
      sheet: CAPACITY_CHECK_SHEET,
      unresolved: subcontract > 0,
      options:
        `${levers}.` +
        (resolvedIn.length > 0
          ? ` No overload in scenario${resolvedIn.length > 1 ? "s" : ""}: ${resolvedIn.map((s) => s.definition.name).join(", ")}.`
          : ""),
    };
  });
}

function leverHours(ov: CapacityOverload): [number, number, number] {
  const of = (kind: string) => ov.levers.find((l) => l.kind === kind)?.hours ?? 0;
  return [of("overtime"), of("prebuild"), of("subcontract")];
}

function prebuildFrom(ov: CapacityOverload): string {
  const lever = ov.levers.find((l) => l.kind === "prebuild");
  if (!lever || lever.kind !== "prebuild" || lever.from.length === 0) return "";
  return ` (from ${lever.from.map((f) => f.period).join(", ")})`;
}

function shortageExceptions(analysis: Analysis): PlanException[] {
  const rec = analysis.reconciliation;
  if (!rec) return [];
  const price = priceOf(analysis);
  const out: PlanException[] = [];
  for (const family of rec.families) {
    if (family.shortages.length === 0) continue;
    const met = demandMet(family);
    let unmet = 0;
    let impact: number | null = analysis.finance ? 0 : null;
    family.lines.forEach((l, t) => {
      const u = Math.max(0, l.demand - met[t]);
      unmet += u;
      const p = price(family.family, l.period);
      if (impact !== null && p !== null) impact += u * p;
    });
    const months = family.shortages.map((s) => s.period);
    const deepest = Math.max(...family.shortages.map((s) => s.shortfall));
    const noShortageIn = otherScenarios(analysis).filter((s) => {
      const gaps = s.outcome.gaps;
      const f = gaps?.familyIndex.get(family.family);
      return gaps !== undefined && f !== undefined && gaps.shortageMonths[f] === 0;
    });
    out.push({
      kind: "shortage",
      title: `${family.family}: projected inventory below zero in ${months.length} month(s) from ${months[0]} (backlog up to ${units(deepest)} units)`,
      impact,
      impactBasis:
        impact === null ? "Not priced: no Finance sheet." : `${units(unmet)} units of demand not met in their month × unit price`,
      decision: `Raise or bring forward supply of ${family.family}, or agree which demand waits (and tell Sales).`,
      owner: "Supply",
      sheet: GAP_TABLE_SHEET,
      unresolved: true,
      options:
        `Bring production forward or add supply of ${units(unmet)} units before ${months[0]}` +
        (noShortageIn.length > 0
          ? `; no shortage in scenario${noShortageIn.length > 1 ? "s" : ""}: ${noShortageIn.map((s) => s.definition.name).join(", ")}`
          : "") +
        ".",
    });
  }
  return out;
}

function revenueGapExceptions(analysis: Analysis): PlanException[] {
  const finance = analysis.finance;
  if (!finance) return [];
  return finance.byFamilyQuarter
    .filter(
      (t) =>
        t.revenueGap !== null &&
        t.budgetRevenue !== null &&
        t.budgetRevenue !== 0 &&
        Math.abs(t.revenueGap) > TOLERANCE * Math.abs(t.budgetRevenue),
    )
    .map((t) => {
      const gap = t.revenueGap ?? 0;
      const below = gap < 0;
      const inScenarios = otherScenarios(analysis)
        .map((s) => {
          const gap = scenarioQuarterGap(s, t.family, t.quarter);
          return gap !== null ? `${s.definition.name} ${money(gap)}` : null;
        })
        .filter((x): x is string => x !== null);
      return {
        kind: "revenueGap" as const,
        title: `${t.family} ${t.quarter}: revenue ${money(Math.abs(gap))} ${below ? "below" : "above"} budget (${pct(t.revenueGapPct ?? 0)})`,
        impact: Math.abs(gap),
        impactBasis: `Demand revenue ${money(t.demandRevenue ?? 0)} − budget ${money(t.budgetRevenue ?? 0)} = ${money(gap)}`,
        decision: below
          ? `Close the gap (price, promotion, demand plan) or revise the budget for ${t.family} in ${t.quarter}.`
          : `Confirm the upside for ${t.family} in ${t.quarter} and update the financial forecast.`,
        owner: "Finance" as const,
        sheet: FINANCIAL_GAP_SHEET,
        unresolved: true,
        options:
          (below ? "Price or promotion actions, or a budget revision" : "Update the financial forecast") +
          (inScenarios.length > 0 ? `; gap in the scenarios: ${inScenarios.join(", ")}` : "") +
          ".",
      };
    });
}
