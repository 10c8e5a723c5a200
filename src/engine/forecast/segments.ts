/**
 * ABC / XYZ segmentation of the families (SPEC "Demand review: the statistical baseline", Segments).
 *
 * ABC by revenue over the last 12 months of actuals: Σ units × Unit Price, the month's price where
 * Finance has one, else the family's earliest price. When no family has any price, every family is
 * ranked by units instead; a family without any price among priced ones counts 0 and is flagged
 * (`priced: false`). Ranked by that value, ties by family name: A while the cumulative share of the
 * families ranked above it is below `aShare` (so the family that crosses 80% is A), B while it is below
 * `bShare`, C the rest. The rule itself is `abcClasses`, which SOP.ABC uses too (one rule, one place).
 *
 * XYZ by the coefficient of variation (sample standard deviation / mean) of the last 12 months of
 * units: X ≤ `xyzX` < Y ≤ `xyzY` < Z.
 *
 * Pure: no I/O, no settings lookup; the cut-offs are parameters with the SPEC's defaults.
 */

export type AbcClass = "A" | "B" | "C";
export type XyzClass = "X" | "Y" | "Z";

export interface SegmentInput {
  family: string;
  /** The last 12 months of actuals, oldest first, clean values >= 0 (fewer when the history is shorter). */
  last12Units: readonly number[];
  /** Unit Price for each of those months (same index), null where Finance has no price that month. */
  last12Prices: readonly (number | null)[];
  /** The family's earliest Unit Price in Finance; null when it has none. */
  earliestPrice: number | null;
}

export interface SegmentCutoffs {
  /** A while the share of the families ranked above is below this (default 0.8). */
  aShare: number;
  /** B while the share of the families ranked above is below this (default 0.95). */
  bShare: number;
  /** X up to this coefficient of variation (default 0.5). */
  xyzX: number;
  /** Y up to this coefficient of variation (default 1.0); Z above. */
  xyzY: number;
}

export const DEFAULT_SEGMENT_CUTOFFS: SegmentCutoffs = { aShare: 0.8, bShare: 0.95, xyzX: 0.5, xyzY: 1.0 };

export interface FamilySegment {
  family: string;
  abc: AbcClass;
  xyz: XyzClass;
  /**
   * The value ranked: revenue over the last 12 months; the units themselves when no family has a price
   * (`basis: "units"`); 0 for a family without a price among priced ones.
   */
  revenue12: number;
  /** What revenue12 measures: "revenue", or "units" when no family has any price. */
  basis: "revenue" | "units";
  /** The family's own share of the total ranked value (0 when the total is 0). */
  share: number;
  /** 1 = the largest; ties by family name. */
  rank: number;
  /** Sample standard deviation / mean of last12Units; null where it is undefined (mean 0, fewer than 2 months). */
  cv: number | null;
  /** Whether the family has any Unit Price (false for every family when none has one). */
  priced: boolean;
}

function checkShares(aShare: number, bShare: number): void {
  if (!(Number.isFinite(aShare) && Number.isFinite(bShare) && aShare > 0 && aShare <= bShare && bShare <= 1)) {
    throw new RangeError(`ABC cut-offs must satisfy 0 < aShare <= bShare <= 1 (got ${aShare} and ${bShare}).`);
  }
}

/**
 * The ABC class of each value, in the input's order. Values are ranked largest first; equal values keep
 * their input order (the caller orders ties: the segments by family name, SOP.ABC by position). A value is
 * A while the cumulative share of the values ranked above it is below `aShare`, B while below `bShare`,
 * C the rest; so the first value is always A when the total is positive.
 *
 * A value of 0 is always C: every positive value ranks above it, so the share above it is 100%. When the
 * total is 0 (nothing sold) every value is C: there is no revenue to concentrate, and ranking equal
 * zeros by name would make an arbitrary family an A.
 *
 * Shares are computed as (cumulative sum) / total, not as a running sum of shares, so whole-number inputs
 * meet the cut-offs exactly (4 × 10 of 50 is 0.8, not 0.8000000000000002).
 *
 * @param values finite, >= 0
 */
