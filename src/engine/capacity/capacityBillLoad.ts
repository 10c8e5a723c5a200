/**
 * Load by capacity bill (bill of labour / bill of resources), without time phasing:
 * load(t) = sum over families f of quantity(f, t) x hours per unit(f).
 *
 * Vollmann, Berry, Whybark & Jacobs, "Manufacturing Planning and Control for Supply Chain
 * Management", capacity planning chapter ("capacity bills"): the master schedule quantities are
 * multiplied by the standard hours each unit needs at the resource. Used by SOP.LOAD.
 *
 * @param quantities one row per family, one column per period (missing cells count as 0)
 * @param hoursPerUnit one per family, in the same order
 * @returns one load per period
 */
export function capacityBillLoad(quantities: number[][], hoursPerUnit: number[]): number[] {
  const periods = quantities.reduce((n, row) => Math.max(n, row.length), 0);
  const load = new Array<number>(periods).fill(0);
  quantities.forEach((row, f) => {
    const hours = hoursPerUnit[f] ?? 0;
    row.forEach((q, t) => {
      load[t] += (q ?? 0) * hours;
    });
  });
  return load;
}
