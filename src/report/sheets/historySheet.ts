/**
 * The "S&OP History" sheet (SPEC "Month over month"): what the pack carries from cycle to cycle, as
 * plain tables a person can read and filter. The decision log (every decision typed into an agenda,
 * with its cycle, owner, due date and status) and, per cycle, family and month, the demand plan,
 * supply plan, projected inventory and demand revenue as that cycle planned them.
 *
 * Next month's run reads this sheet back (engine/history/readPreviousPack.ts); the labels and headers
 * come from engine/history/layout.ts so the writer and the reader agree.
 */
import { rangeAddress } from "../../engine/a1";
import type { Analysis } from "../../engine/analyze";
import {
  type CycleLoop,
  DECISION_HEADERS,
  DROPPED_LABEL,
  dueAsDate,
  HISTORY_SHEET,
  KEY_HEADER,
  MAX_CYCLES,
  PACK_CYCLE_LABEL,
  SNAPSHOT_HEADERS,
} from "../../engine/history";
import { NumberFormats, type ReportValue, type SheetSpec } from "../workbookSpec";
import { AMBER, GREEN, RED } from "./palette";
import { SheetBuilder } from "./sheetBuilder";

/** The Due cell: a date where one was typed, the text as typed otherwise. */
export function dueCell(due: string | null): ReportValue {
  return dueAsDate(due) ?? due;
}

/**
 * The Key column of a decision table (rows first..last, column c): small grey text, for the pack to
 * read back rather than for the meeting; kept as text.
 */
export function keyColumn(b: SheetBuilder, first: number, last: number, c: number): void {
  b.style(first, c, last, c, { numberFormat: NumberFormats.text, fontColor: "#808080" });
}

/** Status colours of a decision log's Status column. */
export function statusColours(b: SheetBuilder, range: string): void {
  b.conditional({ kind: "textEquals", range, text: "Overdue", ...RED, bold: true });
  b.conditional({ kind: "textEquals", range, text: "Open", ...AMBER });
  b.conditional({ kind: "textEquals", range, text: "Done", ...GREEN });
}

function cyclesText(loop: CycleLoop): string {
  const c = loop.cycles;
  if (c.length === 0) return "none";
  const span = c.length === 1 ? c[0] : `${c[0]} to ${c[c.length - 1]}`;
  return `${span} (${c.length} cycle${c.length === 1 ? "" : "s"}; the history keeps the last ${MAX_CYCLES})`;
}

export function historySheet(analysis: Analysis): SheetSpec | null {
  const loop = analysis.loop;
  if (!loop) return null;
  const b = new SheetBuilder();
  b.title("S&OP History: the plans and decisions of past cycles");
  b.note(
    "Carried from pack to pack: next month's run reads this sheet (in Excel from this workbook, on the command line with --previous). " +
      "Re-running a cycle replaces that cycle's snapshot only. Mark a decision Done in its Status cell (here or on the S&OP Summary).",
  );
  const label = (text: string, value: ReportValue) => {
    const r = b.row([text, value]);
    b.style(r, 0, r, 0, { bold: true });
    b.style(r, 1, r, 1, { numberFormat: NumberFormats.text });
  };
  label(PACK_CYCLE_LABEL, loop.cycle);
  label("Cycles kept", cyclesText(loop));
  label(DROPPED_LABEL, loop.droppedNote ?? "None");
  if (loop.source) label("History read from", loop.source);

  b.heading("Decision log");
  const d = b.table(
    "HistoryDecisions",
    [...DECISION_HEADERS, KEY_HEADER],
    loop.decisions.map((x) => [x.cycle, x.issue, x.decision, x.owner, dueCell(x.due), x.status, x.key]),
  );
  keyColumn(b, d.first, d.last, DECISION_HEADERS.length);
  // Cycle and the typed text stay text (a decision typed as "=..." is not a formula).
  b.style(d.first, 0, d.last, 3, { numberFormat: NumberFormats.text });
  b.style(d.first, 4, d.last, 4, { numberFormat: "yyyy-mm-dd" });
  b.style(d.first, 1, d.last, 2, { wrap: true });
  statusColours(b, rangeAddress(d.first, 5, d.last, 5));

  b.heading("Plan snapshots (per cycle, family and month, as that cycle planned them)");
  const s = b.table(
    "HistorySnapshots",
    [...SNAPSHOT_HEADERS],
    loop.snapshots.map((x) => [x.cycle, x.family, x.period, x.demandPlan, x.supplyPlan, x.projectedInventory, x.revenue]),
  );
  b.style(s.first, 0, s.last, 2, { numberFormat: NumberFormats.text });
  b.formatColumns(s.first, s.last, [
    [3, NumberFormats.units],
    [4, NumberFormats.units],
    [5, NumberFormats.units],
    [6, NumberFormats.money],
  ]);
  b.conditional({ kind: "cellValue", range: rangeAddress(s.first, 5, s.last, 5), operator: "lessThan", values: [0], ...RED });

  return b.sheet({ name: HISTORY_SHEET, columnWidths: [20, 48, 40, 20, 14, 18, 16], tabColor: "#7F7F7F" });
}
