/**
 * What-if changes a scenario applies before reconciliation and finance are re-run.
 * Reconciliation and finance stay pure functions of (model, settings, adjustments), so the scenario
 * engine runs them again with other adjustments instead of copying and editing the model.
 */

export interface PlanAdjustments {
  /** Fraction: 0.1 raises the demand plan by 10%, -0.1 lowers it. Default 0. */
  demandChange?: number;
  /** Fraction applied to unit prices (finance only). Default 0. */
  priceChange?: number;
  /** Restricts the demand and price changes to this family (case-insensitive); absent or null = all. */
  family?: string | null;
  /** Per-family multipliers on the demand plan (1.1 = +10%), applied after demandChange. Keys match
   * family names case-insensitively; a family not listed (or a factor that is not a finite number)
   * keeps 1. Scenarios whose rows change families differently pass these. */
  demandFactors?: Record<string, number>;
  /** Per-family multipliers on unit prices, as demandFactors. */
  priceFactors?: Record<string, number>;
}

/** Per name, its factor in a per-family record: exact key first, then the first key equal ignoring
 * case and outer spaces; else (or not a finite number) 1. */
function familyFactors(names: readonly string[], factors: Record<string, number> | undefined): Float64Array {
  const out = new Float64Array(names.length).fill(1);
  if (!factors) return out;
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
    if (typeof f === "number" && Number.isFinite(f)) out[i] = f;
  }
  return out;
}

/**
 * The multiplier the adjustments put on each family's demand plan (or unit price): 1 + the change where
 * it applies (all families, or the one named), times the family's factor. The one place scenario
 * changes are turned into numbers, for the gap and finance kernels.
 */
export function adjustmentFactors(
  families: readonly string[],
  adjustments: PlanAdjustments,
  on: "demand" | "price",
): Float64Array {
  const out = familyFactors(families, on === "demand" ? adjustments.demandFactors : adjustments.priceFactors);
  const change = (on === "demand" ? adjustments.demandChange : adjustments.priceChange) ?? 0;
  if (change === 0) return out;
  const only = adjustments.family?.trim().toLowerCase() ?? "";
  families.forEach((family, i) => {
    if (only === "" || only === family.trim().toLowerCase()) out[i] = (1 + change) * out[i];
  });
  return out;
}

/** The demand plan of one family and period after the scenario's demand change. */
export function adjustDemand(demand: number, family: string, adjustments: PlanAdjustments = {}): number {
  return demand * adjustmentFactors([family], adjustments, "demand")[0];
}

/** A unit price after the scenario's price change. */
export function adjustPrice(price: number, family: string, adjustments: PlanAdjustments = {}): number {
  return price * adjustmentFactors([family], adjustments, "price")[0];
}
