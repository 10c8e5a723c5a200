/**
 * Tables in the written pack: the writer puts the sheet's cells down once and the table only names
 * the range, so what a planner sees in each table is exactly the sheet description, gaps included.
 */
import ExcelJS from "exceljs";
import { XMLParser } from "fast-xml-parser";
import JSZip from "jszip";
import { writePackXlsx } from "../../src/hosts/xlsx/writePackXlsx";
import type { WorkbookSpec } from "../../src/report/workbookSpec";

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

function tableRef(ws: ExcelJS.Worksheet, name: string): string {
  return (ws.getTable(name) as unknown as { table: { tableRef: string } }).table.tableRef;
}

describe("tables in the written pack", () => {
  const spec: WorkbookSpec = {
    sheets: [
      {
        name: "Gap Table",
        rows: [
          ["Family", "Gap", "Gap"],
          ["Kettles", -120, null],
          ["Toasters", null, 40],
        ],
        styles: [{ range: "B2:C3", numberFormat: "#,##0" }],
        tables: [{ name: "GapTable", range: "A1:C3", style: "TableStyleMedium2" }],
      },
      {
        name: "Data Quality",
        rows: [["Severity", "Problem"]],
        tables: [{ name: "DataQuality", range: "A1:B1", style: "TableStyleLight9" }],
      },
    ],
  };

  it("keeps every data cell as described, empty cells empty, and gives a repeated header a number", async () => {
    const ws = (await load(await writePackXlsx(spec))).getWorksheet("Gap Table")!;
    expect(tableRef(ws, "GapTable")).toBe("A1:C3");
    expect([1, 2, 3].map((c) => ws.getRow(1).getCell(c).value)).toEqual(["Family", "Gap", "Gap2"]);
    expect(ws.getCell("A2").value).toBe("Kettles");
    expect(ws.getCell("B2").value).toBe(-120);
    expect(ws.getCell("B2").numFmt).toBe("#,##0");
    expect(ws.getCell("C2").value).toBeNull();
    expect(ws.getCell("B3").value).toBeNull();
    expect(ws.getCell("C3").value).toBe(40);
    expect(ws.getCell("C3").numFmt).toBe("#,##0");
  });

  it("gives a table with no data rows one empty row, as Excel requires", async () => {
    const ws = (await load(await writePackXlsx(spec))).getWorksheet("Data Quality")!;
    expect(tableRef(ws, "DataQuality")).toBe("A1:B2");
    expect(ws.getCell("A1").value).toBe("Severity");
    expect(ws.getCell("A2").value).toBeNull();
    expect(ws.getCell("B2").value).toBeNull();
  });

  it("names a column whose header holds a line break or a tab exactly as its header cell, as XML reads it", async () => {
    // A literal line break in an attribute is read as a space (XML 1.0 §3.3.3): the column would be
    // "Consensus Forecast", its header cell "Consensus⏎Forecast", and Excel would remove the table.
    const bytes = await writePackXlsx({
      sheets: [
        {
          name: "Plans",
          rows: [
            ["Consensus\nForecast", "Sales\tPlan", "Ops\r\nPlan"],
            [1, 2, 3],
          ],
          tables: [{ name: "Plans", range: "A1:C2", style: "TableStyleMedium2" }],
        },
      ],
    });
    const zip = await JSZip.loadAsync(bytes);
    const parser = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: "",
      isArray: (n) => n === "tableColumn" || n === "si",
    });
    const table = parser.parse(await zip.file("xl/tables/table1.xml")!.async("string"));
    const names = (table.table.tableColumns.tableColumn as { name: string }[]).map((c) => c.name);
    // fast-xml-parser does not normalise attribute whitespace itself: any literal tab or break left is one XML would.
    expect(names.every((n) => !/[\t\n\r]/.test(n.replace(/&#(9|10|13);/g, "")))).toBe(true);
    const decode = (n: string) => n.replace(/&#(\d+);/g, (_m, d: string) => String.fromCharCode(Number(d)));
    expect(names.map(decode)).toEqual(["Consensus\nForecast", "Sales\tPlan", "Ops\r\nPlan"]);
    const ws = (await load(bytes)).getWorksheet("Plans")!;
    expect(ws.getCell("A1").value).toBe("Consensus\nForecast");
  });
});
