/**
 * The workbook part (xl/workbook.xml, ECMA-376 Part 1 §18.2): the sheets in order and each sheet's
 * print area and print titles as defined names; and the document properties (docProps).
 */
import type { SheetSpec } from "../../report/workbookSpec";
import { XML_DECLARATION } from "./relationships";
import { xmlAttribute, xmlText } from "./xmlText";

/**
 * A sheet name as a reference writes it: always quoted, an apostrophe in the name doubled
 * ("Scen - Bob's case" -> 'Scen - Bob''s case'). Quoting every name also keeps one that looks like a
 * cell ("Q1") from being read as one.
 */
export function quotedSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** "A1:Q60" -> "$A$1:$Q$60", the absolute reference a print area is. */
function absolute(range: string): string {
  return range.replace(/\$?([A-Z]+)\$?(\d+)/g, "$$$1$$$2");
}

/** Defined-name text escaped as ExcelJS and Excel write it (apostrophes as &apos;). */
function nameText(formula: string): string {
  return xmlText(formula).replace(/'/g, "&apos;");
}

function definedNames(sheets: SheetSpec[]): string {
  const names: string[] = [];
  sheets.forEach((sheet, i) => {
    const page = sheet.page;
    if (!page) return;
    const quoted = quotedSheetName(sheet.name);
    if (page.printArea) {
      names.push(
        `<definedName name="_xlnm.Print_Area" localSheetId="${i}">${nameText(`${quoted}!${absolute(page.printArea)}`)}</definedName>`,
      );
    }
    if (page.repeatRows) {
      const rows = `$${page.repeatRows.first + 1}:$${page.repeatRows.last + 1}`;
      names.push(`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${nameText(`${quoted}!${rows}`)}</definedName>`);
    }
  });
  return names.length > 0 ? `<definedNames>${names.join("")}</definedNames>` : "";
}

/** The workbook part; sheet i's part is relationship rId(i+1). */
export function workbookXml(sheets: SheetSpec[]): string {
  const items = sheets.map((s, i) => `<sheet name="${xmlAttribute(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("");
  return (
    `${XML_DECLARATION}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    `<workbookPr/><bookViews><workbookView activeTab="0"/></bookViews><sheets>${items}</sheets>${definedNames(sheets)}<calcPr calcId="191029"/></workbook>`
  );
}

/** docProps/core.xml: who made the file and when. */
export function corePropertiesXml(now: Date): string {
  const when = now.toISOString().replace(/\.\d{3}Z$/, "Z");
  return (
    `${XML_DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    `xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:creator>S&amp;OP Prep</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`
  );
}

/** docProps/app.xml: the application that wrote the file. */
export function appPropertiesXml(): string {
  return `${XML_DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>S&amp;OP Prep</Application></Properties>`;
}
