/**
 * The S&OP cycle as a closed loop (SPEC "Month over month"): each pack keeps the snapshots of the
 * plans of the cycles before it and the decisions taken on them, so the next run can say what changed,
 * how good past forecasts were, and which decisions are still open.
 */
import type { CellGrid } from "../grid";
import type { Finding, Period } from "../model";

/** One family x month of a cycle's plan, as that cycle planned it. null where the cycle had no figure. */
export interface SnapshotRow {
  cycle: Period;
  family: string;
  period: Period;
  /** Demand plan in units (the demand plan column). */
  demandPlan: number | null;
  /** Planned production in units. */
  supplyPlan: number | null;
  /** I(t) as that cycle projected it. */
  projectedInventory: number | null;
  /** Demand plan x unit price. */
  revenue: number | null;
}

/** What the meeting wrote against an agenda issue (Decision, Owner, Due), with the cycle it belongs to. */
export interface Decision {
  cycle: Period;
  issue: string;
  /**
   * The issue's stable key (kind|family or resource|forecast column or quarter or month), by which the
   * decision goes back to its agenda row when the issue's text changes; null in a pack from before
   * the key was written, where the issue's text is the only link.
   */
  key: string | null;
  decision: string;
  owner: string;
  /** "YYYY-MM-DD" when the Due cell was a date or text that can only mean one day; the text as typed otherwise; null when blank. */
  due: string | null;
  /** A person marked it Done (in the history's or the summary's decision log). */
  done: boolean;
}

export type DecisionStatus = "Open" | "Overdue" | "Done";

/** A decision with its status in this cycle. */
export interface DecisionLogEntry extends Decision {
  status: DecisionStatus;
}

/** The generated sheets of a previous pack, as cell grids (either may be missing). */
export interface PreviousPack {
  /** Where it came from, for findings: "the previous pack (last.xlsx)" or "this workbook's pack". */
  source: string;
  history: CellGrid | null;
  summary: CellGrid | null;
  /** Why the pack could not be read at all (a damaged file), said as a finding; the run goes on. */
  problem?: string;
}

/** What a previous pack held, read back. */
export interface PriorHistory {
  /** The cycle the previous pack was generated for; null when it cannot be told. */
  packCycle: Period | null;
  snapshots: SnapshotRow[];
  decisions: Decision[];
  /** Cycles the previous pack had already dropped (older than the kept cycles), as it said. */
  droppedNote: string | null;
  findings: Finding[];
}

/** One family's plan this cycle against the previous cycle's, over the months both plans cover. */
export interface PlanChange {
  family: string;
  /** null where the family was not in that cycle's plan (added or dropped). */
  previousUnits: number | null;
  units: number | null;
  previousRevenue: number | null;
  revenue: number | null;
  previousSupply: number | null;
  supply: number | null;
  /** units - previousUnits (a family missing on one side counts as 0 there). */
  unitsChange: number;
  /** null when either side has no revenue. */
  revenueChange: number | null;
  supplyChange: number | null;
  /** "Added" / "Dropped" for a family only in one of the two plans; null otherwise. */
  note: "Added" | "Dropped" | null;
}

/** One bar of the plan-change waterfall. */
export interface WaterfallStep {
  label: string;
  value: number;
  kind: "start" | "change" | "end";
}

export interface PlanChanges {
  previousCycle: Period;
  /** Months both plans cover, sorted. */
  periods: Period[];
  /** Largest moves first. */
  families: PlanChange[];
  /** "revenue" when every compared family has revenue on both sides, else "units". */
  waterfallMeasure: "revenue" | "units";
  /** previous total -> each family's change -> this total; the changes add up to the difference exactly. */
  waterfall: WaterfallStep[];
}

/** Accuracy of the lag-k forecasts of one family (or all families) against this cycle's actuals. */
export interface LagAccuracyRow {
  /** A family, or "total" for all families. */
  family: string;
  lag: number;
  n: number;
  wmape: number | null;
  biasPct: number | null;
  trackingSignal: number | null;
}

/** One month's all-families accuracy at one lag (the trend). */
export interface LagTrendPoint {
  period: Period;
  lag: number;
  actual: number;
  forecast: number;
  wmape: number | null;
  biasPct: number | null;
}

export interface LagAccuracy {
  /** The lags history allowed (a subset of 0, 1, 3). */
  lags: number[];
  /** Months measured: those with actuals in this cycle's Demand within the review window. */
  periods: Period[];
  rows: LagAccuracyRow[];
  trend: LagTrendPoint[];
}

/** The month-over-month part of a run. */
export interface CycleLoop {
  cycle: Period;
  /** Where the previous history came from; null when there was none. */
  source: string | null;
  /** The history written into this pack: earlier cycles kept plus this cycle's snapshot, sorted. */
  snapshots: SnapshotRow[];
  /** Cycles in `snapshots`, sorted. */
  cycles: Period[];
  /** Every decision carried (earlier cycles' and this cycle's), with its status. */
  decisions: DecisionLogEntry[];
  /** Cycles dropped because the history keeps the last MAX_CYCLES; null when none were. */
  droppedNote: string | null;
  planChanges: PlanChanges | null;
  /** Why there are no plan changes (first cycle, no earlier snapshot); null when there are. */
  planChangesReason: string | null;
  lagAccuracy: LagAccuracy | null;
  lagAccuracyReason: string | null;
  findings: Finding[];
}
