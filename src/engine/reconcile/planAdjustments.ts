/**
 * What-if changes a scenario applies before reconciliation and finance are re-run.
 * Reconciliation and finance stay pure functions of (model, settings, adjustments), so the scenario
 * engine runs them again with other adjustments instead of copying and editing the model.
 */
import type { Period } from "../model";

export interface PlanAdjustments {
  /** Fraction: 0.1 raises the demand plan by 10%, -0.1 lowers it. Default 0. */
  demandChange?: number;
  /** Fraction applied to unit prices (finance only). Default 0. */
  priceChange?: number;
  /** Restricts the demand and price changes to this family (case-insensitive); absent or null = all. */
  family?: string | null;
  /** Per-family multipliers on the demand plan (1.1 = +10%), applied after demandChange. Keys match
   * family names case-insensitively; a family not listed (or a factor that is not a finite number)
   * keeps 1. Scenarios whose rows change families differently pass these. */
  demandFactors?: Record<string, number>;
  /** Per-family multipliers on unit prices, as demandFactors. */
  priceFactors?: Record<string, number>;
}

/** The factor a per-family record gives one family: exact key first, then ignoring case; else 1. */
function familyFactor(factors: Record<string, number> | undefined, family: string): number {
  if (!factors) return 1;
  let f: number | undefined = factors[family];
  if (f === undefined) {
    const wanted = family.trim().toLowerCase();
    const key = Object.keys(factors).find((k) => k.trim().toLowerCase() === wanted);
    f = key === undefined ? undefined : factors[key];
  }
  return typeof f === "number" && Number.isFinite(f) ? f : 1;
}

function appliesTo(adjustments: PlanAdjustments, family: string): boolean {
  const only = adjustments.family;
  return only === undefined || only === null || only.trim() === "" || only.trim().toLowerCase() === family.trim().toLowerCase();
}

/** The demand plan of one family and period after the scenario's demand change. */
export function adjustDemand(demand: number, family: string, adjustments: PlanAdjustments = {}): number {
  const change = adjustments.demandChange ?? 0;
  const changed = change !== 0 && appliesTo(adjustments, family) ? demand * (1 + change) : demand;
  return changed * familyFactor(adjustments.demandFactors, family);
}

/** A unit price after the scenario's price change. */
export function adjustPrice(price: number, family: string, adjustments: PlanAdjustments = {}): number {
  const change = adjustments.priceChange ?? 0;
  const changed = change !== 0 && appliesTo(adjustments, family) ? price * (1 + change) : price;
  return changed * familyFactor(adjustments.priceFactors, family);
}

/** Key for family x period maps. */
export function familyPeriodKey(family: string, period: Period): string {
  return `${family}\u0000${period}`;
}
