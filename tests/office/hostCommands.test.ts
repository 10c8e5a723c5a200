import ExcelJS from "exceljs";
import { createOfficeHost } from "../../src/hosts/office/officeHost";
import { generateInExcel } from "../../src/hosts/office/generateInExcel";
import { toBase64 } from "../../src/hosts/office/base64";
import { isRequestTooLarge, newWorkbookSizeProblem, newWorkbookTooLargeMessage } from "../../src/hosts/office/newWorkbookSize";
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

  test("inserting the sample data writes the seven input sheets, and a pack can be generated from them", async () => {
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
    expect(outcome.findings).toContainEqual(expect.objectContaining({ sheet: "Demand", cell: "C132", severity: "warning" }));
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
    const host = createOfficeHost(book.run, { createWorkbook: book.createWorkbook, onTheWeb: true });
    const before = book.snapshot();
    await host.openPackAsNewWorkbook(resolveSettings());
    expect(book.createdWorkbooks).toHaveLength(1);
    const file = new ExcelJS.Workbook();
    await file.xlsx.load(Buffer.from(book.createdWorkbooks[0], "base64") as unknown as ExcelJS.Buffer);
    expect(file.worksheets[0].name).toBe("S&OP Summary");
    expect(book.snapshot()).toBe(before); // the open workbook is not written
    // One request carried the file, under Excel on the web's 5 MB.
    const carrying = book.syncs.filter((s) => s.requestBytes > book.createdWorkbooks[0].length);
    expect(carrying).toHaveLength(1);
    expect(carrying[0].requestBytes).toBeLessThan(5 * 1024 * 1024);
  });

  test("a pack too large for one request: Excel's refusal becomes a planner's message with the ways out", async () => {
    const book = new FakeWorkbook();
    book.addSheetWithRows("Sheet1", [["x"]]);
    // 6 MB of base64 (a pack of a few thousand families): Excel refuses the request that carries it.
    const base64 = "UEsDBB".padEnd(6 * 1024 * 1024, "A");
    const refusal = await book.createWorkbook(base64).then(
      () => null,
      (e: unknown) => e,
    );
    expect(refusal).toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(isRequestTooLarge(refusal)).toBe(true);
    expect(book.createdWorkbooks).toHaveLength(0);
    const message = newWorkbookTooLargeMessage(base64.length);
    expect(message).toMatch(/6\.0 MB/);
    expect(message).toMatch(/Generate pre-S&OP pack/);
    expect(message).toMatch(/sop-prep generate/);
  });

  test("on the web the size is checked before sending: 5 MB of base64 and more is refused up front", () => {
    // Excel on the web's limit is 5 MB a request (5,242,880 bytes), with 16 KB left for the request
    // around the file: 5,226,496 bytes of base64 at most.
    expect(newWorkbookSizeProblem(5_226_496, true)).toBeNull();
    expect(newWorkbookSizeProblem(5_226_497, true)).toMatch(/too large to open as a new workbook/);
    // Elsewhere Excel is asked (and its refusal answered with the same message).
    expect(newWorkbookSizeProblem(20_000_000, false)).toBeNull();
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
