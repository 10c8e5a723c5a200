import type { BiasFlagResult } from "./biasFlag";

/** 4 -> "4", 2.5 -> "2.5": limits as the planner typed them. */
function formatLimit(limit: number): string {
  return Number.isInteger(limit) ? String(limit) : String(Number(limit.toFixed(2)));
}

function describeTest(name: string, value: number, limit: number): string {
  return value < 0
    ? `${name} ${value.toFixed(1)} < -${formatLimit(limit)}`
    : `${name} ${value.toFixed(1)} > ${formatLimit(limit)}`;
}

/**
 * Why a row is flagged, in words a planner can act on:
 * "Tracking signal -12.0 < -4: over-forecast in 12 of 12 periods". null when not flagged.
 */
export function biasReason(
  flag: BiasFlagResult,
  values: { trackingSignal: number | null; nfm: number | null },
  limits: { trackingSignal: number; nfm: number },
  counts: { over: number; under: number; n: number },
): string | null {
  if (!flag.flagged) return null;
  const parts: string[] = [];
  if (flag.firedTests.includes("trackingSignal") && values.trackingSignal !== null) {
    parts.push(describeTest("Tracking signal", values.trackingSignal, limits.trackingSignal));
  }
  if (flag.firedTests.includes("nfm") && values.nfm !== null) {
    parts.push(describeTest("NFM", values.nfm, limits.nfm));
  }
  const side = flag.direction === "over" ? `over-forecast in ${counts.over}` : `under-forecast in ${counts.under}`;
  return `${parts.join(" and ")}: ${side} of ${counts.n} periods`;
}
