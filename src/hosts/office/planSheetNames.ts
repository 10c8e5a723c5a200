/**
 * Names for a new pack in the open workbook. The sheets the add-in generated earlier for the same
 * pack sheets are replaced; every other sheet keeps its name, so where a user's own sheet already has
 * a generated name ("Gap Table") ours becomes "Gap Table (2)". Excel tables get the same treatment
 * (table names are unique across the workbook).
 */
import type { GeneratedSheet, GeneratedSheetsMarker } from "./generatedSheets";

/** Excel's limit on sheet names. */
export const MAX_SHEET_NAME = 31;

export interface ExistingSheet {
  id: string;
  name: string;
}

export interface NamePlan {
  /** Pack sheet name -> the name it will have once the new pack is swapped in. */
  sheetNames: Record<string, string>;
  /** Pack table name -> the table's final name. */
  tableNames: Record<string, string>;
  /** Generated sheets of an earlier run that the new pack replaces (deleted at the swap). */
  replaced: GeneratedSheet[];
  /** Generated sheets of an earlier run that stay (a run of only some steps keeps the others). */
  kept: GeneratedSheet[];
}

/** "Gap Table" taken -> "Gap Table (2)", cut so the name stays within 31 characters. */
export function uniqueName(
  base: string,
  taken: (name: string) => boolean,
  maxLength = MAX_SHEET_NAME,
  suffix = (n: number) => ` (${n})`,
): string {
  const first = base.slice(0, maxLength);
  if (!taken(first)) return first;
  for (let n = 2; ; n++) {
    const s = suffix(n);
    const name = `${base.slice(0, maxLength - s.length)}${s}`;
    if (!taken(name)) return name;
  }
}

export function planSheetNames(
  pack: { name: string; tables: string[] }[],
  existing: ExistingSheet[],
  marker: GeneratedSheetsMarker,
  workbookTables: string[],
): NamePlan {
  const packNames = new Set(pack.map((s) => s.name.toLowerCase()));
  const existingIds = new Set(existing.map((s) => s.id));
  const ours = marker.sheets.filter((g) => existingIds.has(g.id));
  const replaced = ours.filter((g) => packNames.has(g.packName.toLowerCase()));
  const kept = ours.filter((g) => !packNames.has(g.packName.toLowerCase()));
  const replacedIds = new Set(replaced.map((g) => g.id));

  const takenSheets = new Set(existing.filter((s) => !replacedIds.has(s.id)).map((s) => s.name.toLowerCase()));
  const sheetNames: Record<string, string> = {};
  for (const sheet of pack) {
    const name = uniqueName(sheet.name, (n) => takenSheets.has(n.toLowerCase()));
    takenSheets.add(name.toLowerCase());
    sheetNames[sheet.name] = name;
  }

  const freed = new Set(replaced.flatMap((g) => g.tables.map((t) => t.toLowerCase())));
  const takenTables = new Set(workbookTables.map((t) => t.toLowerCase()).filter((t) => !freed.has(t)));
  const tableNames: Record<string, string> = {};
  for (const table of pack.flatMap((s) => s.tables)) {
    const name = uniqueName(
      table,
      (n) => takenTables.has(n.toLowerCase()),
      255,
      (n) => `_${n}`,
    );
    takenTables.add(name.toLowerCase());
    tableNames[table] = name;
  }
  return { sheetNames, tableNames, replaced, kept };
}
