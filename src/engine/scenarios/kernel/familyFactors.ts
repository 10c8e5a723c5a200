/**
 * A scenario's per-family and per-resource factors as dense arrays in the kernel's order, looked up
 * the way the slow path looks them up, so the kernel multiplies by exactly the same numbers:
 * - capacity's scenarioFactor: the exact name only (missing or not finite = 1);
 * - reconciliation's and finance's familyFactor: the exact name, then ignoring case (else 1).
 */

/** Exact name; missing or not a finite number = 1 (unchanged). */
export function exactFactors(names: readonly string[], factors: Record<string, number>): Float64Array {
  const out = new Float64Array(names.length);
  for (let i = 0; i < names.length; i++) {
    const f = factors[names[i]];
    out[i] = typeof f === "number" && Number.isFinite(f) ? f : 1;
  }
  return out;
}

/** Exact name first, then the first key equal ignoring case and outer spaces; else 1. */
export function familyFactors(names: readonly string[], factors: Record<string, number>): Float64Array {
  const out = new Float64Array(names.length);
  let folded: Map<string, string> | null = null;
  for (let i = 0; i < names.length; i++) {
    let f: number | undefined = factors[names[i]];
    if (f === undefined) {
      if (folded === null) {
        folded = new Map();
        for (const k of Object.keys(factors)) {
          const low = k.trim().toLowerCase();
          if (!folded.has(low)) folded.set(low, k);
        }
      }
      const key = folded.get(names[i].trim().toLowerCase());
      f = key === undefined ? undefined : factors[key];
    }
    out[i] = typeof f === "number" && Number.isFinite(f) ? f : 1;
  }
  return out;
}
