/**
 * The exceptions of the pre-S&OP that need a decision, each with its money impact, the decision it
 * needs, the role that owns it in the S&OP cycle (Demand, Supply, Finance) and its detail sheet.
 * Ranked by money impact, largest first (exceptions whose impact cannot be priced come last).
 *
 * Money impact is what the plan as given puts at stake (SPEC "Output"):
 * - forecast bias, only where it reaches the demand plan (the column used downstream): |bias %| x the
 *   family's plan revenue over the horizon. A biased input forecast the demand plan corrected is shown
 *   with its FVA and no money (and is not on the agenda);
 * - capacity overload, consecutive months of one resource as one exception: overtime hours x Overtime
 *   Cost, plus the revenue of the hours nothing covers (see overloadExceptions);
 * - shortage: unmet units x unit price, where unmet(t) = demand(t) - met(t) and
 *   met(t) = min(demand(t), max(0, I(t-1)) + supply(t));
 * - revenue gap of a family-quarter more than 1% below its budget: the shortfall. Above budget is
 *   upside: listed without money, not on the agenda;
 * - a demand plan outside the statistical baseline's 95% interval: the units beyond the bound x Unit
 *   Price (SPEC "Plan against baseline"); on the agenda, as the meeting asks for the assumption.
 *
 * - a given Target Inventory below the recommended safety stock (SPEC "Inventory policy"): the
 *   difference's money, the working capital that protecting the service level takes.
 *
 * Unresolved exceptions (overloads with a subcontract remainder, shortages, revenue gaps, biased
 * forecasts) go on the executive agenda with the options found: levers and the scenarios that change them,
 * unless their money at stake is below materiality (./materiality.ts): those stay on their sheets.
 * The scenarios are read through their kernel figures (ScenarioResult.outcome) only: their full
 * analyses are computed on first read, about a second each on 2,000 families.
 */
import type { Analysis } from "../engine/analyze";
import { overloadRuns, type CapacityOverload } from "../engine/capacity";
import type { DemandReviewRow } from "../engine/demand";
import { directionInWords } from "../engine/demand/direction";
import { demandMet, MOST_LIKELY, type ScenarioResult } from "../engine/scenarios";
import { CAPACITY_CHECK_SHEET } from "./sheets/capacityCheckSheet";
import { BASELINE_FORECAST_SHEET } from "./sheets/baselineForecastSheet";
import { FINANCIAL_GAP_SHEET } from "./sheets/financialGapSheet";
import { GAP_TABLE_SHEET } from "./sheets/gapTableSheet";
import { SAFETY_STOCK_SHEET, shownStock } from "./sheets/safetyStockSheet";
import { indexBy } from "./indexBy";
import { balanceOptionForOverload, balanceOptionForShortage } from "./balanceOptions";
import { isMaterial, materialityOf, planUnitsByFamily } from "./materiality";
import { money } from "./moneyText";
import { SheetNames } from "./sheetNames";

export const DEMAND_REVIEW_SHEET = SheetNames.demandReview;

export type ExceptionKind = "bias" | "overload" | "shortage" | "revenueGap" | "planOutsideBaseline" | "targetBelowRecommended";
/** The S&OP step that owns the decision. */
export type OwnerRole = "Demand" | "Supply" | "Finance";

export interface PlanException {
  kind: ExceptionKind;
  /**
   * Names the issue across runs and cycles whatever its figures (exceptionKey): the agenda's Decision,
   * Owner and Due go back to the issue by it, never by its title.
   */
  key: string;
  /** What is wrong, in one line ("Paint Shop overloaded in 2027-07: 124.7% of rated capacity"). */
  title: string;
  /** Money impact in currency; null when it cannot be priced (no Finance sheet, no price). */
  impact: number | null;
  /** The same in units (demand, stock), for materiality where the plan has no prices; null where none. */
  unitImpact: number | null;
  /** How the impact was computed, with the figures. */
  impactBasis: string;
  decision: string;
  owner: OwnerRole;
  /** Detail sheet of the pack. */
  sheet: string;
  /** The pre-S&OP could not resolve it: it goes on the executive agenda if it is material. */
  unresolved: boolean;
  /** Its impact is not below materiality (./materiality.ts); one with nothing at stake never is. */
  material: boolean;
  /** Options found: levers and scenarios that change it. */
  options: string;
}

/** An exception as each kind finds it; materiality is judged on the whole list. */
type Found = Omit<PlanException, "material">;

