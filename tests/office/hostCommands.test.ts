import ExcelJS from "exceljs";
import { createOfficeHost } from "../../src/hosts/office/officeHost";
import { generateInExcel } from "../../src/hosts/office/generateInExcel";
import { toBase64 } from "../../src/hosts/office/base64";
import { SETTINGS_KEY } from "../../src/hosts/office/workbookSettings";
import { resolveSettings } from "../../src/engine/settings";
import { FakeWorkbook } from "./fakeExcel";
import { INPUT_SHEETS, sampleWorkbook } from "./workbooks";

describe("Office host: the task pane's other commands", () => {
  test("settings are saved in the workbook and read back; none saved gives {}", async () => {
    const book = new FakeWorkbook();
    book.addSheetWithRows("Sheet1", [[]]);
    const host = createOfficeHost(book.run);
    expect(await host.loadSettings()).toEqual({});
    await host.saveSettings(resolveSettings({ trackingSignalLimit: 3.5, sheetNames: { demand: "Forecast" } }));
    expect(book.settings.has(SETTINGS_KEY)).toBe(true);
    expect(await host.loadSettings()).toMatchObject({ trackingSignalLimit: 3.5, window: 12, sheetNames: { demand: "Forecast" } });
  });

  test("inserting the sample data writes the six input sheets, and a pack can be generated from them", async () => {
    const book = new FakeWorkbook();
    book.addSheetWithRows("Sheet1", [[]]);
    const host = createOfficeHost(book.run);
    await host.insertSampleData();
    expect(book.sheets.map((s) => s.name)).toEqual(["Sheet1", ...INPUT_SHEETS]);
    // PLANTED.md: Demand is 504 rows + header; the planted "n/a" stays text; periods in Supply stay text.
    expect(book.valuesOf("Demand")).toHaveLength(505);
    expect(book.valuesOf("Demand")[131][2]).toBe("n/a");
    expect(book.valuesOf("Supply")[1][1]).toBe("2026-11");
    const outcome = await host.generate(resolveSettings(), {});
    expect(outcome.findings).toContainEqual(expect.objectContaining({ sheet: "Demand", cell: "C132", severity: "error" }));
  });

  test("inserting the sample into a workbook that already has a Demand sheet writes nothing and says why", async () => {
    const book = new FakeWorkbook();
    book.addSheetWithRows("demand", [["mine"]]);
    const before = book.snapshot();
    await expect(createOfficeHost(book.run).insertSampleData()).rejects.toThrow(/already has a sheet named "Demand"/);
    expect(book.snapshot()).toBe(before);
  });

  test("the input template writes title, explanation and header rows, frozen below the header, data rows formatted", async () => {
    const book = new FakeWorkbook();
    book.addSheetWithRows("Sheet1", [[]]);
    await createOfficeHost(book.run).createInputTemplate();
    const demand = book.valuesOf("Demand");
    expect(demand).toHaveLength(3);
    expect(demand[2]).toEqual(["Family", "Period", "Actual", "Statistical Forecast", "Sales Forecast", "Consensus Forecast"]);
    const sheet = book.sheet("Demand")!;
    expect(sheet.freeze).toEqual({ rows: 3, columns: 0 });
    expect(sheet.cells.get("3,1")!.numberFormat).toBe("mmm yyyy"); // B4, the first data row
    expect(sheet.cells.get("2,0")!.font?.bold).toBe(true);
  });

  test("select activates the finding's sheet; a sheet that is gone gives a message", async () => {
    const book = await sampleWorkbook();
    const host = createOfficeHost(book.run);
    await host.select("Supply", "C10");
    expect(book.activeSheetId).toBe(book.sheet("Supply")!.id);
    await expect(host.select("Nope", "A1")).rejects.toThrow(/no sheet named "Nope"/);
  });

  test("open pack as a new workbook hands Excel.createWorkbook the pack as a base64 .xlsx", async () => {
    const book = await sampleWorkbook();
    // The library's own Excel.createWorkbook: the file goes to Excel as one argument of one request.
    const host = createOfficeHost(book.run, { createWorkbook: book.createWorkbook });
    const before = book.snapshot();
    await host.openPackAsNewWorkbook(resolveSettings());
    expect(book.createdWorkbooks).toHaveLength(1);
    const file = new ExcelJS.Workbook();
    await file.xlsx.load(Buffer.from(book.createdWorkbooks[0], "base64") as unknown as ExcelJS.Buffer);
    expect(file.worksheets[0].name).toBe("S&OP Summary");
    expect(book.snapshot()).toBe(before); // the open workbook is not written
  });

  test("base64 matches Node's encoding for every length remainder", () => {
    for (const n of [0, 1, 2, 3, 4, 5, 256]) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + 11) % 256);
      expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
    }
  });

  test("the ribbon command generates with the saved settings and reports the data-quality errors", async () => {
    const book = await sampleWorkbook();
    const result = await generateInExcel(book.run);
    expect(result.ok).toBe(true);
    expect(result.message).toMatch(/Pre-S&OP pack written \(\d+ sheets\); \d+ data-quality error\(s\)/);
    const empty = new FakeWorkbook();
    empty.addSheetWithRows("Sheet1", [["nothing here"]]);
    const failed = await generateInExcel(empty.run);
    expect(failed).toMatchObject({ ok: false, message: expect.stringMatching(/Demand/) });
  });
});
