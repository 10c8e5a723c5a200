/**
 * The recommended Target Inventory of every Demand family (SPEC "Inventory policy"), put together from
 * the rules of this folder, one per module:
 * - σ: the RMS of the lag-1 forecast errors over the bias window (forecastErrorSigma.ts);
 * - the cycle service level: the Inventory Policy sheet's, else the ABC class default (serviceLevel.ts);
 * - safety stock z √(L σ² + d² σL²) (safetyStock.ts), d the mean monthly demand plan over the horizon;
 * - against the given target's mean over the horizon (givenTargets.ts): the difference in units and in
 *   money at the family's mean Unit Cost (stockValue.ts), summed as the working-capital change over
 *   the families that have a given target;
 * - the Type 2 fill rate the recommended and the given stock each imply (fillRate.ts), one month of
 *   demand per replenishment cycle.
 * Pure: the analysis hands in the model and the baseline's window, classes and backtests.
 */
import type { InventoryPolicyRow, Period, PlanningModel } from "../model";
import type { AbcClass } from "../forecast/segments";
import type { BaselinePlan } from "../forecast/baselinePlan";
import { serviceLevelSettings, type Settings } from "../settings";
import { expectedFillRate } from "./fillRate";
import { forecastErrorSigma, type SigmaSource } from "./forecastErrorSigma";
import { meanGivenTargets } from "./givenTargets";
import { normalQuantile } from "../forecast/normalQuantile";
import { safetyStock } from "./safetyStock";
import { type ServiceLevelSource, serviceLevelOf } from "./serviceLevel";
import { type StockValue, stockValues } from "./stockValue";

/** Lead time in months where the Inventory Policy sheet gives none. */
export const DEFAULT_LEAD_TIME = 1;

export interface FamilyInventoryPolicy {
  family: string;
  abc: AbcClass | null;
  serviceLevel: number;
  serviceLevelSource: ServiceLevelSource;
  /** Φ⁻¹(service level). */
  z: number;
  leadTime: number;
  leadTimeSd: number;
  /** The σ the stock is sized on, its source and how many months' errors it was measured on; null without one. */
  sigma: number | null;
  sigmaSource: SigmaSource | null;
  sigmaMonths: number;
  /** Mean monthly demand plan over the horizon; null without plan months. */
  meanDemand: number | null;
  /** √(L σ² + d² σL²); null without σ. */
  sigmaL: number | null;
  /** The recommended safety stock, unrounded (the sheet shows it rounded up); null with `reason`. */
  safetyStock: number | null;
  /** Why there is no recommendation ("no actuals ..."); null when there is one. */
  reason: string | null;
  /** The given Target Inventory's mean over the horizon; null where none is given. */
  givenTarget: number | null;
  /** recommended − given, units (positive: more stock needed); null without both. */
  difference: number | null;
  /** What a unit of stock is worth, and whether that is its cost or (without one) its price. */
  stockValue: StockValue | null;
  /** difference × stock value; null without both. */
  workingCapitalChange: number | null;
  /** safety stock / d, months. */
  cover: number | null;
  fillRateRecommended: number | null;
  fillRateGiven: number | null;
  /** The family's gap-table target: the given one, the recommendation (settings or no given target), or none. */
  targetUsed: "given" | "recommended" | null;
}

export interface InventoryPolicy {
  families: FamilyInventoryPolicy[];
  /** Σ working-capital change over the families with a given target and a price; null where none has both. */
  workingCapitalChange: number | null;
  /** Families with a recommendation but no given target: measured against it, outside the change. */
  withoutGivenTarget: string[];
  /** Families with a given target and a recommendation but no Unit Cost or Price: outside the change. */
  unpriced: string[];
  /** The demand plan column whose errors σ is measured on (where it has enough months). */
  demandPlanColumn: string;
  targets: "given" | "recommended";
}

/** What the baseline contributes: its bias window, the ABC classes and each family's lag-1 backtest. */
export interface PolicySources {
  window: readonly Period[];
  abc: ReadonlyMap<string, AbcClass>;
  /** Lag-1 backtest forecasts, one per month of `window` (null where none). */
  baselineLag1: ReadonlyMap<string, readonly (number | null)[]>;
}

/**
 * @param model the model the analyses see (its demand plan with the baseline fallback filled in) and
 *   the Supply sheet's targets as given
 */
