/**
 * Reads the history back from a previous pack: the S&OP History sheet's plan snapshots and decision
 * log, and the Decision / Owner / Due entries typed into the summary's agenda (and any status marked
 * in the summary's decision log). Pure: both hosts hand the two sheets over as cell grids, so the pack
 * in Excel and the file given with --previous are read by the same code.
 *
 * Decisions are matched to their issue by the issue's key (the Key column) where the pack wrote one,
 * else by the issue's text (packs from before the key); an agenda row the pack filled with an earlier
 * cycle's open decision (its Decided cell) is that decision, not a new one.
 *
 * A damaged or hand-edited history never fails the run: every row that cannot be used is named in a
 * finding (sheet, cell, what was wrong), a number that cannot be read is left empty with a finding,
 * and whatever is usable is carried on. So is a decision still open with a Due that is not a date
 * (or could be two), or without an Owner or a Due: a warning at the cell to fill in.
 */
import { type CellGrid, type CellValue, isBlank } from "../grid";
import type { Finding, Period } from "../model";
import { parseNumber, showValue } from "../read/parseNumber";
import { parsePeriod } from "../read/parsePeriod";
import { readDue } from "./dueDate";
import { findGridTables, type GridTable, labelledValue, tableCell } from "./gridTable";
import {
  AGENDA_HEADERS,
  DECIDED_HEADER,
  DECISION_HEADERS,
  DROPPED_LABEL,
  HISTORY_SHEET,
  KEY_HEADER,
  PACK_CYCLE_LABEL,
  SNAPSHOT_HEADERS,
  SUMMARY_SHEET_NAME,
} from "./layout";
import type { Decision, PreviousPack, PriorHistory, SnapshotRow } from "./types";

const text = (v: CellValue | undefined): string =>
  v === null || v === undefined || isBlank(v) ? "" : showValue(v).replace(/^'(.*)'$/s, "$1");

/** "Done" as a person marks it (Done, done, Closed, Completed, ✓). */
function markedDone(v: CellValue | undefined): boolean {
  return /^(done|closed|complete|completed|yes|x|✓|✔)$/i.test(text(v).trim());
}

interface Reader {
  source: string;
  findings: Finding[];
  warn(sheet: string, cell: string, message: string): void;
}

function reader(source: string): Reader {
  const findings: Finding[] = [];
  return {
    source,
    findings,
    warn: (sheet, cell, message) => findings.push({ sheet, cell, severity: "warning", message: `${message} (${source})` }),
  };
}

function readSnapshots(grid: CellGrid, r: Reader): SnapshotRow[] {
  const tables = findGridTables(grid, SNAPSHOT_HEADERS);
  if (tables.length === 0) {
    r.warn(
      grid.sheet,
      "",
      `No plan snapshot table found (header row ${SNAPSHOT_HEADERS.join(", ")}): no earlier plans are carried, so this pack starts the history again`,
    );
    return [];
  }
  const out: SnapshotRow[] = [];
  const seen = new Set<string>();
  let lastCycle: Period = "";
  let outOfOrder: string | null = null;
  for (const t of tables) {
    for (const row of t.rows) {
      const [cycleCell, familyCell, periodCell] = row.cells;
      const cycle = parsePeriod(cycleCell, row.formats[0]);
      const period = parsePeriod(periodCell, row.formats[2]);
      const family = text(familyCell).trim();
      const bad = !cycle ? 0 : !family ? 1 : !period ? 2 : -1;
      if (bad >= 0) {
        const what = ["cycle", "family", "period"][bad];
        r.warn(
          grid.sheet,
          tableCell(t, row.row, bad),
          `Snapshot row left out: ${showValue(row.cells[bad])} is not a ${what === "family" ? "family name" : `${what} (a month such as 2026-11)`}`,
        );
        continue;
      }
      const key = `${cycle}|${family}|${period}`;
      if (seen.has(key)) {
        r.warn(
          grid.sheet,
          tableCell(t, row.row, 0),
          `Snapshot row left out: ${family} ${period} appears twice in cycle ${cycle}; the first row is kept`,
        );
        continue;
      }
      seen.add(key);
      if (cycle! < lastCycle && !outOfOrder) outOfOrder = tableCell(t, row.row, 0);
      lastCycle = cycle!;
      const num = (k: number): number | null => {
        const parsed = parseNumber(row.cells[k]);
        if (parsed.kind === "number") return parsed.value;
        if (parsed.kind === "invalid") {
          r.warn(
            grid.sheet,
            tableCell(t, row.row, k),
            `${SNAPSHOT_HEADERS[k]} ${parsed.shown} is not a number: left empty in the history of cycle ${cycle}`,
          );
        }
        return null;
      };
      out.push({
        cycle: cycle!,
        family,
        period: period!,
        demandPlan: num(3),
        supplyPlan: num(4),
        projectedInventory: num(5),
        revenue: num(6),
      });
    }
  }
  if (outOfOrder) {
    r.warn(
      grid.sheet,
      outOfOrder,
      "The snapshots are not in cycle order (edited or pasted by hand?): they are sorted by cycle again",
    );
  }
  return out;
}

