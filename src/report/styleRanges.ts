/**
 * How a sheet's style ranges combine: applied in order, each over the cells it names, so where two
 * ranges name the same cell the later one wins (or, for looks that merge, is applied on top). This is
 * the rule once, for the report layer (each number's format, to round it to what it means), the Office
 * host (each format once per uniform range) and the .xlsx writer (each cell's style index).
 */
import { parseRangeAddress } from "../engine/a1";

export interface CellArea {
  row1: number;
  col1: number;
  row2: number;
  col2: number;
}

/** A style range as rows and columns (0-based, inclusive), or null when its address does not parse. */
export function styleArea(range: string): CellArea | null {
  try {
    return parseRangeAddress(range);
  } catch {
    return null;
  }
}

/** A row-major grid of cells: a plain array or a typed one. */
export interface CellGridArray<T> {
  readonly length: number;
  [index: number]: T;
}

/**
 * Applies `areas` in order over `grid` (row-major, `rows` x `cols`; areas reaching past it are cut to
 * it): each cell of area i becomes apply(its value before, i). Along a row, a run of cells with the
 * same value before costs one call.
 */
export function applyInOrder<T>(
  grid: CellGridArray<T>,
  rows: number,
  cols: number,
  areas: readonly CellArea[],
  apply: (before: T, index: number) => T,
): void {
  areas.forEach(({ row1, col1, row2, col2 }, i) => {
    const lastRow = Math.min(row2, rows - 1);
    const lastCol = Math.min(col2, cols - 1);
    for (let r = Math.max(0, row1); r <= lastRow; r++) {
      const base = r * cols;
      let started = false;
      let lastBefore = grid[base];
      let lastAfter = lastBefore;
      for (let c = Math.max(0, col1); c <= lastCol; c++) {
        const before = grid[base + c];
        if (!started || before !== lastBefore) {
          lastAfter = apply(before, i);
          lastBefore = before;
          started = true;
        }
        grid[base + c] = lastAfter;
      }
    }
  });
}
