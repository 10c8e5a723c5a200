/**
 * The shape every simple input table shares: find the header row, map the columns, read the data
 * rows below it (blank rows skipped), and say plainly when the table cannot be used at all.
 */
import type { CellValue } from "../grid";
import type { Finding } from "../model";
import { findHeaderRow, HEADER_SEARCH_ROWS } from "./findHeaderRow";
import { normalizeHeader } from "./normalizeHeader";
import { RowReader } from "./rowReader";
import { extraKeyColumns } from "./extraKeys";
import type { SheetView } from "./sheetView";
import { headerLookup, type ColumnSpec } from "./synonyms";

export type TableLocation =
  | { ok: true; headerRow: number; cols: Map<string, number> }
  /** Why the table cannot be used, at which cell, and what to fix. */
  | { ok: false; cell: string; problem: string };

export { listLabels } from "./listLabels";
import { listLabels } from "./listLabels";

export function textClassifier(lookup: Map<string, string>) {
  return (v: CellValue): string | null => (typeof v === "string" ? (lookup.get(normalizeHeader(v)) ?? null) : null);
}

export function locateTable(view: SheetView, specs: ColumnSpec[]): TableLocation {
  const required = specs.filter((s) => s.required);
  const match = findHeaderRow(view, textClassifier(headerLookup(specs)), (f) => required.every((s) => f.has(s.field)));
  if (match === null) {
    return {
      ok: false,
      cell: view.address(0, 0),
      problem: `no header row with ${listLabels(required.map((s) => s.label))} in the first ${HEADER_SEARCH_ROWS} rows; add a header row with these columns`,
    };
  }
  const missing = required.filter((s) => !match.fields.has(s.field));
  if (missing.length > 0) {
    const names = listLabels(missing.map((s) => `'${s.label}'`));
    return {
      ok: false,
      cell: view.address(match.row, 0),
      problem: `the header row has no ${names} column; add ${missing.length === 1 ? "it" : "them"} (headers match ignoring case and spaces)`,
    };
  }
  const cols = new Map<string, number>();
  for (const [field, c] of match.fields) cols.set(field, c[0]);
  return { ok: true, headerRow: match.row, cols };
}

export interface RowsRead<T> {
  rows: T[];
  /** Non-blank rows below the header, usable or not. */
  dataRows: number;
}

/** Reads each non-blank row below the header; a row whose cells had an error is left out. */
export function readRows<T>(
  view: SheetView,
  headerRow: number,
  cols: Map<string, number>,
  findings: Finding[],
  readRow: (reader: RowReader) => T | null,
): RowsRead<T> {
  const reader = new RowReader(view, cols, findings);
  reader.headerRow = headerRow;
  reader.extraKeys = extraKeyColumns(view, headerRow, cols.values(), view.keyColumns);
  const tableCols = [...cols.values()];
  const rows: T[] = [];
  let dataRows = 0;
  for (let r = headerRow + 1; r < view.rowCount; r++) {
    if (view.isBlankRow(r, tableCols)) continue;
    dataRows++;
    reader.begin(r);
    const row = readRow(reader);
    if (row !== null && !reader.rowFailed) rows.push(row);
    else if (reader.family !== null && reader.firstError !== null) {
      const reason = reader.firstError.message.replace(/; (the|this later) row is left out$/, "");
      view.leftOut.push({ family: reader.family, period: reader.periodRead ?? undefined, cell: reader.firstError.cell, reason });
    }
  }
  return { rows, dataRows };
}

/**
 * An optional sheet (Supply, Capacity, ...): when it cannot be used at all, one error finding says
 * why and the sheet is treated as absent (null), so the analyses that need it are skipped.
 */
/** How every finding that rejects a whole optional sheet ends (the reason comes before it). */
export const SHEET_NOT_USED = "; the sheet is not used";

export function readOptionalTable<T>(
  view: SheetView,
  specs: ColumnSpec[],
  findings: Finding[],
  readRow: (reader: RowReader) => T | null,
): { rows: T[] | null; cols: Map<string, number> } {
  const where = locateTable(view, specs);
  if (!where.ok) {
    findings.push({ sheet: view.sheet, cell: where.cell, severity: "error", message: `${where.problem}${SHEET_NOT_USED}` });
    return { rows: null, cols: new Map() };
  }
  const { rows, dataRows } = readRows(view, where.headerRow, where.cols, findings, readRow);
  const headerCell = view.address(where.headerRow, 0);
  if (dataRows === 0) {
    findings.push({
      sheet: view.sheet,
      cell: headerCell,
      severity: "error",
      message: `no data rows below the header row${SHEET_NOT_USED}`,
    });
    return { rows: null, cols: where.cols };
  }
  if (rows.length === 0) {
    findings.push({
      sheet: view.sheet,
      cell: headerCell,
      severity: "error",
      message: `none of the ${dataRows} data rows can be used (see the findings below)${SHEET_NOT_USED}`,
    });
    return { rows: null, cols: where.cols };
  }
  return { rows, cols: where.cols };
}
