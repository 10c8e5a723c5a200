/**
 * The "S&OP Summary" sheet: what was read (sheets, families, periods, the demand plan column), what was
 * skipped and why, the data-quality count, and links to every sheet of the pack.
 */
import type { Analysis } from "../../engine/analyze";
import type { SheetRole } from "../../engine/model";
import type { LinkSpec, RangeStyle, ReportValue, SheetSpec } from "../workbookSpec";

const ROLE_LABELS: Record<SheetRole, string> = {
  demand: "Demand",
  supply: "Supply",
  capacity: "Capacity",
  billOfResources: "Bill of Resources",
  finance: "Finance",
  scenarios: "Scenarios",
};

function rowCount(analysis: Analysis, role: SheetRole): number {
  const m = analysis.model;
  switch (role) {
    case "demand":
      return m.demand.rows.length;
    case "supply":
      return m.supply?.length ?? 0;
    case "capacity":
      return m.capacity?.length ?? 0;
    case "billOfResources":
      return m.billOfResources?.length ?? 0;
    case "finance":
      return m.finance?.length ?? 0;
    case "scenarios":
      return m.scenarios?.length ?? 0;
  }
}

function span(periods: string[]): string {
  return periods.length === 0 ? "none" : `${periods[0]} to ${periods[periods.length - 1]} (${periods.length} months)`;
}

/**
 * @param packSheets the names of the pack's other sheets, in order, for the contents links.
 */
export function summarySheet(analysis: Analysis, packSheets: string[]): SheetSpec {
  const { model, findings, skipped } = analysis;
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.length - errors;
  const rows: ReportValue[][] = [];
  const styles: RangeStyle[] = [];
  const links: LinkSpec[] = [];
  const heading = (text: string) => {
    rows.push([]);
    rows.push([text]);
    styles.push({ range: `A${rows.length}`, bold: true, fontSize: 12, fontColor: "#1F4E79" });
  };

  rows.push(["S&OP Summary: pre-S&OP pack"]);
  styles.push({ range: "A1", bold: true, fontSize: 16 });
  rows.push([`${model.families.length} families; history ${span(model.historyPeriods)}; plan ${span(model.planPeriods)}.`]);
  rows.push([`Demand plan used downstream: ${model.demand.demandPlanColumn}.`]);
  rows.push([
    errors + warnings === 0
      ? "Data quality: no problems found."
      : `Data quality: ${errors} error(s), ${warnings} warning(s): see Data Quality.`,
  ]);
  if (errors + warnings > 0) links.push({ cell: `A${rows.length}`, sheet: "Data Quality", target: "A1" });

  heading("Input sheets read");
  rows.push(["Input", "Sheet", "Rows used", "Status"]);
  styles.push({ range: `A${rows.length}:D${rows.length}`, bold: true, fill: "#DDEBF7" });
  (Object.keys(ROLE_LABELS) as SheetRole[]).forEach((role) => {
    const sheet = model.sheets[role];
    rows.push([ROLE_LABELS[role], sheet ?? "(not found)", sheet ? rowCount(analysis, role) : 0, sheet ? "Read" : role === "demand" ? "Missing" : "Not provided"]);
  });

  heading("Analyses skipped");
  if (skipped.length === 0) rows.push(["None: every analysis had the sheets it needs."]);
  for (const s of skipped) rows.push([s.analysis, s.reason]);

  heading("Contents");
  for (const name of packSheets) {
    rows.push([name]);
    links.push({ cell: `A${rows.length}`, sheet: name, target: "A1" });
  }

  return {
    name: "S&OP Summary",
    rows,
    styles,
    columnWidths: [34, 28, 12, 14],
    links,
    tabColor: "#1F4E79",
  };
}
