/**
 * The "Data Quality" sheet: every finding with its sheet, cell, severity and message, errors first,
 * as a table a planner can filter, with a link from each row to the input cell it is about.
 */
import type { Analysis } from "../../engine/analyze";
import type { Finding } from "../../engine/model";
import { countFindings, SEVERITY_LABEL, SEVERITY_ORDER } from "../../engine/findingCounts";
import type { LinkSpec, ReportValue, SheetSpec } from "../workbookSpec";

/** Errors before warnings before notes (infos), then in the order the readers found them (sheet, row). */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.i - b.i)
    .map(({ f }) => f);
}

export function dataQualitySheet(analysis: Analysis): SheetSpec {
  const findings = sortFindings(analysis.findings);
  const { errors, warnings, infos } = countFindings(findings);
  const headerRow = 3;
  const rows: ReportValue[][] = [
    ["Data Quality"],
    [
      findings.length === 0
        ? "No problems found in the input sheets."
        : `${errors} error(s) and ${warnings} warning(s)${infos > 0 ? `, and ${infos} note(s) on what was done` : ""}. Rows with errors were left out of the analyses; fix them in the input sheets and run again.`,
    ],
    [],
    ["Severity", "Sheet", "Cell", "Problem"],
  ];
  const links: LinkSpec[] = [];
  findings.forEach((f, i) => {
    rows.push([SEVERITY_LABEL[f.severity], f.sheet, f.cell || "(sheet)", f.message]);
    // The link takes the planner to the cell; input sheets are part of the workbook in Excel.
    if (f.cell) links.push({ cell: `C${headerRow + 2 + i}`, sheet: f.sheet, target: f.cell, toInput: true });
  });
  const lastRow = headerRow + Math.max(findings.length, 1);
  if (findings.length === 0) rows.push(["", "", "", ""]);
  return {
    name: "Data Quality",
    rows,
    styles: [
      { range: "A1", bold: true, fontSize: 14 },
      { range: "A2", italic: true },
      // Header rows wrap on every sheet rather than being cut off (SheetBuilder.table does the same).
      { range: `A${headerRow + 1}:D${headerRow + 1}`, wrap: true },
    ],
    tables: [{ name: "DataQuality", range: `A${headerRow + 1}:D${lastRow + 1}`, style: "TableStyleMedium2" }],
    conditionalFormats: [
      { kind: "textEquals", range: `A${headerRow + 2}:A${lastRow + 1}`, text: "Error", fill: "#FFC7CE", fontColor: "#9C0006" },
      { kind: "textEquals", range: `A${headerRow + 2}:A${lastRow + 1}`, text: "Warning", fill: "#FFEB9C", fontColor: "#9C5700" },
    ],
    columnWidths: [10, 20, 10, 100],
    freeze: { rows: headerRow + 1, columns: 0 },
    links,
    tabColor: errors > 0 ? "#C00000" : "#70AD47",
  };
}
