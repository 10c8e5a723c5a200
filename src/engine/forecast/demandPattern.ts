/**
 * Demand pattern classification (Syntetos, Boylan & Croston, "On the categorization of demand
 * patterns", JORS 56, 2005): ADI (average inter-demand interval) against CV² of the non-zero demand
 * sizes, with their cut-offs 1.32 and 0.49. Measured over the history after the first demand.
 */
export type DemandPattern = "Smooth" | "Erratic" | "Intermittent" | "Lumpy" | "No demand";

export interface PatternCutoffs {
  adi: number;
  cv2: number;
}

export const DEFAULT_PATTERN_CUTOFFS: PatternCutoffs = { adi: 1.32, cv2: 0.49 };

export interface DemandPatternResult {
  pattern: DemandPattern;
  /** Months (from the first demand) / months with demand; null without demand. */
  adi: number | null;
  /** (sample standard deviation / mean)² of the non-zero demands; 0 with fewer than two; null without demand. */
  cv2: number | null;
}

export function classifyDemand(
  history: readonly number[],
  cutoffs: PatternCutoffs = DEFAULT_PATTERN_CUTOFFS,
): DemandPatternResult {
  const first = history.findIndex((v) => v > 0);
  if (first < 0) return { pattern: "No demand", adi: null, cv2: null };
  const after = history.slice(first);
  const sizes = after.filter((v) => v > 0);
  const adi = after.length / sizes.length;
  let cv2 = 0;
  if (sizes.length >= 2) {
    const mean = sizes.reduce((s, v) => s + v, 0) / sizes.length;
    const variance = sizes.reduce((s, v) => s + (v - mean) ** 2, 0) / (sizes.length - 1);
    cv2 = variance / (mean * mean);
  }
  const lumpySize = cv2 >= cutoffs.cv2;
  const pattern: DemandPattern = adi < cutoffs.adi ? (lumpySize ? "Erratic" : "Smooth") : lumpySize ? "Lumpy" : "Intermittent";
  return { pattern, adi, cv2 };
}
