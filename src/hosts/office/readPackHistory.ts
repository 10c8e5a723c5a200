/**
 * Before the pack in the workbook is replaced, reads back what it carries for the next cycle: the
 * S&OP History sheet and the S&OP Summary (whose agenda holds the Decision / Owner / Due the meeting
 * typed). Found through the generated-sheets marker, so a renamed pack sheet is still ours and a
 * user's own sheet with the same name is never taken for it. One round trip; the engine parses them.
 */
import type { CellGrid } from "../../engine/grid";
import { HISTORY_SHEET, type PreviousPack, SUMMARY_SHEET_NAME } from "../../engine/history";
import { parseRangeAddress } from "../../engine/a1";
import type { ExcelContext, RangeLike } from "./excelApi";
import { fromExcelValue } from "./cellValues";
import type { WorkbookInputs } from "./readInputGrids";
import { stripSheetName } from "./readInputGrids";

export const WORKBOOK_PACK_SOURCE = "the pack already in this workbook";

/** null when the workbook holds no generated history or summary (the first run). */
export async function readPackHistory(
  context: ExcelContext,
  inputs: Pick<WorkbookInputs, "marker" | "namesById">,
): Promise<PreviousPack | null> {
  const wanted = [HISTORY_SHEET, SUMMARY_SHEET_NAME]
    .map((packName) => {
      const entry = inputs.marker.sheets.find((s) => s.packName === packName);
      const name = entry ? inputs.namesById.get(entry.id) : undefined;
      return name ? { packName, name } : null;
    })
    .filter((w): w is { packName: string; name: string } => w !== null);
  if (wanted.length === 0) return null;
  const ranges = wanted.map((w) => {
    const range: RangeLike = context.workbook.worksheets.getItemOrNullObject(w.name).getUsedRangeOrNullObject(true);
    range.load("address,values,numberFormat");
    return { ...w, range };
  });
  await context.sync();
  const grid = (packName: string): CellGrid | null => {
    const found = ranges.find((r) => r.packName === packName);
    if (!found || found.range.isNullObject) return null;
    const { row1, col1 } = parseRangeAddress(stripSheetName(found.range.address));
    return {
      sheet: found.name,
      values: found.range.values.map((row) => row.map(fromExcelValue)),
      numberFormats: found.range.numberFormat.map((row) =>
        row.map((f: unknown) => (typeof f === "string" && f !== "General" ? f : null)),
      ),
      origin: { row: row1, col: col1 },
    };
  };
  return { source: WORKBOOK_PACK_SOURCE, history: grid(HISTORY_SHEET), summary: grid(SUMMARY_SHEET_NAME) };
}
