/**
 * Finds a table's header row among the first rows of a sheet: tables need not start at A1, and a
 * title or a note above the table is common in planners' workbooks.
 */
import type { CellValue } from "../grid";
import type { SheetView } from "./sheetView";

/** How many rows from the top are searched for the header row. */
export const HEADER_SEARCH_ROWS = 20;

/** What a header cell is: a field name (e.g. "family"), or null when the table does not use it. */
export type HeaderClassifier = (value: CellValue, format: string | null) => string | null;

export interface HeaderMatch {
  /** Grid row of the header. */
  row: number;
  /** Field -> grid columns, in sheet order (most fields have one; forecasts and wide periods several). */
  fields: Map<string, number[]>;
}

/**
 * The first row in which `complete` holds; otherwise the row matching the most fields (so the caller
 * can say which columns are missing); null when no row has any known header.
 */
export function findHeaderRow(
  view: SheetView,
  classify: HeaderClassifier,
  complete: (fields: Map<string, number[]>) => boolean,
): HeaderMatch | null {
  let best: HeaderMatch | null = null;
  let bestScore = 0;
  const rows = Math.min(HEADER_SEARCH_ROWS, view.rowCount);
  for (let r = 0; r < rows; r++) {
    const fields = new Map<string, number[]>();
    const width = view.width(r);
    for (let c = 0; c < width; c++) {
      const field = classify(view.value(r, c), view.format(r, c));
      if (field === null) continue;
      const cols = fields.get(field);
      if (cols) cols.push(c);
      else fields.set(field, [c]);
    }
    if (fields.size === 0) continue;
    if (complete(fields)) return { row: r, fields };
    if (fields.size > bestScore) {
      best = { row: r, fields };
      bestScore = fields.size;
    }
  }
  return best;
}
