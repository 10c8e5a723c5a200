/**
 * Each cell's number format as a sheet's style ranges give it, the later range winning (styleRanges.ts):
 * for the report layer (rounding each number to what its format says it means) and for the Office host
 * (sending each format once per uniform range).
 */
import type { SheetSpec } from "./workbookSpec";
import { applyInOrder, styleArea, type CellArea } from "./styleRanges";

/**
 * grid[r][c] is the number format of cell (r, c) within `rows` x `cols`, undefined where no style sets
 * one (Excel's General). Ranges reaching past the area are cut to it.
 */
export function numberFormatGrid(sheet: SheetSpec, rows: number, cols: number): (string | undefined)[][] {
  const areas: CellArea[] = [];
  const formats: string[] = [];
  for (const style of sheet.styles ?? []) {
    if (!style.numberFormat) continue;
    const area = styleArea(style.range);
    if (!area) continue;
    areas.push(area);
    formats.push(style.numberFormat);
  }
  const flat = new Array<string | undefined>(rows * cols);
  applyInOrder(flat, rows, cols, areas, (_before, i) => formats[i]);
  return Array.from({ length: rows }, (_, r) => flat.slice(r * cols, (r + 1) * cols));
}
