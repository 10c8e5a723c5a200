/**
 * The summary's second line: which S&OP cycle the pack is for (engine/cycle.ts), as of when, and the
 * input it came from, so a printed page says what it is.
 */
import type { Analysis } from "../../engine/analyze";
import { planCycle } from "../../engine/cycle";
import type { RunInfo } from "../runInfo";

/** yyyy-mm-dd of a date in UTC. */
function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** "Cycle 2026-11 · as of 2026-12-01 · input: sop-sample.xlsx". */
export function runLine(analysis: Analysis, run: RunInfo): string {
  const cycle = planCycle(analysis.model, analysis.settings);
  const parts = [
    `Cycle ${cycle ?? "(no plan periods)"}`,
    `as of ${isoDate(run.asOf ?? new Date())}`,
    ...(run.inputName ? [`input: ${run.inputName}`] : []),
  ];
  return parts.join(" · ");
}