/** On the summary's executive agenda: unresolved and material. */
export const onAgenda = (e: PlanException): boolean => e.unresolved && e.material;

/**
 * The stable key of an exception: its kind, the family or resource, the forecast column (bias) and
 * the quarter or first month it is about, joined by "|": "revenueGap|Espresso Machines|2027-Q1",
 * "overload|Paint Shop|2026-12", "bias|Kettles|Consensus Forecast". Amounts and wording are not in it,
 * so the same issue keeps its key when its money changes.
 */
export function exceptionKey(kind: ExceptionKind, ...about: string[]): string {
  return [kind, ...about].join("|");
}

const TOLERANCE = 0.01;
const KIND_ORDER: ExceptionKind[] = [
  "bias",
  "overload",
  "shortage",
  "revenueGap",
  "planOutsideBaseline",
  "targetBelowRecommended",
];

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

/** A family's revenue in a scenario (what its supply can meet, as the scenario KPIs count it); null
 * where it has none (no Finance sheet, no price). The family's own figure, not all families'. */
function familyRevenueIn(s: ScenarioResult, family: string): number | null {
  const served = s.outcome.served;
  const f = served?.familyIndex.get(family);
  if (!served || f === undefined) return null;
  const revenue = served.demandRevenue[f];
  return revenue !== revenue ? null : revenue; // NaN: no price
}

/** "Optimistic (Kettles revenue $1,234)"; just the name where the family has no revenue in it. */
function scenarioWithFamilyRevenue(s: ScenarioResult, family: string): string {
  const revenue = familyRevenueIn(s, family);
  return revenue === null ? s.definition.name : `${s.definition.name} (${family} revenue ${money(revenue)})`;
}

function otherScenarios(analysis: Analysis): ScenarioResult[] {
  return (analysis.scenarios?.results ?? []).filter((r) => r.definition.name !== MOST_LIKELY);
}

/** The summary sheet, the JSON and the task pane all read the list: ranked once per analysis. */
const ranked = new WeakMap<Analysis, PlanException[]>();

export function planExceptions(analysis: Analysis): PlanException[] {
  let list = ranked.get(analysis);
  if (!list) ranked.set(analysis, (list = rankExceptions(analysis)));
  return list;
}

function rankExceptions(analysis: Analysis): PlanException[] {
  const materiality = materialityOf(analysis);
  const list: Found[] = [
    ...biasExceptions(analysis),
    ...overloadExceptions(analysis),
    ...shortageExceptions(analysis),
    ...revenueGapExceptions(analysis),
    ...planOutsideBaselineExceptions(analysis),
    ...targetBelowRecommendedExceptions(analysis),
  ];
  return list
    .map((e, i) => ({ e, i }))
    .sort(
      (a, b) =>
        (b.e.impact ?? -Infinity) - (a.e.impact ?? -Infinity) ||
        KIND_ORDER.indexOf(a.e.kind) - KIND_ORDER.indexOf(b.e.kind) ||
        a.i - b.i,
    )
    .map(({ e }) => ({ ...e, material: isMaterial(e, materiality) }));
}

function biasExceptions(analysis: Analysis): Found[] {
  const review = analysis.demandReview;
  if (!review) return [];
  const planColumn = analysis.model.demand.demandPlanColumn;
  const planRow = indexBy(
    review.rows.filter((r) => r.forecast === planColumn),
    (r) => r.family,
  );
  const planUnits = planUnitsByFamily(analysis);
  return review.rows
    .filter((r) => r.flagged)
    .map((r) =>
      r.forecast === planColumn ? planBiasException(analysis, r, planUnits) : inputBiasException(r, planRow.get(r.family)),
    );
}

