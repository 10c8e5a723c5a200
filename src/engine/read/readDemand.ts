/**
 * The Demand sheet, long or wide, into the DemandTable. Demand is the one required sheet: when it
 * cannot be used the run stops with an InputError naming the cell and what to fix.
 */
import type { DemandTable, Finding } from "../model";
import { InputError } from "../errors";
import { findDemandLayout } from "./demandHeader";
import { chooseDemandPlanColumn } from "./forecastColumns";
import { BASELINE_COLUMN } from "../forecast/familyBaselines";
import type { NameBook } from "./nameBook";
import { readDemandLong } from "./readDemandLong";
import { readDemandWide } from "./readDemandWide";
import type { SheetView } from "./sheetView";

export function readDemand(view: SheetView, families: NameBook, findings: Finding[]): DemandTable {
  const layout = findDemandLayout(view);
  const read =
    layout.kind === "long" ? readDemandLong(view, layout, families, findings) : readDemandWide(view, layout, families, findings);
  const headerCell = view.address(layout.headerRow, 0);
  const fail = (problem: string): never => {
    const finding: Finding = { sheet: view.sheet, cell: headerCell, severity: "error", message: problem };
    throw new InputError(`${view.sheet}!${headerCell}: ${problem}`, [...findings, finding]);
  };
  if (read.dataRows === 0) fail("no data rows below the header row; add the demand history and plan");
  if (read.rows.length === 0) {
    const first = findings.find((f) => f.severity === "error");
    fail(
      `none of the ${read.dataRows} data rows can be used${first ? ` (first problem: ${first.sheet}!${first.cell}: ${first.message})` : ""}`,
    );
  }
  // Without a forecast column the statistical baseline is the plan (forecast/baselinePlan.ts names it).
  return {
    sheet: view.sheet,
    forecastColumns: read.forecastColumns,
    demandPlanColumn: read.forecastColumns.length > 0 ? chooseDemandPlanColumn(read.forecastColumns) : BASELINE_COLUMN,
    rows: read.rows,
  };
}
