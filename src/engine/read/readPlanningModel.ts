/**
 * Cell grids -> planning model + data-quality findings: the first step of the S&OP cycle (data
 * gathering). Finds the input sheets, reads each into its typed table, checks the sheets against
 * each other, and returns every problem as a finding ordered by sheet and row.
 */
import type { CellGrid } from "../grid";
import { InputError } from "../errors";
import type { Finding, PlanningModel, SheetRole } from "../model";
import type { Settings } from "../settings";
import { checkCapacityHorizon, crossCheckNames, knownPolicyFamilies, type SheetColumns } from "./crossChecks";
import { findSheets } from "./findSheets";
import { NameBook } from "./nameBook";
import { orderFindings } from "./orderFindings";
import { groupFindings } from "./groupFindings";
import { SHEET_NOT_USED } from "./table";
import { demandFamilies, planCalendar } from "./planCalendar";
import { readBillOfResources } from "./readBillOfResources";
import { readCapacity } from "./readCapacity";
import { readDemand } from "./readDemand";
import { readFinance } from "./readFinance";
import { readInventoryPolicy } from "./readInventoryPolicy";
import { readScenarios } from "./readScenarios";
import { readSupply } from "./readSupply";
import { SheetView } from "./sheetView";
import { ROLE_ORDER } from "./synonyms";

export interface ReadResult {
  model: PlanningModel;
  findings: Finding[];
}

type OptionalRole = Exclude<SheetRole, "demand">;

export function readPlanningModel(grids: CellGrid[], settings: Pick<Settings, "sheetNames" | "keyColumns">): ReadResult {
  const found = findSheets(grids, settings);
  const findings: Finding[] = [...found.findings];
  const demandGrid = found.grids.demand;
  if (!demandGrid) {
    const mapped = settings.sheetNames?.demand;
    const names = grids.map((g) => `'${g.sheet}'`).join(", ") || "none";
    const message = mapped
      ? `the sheet '${mapped}' set as Demand is not in the workbook (sheets: ${names})`
      : `no Demand sheet (sheets: ${names}); add a sheet named Demand or choose the demand sheet in the settings`;
    throw new InputError(message, [{ sheet: mapped ?? "Demand", cell: "", severity: "error", message }]);
  }

  const families = new NameBook();
  const keyColumns = settings.keyColumns ?? [];
  const demand = readDemand(new SheetView(demandGrid, keyColumns), families, findings);

  const columns: Partial<Record<OptionalRole, SheetColumns>> = {};
  const sheets: Partial<Record<SheetRole, string>> = { demand: demandGrid.sheet };
  const rejectedSheets: NonNullable<PlanningModel["rejectedSheets"]> = {};
  const leftOutRows: NonNullable<PlanningModel["leftOutRows"]> = {};
  function read<T>(
    role: OptionalRole,
    reader: (v: SheetView, f: Finding[]) => { rows: T[] | null; cols: Map<string, number> },
  ): T[] | null {
    const grid = found.grids[role];
    if (!grid) return null;
    const view = new SheetView(grid, keyColumns);
    const { rows, cols } = reader(view, findings);
    if (view.leftOut.length > 0) leftOutRows[role] = view.leftOut;
    columns[role] = new Map([...cols].map(([field, c]) => [field, view.sheetCol(c)]));
    // A sheet that cannot be used is treated as absent; its finding says why, and the pack repeats it.
    if (rows !== null) sheets[role] = grid.sheet;
    else {
      const why = findings.find((f) => f.sheet === grid.sheet && f.message.endsWith(SHEET_NOT_USED));
      const reason = why ? why.message.slice(0, -SHEET_NOT_USED.length) : "no usable rows";
      rejectedSheets[role] = { sheet: grid.sheet, reason };
    }
    return rows;
  }
  const supply = read("supply", readSupply);
  const capacity = read("capacity", readCapacity);
  const billOfResources = read("billOfResources", readBillOfResources);
  const finance = read("finance", readFinance);
  const scenarios = read("scenarios", readScenarios);
  const policyRows = read("inventoryPolicy", readInventoryPolicy);

  crossCheckNames({ families, supply, capacity, billOfResources, finance, scenarios, columns }, findings);
  const inventoryPolicy =
    policyRows && knownPolicyFamilies(policyRows, families, columns.inventoryPolicy?.get("family"), findings);
  const calendar = planCalendar(demand, supply);
  if (capacity) checkCapacityHorizon(capacity, calendar.planPeriods, columns.capacity?.get("period"), findings);

  const sheetOrder = ROLE_ORDER.map((role) => found.grids[role]?.sheet).filter((s): s is string => !!s);
  return {
    model: {
      ...calendar,
      families: demandFamilies(demand),
      demand,
      supply,
      capacity,
      billOfResources,
      finance,
      scenarios,
      ...(inventoryPolicy ? { inventoryPolicy } : {}),
      sheets,
      ...(Object.keys(rejectedSheets).length > 0 ? { rejectedSheets } : {}),
      ...(Object.keys(leftOutRows).length > 0 ? { leftOutRows } : {}),
    },
    findings: orderFindings(groupFindings(findings), sheetOrder),
  };
}
