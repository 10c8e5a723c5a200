/**
 * Consecutive overloaded months of one resource are one problem for the meeting (one decision: a
 * shift pattern, a subcontract order), not one exception per month. Groups a capacity check's
 * overloads (ordered by resource, then period) into runs of adjacent plan periods.
 */
import type { Period } from "../model";
import type { CapacityOverload } from "./types";

export interface OverloadRun {
  resource: string;
  /** The overloaded months, in period order, adjacent in the plan horizon. */
  overloads: CapacityOverload[];
}

/** @param periods the plan horizon the overloads were checked over (adjacency is by position in it). */
export function overloadRuns(overloads: readonly CapacityOverload[], periods: readonly Period[]): OverloadRun[] {
  const position = new Map(periods.map((p, t) => [p, t]));
  const runs: OverloadRun[] = [];
  let current: OverloadRun | null = null;
  let last = -2;
  for (const ov of overloads) {
    const t = position.get(ov.period) ?? -2;
    if (current && current.resource === ov.resource && t === last + 1) current.overloads.push(ov);
    else {
      current = { resource: ov.resource, overloads: [ov] };
      runs.push(current);
    }
    last = t;
  }
  return runs;
}
