/**
 * The summary's month-over-month section (SPEC "Month over month"), beside this cycle's agenda: the
 * cycle of the pack, what changed since the last plan, accuracy at lag, and the decision log of
 * earlier cycles with status Open / Overdue / Done. Also fills this cycle's agenda back, by each
 * issue's key, with the Decision / Owner / Due typed on an earlier run of the same cycle (so
 * regenerating never blanks them) or with an earlier cycle's decision on the issue still open.
 */
import { rangeAddress } from "../../engine/a1";
import type { Analysis } from "../../engine/analyze";
import {
  type CycleLoop,
  DECISION_HEADERS,
  type DecisionLogEntry,
  KEY_HEADER,
  PACK_CYCLE_LABEL,
  TOTAL,
} from "../../engine/history";
import { money } from "../moneyText";
import { NumberFormats, type ReportValue } from "../workbookSpec";
import { dueCell, keyColumn, statusColours } from "./historySheet";
import { PLAN_CHANGES_SHEET } from "./planChangesSheet";
import type { SheetBuilder } from "./sheetBuilder";

/** How many decisions the summary lists; the rest are on S&OP History. */
export const SUMMARY_DECISIONS = 15;

const HISTORY = "S&OP History";
const DEMAND_REVIEW = "Demand Review";

/** An agenda issue: its stable key and its title this run. */
export interface AgendaIssue {
  key: string;
  title: string;
}

/**
 * The Decision, Owner, Due and Decided cells of an agenda row, found by the issue's key (or, for a
 * decision from a pack without keys, by the issue's text): what was typed against the issue on an
 * earlier run of this cycle; else the latest decision of an earlier cycle on the issue that is not
 * Done, with its cycle in Decided (the decision stays with its issue while it is open, whatever the
 * issue's figures now say); else empty. Remembers the decisions it placed.
 */
export class AgendaEntries {
  readonly placed = new Set<DecisionLogEntry>();
  private readonly thisCycle: DecisionLogEntry[];
  private readonly earlier: DecisionLogEntry[];

  constructor(loop: CycleLoop | undefined) {
    const decisions = loop?.decisions ?? [];
    this.thisCycle = decisions.filter((d) => d.cycle === loop?.cycle);
    // Latest cycle first: the most recent open decision on an issue is the one shown.
    this.earlier = decisions
      .filter((d) => loop !== undefined && d.cycle < loop.cycle && d.status !== "Done")
      .sort((a, b) => (a.cycle < b.cycle ? 1 : a.cycle > b.cycle ? -1 : 0));
  }

  private find(list: readonly DecisionLogEntry[], issue: AgendaIssue): DecisionLogEntry | undefined {
    const free = list.filter((d) => !this.placed.has(d));
    return (
      free.find((d) => d.key === issue.key) ?? free.find((d) => d.key === null && issueText(d.issue) === issueText(issue.title))
    );
  }

  cells(issue: AgendaIssue): ReportValue[] {
    const mine = this.find(this.thisCycle, issue);
    const d = mine ?? this.find(this.earlier, issue);
    if (!d) return [null, null, null, null];
    this.placed.add(d);
    return [d.decision || null, d.owner || null, dueCell(d.due), mine ? null : d.cycle];
  }
}

const issueText = (issue: string) => issue.trim().replace(/\s+/g, " ").toLowerCase();

const signed = (x: number, format: (v: number) => string) => `${x >= 0 ? "+" : "−"}${format(Math.abs(x))}`;
const units = (x: number) => Math.round(x).toLocaleString("en-US");
const percent = (x: number | null) => (x === null ? "n/a" : `${(x * 100).toFixed(1)}%`);

function changeLine(loop: CycleLoop): string {
  const c = loop.planChanges;
  if (!c) return `What changed: ${loop.planChangesReason ?? "no earlier plan."}`;
  const start = c.waterfall[0].value;
  const end = c.waterfall[c.waterfall.length - 1].value;
  const fmt = c.waterfallMeasure === "revenue" ? (v: number) => money(v) : (v: number) => `${units(v)} units`;
  const top = c.families[0];
  const topMove = c.waterfallMeasure === "revenue" ? (top.revenueChange as number) : top.unitsChange;
  return (
    `What changed since cycle ${c.previousCycle} (${c.periods.length} months both plans cover): demand plan ` +
    `${signed(end - start, fmt)}${start !== 0 ? ` (${signed((end - start) / Math.abs(start), (v) => percent(v))})` : ""}; ` +
    `largest move ${top.family} ${signed(topMove, fmt)}. See ${PLAN_CHANGES_SHEET}.`
  );
}

