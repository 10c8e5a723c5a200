/**
 * Review of the Office host's run from a planner's side: a Cancel pressed while Excel is read is
 * honoured before the analyses start, a sheet with a stray value at the far corner is refused with a
 * message that names it (instead of asking Excel for 17 billion cells), and a finding whose cell
 * Excel cannot parse still takes the planner to the sheet.
 */
import { createOfficeHost } from "../../src/hosts/office/officeHost";
import { checkReadSize, MAX_INPUT_CELLS } from "../../src/hosts/office/readLimits";
import { InputError } from "../../src/engine/errors";
import { resolveSettings } from "../../src/engine/settings";
import { sampleWorkbook } from "../office/workbooks";
import { runGeneratePack } from "../../src/commands/commands";
import { takePendingCommandError } from "../../src/commands/commandEvents";
import type { ExcelRun } from "../../src/hosts/office/excelApi";

const settings = resolveSettings();

describe("a run in Excel gives the task pane a turn", () => {
  test("a Cancel clicked while the input sheets are read stops the run before the analyses, with nothing written", async () => {
    const book = await sampleWorkbook();
    const before = book.snapshot();
    const controller = new AbortController();
    const steps: string[] = [];
    const run = createOfficeHost(book.run).generate(settings, {
      signal: controller.signal,
      onProgress: (p) => {
        steps.push(p.step);
        // The planner's click arrives as a task (like a real click), queued as the read starts.
        if (p.step === "read" && steps.length === 1) setTimeout(() => controller.abort(), 0);
      },
    });
    await expect(run).rejects.toThrow(/nothing was written/);
    expect(steps).not.toContain("report");
    expect(book.snapshot()).toBe(before);
  });

  test("the 'Writing the pack' progress is shown (a task runs) before the first write reaches Excel", async () => {
    const book = await sampleWorkbook();
    let syncsAtWriteStep = -1;
    let syncsWhenTaskRan = -1;
    await createOfficeHost(book.run, { runTag: "t1" }).generate(settings, {
      onProgress: (p) => {
        if (p.step !== "write") return;
        syncsAtWriteStep = book.syncs.length;
        // The pane's render is a task React's scheduler queues when the progress is set: in a browser a
        // MessageChannel message (timers would be held to one a second while the pane is hidden).
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          channel.port1.close();
          syncsWhenTaskRan = book.syncs.length;
        };
        channel.port2.postMessage(null);
      },
    });
    expect(syncsAtWriteStep).toBeGreaterThan(0);
    // The repaint task ran while no write request had been sent yet.
    expect(syncsWhenTaskRan).toBe(syncsAtWriteStep);
  });
});

describe("reading a sheet whose used range is huge", () => {
  test("a value left at XFD1048576 on Demand is refused with the sheet, the cell and what to do; nothing is written", async () => {
    const book = await sampleWorkbook();
    // Column XFD is the 16,384th, row 1,048,576 the last: zero-based (1048575, 16383).
    book.sheet("Demand")!.cells.set("1048575,16383", { value: "x", numberFormat: "General" });
    const sheetsBefore = book.sheets.map((s) => s.name);
    const run = createOfficeHost(book.run).generate(settings, {});
    await expect(run).rejects.toBeInstanceOf(InputError);
    await expect(createOfficeHost(book.run).generate(settings, {})).rejects.toThrow(
      /"Demand" sheet's used range A1:XFD1048576 holds 17,179,869,184 cells.*XFD1048576; Ctrl\+End/,
    );
    expect(book.sheets.map((s) => s.name)).toEqual(sheetsBefore);
    // No read asked for more than 5 million cells' worth: only names and used ranges were loaded.
    for (const s of book.syncs) expect(s.responseBytes).toBeLessThan(1_000_000);
  });

  test("the limit counts all input sheets together and names the largest", () => {
    // 3,000,000 + 2,000,001 = 5,000,001 cells > 5,000,000.
    const areas = [
      { sheet: "Demand", row: 0, col: 0, rows: 300_000, cols: 10 },
      { sheet: "Supply", row: 4, col: 1, rows: 200_001, cols: 10 },
    ];
    expect(MAX_INPUT_CELLS).toBe(5_000_000);
    let error: InputError | null = null;
    try {
      checkReadSize(areas);
    } catch (e) {
      error = e as InputError;
    }
    expect(error).toBeInstanceOf(InputError);
    // Demand's last cell: row 300,000, column J (the 10th).
    expect(error!.findings).toEqual([expect.objectContaining({ sheet: "Demand", cell: "J300000", severity: "error" })]);
    // Exactly at the limit is still read: 300,000 x 10 + 200,000 x 10 = 5,000,000.
    expect(() => checkReadSize([areas[0], { ...areas[1], rows: 200_000 }])).not.toThrow();
  });
});

describe("going to a finding's cell", () => {
  test.each(["", "Row 7", "A0", "ZZZZ1"])("a cell written %p still opens the sheet instead of failing", async (cell) => {
    const book = await sampleWorkbook();
    await expect(createOfficeHost(book.run).select("Supply", cell)).resolves.toBeUndefined();
    expect(book.activeSheetId).toBe(book.sheet("Supply")!.id);
  });
});

describe("the ribbon's Generate pre-S&OP pack", () => {
  afterEach(() => takePendingCommandError());

  test("a pack that was written is not reported as a failure when the summary sheet cannot be shown", async () => {
    // generateInExcel would need a whole workbook; here the run succeeds and the summary is missing.
    const book = await sampleWorkbook();
    let runs = 0;
    const excelRun: ExcelRun = (batch) => {
      runs += 1;
      // Third run = showing the summary: the planner deleted it meanwhile.
      if (runs === 3) book.sheets = book.sheets.filter((s) => s.name !== "S&OP Summary");
      return book.run(batch);
    };
    const completed = jest.fn();
    const showTaskpane = jest.fn(async () => undefined);
    await runGeneratePack({ completed }, { excelRun, showTaskpane });
    expect(takePendingCommandError()).toBeNull();
    expect(runs).toBe(3);
    expect(showTaskpane).not.toHaveBeenCalled();
    expect(completed).toHaveBeenCalledTimes(1);
  });
});
