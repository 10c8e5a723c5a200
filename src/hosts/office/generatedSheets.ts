/**
 * The marker that says which sheets the add-in generated: a workbook setting (stored in the file)
 * listing each generated sheet's id, the pack sheet it holds and the Excel tables on it.
 *
 * Worksheet ids stay the same when a sheet is renamed or moved, so regenerating finds its own sheets
 * even under another name, and never mistakes a user's sheet called "Gap Table" for one of ours.
 */
import type { ExcelContext, SettingLike } from "./excelApi";

export const GENERATED_SHEETS_KEY = "SOPPrep.GeneratedSheets";

export interface GeneratedSheet {
  /** Worksheet id (Office.js `worksheet.id`). */
  id: string;
  /** The pack sheet it holds ("Gap Table"), whatever its name in the workbook. */
  packName: string;
  /** Excel tables the add-in created on it (their names must stay unique in the workbook). */
  tables: string[];
}

export interface GeneratedSheetsMarker {
  version: 1;
  sheets: GeneratedSheet[];
}

/** Queues the marker's load; read it with `parseMarker(setting)` after the next sync. */
export function loadMarker(context: ExcelContext): SettingLike {
  const setting = context.workbook.settings.getItemOrNullObject(GENERATED_SHEETS_KEY);
  setting.load("value");
  return setting;
}

/** The loaded marker; an absent or unreadable one means no sheet is known to be generated. */
export function parseMarker(setting: SettingLike): GeneratedSheetsMarker {
  if (setting.isNullObject) return { version: 1, sheets: [] };
  try {
    const raw = typeof setting.value === "string" ? JSON.parse(setting.value) : setting.value;
    const sheets = Array.isArray(raw?.sheets) ? raw.sheets : [];
    return {
      version: 1,
      sheets: sheets
        .filter(
          (s: unknown): s is GeneratedSheet =>
            typeof (s as GeneratedSheet)?.id === "string" && typeof (s as GeneratedSheet)?.packName === "string",
        )
        .map((s: GeneratedSheet) => ({
          id: s.id,
          packName: s.packName,
          tables: Array.isArray(s.tables) ? s.tables.filter((t) => typeof t === "string") : [],
        })),
    };
  } catch {
    return { version: 1, sheets: [] };
  }
}

/** Queues the marker's save (stored with the workbook when it is saved). */
export function saveMarker(context: ExcelContext, marker: GeneratedSheetsMarker): void {
  context.workbook.settings.add(GENERATED_SHEETS_KEY, JSON.stringify(marker));
}
