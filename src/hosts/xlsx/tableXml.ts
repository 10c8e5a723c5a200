/**
 * A sortable, filterable Excel table as its part (xl/tables/tableN.xml, ECMA-376 Part 1 §18.5). The
 * sheet's cells are written once by the sheet writer; the table part only names the range, its columns
 * and its style.
 */
import { cellAddress, parseRangeAddress } from "../../engine/a1";
import { escapeOoxmlText } from "../../report/excelLimits";
import type { SheetSpec, TableSpec } from "../../report/workbookSpec";
import { XML_DECLARATION } from "./relationships";
import { xmlAttribute } from "./xmlText";

export interface TablePart {
  /** Unique in the package: the table's id and its part's number. */
  id: number;
  path: string;
  name: string;
  style: string;
  /** The header row (0-based) and first column, and the range the table covers. */
  headerRow: number;
  col1: number;
  ref: string;
  /** Column names as stored (escaped for the file), which the header cells must hold exactly. */
  columns: string[];
}

/**
 * The table's columns and range. Excel needs unique, non-empty text headers; like Excel, an empty
 * header becomes "ColumnN" and a repeated one gets a number ("Gap", "Gap2"). A table needs a data row:
 * one with only its header gets one empty row.
 */
export function tablePart(sheet: SheetSpec, table: TableSpec, id: number): TablePart {
  const { row1, col1, row2, col2 } = parseRangeAddress(table.range);
  const seen = new Set<string>();
  const columns: string[] = [];
  for (let c = col1; c <= col2; c++) {
    const base = String(sheet.rows[row1]?.[c] ?? "").trim() || `Column${c - col1 + 1}`;
    let name = base;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${base}${n}`;
    seen.add(name.toLowerCase());
    columns.push(escapeOoxmlText(name));
  }
  const lastRow = Math.max(row2, row1 + 1);
  return {
    id,
    path: `xl/tables/table${id}.xml`,
    name: table.name,
    style: table.style,
    headerRow: row1,
    col1,
    ref: `${cellAddress(row1, col1)}:${cellAddress(lastRow, col2)}`,
    columns,
  };
}

export function tableXml(t: TablePart): string {
  const name = xmlAttribute(t.name);
  const columns = t.columns.map((c, i) => `<tableColumn id="${i + 1}" name="${xmlAttribute(c)}"/>`).join("");
  return (
    `${XML_DECLARATION}<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${t.id}" name="${name}" ` +
    `displayName="${name}" ref="${t.ref}" headerRowCount="1" totalsRowShown="0"><autoFilter ref="${t.ref}"/>` +
    `<tableColumns count="${t.columns.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="${xmlAttribute(t.style)}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}
