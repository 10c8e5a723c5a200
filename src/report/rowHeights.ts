/**
 * How tall a row prints. The .xlsx cannot ask its reader to autofit (LibreOffice keeps the default
 * height, so long exception texts overlapped), so rows with wrapped text get a height that shows all
 * their lines, estimated from the text length and the column width; the summary uses the same
 * estimate to decide how many exceptions fit on its first page.
 */
import { parseRangeAddress } from "../engine/a1";
import type { SheetSpec } from "./workbookSpec";

/** Excel's default column width in characters, and the height of one line of 11-point text in points. */
export const DEFAULT_WIDTH = 8.43;
export const LINE_HEIGHT = 15;

/** Characters of width from column `from` to `to`, inclusive (a column without a width: Excel's default). */
export function widthBetween(widths: number[] | undefined, from: number, to: number): number {
  let width = 0;
  for (let c = from; c <= to; c++) width += widths?.[c] || DEFAULT_WIDTH;
  return width;
}

/** Row (0-based) -> height in points, for the rows whose wrapped text needs more than one line. */
export function wrappedRowHeights(spec: SheetSpec): Map<number, number> {
  const heights = new Map<number, number>();
  // A merged cell wraps across all its columns.
  const mergedWidth = new Map<string, number>();
  for (const m of spec.merges ?? []) {
    const { row1, col1, col2 } = parseRangeAddress(m);
    mergedWidth.set(`${row1},${col1}`, widthBetween(spec.columnWidths, col1, col2));
  }
  for (const style of spec.styles ?? []) {
    if (!style.wrap) continue;
    const { row1, col1, row2, col2 } = parseRangeAddress(style.range);
    for (let r = row1; r <= Math.min(row2, spec.rows.length - 1); r++) {
      let lines = 1;
      for (let c = col1; c <= col2; c++) {
        const v = spec.rows[r]?.[c];
        if (v === null || v === undefined) continue;
        const width = Math.max(1, (mergedWidth.get(`${r},${c}`) ?? (spec.columnWidths?.[c] || DEFAULT_WIDTH)) - 1);
        lines = Math.max(lines, Math.ceil(String(v).length / width));
      }
      if (lines > 1) heights.set(r, Math.max(heights.get(r) ?? 0, Math.min(409, lines * LINE_HEIGHT)));
    }
  }
  return heights;
}