/** Bias in the demand plan: it reaches supply and finance, so it is money at stake. */
function planBiasException(analysis: Analysis, r: DemandReviewRow, planUnits: Map<string, number>): Found {
  const revenue = (analysis.finance ? indexBy(analysis.finance.byFamily, byKey).get(r.family)?.demandRevenue : null) ?? null;
  const impact = r.biasPct !== null && revenue !== null ? Math.abs(r.biasPct) * revenue : null;
  const units = planUnits.get(r.family);
  const unitImpact = r.biasPct !== null && units !== undefined ? Math.abs(r.biasPct) * units : null;
  const direction = directionInWords(r.direction);
  const scenarios = otherScenarios(analysis).filter((s) => (s.definition.demandFactor[r.family] ?? 1) !== 1);
  const mostLikely = analysis.scenarios?.results.find((s) => s.definition.name === MOST_LIKELY);
  const asGiven = mostLikely ? familyRevenueIn(mostLikely, r.family) : null;
  return {
    kind: "bias",
    key: exceptionKey("bias", r.family, r.forecast),
    title: `${r.family}: ${r.forecast} ${direction.toLowerCase()}${r.biasPct !== null ? ` (bias ${pct(r.biasPct)})` : ""}`,
    impact,
    unitImpact,
    impactBasis:
      impact === null
        ? "Not priced: no demand revenue for the family (Finance sheet or price missing)."
        : `The demand plan carries the bias: |bias %| ${pct(Math.abs(r.biasPct ?? 0))} × ${r.family} plan revenue ${money(revenue ?? 0)}`,
    decision: `Correct the ${r.forecast} for ${r.family} (${r.reason ?? "flagged"}) before supply and finance plan on it.`,
    owner: "Demand",
    sheet: DEMAND_REVIEW_SHEET,
    unresolved: true,
    options:
      `Take the bias out of the ${r.forecast} (scale it by actual / forecast)` +
      (scenarios.length > 0
        ? `; scenarios that change ${possessive(r.family)} demand: ${scenarios.map((s) => scenarioWithFamilyRevenue(s, r.family)).join(", ")}` +
          (asGiven !== null && scenarios.some((s) => familyRevenueIn(s, r.family) !== null)
            ? `, against ${money(asGiven)} in ${MOST_LIKELY}`
            : "")
        : "") +
      ".",
  };
}

/**
 * Bias in an input forecast (Statistical, Sales, Marketing...): it only costs money if it reaches the
 * demand plan. When the plan is unbiased, the consensus step corrected it: shown with its FVA for the
 * demand review, no money; when the plan is biased too, the money is counted once, on the plan's line.
 */
function inputBiasException(r: DemandReviewRow, plan: DemandReviewRow | undefined): Found {
  const direction = directionInWords(r.direction).toLowerCase();
  const planBiased = plan?.flagged === true;
  const planBias = plan && plan.biasPct !== null ? ` (bias ${pct(plan.biasPct)})` : "";
  const fva = r.fva === null ? "FVA not measurable" : `FVA ${signedPoints(r.fva)} against the naive forecast`;
  return {
    kind: "bias",
    key: exceptionKey("bias", r.family, r.forecast),
    title: `${r.family}: ${r.forecast} ${direction}${r.biasPct !== null ? ` (bias ${pct(r.biasPct)})` : ""}, ${
      planBiased ? `the demand plan too` : plan ? `corrected in the ${plan.forecast}${planBias}` : "not in the demand plan"
    }`,
    impact: null,
    unitImpact: null,
    impactBasis: planBiased
      ? `No money here: counted once, on the ${plan.forecast} bias of ${r.family}. ${fva}.`
      : `No money at stake: the demand plan${plan ? ` (${plan.forecast})` : ""} does not carry this bias. ${fva}.`,
    decision: planBiased
      ? `Correct the ${r.forecast} for ${r.family} together with the demand plan.`
      : `Feed back to the owner of the ${r.forecast}: ${r.reason ?? "biased"}; the plan needs no change.`,
    owner: "Demand",
    sheet: DEMAND_REVIEW_SHEET,
    unresolved: false,
    options: `Take the bias out of the ${r.forecast} (scale it by actual / forecast).`,
  };
}

/** "+3.2 pp" for a difference of two fractions. */
function signedPoints(x: number): string {
  const v = Math.round(x * 1000) / 10;
  return `${v > 0 ? "+" : v < 0 ? "−" : ""}${Math.abs(v).toFixed(1)} pp`;
}

/**
 * Consecutive overloaded months of one resource, as one exception. Money at stake = what the plan as
 * given costs to cover: overtime hours x Overtime Cost (pre-build moves hours into spare capacity and is
 * not priced here), plus the revenue of the hours nothing covers, turned into units by each family's
 * share of the month's load and its hours per unit on the resource, x its unit price
 * (units_f = uncovered x load_f / load / hours per unit_f).
 */
