/**
 * Repeated findings of one kind in one column become one finding over the range they cover, so a
 * Supply sheet whose Safety Stock column holds "20%" on every row reads as one line
 * ("C2:C33: 32 cells ... such as '20%'"), in the task pane and the Data Quality sheet alike, instead
 * of 32 identical lines that bury the others.
 */
import { columnLetter, parseCellAddress } from "../a1";
import type { Finding } from "../model";

/** Fewer repeats than this stay one finding each: two lines read as easily as one summary. */
export const GROUP_FROM = 3;

/** A message's kind: the message with the cell's own value ('20%', -5, 1.5) taken out. */
function kindOf(message: string): string {
  return message.replace(/'[^']*'/g, "'…'").replace(/-?\d+(\.\d+)?%?/g, "#");
}

function parse(cell: string): { row: number; col: number } | null {
  try {
    return parseCellAddress(cell);
  } catch {
    return null;
  }
}

/**
 * Groups findings of the same sheet, column, severity and kind when there are at least GROUP_FROM of
 * them. The group keeps the first finding's place and text, says how many cells it covers and gives
 * a few of their values; its cell is the column range from the first to the last.
 */
export function groupFindings(findings: readonly Finding[]): Finding[] {
  const groups = new Map<string, { first: number; members: { f: Finding; row: number; col: number }[] }>();
  findings.forEach((f, i) => {
    const at = f.cell ? parse(f.cell) : null;
    if (at === null) return;
    const key = `${f.sheet}\u0000${at.col}\u0000${f.severity}\u0000${kindOf(f.message)}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { first: i, members: [] }));
    g.members.push({ f, row: at.row, col: at.col });
  });
  const grouped = new Map<number, Finding>();
  const dropped = new Set<Finding>();
  for (const g of groups.values()) {
    if (g.members.length < GROUP_FROM) continue;
    const rows = g.members.map((m) => m.row);
    const col = columnLetter(g.members[0].col);
    const range = `${col}${Math.min(...rows) + 1}:${col}${Math.max(...rows) + 1}`;
    const values = [...new Set(g.members.flatMap((m) => m.f.message.match(/'[^']*'/) ?? []))];
    const lead = g.members[0].f;
    const others = values.length > 1 ? ` (values such as ${values.slice(0, 3).join(", ")})` : "";
    grouped.set(g.first, {
      ...lead,
      cell: range,
      message: `${g.members.length} cells in ${range} have the same problem${others}, the first at ${lead.cell}: ${lead.message}`,
    });
    for (const m of g.members) dropped.add(m.f);
  }
  const out: Finding[] = [];
  findings.forEach((f, i) => {
    const group = grouped.get(i);
    if (group) out.push(group);
    else if (!dropped.has(f)) out.push(f);
  });
  return out;
}
