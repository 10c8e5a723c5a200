/**
 * Cuts an input grid into row blocks for the trip to the pack worker (packWorker.ts). Posting a
 * message serialises it in one task of the pane's UI thread; at 2,000 families the Demand sheet is
 * hundreds of thousands of cells, so it would be one long task. Blocks of about 5,000 cells keep each
 * task short; counting cells, not JSON bytes, keeps the cutting itself cheap on that thread.
 */
import type { CellGrid } from "../../engine/grid";

export const CELLS_PER_BLOCK = 5_000;

/** [from, to) row ranges of about `cells` cells each (at least one row each; one empty range for no rows). */
export function rowRanges(rows: readonly (readonly unknown[] | undefined)[], cells = CELLS_PER_BLOCK): [number, number][] {
  const ranges: [number, number][] = [];
  let from = 0;
  let count = 0;
  for (let r = 0; r < rows.length; r++) {
    count += Math.max(1, rows[r]?.length ?? 0);
    if (count >= cells) {
      ranges.push([from, r + 1]);
      from = r + 1;
      count = 0;
    }
  }
  if (from < rows.length || ranges.length === 0) ranges.push([from, rows.length]);
  return ranges;
}

/** An input grid in row blocks: the first carries the origin, the rest only values and formats. */
export function gridBlocks(grid: CellGrid, cells = CELLS_PER_BLOCK): { from: number; block: CellGrid }[] {
  return rowRanges(grid.values, cells).map(([from, to]) => {
    const rows = { values: grid.values.slice(from, to), numberFormats: grid.numberFormats?.slice(from, to) };
    return { from, block: from === 0 ? { ...grid, ...rows } : { sheet: grid.sheet, ...rows } };
  });
}

/** Appends a later block's rows to what the first block started. */
export function appendRows<T>(into: T[], rows: readonly T[] | undefined): void {
  if (rows) for (const row of rows) into.push(row);
}