export function planInventoryPolicy(model: PlanningModel, sources: PolicySources, settings: Settings): InventoryPolicy {
  const levels = serviceLevelSettings(settings);
  const column = model.demand.demandPlanColumn;
  const planPeriods = model.planPeriods;
  const given = meanGivenTargets(model.supply, planPeriods);
  const values = stockValues(model.finance, model.families, planPeriods);
  const policyRows = new Map<string, InventoryPolicyRow>();
  for (const row of model.inventoryPolicy ?? []) if (!policyRows.has(row.family)) policyRows.set(row.family, row);

  // The demand rows per family by month, read once.
  const rowsOf = new Map<string, Map<Period, { actual: number | null; plan: number | null }>>();
  const hasActuals = new Set<string>();
  for (const r of model.demand.rows) {
    let months = rowsOf.get(r.family);
    if (!months) rowsOf.set(r.family, (months = new Map()));
    if (!months.has(r.period)) months.set(r.period, { actual: r.actual, plan: r.forecasts[column] ?? null });
    if (r.actual !== null) hasActuals.add(r.family);
  }
  const targets = settings.targets ?? "given";

  const families = model.families.map((family): FamilyInventoryPolicy => {
    const months = rowsOf.get(family) ?? new Map();
    const row = policyRows.get(family);
    const leadTime = row?.leadTime ?? DEFAULT_LEAD_TIME;
    const leadTimeSd = row?.leadTimeSd ?? 0;
    const abc = sources.abc.get(family) ?? null;
    const level = serviceLevelOf(abc, row?.serviceLevel ?? null, levels);
    const lag1 = sources.baselineLag1.get(family);
    const sigma = hasActuals.has(family)
      ? forecastErrorSigma(
          sources.window.map((p, i) => ({
            actual: months.get(p)?.actual ?? null,
            plan: months.get(p)?.plan ?? null,
            baseline: lag1?.[i] ?? null,
          })),
        )
      : null;
    let meanDemand: number | null = null;
    if (planPeriods.length > 0) {
      let total = 0;
      for (const p of planPeriods) total += months.get(p)?.plan ?? 0;
      meanDemand = total / planPeriods.length;
    }
    const reason = !hasActuals.has(family)
      ? "no actuals yet, so no forecast error to size the stock on"
      : sigma === null
        ? "no month of the bias window has both an actual and a lag-1 forecast"
        : meanDemand === null
          ? "no plan months to take the mean demand over"
          : null;
    const stock =
      reason === null
        ? safetyStock({
            serviceLevel: level.serviceLevel,
            sigma: sigma!.sigma,
            leadTime,
            meanDemand: meanDemand!,
            leadTimeSd,
          })
        : null;
    const recommended = stock && Number.isFinite(stock.safetyStock) ? stock.safetyStock : null;
    const givenTarget = given.get(family) ?? null;
    const difference = recommended !== null && givenTarget !== null ? recommended - givenTarget : null;
    const stockValue = values.get(family) ?? null;
    const d = meanDemand ?? 0;
    return {
      family,
      abc,
      serviceLevel: level.serviceLevel,
      serviceLevelSource: level.source,
      z: stock?.z ?? normalQuantile(level.serviceLevel),
      leadTime,
      leadTimeSd,
      sigma: sigma?.sigma ?? null,
      sigmaSource: sigma?.source ?? null,
      sigmaMonths: sigma?.n ?? 0,
      meanDemand,
      sigmaL: stock?.sigmaL ?? null,
      safetyStock: recommended,
      reason: reason ?? (recommended === null ? "the inputs give no finite safety stock" : null),
      givenTarget,
      difference,
      stockValue,
      workingCapitalChange: difference !== null && stockValue !== null ? difference * stockValue.perUnit : null,
      cover: recommended !== null && d > 0 ? recommended / d : null,
      fillRateRecommended: recommended !== null && stock ? expectedFillRate(recommended, stock.sigmaL, d) : null,
      fillRateGiven: givenTarget !== null && stock ? expectedFillRate(givenTarget, stock.sigmaL, d) : null,
      targetUsed:
        recommended !== null && (targets === "recommended" || givenTarget === null)
          ? "recommended"
          : givenTarget !== null
            ? "given"
            : null,
    };
  });

  let total: number | null = null;
  for (const f of families) if (f.workingCapitalChange !== null) total = (total ?? 0) + f.workingCapitalChange;
  return {
    families,
    workingCapitalChange: total,
    withoutGivenTarget: families.filter((f) => f.safetyStock !== null && f.givenTarget === null).map((f) => f.family),
    unpriced: families.filter((f) => f.difference !== null && f.stockValue === null).map((f) => f.family),
    demandPlanColumn: column,
    targets,
  };
}

/** The baseline's part of the policy: its bias window, ABC classes and lag-1 backtests. */
export function policySources(baseline: Pick<BaselinePlan, "window" | "segments" | "baselines">): PolicySources {
  return {
    window: baseline.window,
    abc: new Map(baseline.segments.map((s) => [s.family, s.abc])),
    baselineLag1: new Map(baseline.baselines.families.map((b) => [b.family, b.backtest.lag1])),
  };
}
