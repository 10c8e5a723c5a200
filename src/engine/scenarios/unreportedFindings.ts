/**
 * The readers already warn about some scenario rows (a family or resource that matches nothing);
 * the scenario engine checks the same rows again because it also takes rows from settings. A row
 * already reported keeps the reader's finding only, so Data Quality lists each problem once.
 */
import { firstCell, parseCellAddress } from "../a1";
import type { Finding } from "../model";

function rowOf(cell: string): number | null {
  try {
    return cell ? parseCellAddress(firstCell(cell)).row : null;
  } catch {
    return null;
  }
}

export function unreportedFindings(existing: readonly Finding[], found: readonly Finding[]): Finding[] {
  const reported = new Set(existing.map((f) => `${f.sheet}\u0000${rowOf(f.cell)}`));
  return found.filter((f) => {
    const row = rowOf(f.cell);
    return row === null || !reported.has(`${f.sheet}\u0000${row}`);
  });
}
