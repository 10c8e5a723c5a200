/**
 * The grids sent to the pack worker (src/hosts/office/rowBlocks.ts): cut into row blocks of about N
 * cells, and put back together whole on the other side.
 */
import { appendRows, gridBlocks, rowRanges } from "../../src/hosts/office/rowBlocks";
import type { CellGrid } from "../../src/engine/grid";

describe("row blocks for the pack worker", () => {
  it("cuts rows into blocks of about the given number of cells", () => {
    // 5 rows of 4 cells, 8 cells a block: rows 0-1 (8 cells), 2-3 (8), 4 (the 4 left).
    const rows = Array.from({ length: 5 }, () => [1, 2, 3, 4]);
    expect(rowRanges(rows, 8)).toEqual([
      [0, 2],
      [2, 4],
      [4, 5],
    ]);
    // A row wider than a block is a block of its own; an empty row counts as one cell.
    expect(rowRanges([[1, 2, 3], [], [1]], 2)).toEqual([
      [0, 1],
      [1, 3],
    ]);
    expect(rowRanges([], 8)).toEqual([[0, 0]]);
  });

  it("puts an input grid back together, values and number formats alike", () => {
    const grid: CellGrid = {
      sheet: "Demand",
      origin: { row: 2, col: 1 },
      values: [
        ["Family", "Period", "Units"],
        ["Kettles", 46023, 120],
        ["Toasters", 46023, { error: "#N/A" }],
      ],
      numberFormats: [
        [null, null, null],
        [null, "yyyy-mm", "#,##0"],
        [null, "yyyy-mm", "#,##0"],
      ],
    };
    const [first, ...rest] = structuredClone(gridBlocks(grid, 3));
    expect(rest).toHaveLength(2);
    const whole = first.block;
    for (const { block } of rest) {
      appendRows(whole.values, block.values);
      appendRows(whole.numberFormats ?? [], block.numberFormats);
    }
    expect(whole).toEqual(grid);
  });
});