/** A cell of the previous pack, for a finding. */
interface Where {
  sheet: string;
  cell: string;
}

/** A decision as read from one row, with the cells the findings on it name. */
interface ReadDecision extends Decision {
  /** The Owner and Due cells of the row read last: where a missing one is to be typed. */
  ownerAt: Where;
  dueAt: Where;
  /** Why the Due is not a date, at the cell it was read from; null when it is a date or blank. */
  dueProblem: (Where & { message: string }) | null;
}

function entry(
  grid: CellGrid,
  t: GridTable,
  row: number,
  columns: { owner: number; due: number },
  cycle: Period,
  cells: { issue: CellValue; decision: CellValue; owner: CellValue; due: CellValue; dueFormat: string | null; key: CellValue },
  done: boolean,
): ReadDecision {
  const dueAt = { sheet: grid.sheet, cell: tableCell(t, row, columns.due) };
  const due = readDue(cells.due, cells.dueFormat, cycle);
  return {
    cycle,
    issue: text(cells.issue),
    key: text(cells.key).trim() || null,
    decision: text(cells.decision),
    owner: text(cells.owner),
    due: due.due,
    done,
    ownerAt: { sheet: grid.sheet, cell: tableCell(t, row, columns.owner) },
    dueAt,
    dueProblem: due.problem ? { ...dueAt, message: due.problem } : null,
  };
}

/** The decision log tables of a sheet (History or the summary); the Key column where the pack has one. */
function readDecisionLog(grid: CellGrid, r: Reader, fallbackCycle: Period | null): ReadDecision[] {
  const out: ReadDecision[] = [];
  for (const t of findGridTables(grid, DECISION_HEADERS, [KEY_HEADER])) {
    for (const row of t.rows) {
      const [cycleCell, issue, decision, owner, due, status, key = null] = row.cells;
      if (isBlank(issue) && isBlank(decision)) continue; // an empty line of the table (Excel keeps one)
      let cycle = parsePeriod(cycleCell, row.formats[0]);
      if (!cycle) {
        if (!fallbackCycle) {
          r.warn(
            grid.sheet,
            tableCell(t, row.row, 0),
            `Decision "${text(decision || issue)}" has no readable cycle (${showValue(cycleCell)}) and the pack's cycle is unknown: it is left out`,
          );
          continue;
        }
        r.warn(
          grid.sheet,
          tableCell(t, row.row, 0),
          `Decision "${text(decision || issue)}" has no readable cycle (${showValue(cycleCell)}): it is kept under cycle ${fallbackCycle}`,
        );
        cycle = fallbackCycle;
      }
      out.push(
        entry(
          grid,
          t,
          row.row,
          { owner: 3, due: 4 },
          cycle,
          { issue, decision, owner, due, dueFormat: row.formats[4], key },
          markedDone(status),
        ),
      );
    }
  }
  return out;
}

/** An agenda row: the cycle of the earlier decision the pack carried into it (Decided), null for none. */
interface ReadAgendaRow extends ReadDecision {
  decided: Period | null;
}

/**
 * What the meeting typed into the agenda: rows with a Decision, Owner or Due, each with the issue's
 * key where the pack wrote the Key column (older packs: null, the issue's text is the link).
 */
