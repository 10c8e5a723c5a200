/**
 * The one place the demand metrics divide. A zero denominator (no actual volume, a perfect forecast's
 * MAD of 0, A + F = 0) has no meaningful ratio, so the result is null: never Infinity or NaN, which
 * would print as nonsense in the pack and break sorting. Callers decide what null means for them
 * (the worksheet formulas turn it into #DIV/0!, the report leaves the cell empty with a note).
 */
export function ratio(numerator: number, denominator: number): number | null {
  if (denominator === 0 || !Number.isFinite(denominator) || !Number.isFinite(numerator)) return null;
  return numerator / denominator;
}

/** Mean of a list; null for an empty list (the mean of nothing is undefined, not 0). */
export function mean(values: readonly number[]): number | null {
  let sum = 0;
  for (const v of values) sum += v;
  return ratio(sum, values.length);
}
