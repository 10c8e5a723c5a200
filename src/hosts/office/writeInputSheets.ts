/**
 * Writes sample or template input sheets (src/sample) into the open workbook: one round trip to check
 * the names are free, one to write. Never overwrites: if the workbook already has a sheet of that name
 * (case-insensitive), nothing is written and the message says which.
 */
import type { SampleSheet } from "../../sample/sampleSheet";
import type { SheetSpec } from "../../report/workbookSpec";
import { columnLetter } from "../../engine/a1";
import type { ExcelContext, WorksheetLike } from "./excelApi";
import { renderSheet } from "./renderSheet";
import { RequestBudget } from "./requestBudget";

/** Rows below the header that get the column formats in an empty template, so typed data is formatted. */
const TEMPLATE_ROWS = 500;

/** A sample or template sheet as a sheet description: the header row (the first full-width row; the
 * template has a title and an explanation above it) in bold and frozen, column formats below it. */
export function sampleSheetSpec(sheet: SampleSheet): SheetSpec {
  const width = sheet.rows.reduce((m, r) => Math.max(m, r.length), 0);
  const header = Math.max(
    0,
    sheet.rows.findIndex((r) => r.length === width),
  );
  const last = Math.max(sheet.rows.length, header + 1 + TEMPLATE_ROWS);
  const styles: SheetSpec["styles"] = [
    { range: `A${header + 1}:${columnLetter(Math.max(0, width - 1))}${header + 1}`, bold: true },
  ];
  for (const [col, format] of Object.entries(sheet.columnFormats ?? {})) {
    const letter = columnLetter(Number(col));
    styles.push({ range: `${letter}${header + 2}:${letter}${last}`, numberFormat: format });
  }
  return {
    name: sheet.name,
    rows: sheet.rows,
    styles,
    freeze: { rows: header + 1, columns: 0 },
    columnWidths: Array.from({ length: width }, (_, c) =>
      Math.min(
        40,
        Math.max(
          10,
          ...sheet.rows.slice(header, header + 50).map((r) => (typeof r[c] === "string" ? (r[c] as string).length + 2 : 10)),
        ),
      ),
    ),
  };
}

export async function writeInputSheets(context: ExcelContext, sheets: SampleSheet[]): Promise<string[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const taken = new Set(worksheets.items.map((ws) => ws.name.toLowerCase()));
  const clash = sheets.find((s) => taken.has(s.name.toLowerCase()));
  if (clash) {
    throw new Error(
      `The workbook already has a sheet named "${clash.name}". Nothing was written: insert into a new, empty workbook, or rename that sheet first.`,
    );
  }
  const added: WorksheetLike[] = [];
  try {
    const budget = new RequestBudget(() => context.sync());
    for (const sheet of sheets) {
      const ws = worksheets.add(sheet.name);
      added.push(ws);
      await renderSheet(ws, sampleSheetSpec(sheet), { budget, sheetName: (n) => n, temporaryTableName: (n) => n });
    }
    if (added.length > 0) added[0].activate();
    await context.sync();
  } catch (error) {
    // Leave no half-written input sheets behind.
    try {
      worksheets.load("items/name");
      await context.sync();
      const ours = new Set(sheets.map((s) => s.name.toLowerCase()));
      for (const ws of worksheets.items) if (ours.has(ws.name.toLowerCase())) ws.delete();
      await context.sync();
    } catch {
      // Nothing more can be done; the first error says what went wrong.
    }
    throw error;
  }
  return sheets.map((s) => s.name);
}
