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
}

function appliesTo(adjustments: PlanAdjustments, family: string): boolean {
  const only = adjustments.family;
  return only === undefined || only === null || only.trim() === "" || only.trim().toLowerCase() === family.trim().toLowerCase();
}

/** The demand plan of one family and period after the scenario's demand change. */
export function adjustDemand(demand: number, family: string, adjustments: PlanAdjustments = {}): number {
  const change = adjustments.demandChange ?? 0;
  return change !== 0 && appliesTo(adjustments, family) ? demand * (1 + change) : demand;
}

/** A unit price after the scenario's price change. */
export function adjustPrice(price: number, family: string, adjustments: PlanAdjustments = {}): number {
  const change = adjustments.priceChange ?? 0;
  return change !== 0 && appliesTo(adjustments, family) ? price * (1 + change) : price;
}

/** Key for family x period maps. */
export function familyPeriodKey(family: string, period: Period): string {
  return `${family}\u0000${period}`;
}
