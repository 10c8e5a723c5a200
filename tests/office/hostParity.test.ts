import ExcelJS from "exceljs";
import JSZip from "jszip";
import { createOfficeHost } from "../../src/hosts/office/officeHost";
import { writePackXlsx } from "../../src/hosts/xlsx/writePackXlsx";
import { generatePack } from "../../src/report/generate";
import { loadHighs } from "../../src/engine/balance/loadHighs";
import { resolveSettings } from "../../src/engine/settings";
import { dateSerial } from "../../src/report/dateSerial";
import { writePack } from "../../src/hosts/office/writePack";
import { roundToMeaning } from "../../src/report/roundToMeaning";
import { NumberFormats, type WorkbookSpec } from "../../src/report/workbookSpec";
import { FakeWorkbook } from "./fakeExcel";
import { sampleGrids, workbookFromGrids } from "./workbooks";

type Plain = string | number | boolean;

/** An ExcelJS cell as Office.js would read it: "" for empty, dates as serials, a link as its text. */
function plain(v: ExcelJS.CellValue): Plain {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return dateSerial(v);
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
          const cell = ws.getRow(r + 1).getCell(c + 1);
          // ExcelJS shows a merged range's value in every cell of it; Excel only in the first.
          const b = cell.isMerged && cell.master.address !== cell.address ? "" : plain(cell.value);
          if (typeof a === "number" && typeof b === "number")
            expect([sheet.name, r, c, a]).toEqual([sheet.name, r, c, expect.closeTo(b, 9)]);
          else expect([sheet.name, r, c, a]).toEqual([sheet.name, r, c, b]);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(100);

    // The charts too: in Excel each has the value axis range and the data labels the .xlsx has (both
    // from the pack description: bars from zero, percentage lines of at least 10 points).
    const zip = await JSZip.loadAsync(await writePackXlsx(spec));
    const inFile: string[][] = [];
    for (const name of Object.keys(zip.files).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))) {
      const xml = await zip.file(name)!.async("string");
      const at = (re: RegExp) => re.exec(xml)?.[1] ?? "-";
      inFile.push([
        at(/<a:t>(.*?)<\/a:t>/).replace(/&amp;/g, "&"),
        at(/<c:valAx>.*?<c:min val="([^"]+)"/),
        at(/<c:valAx>.*?<c:max val="([^"]+)"/),
        at(/<c:dLbls>.*?<c:showVal val="(\d)"/),
      ]);
    }
    const inExcel = spec.sheets.flatMap((s) =>
      book
        .sheet(outcome.sheetNameMap[s.name])!
        .charts.map((c) => [
          c.title.text,
          String(c.axes.valueAxis.minimum ?? "-"),
          String(c.axes.valueAxis.maximum ?? "-"),
          c.dataLabels.showValue ? "1" : "-",
        ]),
    );
    expect(inExcel.length).toBeGreaterThan(5);
    expect(inExcel.filter((c) => c[1] === "0").length).toBeGreaterThanOrEqual(3);
    expect(inExcel.filter((c) => c[3] === "1").length).toBeGreaterThanOrEqual(2);
    expect([...inExcel].sort()).toEqual([...inFile].sort());
  });

  test("numbers rounded to what they mean reach Excel and the file alike: same values, same formats", async () => {
    const spec: WorkbookSpec = roundToMeaning({
      sheets: [
        {
          name: "Financial Gap",
          rows: [
            ["Family", "Revenue Gap", "Gap %", "Units"],
            // 1234.5678 -> 1234.57 (cents); 0.1234567891 -> 0.123457 (6 decimals); 1/3 -> 0.3333 (4).
            ["Kettles", 1234.5678, 0.1234567891, 1 / 3],
            // 1234.495 shows "$1,234": kept under the half dollar, 1234.49, not 1234.50 ("$1,235").
            ["Toasters", -1234.495, -0.05, 12],
          ],
          styles: [
            { range: "B2:B3", numberFormat: NumberFormats.money },
            { range: "C2:C3", numberFormat: NumberFormats.percent },
            { range: "D2:D3", numberFormat: NumberFormats.units },
          ],
        },
      ],
    });
    const book = new FakeWorkbook();
    book.addSheetWithRows("Demand", [["Family"]]);
    await book.run((ctx) => writePack(ctx, spec, { runTag: "r" }));
    const file = new ExcelJS.Workbook();
    await file.xlsx.load(Buffer.from(await writePackXlsx(spec)) as unknown as ExcelJS.Buffer);
    const ws = file.getWorksheet("Financial Gap")!;
    const inExcel = book.sheet("Financial Gap")!;
    const expected = [
      [1234.57, 0.123457, 0.3333],
      [-1234.49, -0.05, 12],
    ];
    const formats = [NumberFormats.money, NumberFormats.percent, NumberFormats.units];
    expected.forEach((row, i) =>
      row.forEach((value, j) => {
        const cell = inExcel.cells.get(`${i + 1},${j + 1}`)!;
        expect([i, j, cell.value, cell.numberFormat]).toEqual([i, j, value, formats[j]]);
        const fileCell = ws.getRow(i + 2).getCell(j + 2);
        expect([i, j, fileCell.value, fileCell.numFmt]).toEqual([i, j, value, formats[j]]);
      }),
    );
  });
});