function readAgenda(grid: CellGrid, packCycle: Period | null, thisCycle: Period | null, r: Reader): ReadAgendaRow[] {
  const out: ReadAgendaRow[] = [];
  const cycle = packCycle ?? thisCycle;
  let said = false;
  for (const t of findGridTables(grid, AGENDA_HEADERS, [DECIDED_HEADER, KEY_HEADER])) {
    for (const row of t.rows) {
      const [, issue, , , , decision, owner, due, decided = null, key = null] = row.cells;
      if (isBlank(decision) && isBlank(owner) && isBlank(due)) continue;
      if (!cycle) {
        r.warn(
          grid.sheet,
          tableCell(t, row.row, 5),
          `The agenda's decision "${text(decision)}" cannot be given a cycle (the pack does not say its cycle): it is left out`,
        );
        continue;
      }
      if (!packCycle && !said) {
        said = true;
        r.warn(
          grid.sheet,
          tableCell(t, row.row, 5),
          `The pack does not say its cycle: the decisions typed into its agenda are kept under this cycle, ${cycle}`,
        );
      }
      out.push({
        ...entry(
          grid,
          t,
          row.row,
          { owner: 6, due: 7 },
          cycle,
          { issue, decision, owner, due, dueFormat: row.formats[7], key },
          false,
        ),
        decided: isBlank(decided) ? null : parsePeriod(decided, row.formats[8]),
      });
    }
  }
  return out;
}

const issueText = (issue: string) => issue.trim().replace(/\s+/g, " ").toLowerCase();

/** The same issue: by key where both have one, else by the issue's text (a pack from before the key). */
function sameIssue(a: Pick<Decision, "key" | "issue">, b: Pick<Decision, "key" | "issue">): boolean {
  return a.key !== null && b.key !== null ? a.key === b.key : issueText(a.issue) === issueText(b.issue);
}

/**
 * An agenda row the pack filled with an earlier cycle's decision on the same issue (its Decided cell
 * names that cycle) and that still holds that decision is that decision, not a new one of the pack's
 * cycle: it takes the earlier decision's cycle and issue text, so the merge updates it (a changed
 * Owner or Due) instead of filing it a second time. A row whose Decision was typed anew is this
 * cycle's.
 */
function attributeToEarlier(rows: ReadAgendaRow[], known: readonly Decision[]): ReadDecision[] {
  return rows.map(({ decided, ...row }) => {
    if (!decided || decided >= row.cycle) return row;
    const earlier = known.find(
      (d) => d.cycle === decided && sameIssue(d, row) && issueText(d.decision) === issueText(row.decision),
    );
    return earlier ? { ...row, cycle: earlier.cycle, issue: earlier.issue, key: earlier.key ?? row.key } : row;
  });
}

/**
 * Merges decision lists, later lists updating earlier ones of the same cycle and issue (by key first,
 * else sameIssue): a non-empty Issue, Decision, Owner or Due replaces the earlier text, and Done
 * marked anywhere stays Done. Two rows of one list on the same issue are two decisions.
 */
function mergeDecisions(...lists: ReadDecision[][]): ReadDecision[] {
  const out: ReadDecision[] = [];
  for (const list of lists) {
    const taken = new Set<number>();
    for (const d of list) {
      const free = (o: ReadDecision, k: number) => !taken.has(k) && o.cycle === d.cycle;
      let i = d.key === null ? -1 : out.findIndex((o, k) => free(o, k) && o.key === d.key);
      if (i < 0) i = out.findIndex((o, k) => free(o, k) && sameIssue(o, d));
      if (i < 0) {
        taken.add(out.push({ ...d }) - 1);
        continue;
      }
      taken.add(i);
      const old = out[i];
      out[i] = {
        ...old,
        issue: d.issue || old.issue,
        key: d.key ?? old.key,
        decision: d.decision || old.decision,
        owner: d.owner || old.owner,
        due: d.due ?? old.due,
        done: old.done || d.done,
        ownerAt: d.ownerAt,
        dueAt: d.dueAt,
        dueProblem: d.due !== null ? d.dueProblem : old.dueProblem,
      };
    }
  }
  return out;
}