function overloadExceptions(analysis: Analysis): Found[] {
  const capacity = analysis.capacity;
  if (!capacity) return [];
  const price = priceOf(analysis);
  const hoursPerUnit = new Map<string, number>();
  for (const b of analysis.model.billOfResources ?? []) {
    const key = `${b.family}\u0000${b.resource}`;
    if (Number.isFinite(b.hoursPerUnit)) hoursPerUnit.set(key, (hoursPerUnit.get(key) ?? 0) + b.hoursPerUnit);
  }
  const cells = indexBy(capacity.cells, byResourcePeriod);
  return overloadRuns(capacity.overloads, capacity.periods).map(({ resource, overloads }) => {
    let overtime = 0;
    let prebuild = 0;
    let uncovered = 0;
    let overtimeCost: number | null = null;
    let unpricedOvertime = 0;
    let lostRevenue: number | null = null;
    const lostUnits = new Map<string, number>();
    // The units the uncovered hours stand for, priced or not (materiality without prices).
    let uncoveredUnits: number | null = null;
    let peak = 0;
    let overHours = 0;
    for (const ov of overloads) {
      const [o, p, s] = leverHours(ov);
      overtime += o;
      prebuild += p;
      uncovered += s;
      overHours += ov.overloadHours;
      peak = Math.max(peak, ov.ratedCapacity > 0 ? ov.load / ov.ratedCapacity : Infinity);
      const cell = cells.get(byResourcePeriod(ov));
      if (o > 0) {
        if (cell?.overtimeCost != null) overtimeCost = (overtimeCost ?? 0) + o * cell.overtimeCost;
        else unpricedOvertime += o;
      }
      if (s > 0 && cell && cell.load > 0) {
        for (const [family, load] of Object.entries(cell.loadByFamily)) {
          const hpu = hoursPerUnit.get(`${family}\u0000${resource}`) ?? 0;
          if (!(hpu > 0) || load <= 0) continue;
          const u = (s * load) / cell.load / hpu;
          uncoveredUnits = (uncoveredUnits ?? 0) + u;
          const p = analysis.finance ? price(family, ov.period) : null;
          if (p === null) continue;
          lostRevenue = (lostRevenue ?? 0) + u * p;
          lostUnits.set(family, (lostUnits.get(family) ?? 0) + u);
        }
      }
    }
    const impact = overtimeCost === null && lostRevenue === null ? null : (overtimeCost ?? 0) + (lostRevenue ?? 0);
    const basis: string[] = [];
    if (overtime > 0)
      basis.push(
        overtimeCost !== null
          ? `overtime ${hours(overtime - unpricedOvertime)} × Overtime Cost = ${money(overtimeCost)}`
          : `overtime ${hours(overtime)} not priced (no Overtime Cost on the Capacity sheet)`,
      );
    if (overtimeCost !== null && unpricedOvertime > 0)
      basis.push(`${hours(unpricedOvertime)} more overtime not priced (no Overtime Cost)`);
    if (prebuild > 0) basis.push(`pre-build ${hours(prebuild)} into spare capacity (no cost counted)`);
    if (uncovered > 0)
      basis.push(
        lostRevenue !== null
          ? `${hours(uncovered)} nothing covers: ${[...lostUnits].map(([f, u]) => `${f} ${units(u)} units`).join(", ")} of revenue ${money(lostRevenue)}`
          : `${hours(uncovered)} nothing covers, not priced (no Finance sheet or price)`,
      );
    const months = overloads.map((o) => o.period);
    const when = months.length === 1 ? months[0] : `${months[0]} to ${months[months.length - 1]} (${months.length} months)`;
    const resolvedIn = otherScenarios(analysis).filter((s) =>
      overloads.every((ov) => {
        const status = s.outcome.capacity?.statusAt(ov.resource, ov.period);
        return status !== undefined && status !== "overload";
      }),
    );
    const from = prebuildFrom(overloads);
    const levers = `Overtime ${hours(overtime)}, pre-build ${hours(prebuild)}${from}, subcontract or reshape demand ${hours(uncovered)}`;
    return {
      kind: "overload" as const,
      key: exceptionKey("overload", resource, months[0]),
      title: `${resource} overloaded in ${when}: ${Number.isFinite(peak) ? `${months.length > 1 ? "up to " : ""}${pct(peak)}` : "no capacity"}, ${hours(overHours)} over`,
      impact,
      // Overtime and pre-build cover their hours: only the hours nothing covers are units at stake.
      unitImpact: uncovered > 0 ? uncoveredUnits : 0,
      impactBasis: impact === null && basis.length === 0 ? "Not priced." : `${capitalize(basis.join("; "))}.`,
      decision:
        (uncovered > 0
          ? `Approve ${hours(uncovered)} of subcontracting or reshape demand (after overtime ${hours(overtime)} and pre-build ${hours(prebuild)}).`
          : `Approve overtime ${hours(overtime)}${prebuild > 0 ? ` and pre-building ${hours(prebuild)}${from}` : ""}.`) +
        balanceOptionForOverload(analysis, resource, months),
      owner: "Supply" as const,
      sheet: CAPACITY_CHECK_SHEET,
      unresolved: uncovered > 0,
      options:
        `${levers}.` +
        (resolvedIn.length > 0
          ? ` No overload in scenario${resolvedIn.length > 1 ? "s" : ""}: ${resolvedIn.map((s) => s.definition.name).join(", ")}.`
          : "") +
        balanceOptionForOverload(analysis, resource, months),
    };
  });
}

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

