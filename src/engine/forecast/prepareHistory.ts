/**
 * From the Demand sheet's actuals to a history a method can fit (SPEC "Demand review: the
 * statistical baseline"): from the first actual to the last month with actuals; a month inside
 * without a value is missing and linearly interpolated; missing months at the end count as 0; a
 * negative actual (returns) counts as 0. Each repair is reported by index so the caller can name the cell.
 */
export interface PreparedHistory {
  /** Clean values, oldest first, finite and >= 0. */
  values: number[];
  /** Index (into the input) of the first actual; -1 when there is none. */
  start: number;
  /** Input indices that were blank inside the history and were interpolated. */
  interpolated: number[];
  /** Input indices blank at the end of the history, counted as 0. */
  trailingZero: number[];
  /** Input indices whose actual was negative, counted as 0. */
  negative: number[];
}

/**
 * @param actuals one entry per month up to the last month with actuals in the sheet (the month before
 *   the cycle); null where the month has no value. Non-finite numbers count as missing.
 */
export function prepareHistory(actuals: readonly (number | null)[]): PreparedHistory {
  const ok = (v: number | null): v is number => v !== null && Number.isFinite(v);
  const start = actuals.findIndex(ok);
  const result: PreparedHistory = { values: [], start, interpolated: [], trailingZero: [], negative: [] };
  if (start < 0) return result;
  let lastKnown = start;
  for (let i = start; i < actuals.length; i++) if (ok(actuals[i])) lastKnown = i;
  for (let i = start; i < actuals.length; i++) {
    const v = actuals[i];
    if (ok(v)) {
      if (v < 0) result.negative.push(i);
      result.values.push(Math.max(0, v));
    } else if (i > lastKnown) {
      result.trailingZero.push(i);
      result.values.push(0);
    } else {
      result.interpolated.push(i);
      result.values.push(NaN); // filled below, once both neighbours are known
    }
  }
  // Linear interpolation between the known neighbours (clipped values, so a return does not drag it below 0).
  const vals = result.values;
  for (let i = 0; i < vals.length; i++) {
    if (!Number.isNaN(vals[i])) continue;
    let j = i;
    while (Number.isNaN(vals[j])) j++;
    const a = vals[i - 1];
    const b = vals[j];
    for (let k = i; k < j; k++) vals[k] = a + ((b - a) * (k - i + 1)) / (j - i + 1);
    i = j;
  }
  return result;
}
