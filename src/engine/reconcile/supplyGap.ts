/**
 * Gap = supply - demand, per period (SPEC.md "Conventions"). Negative: the supply plan makes less than
 * the demand plan asks for in that period; positive: it builds stock.
 */

/** One period's gap, the rule the gap kernel and SOP.GAP both use. */
export function periodGap(supply: number, demand: number): number {
  return supply - demand;
}

export function supplyGap(demand: readonly number[], supply: readonly number[]): number[] {
  const n = Math.max(supply.length, demand.length);
  const out: number[] = [];
  for (let t = 0; t < n; t++) out.push(periodGap(supply[t] ?? 0, demand[t] ?? 0));
  return out;
}
