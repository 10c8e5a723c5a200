/**
 * Finds the input sheets by name, ignoring case and spaces, with the synonyms planners use
 * ("Routing" for the Bill of Resources); a name mapped in settings takes precedence.
 */
import type { CellGrid } from "../grid";
import type { Finding, SheetRole } from "../model";
import type { Settings } from "../settings";
import { normalizeHeader } from "./normalizeHeader";
import { ROLE_ORDER, SHEET_SYNONYMS } from "./synonyms";

export interface SheetsFound {
  grids: Partial<Record<SheetRole, CellGrid>>;
  findings: Finding[];
}

export function findSheets(grids: CellGrid[], settings: Pick<Settings, "sheetNames">): SheetsFound {
  const byName = new Map<string, CellGrid>();
  for (const g of grids) {
    const key = normalizeHeader(g.sheet);
    if (!byName.has(key)) byName.set(key, g);
  }
  const found: Partial<Record<SheetRole, CellGrid>> = {};
  const findings: Finding[] = [];
  const taken = new Set<CellGrid>();
  for (const role of ROLE_ORDER) {
    const mapped = settings.sheetNames?.[role];
    if (mapped) {
      const g = byName.get(normalizeHeader(mapped));
      if (g) {
        found[role] = g;
        taken.add(g);
      } else if (role !== "demand") {
        // Demand's absence stops the run (readPlanningModel); the others are reported and skipped.
        findings.push({
          sheet: mapped,
          cell: "",
          severity: "warning",
          message: `the sheet '${mapped}' set as ${SHEET_SYNONYMS[role][0]} is not in the workbook; it is skipped`,
        });
      }
    }
  }
  for (const role of ROLE_ORDER) {
    if (found[role] || settings.sheetNames?.[role]) continue;
    for (const name of SHEET_SYNONYMS[role]) {
      const g = byName.get(normalizeHeader(name));
      if (g && !taken.has(g)) {
        found[role] = g;
        taken.add(g);
        break;
      }
    }
  }
  return { grids: found, findings };
}
