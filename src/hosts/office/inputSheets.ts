/**
 * Which workbook sheets are input sheets, decided by the engine's own rule (engine/read/findSheets:
 * the sheet mapped in the settings, else the role's name or a synonym, ignoring case and spaces), so
 * the host reads exactly the sheets the engine will use and no others. Sheets the add-in generated are
 * never inputs.
 */
import type { SheetRole } from "../../engine/model";
import type { Settings } from "../../engine/settings";
import { findSheets } from "../../engine/read/findSheets";

export function findInputSheets(
  sheetNames: string[],
  settings: Pick<Settings, "sheetNames">,
  generated: ReadonlySet<string> = new Set(),
): Partial<Record<SheetRole, string>> {
  // Names only: empty grids are enough for the engine to choose the sheets.
  const candidates = sheetNames.filter((n) => !generated.has(n)).map((sheet) => ({ sheet, values: [] }));
  const { grids } = findSheets(candidates, settings);
  const found: Partial<Record<SheetRole, string>> = {};
  for (const [role, grid] of Object.entries(grids) as [SheetRole, { sheet: string }][]) found[role] = grid.sheet;
  return found;
}