function leverHours(ov: CapacityOverload): [number, number, number] {
  const of = (kind: string) => ov.levers.find((l) => l.kind === kind)?.hours ?? 0;
  return [of("overtime"), of("prebuild"), of("subcontract")];
}

/** " (from 2027-04, 2027-05)": the months whose spare capacity the pre-build uses, in period order. */
function prebuildFrom(overloads: readonly CapacityOverload[]): string {
  const periods = new Set<string>();
  for (const ov of overloads)
    for (const lever of ov.levers) if (lever.kind === "prebuild") for (const f of lever.from) periods.add(f.period);
  return periods.size === 0 ? "" : ` (from ${[...periods].sort().join(", ")})`;
}

function shortageExceptions(analysis: Analysis): Found[] {
  const rec = analysis.reconciliation;
  if (!rec) return [];
  const price = priceOf(analysis);
  const out: Found[] = [];
  for (const family of rec.families) {
    if (family.shortages.length === 0) continue;
    const met = demandMet(family);
    let unmet = 0;
    let priced: number | null = null;
    family.lines.forEach((l, t) => {
      const u = Math.max(0, l.demand - met[t]);
      unmet += u;
      const p = price(family.family, l.period);
      if (u > 0 && p !== null) priced = (priced ?? 0) + u * p;
    });
    // Not priced where no unmet unit has a price (no Finance sheet, or the family has no Unit Price):
    // a shortage is never $0 at stake for want of a price. Nothing unmet is $0 where there is Finance.
    const impact: number | null = analysis.finance ? (priced ?? (unmet > 0 ? null : 0)) : null;
    const months = family.shortages.map((s) => s.period);
    const deepest = Math.max(...family.shortages.map((s) => s.shortfall));
    const noShortageIn = otherScenarios(analysis).filter((s) => {
      const gaps = s.outcome.gaps;
      const f = gaps?.familyIndex.get(family.family);
      return gaps !== undefined && f !== undefined && gaps.shortageMonths[f] === 0;
    });
    out.push({
      kind: "shortage",
      key: exceptionKey("shortage", family.family, months[0]),
      title: `${family.family}: projected inventory below zero in ${months.length} month(s) from ${months[0]} (backlog up to ${units(deepest)} units)`,
      impact,
      unitImpact: unmet,
      impactBasis:
        impact === null
          ? analysis.finance
            ? `Not priced: no Unit Price for ${family.family} (${units(unmet)} units of demand not met in their month).`
            : "Not priced: no Finance sheet."
          : `${units(unmet)} units of demand not met in their month × unit price`,
      decision:
        `Raise or bring forward supply of ${family.family}, or agree which demand waits (and tell Sales).` +
        balanceOptionForShortage(analysis, family.family),
      owner: "Supply",
      sheet: GAP_TABLE_SHEET,
      unresolved: true,
      options:
        `Bring production forward or add supply of ${units(unmet)} units before ${months[0]}` +
        (noShortageIn.length > 0
          ? `; no shortage in scenario${noShortageIn.length > 1 ? "s" : ""}: ${noShortageIn.map((s) => s.definition.name).join(", ")}`
          : "") +
        "." +
        balanceOptionForShortage(analysis, family.family),
    });
  }
  return out;
}