/**
 * What a decision still open lacks, as warnings at the cells to fill in: a Due that is not a date
 * (it cannot become Overdue), no Owner, no Due. Done decisions are left alone.
 */
function decisionFindings(decisions: readonly ReadDecision[], r: Reader): void {
  for (const d of decisions) {
    if (d.done) continue;
    const what = d.decision ? `"${d.decision}"` : `on "${d.issue}"`;
    if (d.dueProblem) {
      r.warn(
        d.dueProblem.sheet,
        d.dueProblem.cell,
        `${d.dueProblem.message}. Until then the decision ${what} (cycle ${d.cycle}) keeps it as typed and is never Overdue`,
      );
    }
    const missing = [!d.owner && "Owner", d.due === null && "Due"].filter((x): x is string => Boolean(x));
    if (missing.length > 0) {
      const at = d.owner ? d.dueAt : d.ownerAt;
      r.warn(
        at.sheet,
        at.cell,
        `The decision ${what} (cycle ${d.cycle}) has no ${missing.join(" and no ")}: type ${[
          !d.owner && "who carries it out",
          d.due === null && "by when",
        ]
          .filter(Boolean)
          .join(" and ")}`,
      );
    }
  }
}

const plain = ({ cycle, issue, key, decision, owner, due, done }: ReadDecision): Decision => ({
  cycle,
  issue,
  key,
  decision,
  owner,
  due,
  done,
});

/** The history and summary sheets among a pack file's sheets (by name, case-insensitively). */
export function previousPackFromGrids(grids: readonly CellGrid[], source: string): PreviousPack {
  const named = (name: string) => grids.find((g) => g.sheet.trim().toLowerCase() === name.toLowerCase()) ?? null;
  return { source, history: named(HISTORY_SHEET), summary: named(SUMMARY_SHEET_NAME) };
}

/** @param thisCycle the run's cycle: agenda entries of a pack that does not say its cycle are kept under it. */
export function readPreviousPack(pack: PreviousPack, thisCycle: Period | null = null): PriorHistory {
  const r = reader(pack.source);
  if (pack.problem) r.warn(HISTORY_SHEET, "", `${pack.problem}: no history carried, this pack starts it again`);
  else if (!pack.history && !pack.summary) {
    r.warn(
      HISTORY_SHEET,
      "",
      `No ${HISTORY_SHEET} or ${SUMMARY_SHEET_NAME} sheet found: is it a pre-S&OP pack? No history carried`,
    );
  } else if (!pack.history) {
    r.warn(
      HISTORY_SHEET,
      "",
      `No ${HISTORY_SHEET} sheet (a pack from before the history was kept?): only its agenda's decisions are carried`,
    );
  }
  let packCycle: Period | null = null;
  let droppedNote: string | null = null;
  let snapshots: SnapshotRow[] = [];
  let logged: ReadDecision[] = [];
  for (const grid of [pack.history, pack.summary]) {
    const label = grid ? labelledValue(grid, PACK_CYCLE_LABEL) : null;
    if (!packCycle && label) packCycle = parsePeriod(label.value, label.format);
  }
  if (pack.history) {
    const dropped = labelledValue(pack.history, DROPPED_LABEL);
    if (dropped && !isBlank(dropped.value) && text(dropped.value).trim() !== "None") droppedNote = text(dropped.value);
    snapshots = readSnapshots(pack.history, r);
    logged = readDecisionLog(pack.history, r, packCycle);
  }
  // A pack from before the loop has no cycle line: its last snapshot's cycle is the next best.
  if (!packCycle && snapshots.length > 0)
    packCycle =
      snapshots
        .map((s) => s.cycle)
        .sort()
        .at(-1) ?? null;
  let decisions = logged;
  if (pack.summary) {
    decisions = mergeDecisions(logged, readDecisionLog(pack.summary, r, packCycle));
    decisions = mergeDecisions(decisions, attributeToEarlier(readAgenda(pack.summary, packCycle, thisCycle, r), decisions));
  }
  decisionFindings(decisions, r);
  return { packCycle, snapshots, decisions: decisions.map(plain), droppedNote, findings: r.findings };
}
