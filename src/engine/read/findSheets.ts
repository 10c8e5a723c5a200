/**
 * Finds the input sheets by name, ignoring case and spaces, with the synonyms planners use
 * ("Routing" for the Bill of Resources); a name mapped in settings takes precedence.
 */
import type { CellGrid } from "../grid";
import type { Finding, SheetRole } from "../model";
import type { Settings } from "../settings";
import { normalizeHeader } from "./normalizeHeader";
import { isPackSheetName, ROLE_ORDER, SHEET_SYNONYMS } from "./synonyms";

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
  findings.push(...lookAlikes(grids, taken, found, settings));
  return { grids: found, findings };
}

/** Words that make a sheet name look like an input sheet of that role ("Demand 2025 (old)"). */
const ROLE_WORDS: Record<SheetRole, string[]> = {
  demand: ["demand", "forecast"],
  supply: ["supply", "production"],
  capacity: ["capacity"],
  billOfResources: ["routing", "billofresource", "resourceprofile"],
  finance: ["finance", "price", "pricing", "budget"],
  scenarios: ["scenario"],
  inventoryPolicy: ["inventory", "safetystock", "leadtime"],
};

/**
 * A sheet whose name looks like an input sheet's but that is not read ("Demand 2025 (old)" beside
 * "Demand"): an info finding, so the planner sees which sheet was used and how to use the other.
 */
function lookAlikes(
  grids: CellGrid[],
  taken: Set<CellGrid>,
  found: Partial<Record<SheetRole, CellGrid>>,
  settings: Pick<Settings, "sheetNames">,
): Finding[] {
  const out: Finding[] = [];
  for (const g of grids) {
    if (taken.has(g) || isPackSheetName(g.sheet)) continue;
    const name = normalizeHeader(g.sheet);
    const role = ROLE_ORDER.find((r) => ROLE_WORDS[r].some((w) => name.includes(w)));
    if (role === undefined) continue;
    const label = SHEET_SYNONYMS[role][0];
    const used = found[role];
    const mapped = settings.sheetNames?.[role];
    out.push({
      sheet: g.sheet,
      cell: "",
      severity: "info",
      message: used
        ? `looks like a ${label} sheet but is not read: the ${label} sheet used is '${used.sheet}'; to use this one instead, choose it as the ${label} sheet in the settings`
        : mapped
          ? `looks like a ${label} sheet but is not read: the settings choose '${mapped}' as the ${label} sheet`
          : `looks like a ${label} sheet but is not read (its name is not one the ${label} sheet is found by); to use it, name it ${label} or choose it as the ${label} sheet in the settings`,
    });
  }
  return out;
}
