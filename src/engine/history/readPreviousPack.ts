/**
 * Reads the history back from a previous pack: the S&OP History sheet's plan snapshots and decision
 * log, and the Decision / Owner / Due entries typed into the summary's agenda (and any status marked
 * in the summary's decision log). Pure: both hosts hand the two sheets over as cell grids, so the pack
 * in Excel and the file given with --previous are read by the same code.
 *
 * A damaged or hand-edited history never fails the run: every row that cannot be used is named in a
 * finding (sheet, cell, what was wrong), a number that cannot be read is left empty with a finding,
 * and whatever is usable is carried on.
 */
import { type CellGrid, type CellValue, isBlank } from "../grid";
import type { Finding, Period } from "../model";
import { parseNumber, showValue } from "../read/parseNumber";
import { parsePeriod } from "../read/parsePeriod";
import { dueText } from "./dueDate";
import { findGridTables, labelledValue, tableCell } from "./gridTable";
import {
  AGENDA_HEADERS,
  DECISION_HEADERS,
  DROPPED_LABEL,
  HISTORY_SHEET,
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

/** The decision log tables of a sheet (History or the summary). */
function readDecisionLog(grid: CellGrid, r: Reader, fallbackCycle: Period | null): Decision[] {
  const out: Decision[] = [];
  for (const t of findGridTables(grid, DECISION_HEADERS)) {
    for (const row of t.rows) {
      const [cycleCell, issue, decision, owner, due, status] = row.cells;
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
      out.push(entry(cycle, issue, decision, owner, due, row.formats[4], markedDone(status)));
    }
  }
  return out;
}

function entry(
  cycle: Period,
  issue: CellValue,
  decision: CellValue,
  owner: CellValue,
  due: CellValue,
  dueFormat: string | null,
  done: boolean,
): Decision {
  return { cycle, issue: text(issue), decision: text(decision), owner: text(owner), due: dueText(due, dueFormat), done };
}

/** What the meeting typed into the agenda: rows with a Decision, Owner or Due. */
function readAgenda(grid: CellGrid, packCycle: Period | null, thisCycle: Period | null, r: Reader): Decision[] {
  const out: Decision[] = [];
  const cycle = packCycle ?? thisCycle;
  let said = false;
  for (const t of findGridTables(grid, AGENDA_HEADERS)) {
    for (const row of t.rows) {
      const [, issue, , , , decision, owner, due] = row.cells;
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
      out.push(entry(cycle, issue, decision, owner, due, row.formats[7], false));
    }
  }
  return out;
}

/** Key of a decision: its cycle and issue (and which occurrence, when an issue is listed twice). */
export function decisionKeys(decisions: readonly Decision[]): string[] {
  const count = new Map<string, number>();
  return decisions.map((d) => {
    const base = `${d.cycle}|${d.issue.trim().toLowerCase()}`;
    const n = (count.get(base) ?? 0) + 1;
    count.set(base, n);
    return `${base}|${n}`;
  });
}

/**
 * Merges decision lists, later lists updating earlier ones by key: a non-empty Decision, Owner or Due
 * replaces the earlier text, and Done marked anywhere stays Done.
 */
export function mergeDecisions(...lists: Decision[][]): Decision[] {
  const byKey = new Map<string, Decision>();
  for (const list of lists) {
    const keys = decisionKeys(list);
    list.forEach((d, i) => {
      const old = byKey.get(keys[i]);
      if (!old) {
        byKey.set(keys[i], { ...d });
        return;
      }
      byKey.set(keys[i], {
        ...old,
        decision: d.decision || old.decision,
        owner: d.owner || old.owner,
        due: d.due ?? old.due,
        done: old.done || d.done,
      });
    });
  }
  return [...byKey.values()];
}

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
  let logged: Decision[] = [];
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
  let fromSummary: Decision[] = [];
  if (pack.summary) {
    fromSummary = mergeDecisions(readDecisionLog(pack.summary, r, packCycle), readAgenda(pack.summary, packCycle, thisCycle, r));
  }
  return { packCycle, snapshots, decisions: mergeDecisions(logged, fromSummary), droppedNote, findings: r.findings };
}
