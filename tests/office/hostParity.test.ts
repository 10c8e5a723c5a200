import ExcelJS from "exceljs";
import { createOfficeHost } from "../../src/hosts/office/officeHost";
import { writePackXlsx } from "../../src/hosts/xlsx/writePackXlsx";
import { generatePack } from "../../src/report/generate";
import { loadHighs } from "../../src/engine/balance/loadHighs";
import { resolveSettings } from "../../src/engine/settings";
import { dateToSerial } from "../../src/hosts/office/cellValues";
import { sampleGrids, workbookFromGrids } from "./workbooks";

type Plain = string | number | boolean;

/** An ExcelJS cell as Office.js would read it: "" for empty, dates as serials, a link as its text. */
function plain(v: ExcelJS.CellValue): Plain {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return dateToSerial(v);
  if (typeof v === "object") {
    if ("text" in v && typeof v.text === "string") return v.text;
    if ("richText" in v) return v.richText.map((t) => t.text).join("");
    if ("result" in v) return plain(v.result as ExcelJS.CellValue);
    return JSON.stringify(v);
  }
  return v;
}

describe("Office host and .xlsx host", () => {
  test("the pack written into Excel and the pack file hold the same values, cell for cell", async () => {
    const grids = await sampleGrids();
    const settings = resolveSettings();

    const book = workbookFromGrids(grids);
    const outcome = await createOfficeHost(book.run).generate(settings, {});

    // The Office host names the input by the workbook's name (the in-memory Excel's is Book1.xlsx) and
    // balances the plan (the sample has every sheet balancing needs), as the command line does.
    const spec = generatePack(grids, settings, undefined, { inputName: "Book1.xlsx", solver: await loadHighs() }).workbook;
    const file = new ExcelJS.Workbook();
    await file.xlsx.load(Buffer.from(await writePackXlsx(spec)) as unknown as ExcelJS.Buffer);

    expect(file.worksheets.map((ws) => ws.name)).toEqual(spec.sheets.map((s) => s.name));
    expect(outcome.sheetsWritten).toEqual(spec.sheets.map((s) => s.name));
    let compared = 0;
    for (const sheet of spec.sheets) {
      const inExcel = book.valuesOf(outcome.sheetNameMap[sheet.name]);
      const ws = file.getWorksheet(sheet.name)!;
      const rows = Math.max(inExcel.length, ws.rowCount);
      const cols = Math.max(
        inExcel.reduce((m, r) => Math.max(m, r.length), 0),
        ws.columnCount,
      );
      for (let r = 0; r < rows; r++) {
        for (let c = 0; c < cols; c++) {
          const a = inExcel[r]?.[c] ?? "";
          const b = plain(ws.getRow(r + 1).getCell(c + 1).value);
          if (typeof a === "number" && typeof b === "number")
            expect([sheet.name, r, c, a]).toEqual([sheet.name, r, c, expect.closeTo(b, 9)]);
          else expect([sheet.name, r, c, a]).toEqual([sheet.name, r, c, b]);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(100);
  });
});
