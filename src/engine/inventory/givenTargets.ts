/**
 * The Target Inventory as given, per family: its mean over the plan horizon (SPEC "Inventory
 * policy"), with the gap table's reading of the Supply sheet (gapKernel.ts): the first row of a month
 * sets its target, and a target holds until the next one (a target before the horizon is in force
 * from its start). The mean is over the horizon months where a target is in force; a family with no
 * target in force in any month has none (it is then measured against the recommendation).
 */
import type { Period, SupplyRow } from "../model";

export function meanGivenTargets(supply: readonly SupplyRow[] | null, planPeriods: readonly Period[]): Map<string, number> {
  const out = new Map<string, number>();
  if (!supply || planPeriods.length === 0) return out;
  const byFamily = new Map<string, Map<Period, number>>();
  for (const row of supply) {
    if (row.targetInventory === null) continue;
    let months = byFamily.get(row.family);
    if (!months) byFamily.set(row.family, (months = new Map()));
    if (!months.has(row.period)) months.set(row.period, row.targetInventory);
  }
  for (const [family, months] of byFamily) {
    const dated = [...months].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    let i = 0;
    let inForce: number | null = null;
    let sum = 0;
    let n = 0;
    for (const period of planPeriods) {
      while (i < dated.length && dated[i][0] <= period) inForce = dated[i++][1];
      if (inForce === null) continue;
      sum += inForce;
      n++;
    }
    if (n > 0) out.set(family, sum / n);
  }
  return out;
}
