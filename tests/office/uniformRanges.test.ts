import { uniformRanges } from "../../src/hosts/office/uniformRanges";

/** Rectangles as "A1:B2=x" strings (0-based rows and columns shown 1-based, columns as letters). */
function show(ranges: ReturnType<typeof uniformRanges<string>>): string[] {
  const col = (c: number) => String.fromCharCode(65 + c);
  return ranges.map((r) => `${col(r.col1)}${r.row1 + 1}:${col(r.col2)}${r.row2 + 1}=${r.value}`).sort();
}

describe("a grid of settings as uniform rectangles", () => {
  test("a table: header row, a text column, two number columns -> three rectangles", () => {
    // Row 1: @ @ @ ; rows 2-4: @ $ $ (one money block B2:C4), column A text all the way down.
    const grid = [
      ["@", "@", "@"],
      ["@", "$", "$"],
      ["@", "$", "$"],
      ["@", "$", "$"],
    ];
    expect(show(uniformRanges(4, 3, (r, c) => grid[r][c]))).toEqual(["A1:A4=@", "B1:C1=@", "B2:C4=$"]);
  });

  test("undefined cells are never covered; free cells may be, without breaking a run", () => {
    // Column A: text, free, text, General (undefined, not free), text.
    const grid = [["@"], [undefined], ["@"], [undefined], ["@"]];
    const free = (r: number) => r === 1;
    expect(show(uniformRanges(5, 1, (r, c) => grid[r][c], free))).toEqual(["A1:A3=@", "A5:A5=@"]);
    // Without the free cell the run breaks there.
    expect(show(uniformRanges(5, 1, (r, c) => grid[r][c]))).toEqual(["A1:A1=@", "A3:A3=@", "A5:A5=@"]);
  });

  test("a sheet laid out by rows is swept by rows: alternating row formats -> one rectangle per row", () => {
    const grid = Array.from({ length: 4 }, (_, r) => Array.from({ length: 6 }, () => (r % 2 ? "%" : "$")));
    expect(show(uniformRanges(4, 6, (r, c) => grid[r][c]))).toEqual(["A1:F1=$", "A2:F2=%", "A3:F3=$", "A4:F4=%"]);
  });
});
