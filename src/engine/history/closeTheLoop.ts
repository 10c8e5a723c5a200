/**
 * The month-over-month step of a run: carries the previous pack's history forward with this cycle's
 * snapshot, and works out what changed since the last plan, the forecast accuracy at lag and the
 * status of earlier decisions. Bad history never breaks the run: each problem is a finding and the
 * rest is used.
 */
import type { FinancialReconciliation } from "../finance";
import type { Finding, Period, PlanningModel } from "../model";
import type { Reconciliation } from "../reconcile";
import { isDueBefore } from "./dueDate";
import { lagAccuracy } from "./lagAccuracy";
import { HISTORY_SHEET, MAX_CYCLES } from "./layout";
import { planChanges } from "./planChanges";
import { readPreviousPack } from "./readPreviousPack";
import { planSnapshot } from "./snapshot";
import type { CycleLoop, Decision, DecisionLogEntry, DecisionStatus, PreviousPack, SnapshotRow } from "./types";

export function decisionStatus(d: Decision, cycle: Period): DecisionStatus {
  if (d.done) return "Done";
  return isDueBefore(d.due, cycle) ? "Overdue" : "Open";
}

/** "2024-01, 2024-02 and 2024-03" (at most 6 named). */
function listCycles(cycles: readonly string[]): string {
  const named = cycles.length > 6 ? [...cycles.slice(0, 5), `${cycles.length - 5} more`] : [...cycles];
  return named.length === 1 ? named[0] : `${named.slice(0, -1).join(", ")} and ${named[named.length - 1]}`;
}

export interface LoopInputs {
  model: PlanningModel;
  cycle: Period;
  reconciliation?: Reconciliation;
  finance?: FinancialReconciliation;
  /** The months the lag accuracy measures (the demand review's window). */
  window: readonly Period[];
  previous: PreviousPack | null;
}

export function closeTheLoop({ model, cycle, reconciliation, finance, window, previous }: LoopInputs): CycleLoop {
  const findings: Finding[] = [];
  const warn = (message: string, sheet = HISTORY_SHEET) => findings.push({ sheet, cell: "", severity: "warning", message });
  const prior = previous ? readPreviousPack(previous, cycle) : null;
  if (prior) findings.push(...prior.findings);
  const source = previous?.source ?? null;

  const current = planSnapshot(cycle, model, reconciliation, finance);
  const earlier = (prior?.snapshots ?? []).filter((s) => s.cycle !== cycle);
  const later = [...new Set(earlier.filter((s) => s.cycle > cycle).map((s) => s.cycle))].sort();
  if (prior?.packCycle && prior.packCycle > cycle) {
    warn(
      `The previous pack is from cycle ${prior.packCycle}, later than this input's cycle ${cycle} (${source}): was an older input run, or the wrong pack given? ` +
        `Its later snapshots are kept in the history but not compared with.`,
    );
  } else if (later.length > 0) {
    warn(
      `The history holds cycle(s) ${listCycles(later)}, later than this cycle ${cycle} (${source}): kept, but not compared with.`,
    );
  }

  // Keep the last MAX_CYCLES cycles; say which were dropped.
  let snapshots: SnapshotRow[] = [...earlier, ...current].sort((a, b) => (a.cycle < b.cycle ? -1 : a.cycle > b.cycle ? 1 : 0));
  let cycles = [...new Set(snapshots.map((s) => s.cycle))].sort();
  let droppedNote = prior?.droppedNote ?? null;
  if (cycles.length > MAX_CYCLES) {
    const dropped = cycles.slice(0, cycles.length - MAX_CYCLES);
    cycles = cycles.slice(-MAX_CYCLES);
    const keep = new Set(cycles);
    snapshots = snapshots.filter((s) => keep.has(s.cycle));
    const note = `${dropped.length} cycle(s) older than the last ${MAX_CYCLES} dropped this run with their snapshots and done decisions: ${listCycles(dropped)}`;
    droppedNote = droppedNote ? `${note}; earlier: ${droppedNote}` : note;
  }

  // The previous plan: the latest earlier cycle kept.
  const previousCycle = cycles.filter((c) => c < cycle).at(-1) ?? null;
  let changes = null;
  let planChangesReason: string | null = null;
  if (!previousCycle) {
    planChangesReason = prior
      ? `The history (${source}) holds no cycle before ${cycle}, so there is no earlier plan to compare with.`
      : `No earlier cycle's pack was given, so there is no earlier plan to compare with (the next cycle will compare with this one).`;
  } else {
    const previousRows = snapshots.filter((s) => s.cycle === previousCycle);
    const before = new Set(previousRows.map((s) => s.family));
    const now = new Set(current.map((s) => s.family));
    const added = [...now].filter((f) => !before.has(f));
    const gone = [...before].filter((f) => !now.has(f));
    if (added.length > 0 || gone.length > 0) {
      warn(
        `The product set changed since cycle ${previousCycle}: ` +
          [added.length > 0 && `new ${listCycles(added)}`, gone.length > 0 && `no longer planned ${listCycles(gone)}`]
            .filter(Boolean)
            .join("; ") +
          `. Plan Changes shows them as added or dropped; their history is kept.`,
      );
    }
    changes = planChanges(previousCycle, cycle, previousRows, current);
    if (!changes)
      planChangesReason = `The plan of ${previousCycle} and this plan share no month, so there is nothing to compare.`;
  }

  const lag = lagAccuracy(
    model,
    snapshots.filter((s) => s.cycle < cycle),
    window,
  );
  const lagAccuracyReason = lag
    ? null
    : window.length === 0
      ? "No month has actuals, so no forecast can be measured yet."
      : "No earlier cycle's snapshot holds a plan for a month that now has actuals: accuracy at lag needs the packs of those months.";

  // Decisions: a cycle's decisions are kept while their cycle is kept, and always while not done.
  const keptCycles = new Set(cycles);
  const decisions: DecisionLogEntry[] = (prior?.decisions ?? [])
    .filter((d) => !d.done || keptCycles.has(d.cycle) || d.cycle >= cycle)
    .map((d) => ({ ...d, status: decisionStatus(d, cycle) }))
    .sort((a, b) => (a.cycle < b.cycle ? -1 : a.cycle > b.cycle ? 1 : 0));

  return {
    cycle,
    source,
    snapshots,
    cycles,
    decisions,
    droppedNote,
    planChanges: changes,
    planChangesReason,
    lagAccuracy: lag,
    lagAccuracyReason,
    findings,
  };
}
