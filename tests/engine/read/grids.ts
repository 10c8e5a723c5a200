/** Small hand-made input sheets for the reader tests. */
import type { CellGrid, CellValue } from "../../../src/engine/grid";
import { resolveSettings } from "../../../src/engine/settings";

export function grid(sheet: string, values: CellValue[][], extra: Partial<CellGrid> = {}): CellGrid {
  return { sheet, values, ...extra };
}

export const settings = resolveSettings();

/** A minimal long Demand sheet: 2 months of history and 1 month of plan for one family. */
export function demandLong(): CellGrid {
  return grid("Demand", [
    ["Family", "Period", "Actual", "Consensus Forecast"],
    ["Widgets", "2026-01", 100, 110],
    ["Widgets", "2026-02", 120, 115],
    ["Widgets", "2026-03", null, 130],
  ]);
}

/** Just sheet, cell and severity: what a planner checks first. */
export function where(findings: { sheet: string; cell: string; severity: string }[]) {
  return findings.map((f) => `${f.sheet}!${f.cell} ${f.severity}`);
}
