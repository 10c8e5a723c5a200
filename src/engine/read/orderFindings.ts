/** Findings in the order a planner works through them: by sheet (in S&OP cycle order), then row, then column. */
import { firstCell, parseCellAddress } from "../a1";
import type { Finding } from "../model";

export function orderFindings(findings: Finding[], sheetOrder: string[]): Finding[] {
  const rank = new Map<string, number>();
  sheetOrder.forEach((s, i) => {
    if (!rank.has(s)) rank.set(s, i);
  });
  const keyed = findings.map((f, i) => {
    const at = f.cell ? parseCellAddress(firstCell(f.cell)) : { row: -1, col: -1 };
    return { f, i, sheet: rank.get(f.sheet) ?? sheetOrder.length, row: at.row, col: at.col };
  });
  keyed.sort(
    (a, b) =>
      a.sheet - b.sheet ||
      (a.sheet === sheetOrder.length ? (a.f.sheet < b.f.sheet ? -1 : a.f.sheet > b.f.sheet ? 1 : 0) : 0) ||
      a.row - b.row ||
      a.col - b.col ||
      a.i - b.i,
  );
  return keyed.map((k) => k.f);
}