export function abcClasses(
  values: readonly number[],
  aShare: number = DEFAULT_SEGMENT_CUTOFFS.aShare,
  bShare: number = DEFAULT_SEGMENT_CUTOFFS.bShare,
): AbcClass[] {
  checkShares(aShare, bShare);
  for (const v of values) {
    if (!(Number.isFinite(v) && v >= 0)) throw new RangeError(`ABC values must be finite and >= 0 (got ${v}).`);
  }
  const out = new Array<AbcClass>(values.length).fill("C");
  const total = values.reduce((s, v) => s + v, 0);
  if (total <= 0) return out;
  // Stable sort: equal values keep their input order.
  const order = values.map((_, i) => i).sort((i, j) => values[j] - values[i]);
  let above = 0;
  for (const i of order) {
    const shareAbove = above / total;
    out[i] = shareAbove < aShare ? "A" : shareAbove < bShare ? "B" : "C";
    above += values[i];
  }
  return out;
}

/** Sample standard deviation / mean; null with fewer than 2 values or a mean of 0. */
export function coefficientOfVariation(values: readonly number[]): number | null {
  const n = values.length;
  if (n < 2) return null;
  const mean = values.reduce((s, v) => s + v, 0) / n;
  if (mean === 0) return null;
  const ss = values.reduce((s, v) => s + (v - mean) ** 2, 0);
  return Math.sqrt(ss / (n - 1)) / mean;
}

/**
 * XYZ class from the coefficient of variation. Z where the mean is 0 (no demand: nothing stable to hold
 * stock for) and also with fewer than 2 months: one month says nothing about variability, and calling an
 * unmeasured family stable (X) would be the riskier mistake, so it is treated as the least predictable.
 */
export function xyzClass(
  units: readonly number[],
  xyzX: number = DEFAULT_SEGMENT_CUTOFFS.xyzX,
  xyzY: number = DEFAULT_SEGMENT_CUTOFFS.xyzY,
): XyzClass {
  const cv = coefficientOfVariation(units);
  if (cv === null) return "Z";
  return cv <= xyzX ? "X" : cv <= xyzY ? "Y" : "Z";
}

const validPrice = (p: number | null | undefined): p is number => typeof p === "number" && Number.isFinite(p) && p >= 0;
const cleanUnits = (u: number): number => (Number.isFinite(u) && u > 0 ? u : 0);

/** The last 12 months (units with the price at the same index), oldest first. */
function lastTwelve(input: SegmentInput): { units: number[]; prices: (number | null)[] } {
  const start = Math.max(0, input.last12Units.length - 12);
  const units = input.last12Units.slice(start).map(cleanUnits);
  const prices = units.map((_, k) => {
    const p = input.last12Prices[start + k];
    return validPrice(p) ? p : null;
  });
  return { units, prices };
}

/**
 * The fallback price of a family for months without one: its earliest price; when the caller has none
 * but some of the 12 months are priced, the earliest of those (the earliest price known).
 */
function fallbackPrice(input: SegmentInput, prices: readonly (number | null)[]): number | null {
  if (validPrice(input.earliestPrice)) return input.earliestPrice;
  return prices.find(validPrice) ?? null;
}

/** ABC / XYZ of every family, ranked (rank 1 first). */
export function segmentFamilies(
  inputs: readonly SegmentInput[],
  cutoffs: SegmentCutoffs = DEFAULT_SEGMENT_CUTOFFS,
): FamilySegment[] {
  checkShares(cutoffs.aShare, cutoffs.bShare);
  const rows = inputs.map((input) => {
    const { units, prices } = lastTwelve(input);
    const fallback = fallbackPrice(input, prices);
    const priced = fallback !== null;
    const revenue = priced ? units.reduce((s, u, k) => s + u * (prices[k] ?? fallback), 0) : 0;
    const unitTotal = units.reduce((s, u) => s + u, 0);
    return { family: input.family, units, priced, revenue, unitTotal };
  });
  const basis: "revenue" | "units" = rows.some((r) => r.priced) ? "revenue" : "units";
  const value = (r: (typeof rows)[number]) => (basis === "units" ? r.unitTotal : r.revenue);
  // Ties by family name: order by value, then name, and let abcClasses keep that order for equal values.
  const ranked = [...rows].sort((a, b) => value(b) - value(a) || compareNames(a.family, b.family));
  const values = ranked.map(value);
  const classes = abcClasses(values, cutoffs.aShare, cutoffs.bShare);
  const total = values.reduce((s, v) => s + v, 0);
  return ranked.map((r, i) => ({
    family: r.family,
    abc: classes[i],
    xyz: xyzClass(r.units, cutoffs.xyzX, cutoffs.xyzY),
    revenue12: values[i],
    basis,
    share: total > 0 ? values[i] / total : 0,
    rank: i + 1,
    cv: coefficientOfVariation(r.units),
    priced: r.priced,
  }));
}

/** Family names in code-point order (locale-independent, so the ranking is the same on every machine). */
function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
