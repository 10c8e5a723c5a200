/**
 * Utilization of capacity = load / rated capacity (Vollmann et al., "Manufacturing Planning and
 * Control for Supply Chain Management", capacity planning chapter: the resource profile compared
 * with available capacity). The one place a zero capacity is handled: load with no capacity is
 * Infinity (an overload the sheets show as "No capacity"), no load and no capacity is 0 — never NaN.
 */
export function capacityUtilization(load: number, ratedCapacity: number): number {
  if (ratedCapacity > 0) return load / ratedCapacity;
  return load > 0 ? Infinity : 0;
}
