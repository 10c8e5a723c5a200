/**
 * Each cell's number format as a sheet's style ranges give it. Both hosts apply a sheet's styles in
 * order, so where two ranges name the same cell the later one wins; this is that rule, once, for the
 * report layer (rounding each number to what its format says it means) and for the Office host
 * (sending each format once per uniform range).
 */
import { parseRangeAddress } from "../engine/a1";
import type { SheetSpec } from "./workbookSpec";

/** A style range as rows and columns (0-based, inclusive), or null when its address does not parse. */
export function styleArea(range: string): ReturnType<typeof parseRangeAddress> | null {
  try {
    return parseRangeAddress(range);
  } catch {
    return null;
  }
}

/**
 * grid[r][c] is the number format of cell (r, c) within `rows` x `cols`, undefined where no style sets
 * one (Excel's General). Ranges reaching past the area are cut to it.
 */
export function numberFormatGrid(sheet: SheetSpec, rows: number, cols: number): (string | undefined)[][] {
  const grid: (string | undefined)[][] = Array.from({ length: rows }, () => new Array<string | undefined>(cols));
  for (const style of sheet.styles ?? []) {
    if (!style.numberFormat) continue;
    const area = styleArea(style.range);
    if (!area) continue;
    const r2 = Math.min(area.row2, rows - 1);
    const c2 = Math.min(area.col2, cols - 1);
    for (let r = area.row1; r <= r2; r++) {
      const row = grid[r];
      for (let c = area.col1; c <= c2; c++) row[c] = style.numberFormat;
    }
  }
  return grid;
}
