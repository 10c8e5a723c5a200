import { type BiasDirection, biasDirection } from "./direction";

/** The two bias tests of SPEC.md "Conventions"; the pack says which one fired. */
export type BiasTest = "trackingSignal" | "nfm";

export interface BiasFlagResult {
  flagged: boolean;
  /** Tests whose value lies beyond ± their limit, tracking signal first. */
  firedTests: BiasTest[];
  /** Direction of the bias the fired test shows ("none" when nothing fired). */
  direction: BiasDirection;
}

/**
 * Flags a forecast as biased when |tracking signal| > its limit (Heizer & Render, ch. 4: a signal
 * beyond about ±4 MADs means the forecast is out of control) or |NFM| > its limit (SPEC.md, default 2).
 * "Beyond" is strict: a signal of exactly 4 against a limit of 4 is not flagged. A null value (MAD 0,
 * no pairs) cannot fire its test.
 */
export function biasFlag(
  trackingSignalValue: number | null,
  nfmValue: number | null,
  trackingSignalLimit: number,
  nfmLimit: number,
): BiasFlagResult {
  const firedTests: BiasTest[] = [];
  if (trackingSignalValue !== null && Math.abs(trackingSignalValue) > trackingSignalLimit) firedTests.push("trackingSignal");
  if (nfmValue !== null && Math.abs(nfmValue) > nfmLimit) firedTests.push("nfm");
  const first = firedTests[0];
  const signed = first === "trackingSignal" ? trackingSignalValue : first === "nfm" ? nfmValue : null;
  return { flagged: firedTests.length > 0, firedTests, direction: biasDirection(signed) };
}
