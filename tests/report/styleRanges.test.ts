/**
 * The style-range rule both hosts share: ranges apply in order, a later one over an earlier one, cut
 * to the written area. Worked by hand on a 3 x 3 grid.
 */
import { applyInOrder, styleArea } from "../../src/report/styleRanges";
import { numberFormatGrid } from "../../src/report/numberFormatGrid";
import type { SheetSpec } from "../../src/report/workbookSpec";

describe("style ranges applied in order", () => {
  it("gives a cell named by two ranges the later one's format, and cuts ranges to the area", () => {
    const sheet: SheetSpec = {
      name: "T",
      rows: [],
      styles: [
        { range: "A1:C3", numberFormat: "0" },
        { range: "B2:D9", numberFormat: "0.0%" }, // reaches past the 3 x 3 area
        { range: "C3", numberFormat: "$#,##0" },
        { range: "not a range", numberFormat: "@" }, // ignored, not thrown
      ],
    };
    expect(numberFormatGrid(sheet, 3, 3)).toEqual([
      ["0", "0", "0"],
      ["0", "0.0%", "0.0%"],
      ["0", "0.0%", "$#,##0"],
    ]);
  });

  it("applies a merging look on top of what the cell had, once per run of equal cells", () => {
    // Bits: 1 = bold (A1:B1), 2 = fill (B1:C2). B1 ends with both; each run of equal 'before' values
    // along a row costs one call: row 1 of the first range is one run, of the second two (B1, C1).
    const grid = new Uint32Array(2 * 3);
    const calls: string[] = [];
    const bits = [1, 2];
    applyInOrder(grid, 2, 3, [styleArea("A1:B1")!, styleArea("B1:C2")!], (before, i) => {
      calls.push(`${before}+${bits[i]}`);
      return before | bits[i];
    });
    expect(Array.from(grid)).toEqual([1, 3, 2, 0, 2, 2]);
    expect(calls).toEqual(["0+1", "1+2", "0+2", "0+2"]);
  });
});
