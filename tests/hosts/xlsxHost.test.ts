import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readXlsx } from "../../src/hosts/xlsx/readXlsx";
import { writePackXlsx } from "../../src/hosts/xlsx/writePackXlsx";
import { InputError } from "../../src/engine/errors";
import type { WorkbookSpec } from "../../src/report/workbookSpec";

async function toBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

describe("reading an .xlsx workbook into cell grids", () => {
  it("reads a table that starts below a title, with its real position in the sheet", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Demand");
    ws.getCell("B2").value = "Demand history";
    ws.getCell("B4").value = "Family";
    ws.getCell("C4").value = "Actual";
    ws.getCell("B5").value = "Kettles";
    ws.getCell("C5").value = 120;
    const [grid] = await readXlsx(await toBytes(wb));
    expect(grid.sheet).toBe("Demand");
    // B2 is the first used cell: row 1, column 1 zero-based.
    expect(grid.origin).toEqual({ row: 1, col: 1 });
    expect(grid.values[2]).toEqual(["Family", "Actual"]);
    expect(grid.values[3]).toEqual(["Kettles", 120]);
  });

  it("reads formulas as their cached results, errors as error values, rich text and links as text", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Supply");
    ws.getCell("A1").value = { formula: "1+1", result: 2 };
    ws.getCell("B1").value = { error: "#N/A" };
    ws.getCell("C1").value = { richText: [{ text: "Paint " }, { text: "Shop" }] };
    ws.getCell("D1").value = { text: "Toasters", hyperlink: "https://example.invalid" };
    ws.getCell("E1").value = new Date(Date.UTC(2027, 0, 1));
    ws.getCell("F1").value = 0.85;
    ws.getCell("F1").numFmt = "0%";
    const [grid] = await readXlsx(await toBytes(wb));
    expect(grid.values[0].slice(0, 4)).toEqual([2, { error: "#N/A" }, "Paint Shop", "Toasters"]);
    expect((grid.values[0][4] as Date).toISOString().slice(0, 10)).toBe("2027-01-01");
    expect(grid.values[0][5]).toBe(0.85);
    expect(grid.numberFormats?.[0][5]).toBe("0%");
  });

  it("ignores 50,000 formatted but empty rows after the data", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Demand");
    ws.getCell("A1").value = "Family";
    ws.getCell("A2").value = "Kettles";
    for (let r = 3; r <= 50_002; r++) ws.getCell(`A${r}`).numFmt = "0.00";
    const [grid] = await readXlsx(await toBytes(wb));
    expect(grid.values.length).toBe(2);
  });

  it("turns a file that is not a workbook into an InputError that says what to do", async () => {
    const notXlsx = new TextEncoder().encode("Family,Period\nKettles,2026-01\n");
    await expect(readXlsx(notXlsx, "demand.csv")).rejects.toThrow(InputError);
    await expect(readXlsx(notXlsx, "demand.csv")).rejects.toThrow(/demand\.csv cannot be read as an Excel workbook/);
  });
});

describe("writing the pack description to .xlsx", () => {
  const spec: WorkbookSpec = {
    sheets: [
      {
        name: "Gap Table",
        rows: [
          ["Gap Table"],
          [],
          ["Family", "Period", "Gap", "Status"],
          ['=HYPERLINK("x")', "2027-01", -120, "Shortage"],
          ["+Kettles", "2027-02", 40, "OK"],
          ["@Toasters", "2027-03", 0.5, "OK"],
        ],
        styles: [{ range: "C4:C6", numberFormat: "#,##0", bold: true }],
        tables: [{ name: "GapTable", range: "A3:D6", style: "TableStyleMedium2" }],
        conditionalFormats: [{ kind: "textEquals", range: "D4:D6", text: "Shortage", fill: "#FFC7CE" }],
        columnWidths: [20, 10],
        freeze: { rows: 3, columns: 1 },
      },
      {
        name: "S&OP Summary",
        rows: [["Contents"], ["Gap Table"], ["Kettles C7"]],
        links: [
          { cell: "A2", sheet: "Gap Table", target: "A1" },
          { cell: "A3", sheet: "Demand", target: "C7", toInput: true },
        ],
      },
    ],
  };

  it("writes text that looks like a formula as text, never as a formula", async () => {
    const wb = await load(await writePackXlsx(spec));
    const ws = wb.getWorksheet("Gap Table")!;
    for (const addr of ["A4", "A5", "A6"]) {
      expect(ws.getCell(addr).type).toBe(ExcelJS.ValueType.String);
      expect(ws.getCell(addr).formula).toBeUndefined();
    }
    expect(ws.getCell("A4").value).toBe('=HYPERLINK("x")');
  });

  it("keeps values, number formats, the table, widths and frozen header", async () => {
    const wb = await load(await writePackXlsx(spec));
    const ws = wb.getWorksheet("Gap Table")!;
    expect(ws.getCell("C4").value).toBe(-120);
    expect(ws.getCell("C4").numFmt).toBe("#,##0");
    expect(ws.getCell("C4").font?.bold).toBe(true);
    expect(ws.getColumn(1).width).toBe(20);
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 3 });
    // After a round trip ExcelJS reports the table's full extent: header row 3 down to the last data row.
    const table = ws.getTable("GapTable") as unknown as { table: { tableRef: string } };
    expect(table.table.tableRef).toBe("A3:D6");
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Gap Table", "S&OP Summary"]);
  });

  it("links to pack sheets but not to input sheets, which the pack file does not hold", async () => {
    const bytes = await writePackXlsx(spec);
    const ws = (await load(bytes)).getWorksheet("S&OP Summary")!;
    expect(ws.getCell("A2").value).toBe("Gap Table");
    expect(ws.getCell("A3").value).toBe("Kettles C7");
    // A link to a place in the workbook is a location, as Excel writes one (ECMA-376 §18.3.1.47), with no
    // relationship to an outside target. ExcelJS does not read such links back, so the part is read.
    const xml = await (await JSZip.loadAsync(bytes)).file("xl/worksheets/sheet2.xml")!.async("string");
    expect(xml.match(/<hyperlink [^>]*>/g)).toEqual([`<hyperlink ref="A2" location="'Gap Table'!A1"/>`]);
    expect(ws.getCell("A2").font).toMatchObject({ underline: true, color: { argb: "FF0563C1" } });
  });
});

describe("rows with wrapped text", () => {
  it("are as tall as their longest wrapped cell needs", async () => {
    // Column B is 20 characters wide: 19 usable per line. 50 characters need ceil(50 / 19) = 3 lines
    // of 15 points = 45 points; a short wrapped cell keeps the default height.
    const spec: WorkbookSpec = {
      sheets: [
        {
          name: "S&OP Summary",
          rows: [
            ["#", "Decision needed"],
            [1, "x".repeat(50)],
            [2, "short"],
          ],
          styles: [{ range: "B2:B3", wrap: true }],
          columnWidths: [4, 20],
        },
      ],
    };
    const wb = await load(await writePackXlsx(spec));
    const ws = wb.getWorksheet("S&OP Summary")!;
    expect(ws.getRow(2).height).toBe(45);
    expect(ws.getRow(3).height).toBeUndefined();
    expect(ws.getCell("B2").alignment?.wrapText).toBe(true);
  });
});