function revenueGapExceptions(analysis: Analysis): Found[] {
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
        key: exceptionKey("revenueGap", t.family, t.quarter),
        title: `${t.family} ${t.quarter}: revenue ${money(Math.abs(gap))} ${below ? "below" : "above"} budget (${pct(t.revenueGapPct ?? 0)})${below ? "" : ", upside"}`,
        // A plan above budget is upside: shown, not ranked as money at stake.
        impact: below ? -gap : null,
        unitImpact: null,
        impactBasis: below
          ? `Plan revenue ${money(t.demandRevenue ?? 0)} − budget ${money(t.budgetRevenue ?? 0)} = ${money(gap)}`
          : `Upside, not money at stake: plan revenue ${money(t.demandRevenue ?? 0)} − budget ${money(t.budgetRevenue ?? 0)} = +${money(gap)}`,
        decision: below
          ? `Close the gap (price, promotion, demand plan) or revise the budget for ${t.family} in ${t.quarter}.`
          : `Confirm the upside for ${t.family} in ${t.quarter} and update the financial forecast.`,
        owner: "Finance" as const,
        sheet: FINANCIAL_GAP_SHEET,
        unresolved: below,
        options:
          (below ? "Price or promotion actions, or a budget revision" : "Update the financial forecast") +
          (inScenarios.length > 0 ? `; ${t.family} ${t.quarter} gap in the scenarios: ${inScenarios.join(", ")}` : "") +
          ".",
      };
    });
}

function planOutsideBaselineExceptions(analysis: Analysis): Found[] {
  const baseline = analysis.baseline;
  if (!baseline || baseline.planIsBaseline) return [];
  const column = analysis.model.demand.demandPlanColumn;
  return baseline.review.outside.map((o) => {
    const above = o.months.filter((m) => m.direction === "above").map((m) => m.period);
    const below = o.months.filter((m) => m.direction === "below").map((m) => m.period);
    const list = (ps: string[]) => (ps.length <= 3 ? ps.join(", ") : `${ps[0]} to ${ps[ps.length - 1]} (${ps.length} months)`);
    const sides = [above.length > 0 && `above in ${list(above)}`, below.length > 0 && `below in ${list(below)}`]
      .filter(Boolean)
      .join(", ");
    return {
      kind: "planOutsideBaseline" as const,
      key: exceptionKey("planOutsideBaseline", o.family, column),
      title: `${possessive(o.family)} ${column} lies outside the baseline's 95% interval: ${sides}`,
      impact: o.revenueBeyond,
      unitImpact: o.unitsBeyond,
      impactBasis:
        o.revenueBeyond === null
          ? `${units(o.unitsBeyond)} units beyond the bound (no Unit Price)`
          : `${units(o.unitsBeyond)} units beyond the bound x Unit Price = ${money(o.revenueBeyond)}`,
      decision:
        "Confirm the assumption behind the plan (promotion, new customer, phase-out) or bring it back towards the baseline",
      owner: "Demand" as const,
      sheet: BASELINE_FORECAST_SHEET,
      unresolved: true,
      options: `Baseline Forecast sheet: ${o.months.length} month(s) outside; the baseline's 95% bound is the plan's range history supports`,
    };
  });
}

/** A given target below the recommended safety stock: the service level is not protected. */
function targetBelowRecommendedExceptions(analysis: Analysis): Found[] {
  const policy = analysis.inventoryPolicy;
  if (!policy) return [];
  return policy.families
    .filter((f) => f.difference !== null && f.difference > 0 && f.safetyStock !== null && f.givenTarget !== null)
    .map((f) => {
      const level = pct(f.serviceLevel);
      const value = f.stockValue;
      return {
        kind: "targetBelowRecommended" as const,
        key: exceptionKey("targetBelowRecommended", f.family),
        title: `${possessive(f.family)} Target Inventory ${units(f.givenTarget!)} is below the ${units(shownStock(f.safetyStock!))} its ${level} service level needs`,
        impact: f.workingCapitalChange,
        unitImpact: f.difference,
        impactBasis:
          value === null
            ? `${units(f.difference!)} units more stock (no Unit Cost or Price)`
            : `${units(f.difference!)} units more stock × ${value.basis === "cost" ? "Unit Cost" : "Unit Price"} $${value.perUnit.toFixed(2)} = ${money(f.workingCapitalChange ?? 0)}`,
        decision: `Fund the recommended target for ${f.family}, or accept the lower service level (expected fill rate ${f.fillRateGiven === null ? "n/a" : pct(f.fillRateGiven)} instead of ${f.fillRateRecommended === null ? "n/a" : pct(f.fillRateRecommended)})`,
        owner: "Supply" as const,
        sheet: SAFETY_STOCK_SHEET,
        unresolved: true,
        options:
          policy.targets === "recommended"
            ? "The plan already holds the recommended target (targets: recommended)"
            : "Run with targets: recommended (--targets recommended) to see the plan hold it; or shorten the lead time, or improve the forecast (σ)",
      };
    });
}
