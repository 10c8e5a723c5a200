/**
 * The JSON summary's month-over-month keys (SPEC "Command line", schema version 2): `planChanges`,
 * `lagAccuracy` and `decisions`. Fractions, not percents; null where a figure is undefined.
 */
import type { CycleLoop } from "../engine/history";

export interface PlanChangeJson {
  family: string;
  previousUnits: number | null;
  units: number | null;
  previousRevenue: number | null;
  revenue: number | null;
}

export interface LagAccuracyJson {
  /** A family, or "total" for all families. */
  family: string;
  lag: number;
  n: number;
  wmape: number | null;
  biasPct: number | null;
  trackingSignal: number | null;
}

export interface DecisionJson {
  cycle: string;
  issue: string;
  decision: string;
  owner: string;
  /** "YYYY-MM-DD", or the text as typed; null when blank. */
  due: string | null;
  status: "open" | "overdue" | "done";
}

export function loopJson(loop: CycleLoop | undefined): {
  planChanges: PlanChangeJson[];
  lagAccuracy: LagAccuracyJson[];
  decisions: DecisionJson[];
} {
  return {
    planChanges: (loop?.planChanges?.families ?? []).map((c) => ({
      family: c.family,
      previousUnits: c.previousUnits,
      units: c.units,
      previousRevenue: c.previousRevenue,
      revenue: c.revenue,
    })),
    lagAccuracy: (loop?.lagAccuracy?.rows ?? []).map((r) => ({
      family: r.family,
      lag: r.lag,
      n: r.n,
      wmape: r.wmape,
      biasPct: r.biasPct,
      trackingSignal: r.trackingSignal,
    })),
    decisions: (loop?.decisions ?? []).map((d) => ({
      cycle: d.cycle,
      issue: d.issue,
      decision: d.decision,
      owner: d.owner,
      due: d.due,
      status: d.status === "Done" ? "done" : d.status === "Overdue" ? "overdue" : "open",
    })),
  };
}
