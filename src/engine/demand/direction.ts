/**
 * The direction of a bias in the planner's words. Under the CPIM convention e = A − F, a negative
 * running error means the forecasts ran above demand (over-forecast), a positive one below it.
 */
export type BiasDirection = "over" | "under" | "none";

export function biasDirection(signedError: number | null): BiasDirection {
  if (signedError === null || signedError === 0) return "none";
  return signedError < 0 ? "over" : "under";
}

/** "Over-forecast" / "Under-forecast" / "None", as the pack writes it. */
export function directionInWords(d: BiasDirection): string {
  return d === "over" ? "Over-forecast" : d === "under" ? "Under-forecast" : "None";
}