function lagLine(loop: CycleLoop): string {
  const lag = loop.lagAccuracy;
  if (!lag) return `Forecast accuracy at lag: ${loop.lagAccuracyReason ?? "no history yet."}`;
  const parts = lag.lags.map((k) => {
    const r = lag.rows.find((x) => x.family === TOTAL && x.lag === k);
    return `lag ${k} WMAPE ${percent(r?.wmape ?? null)}, bias ${percent(r?.biasPct ?? null)} (${r?.n ?? 0} month${r?.n === 1 ? "" : "s"})`;
  });
  return `Forecast accuracy at lag, all families: ${parts.join("; ")}. See ${DEMAND_REVIEW}.`;
}

/** Overdue first, then Open, then Done; older cycles first within each. */
const STATUS_ORDER = { Overdue: 0, Open: 1, Done: 2 } as const;

export function summaryLoopSection(
  analysis: Analysis,
  b: SheetBuilder,
  agenda: AgendaEntries,
  inPack: ReadonlySet<string>,
): void {
  const loop = analysis.loop;
  if (!loop) return;
  b.heading(`Month over month: cycle ${loop.cycle}`);
  const r = b.row([PACK_CYCLE_LABEL, loop.cycle]);
  b.style(r, 0, r, 0, { bold: true });
  b.style(r, 1, r, 1, { numberFormat: NumberFormats.text });
  b.row([changeLine(loop)]);
  if (inPack.has(PLAN_CHANGES_SHEET)) b.links.push({ cell: `A${b.next}`, sheet: PLAN_CHANGES_SHEET, target: "A1" });
  b.row([lagLine(loop)]);
  if (loop.lagAccuracy && inPack.has(DEMAND_REVIEW)) b.links.push({ cell: `A${b.next}`, sheet: DEMAND_REVIEW, target: "A1" });

  const previousCycle = loop.planChanges?.previousCycle ?? loop.cycles.filter((c) => c < loop.cycle).at(-1) ?? null;
  // Earlier cycles' decisions still open, those closed since the last cycle, and this cycle's
  // decisions whose issue is no longer on the agenda (they stay visible until marked Done).
  const listed = loop.decisions
    .filter((d) =>
      d.cycle < loop.cycle ? d.status !== "Done" || d.cycle === previousCycle : d.cycle === loop.cycle && !agenda.placed.has(d),
    )
    .sort((x, y) => STATUS_ORDER[x.status] - STATUS_ORDER[y.status] || (x.cycle < y.cycle ? -1 : x.cycle > y.cycle ? 1 : 0));
  b.heading("Decision log: decisions of earlier cycles (mark one Done in its Status cell)");
  if (listed.length === 0) {
    b.note(
      loop.decisions.length === 0
        ? "No decisions recorded yet: the agenda's Decision, Owner and Due are carried here next cycle."
        : "Every earlier decision is done.",
    );
    return;
  }
  const shown = listed.slice(0, SUMMARY_DECISIONS);
  const t = b.table(
    "SummaryDecisions",
    [...DECISION_HEADERS, KEY_HEADER],
    shown.map((d) => [d.cycle, d.issue, d.decision, d.owner, dueCell(d.due), d.status, d.key]),
  );
  keyColumn(b, t.first, t.last, DECISION_HEADERS.length);
  b.style(t.first, 0, t.last, 3, { numberFormat: NumberFormats.text });
  b.style(t.first, 1, t.last, 2, { wrap: true });
  b.style(t.first, 4, t.last, 4, { numberFormat: "yyyy-mm-dd" });
  b.style(t.first, 5, t.last, 5, { fill: "#FFF2CC" });
  statusColours(b, rangeAddress(t.first, 5, t.last, 5));
  if (listed.length > shown.length) {
    b.note(`… and ${listed.length - shown.length} more: see ${HISTORY}.`);
    if (inPack.has(HISTORY)) b.links.push({ cell: `A${b.next}`, sheet: HISTORY, target: "A1" });
  }
}
