/**
 * A grid of per-cell settings (a number format, say) as the fewest rectangles of equal cells this finds
 * cheaply, so each setting goes to Excel once per uniform range instead of once per cell.
 *
 * Two sweeps, the smaller answer kept: runs down each column joined with the same run in the next
 * column (a pack's columns of money or percentages become one rectangle each), and runs along each row
 * joined with the same run in the next row (for sheets laid out by rows). Cells that are undefined are
 * left out (Excel's default); a "free" cell (one whose setting nobody can see, such as an empty cell's
 * number format) is left out too but does not break a run of equal cells across it. Linear in the
 * number of cells.
 */

export interface UniformRange<T> {
  row1: number;
  col1: number;
  row2: number;
  col2: number;
  value: T;
}

type At<T> = (i: number, j: number) => T | undefined;
type Free = (i: number, j: number) => boolean;

/** Runs along j for each i, each joined with the equal run at i - 1 when there is one. */
function sweep<T>(
  outer: number,
  inner: number,
  at: At<T>,
  free: Free,
): { i1: number; i2: number; j1: number; j2: number; value: T }[] {
  const out: { i1: number; i2: number; j1: number; j2: number; value: T }[] = [];
  let open = new Map<T, Map<string, (typeof out)[number]>>();
  for (let i = 0; i < outer; i++) {
    const next = new Map<T, Map<string, (typeof out)[number]>>();
    let j = 0;
    while (j < inner) {
      const value = at(i, j);
      if (value === undefined) {
        j++;
        continue;
      }
      let j2 = j;
      for (let k = j + 1; k < inner; k++) {
        if (at(i, k) === value) j2 = k;
        else if (!free(i, k)) break;
      }
      const key = `${j}:${j2}`;
      let run = open.get(value)?.get(key);
      if (run) run.i2 = i;
      else {
        run = { i1: i, i2: i, j1: j, j2, value };
        out.push(run);
      }
      let byKey = next.get(value);
      if (!byKey) next.set(value, (byKey = new Map()));
      byKey.set(key, run);
      j = j2 + 1;
    }
    open = next;
  }
  return out;
}

/** The defined cells of a rows x cols grid as rectangles of equal values (compared with ===). */
export function uniformRanges<T>(rows: number, cols: number, at: At<T>, free: Free = () => false): UniformRange<T>[] {
  const byColumns = sweep(
    cols,
    rows,
    (c, r) => at(r, c),
    (c, r) => free(r, c),
  ).map((x) => ({
    row1: x.j1,
    row2: x.j2,
    col1: x.i1,
    col2: x.i2,
    value: x.value,
  }));
  const byRows = sweep(rows, cols, at, free);
  if (byRows.length >= byColumns.length) return byColumns;
  return byRows.map((x) => ({ row1: x.i1, row2: x.i2, col1: x.j1, col2: x.j2, value: x.value }));
}
