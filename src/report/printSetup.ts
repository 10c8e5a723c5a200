/**
 * Print settings for every sheet of the pack (SPEC "Output": the pack is a meeting document): landscape,
 * one page wide, the header row of the sheet's main table repeated at the top of every printed page and,
 * where it is near the top, frozen on screen. A sheet that says how it prints (the summary) keeps its
 * own settings. The scale is set last, once the columns have their widths (readableLayout.ts).
 */
import { parseRangeAddress } from "../engine/a1";
import type { PageSetupSpec, SheetSpec, WorkbookSpec } from "./workbookSpec";

/** A header further down than this is not frozen: frozen rows would fill the screen. */
const MAX_FROZEN_ROWS = 12;

/** The sheet's main table: the one with the most rows (the one that runs over several pages). */
function mainTableHeaderRow(sheet: SheetSpec): number | null {
  let best: { header: number; rows: number } | null = null;
  for (const t of sheet.tables ?? []) {
    const { row1, row2 } = parseRangeAddress(t.range);
    if (!best || row2 - row1 > best.rows) best = { header: row1, rows: row2 - row1 };
  }
  return best ? best.header : null;
}

export function sheetPrintSetup(sheet: SheetSpec): SheetSpec {
  const header = mainTableHeaderRow(sheet);
  const page: PageSetupSpec = sheet.page ?? {
    orientation: "landscape",
    fit: "width",
    ...(header !== null ? { repeatRows: { first: header, last: header } } : {}),
  };
  const frozenRows = sheet.freeze?.rows ?? 0;
  const freezeHeader = header !== null && frozenRows === 0 && header < MAX_FROZEN_ROWS && !sheet.page;
  return {
    ...sheet,
    page,
    ...(freezeHeader ? { freeze: { rows: header + 1, columns: sheet.freeze?.columns ?? 0 } } : {}),
  };
}

export function withPrintSetup(workbook: WorkbookSpec): WorkbookSpec {
  return { ...workbook, sheets: workbook.sheets.map(sheetPrintSetup) };
}
