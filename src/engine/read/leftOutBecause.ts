/**
 * Why a family has no usable row in a sheet, in words a planner can act on, to append to a message:
 * " (its row was left out because Finance!C3: 'n/a' is not a number)". Empty when no row of that
 * family was left out (it is then simply not on the sheet).
 */
import type { PlanningModel, SheetRole } from "../model";

export function leftOutBecause(model: PlanningModel, role: SheetRole, family: string, sheet: string): string {
  const row = model.leftOutRows?.[role]?.find((r) => r.family === family);
  return row ? ` (its row was left out because ${sheet}!${row.cell}: ${row.reason})` : "";
}
