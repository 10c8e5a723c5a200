/**
 * Safety stock with demand and lead-time uncertainty (SPEC "Inventory policy"):
 *
 *   σ_L = √(L σ² + d² σL²),   safety stock = z × σ_L,   z = Φ⁻¹(cycle service level)
 *
 * where σ is the standard deviation of one month's demand (here: of its forecast error), d the mean
 * monthly demand, L the replenishment lead time in months and σL its standard deviation. Demand in
 * the lead time then has mean L d and standard deviation σ_L; stock z σ_L above that mean covers the
 * lead-time demand in the service level's share of replenishment cycles (Chopra & Meindl, "Supply
 * Chain Management: Strategy, Planning, and Operation", 5th ed., Pearson 2013, ch. 11, "Impact of
 * lead time uncertainty on safety inventory", Example 11-7; Silver, Pyke & Thomas, "Inventory and
 * Production Management in Supply Chains", 4th ed., 2017, ch. 6, the same formula). With σL = 0 it is
 * the familiar z σ √L. z comes from a kept library's normal quantile (normalQuantile.ts).
 */
import { normalQuantile } from "../forecast/normalQuantile";

export interface SafetyStockInput {
  /** Cycle service level, a fraction strictly between 0 and 1 (0.95 for 95%). */
  serviceLevel: number;
  /** Standard deviation of one month's demand (forecast error), units. */
  sigma: number;
  /** Lead time, months. */
  leadTime: number;
  /** Mean monthly demand d (only needed with a lead-time standard deviation); default 0. */
  meanDemand?: number;
  /** Standard deviation of the lead time, months; default 0. */
  leadTimeSd?: number;
}

export interface SafetyStock {
  /** Φ⁻¹(service level). */
  z: number;
  /** Standard deviation of demand over the lead time, √(L σ² + d² σL²). */
  sigmaL: number;
  /** z × σ_L, unrounded. */
  safetyStock: number;
}

/** Standard deviation of demand over a lead time of uncertain length: √(L σ² + d² σL²). */
export function leadTimeDemandSd(sigma: number, leadTime: number, meanDemand = 0, leadTimeSd = 0): number {
  return Math.sqrt(leadTime * sigma * sigma + meanDemand * meanDemand * leadTimeSd * leadTimeSd);
}

/**
 * z × √(L σ² + d² σL²). The inputs are the caller's to check (service level in (0, 1), the rest
 * finite and ≥ 0): an input outside gives NaN, never a made-up number.
 */
export function safetyStock(input: SafetyStockInput): SafetyStock {
  const { serviceLevel, sigma, leadTime, meanDemand = 0, leadTimeSd = 0 } = input;
  const valid =
    serviceLevel > 0 && serviceLevel < 1 && [sigma, leadTime, meanDemand, leadTimeSd].every((x) => Number.isFinite(x) && x >= 0);
  if (!valid) return { z: NaN, sigmaL: NaN, safetyStock: NaN };
  const z = normalQuantile(serviceLevel);
  const sigmaL = leadTimeDemandSd(sigma, leadTime, meanDemand, leadTimeSd);
  return { z, sigmaL, safetyStock: z * sigmaL };
}
