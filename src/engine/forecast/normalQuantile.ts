/**
 * The standard normal quantile from a kept library (stdlib), never hand-written: z for a central
 * interval at `level` (0.8 -> 1.2816, 0.95 -> 1.9600). Every caller goes through here.
 */
import quantile from "@stdlib/stats-base-dists-normal-quantile";

/** Φ⁻¹(p) of the standard normal. */
export function normalQuantile(p: number): number {
  return quantile(p, 0, 1);
}

/** z of a central interval holding `level` of the distribution: Φ⁻¹((1 + level) / 2). */
export function centralZ(level: number): number {
  return normalQuantile((1 + level) / 2);
}
