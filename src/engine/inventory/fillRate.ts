/**
 * Expected fill rate (Type 2 service: the share of demand met from stock) that a safety stock implies:
 *
 *   fill rate = 1 − σ_L · G(k) / Q,   k = safety stock / σ_L,   G(k) = φ(k) − k (1 − Φ(k))
 *
 * σ_L · G(k) is the expected shortage per replenishment cycle (ESC) of normally distributed lead-time
 * demand, and Q the demand served in one cycle (Chopra & Meindl, "Supply Chain Management", 5th ed.,
 * ch. 11, "Evaluating fill rate given safety inventory", Example 11-3; G is Silver, Pyke & Thomas's
 * unit normal loss function G_u(k)). The pack takes one month of demand per replenishment cycle
 * (Q = d, SPEC "Inventory policy"). φ and Φ come from kept libraries (stdlib), not written here.
 */
import normalCdf from "@stdlib/stats-base-dists-normal-cdf";
import normalPdf from "@stdlib/stats-base-dists-normal-pdf";

/** The standard normal loss function G(k) = φ(k) − k (1 − Φ(k)): E[(X − k)⁺] for X ~ N(0, 1). */
export function normalLoss(k: number): number {
  return normalPdf(k, 0, 1) - k * (1 - normalCdf(k, 0, 1));
}

/** Expected shortage per replenishment cycle: σ_L · G(stock / σ_L) (0 when σ_L is 0 and stock ≥ 0). */
export function expectedShortage(stock: number, sigmaL: number): number {
  if (sigmaL === 0) return Math.max(0, -stock);
  return sigmaL * normalLoss(stock / sigmaL);
}

/**
 * 1 − ESC / Q, kept within 0..1 (a shortage larger than a cycle's demand meets none of it).
 * null where it cannot be computed: no demand in a cycle (Q ≤ 0) or an input that is not a number.
 * @param cycleDemand Q, the demand served per replenishment cycle (the pack: one month, d)
 */
export function expectedFillRate(stock: number, sigmaL: number, cycleDemand: number): number | null {
  if (!(cycleDemand > 0) || !Number.isFinite(stock) || !(sigmaL >= 0) || !Number.isFinite(sigmaL)) return null;
  return Math.min(1, Math.max(0, 1 - expectedShortage(stock, sigmaL) / cycleDemand));
}
