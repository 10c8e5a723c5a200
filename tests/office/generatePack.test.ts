import { createOfficeHost } from "../../src/hosts/office/officeHost";
import { resolveSettings } from "../../src/engine/settings";
import { GENERATED_SHEETS_KEY } from "../../src/hosts/office/generatedSheets";
import { INPUT_SHEETS, sampleWorkbook } from "./workbooks";
import type { FakeWorkbook } from "./fakeExcel";

const FOUR_MB = 4 * 1024 * 1024;
const settings = resolveSettings();

async function generate(book: FakeWorkbook) {
  return createOfficeHost(book.run, { runTag: "t1" }).generate(settings, {});
}

describe("Office host: generating the pack into the sample workbook", () => {
  test("reads the sample and writes its pack in 6 context.sync() calls, plus one per extra 3.5 MB chunk when the input is 10x larger", async () => {
    // 3 to read (sheets + marker, used ranges, all blocks) + 3 to write (plan, pack, swap). The pack
    // is the only part that grows with the data: it is cut into requests under the size budget, so
    // a larger pack adds one sync per extra chunk and nothing else.
    // Counted on the real library's requests; at the end of Excel.run the library sends one more
    // request of its own, releasing the objects it kept between syncs.
    const packChunks = (book: FakeWorkbook) => book.syncs.filter((s) => s.calculationSuspended).length;
    const small = await sampleWorkbook();
    await generate(small);
    expect(small.addinSyncs).toHaveLength(6);
    expect(small.syncs.filter((s) => s.cleanup)).toHaveLength(1);
    expect(packChunks(small)).toBe(1);

    const large = await sampleWorkbook(10);
    const demandRows = large.valuesOf("Demand").length;
    expect(demandRows).toBe(1 + 10 * 504); // 12 families x 42 months, ten times, plus the header
    await generate(large);
    const chunks = packChunks(large);
    expect(large.addinSyncs).toHaveLength(6 + (chunks - 1));
    // Every chunk but the last was filled close to the 3.5 MB budget: chunking is why there are more.
    const packSyncs = large.syncs.filter((s) => s.calculationSuspended);
    for (const s of packSyncs.slice(0, -1)) expect(s.requestBytes).toBeGreaterThan(3 * 1024 * 1024);
  });

  test("no request or response is over 4 MB, and calculation is suspended while the pack is written", async () => {
    const book = await sampleWorkbook(10);
    await generate(book);
    for (const s of book.syncs) {
      expect(s.requestBytes).toBeLessThan(FOUR_MB);
      expect(s.responseBytes).toBeLessThan(FOUR_MB);
    }
    // Syncs 5 (the pack) and 6 (the swap) write; both run with calculation suspended.
    expect(book.syncs[4].calculationSuspended).toBe(true);
    expect(book.syncs[4].requestBytes).toBeGreaterThan(0);
  });

  test("leaves every input sheet byte-for-byte unchanged", async () => {
    const book = await sampleWorkbook();
    const before = INPUT_SHEETS.map((s) => book.sheetSnapshot(s));
    await generate(book);
    await generate(book);
    expect(INPUT_SHEETS.map((s) => book.sheetSnapshot(s))).toEqual(before);
  });

  test("writes the pack's sheets after the inputs, marks them as generated, and opens the summary", async () => {
    const book = await sampleWorkbook();
    const outcome = await generate(book);
    const names = book.sheets.map((s) => s.name);
    expect(names.slice(0, INPUT_SHEETS.length)).toEqual(INPUT_SHEETS);
    expect(names.slice(INPUT_SHEETS.length)).toEqual(outcome.sheetsWritten);
    expect(outcome.sheetsWritten[0]).toBe("S&OP Summary");
    expect(outcome.sheetsWritten).toContain("Data Quality");
    const marker = JSON.parse(book.settings.get(GENERATED_SHEETS_KEY) as string);
    expect(marker.sheets.map((s: { id: string }) => s.id)).toEqual(book.sheets.slice(INPUT_SHEETS.length).map((s) => s.id));
    expect(book.activeSheetId).toBe(book.sheet("S&OP Summary")?.id);
  });

  test("a second run replaces the first run's sheets and nothing else", async () => {
    const book = await sampleWorkbook();
    book.addSheetWithRows("My Notes", [["keep me"]]);
    await generate(book);
    const first = book.sheets.map((s) => ({ id: s.id, name: s.name }));
    const notes = book.sheetSnapshot("My Notes");
    await generate(book);
    const second = book.sheets.map((s) => ({ id: s.id, name: s.name }));
    // Same names in the same order; inputs and the user's sheet keep their ids, the pack sheets are new.
    expect(second.map((s) => s.name)).toEqual(first.map((s) => s.name));
    const kept = INPUT_SHEETS.length + 1; // the inputs and "My Notes"
    const generatedFirst = first.slice(kept);
    expect(second.slice(0, kept)).toEqual(first.slice(0, kept));
    for (const [i, s] of second.slice(kept).entries()) expect(s.id).not.toBe(generatedFirst[i].id);
    expect(book.sheetSnapshot("My Notes")).toBe(notes);
    // Table names stay unique and are reused, not suffixed, on regeneration.
    const tableNames = book.allTables().map((t) => t.name);
    expect(new Set(tableNames.map((t) => t.toLowerCase())).size).toBe(tableNames.length);
    expect(tableNames.some((t) => /_t1_tmp|_\d+$/.test(t))).toBe(false);
  });

  test("a user's own sheet named Data Quality survives; ours is written as Data Quality (2) and the summary links to it", async () => {
    const book = await sampleWorkbook();
    book.addSheetWithRows("Data Quality", [["my own checks"], [42]]);
    const mine = book.sheetSnapshot("Data Quality");
    const outcome = await generate(book);
    expect(book.sheetSnapshot("Data Quality")).toBe(mine);
    expect(outcome.sheetNameMap["Data Quality"]).toBe("Data Quality (2)");
    expect(book.sheet("Data Quality (2)")).toBeDefined();
    const summary = book.sheet("S&OP Summary")!;
    const links = [...summary.cells.values()].map((c) => c.hyperlink?.documentReference).filter(Boolean);
    expect(links).toContain("'Data Quality (2)'!A1");
    expect(links).not.toContain("'Data Quality'!A1");
    // Regenerating keeps the user's sheet and replaces only "Data Quality (2)".
    await generate(book);
    expect(book.sheetSnapshot("Data Quality")).toBe(mine);
    expect(book.sheets.filter((s) => s.name.startsWith("Data Quality")).map((s) => s.name)).toEqual([
      "Data Quality",
      "Data Quality (2)",
    ]);
  });

  test.each([
    ["the 2nd block of values", "values", 2],
    ["the first chart or table name", "tableName", 1],
    ["a number-format block", "numberFormat", 3],
  ])("an error injected in the middle of writing (%s) leaves the workbook exactly as before", async (_label, kind, nth) => {
    const book = await sampleWorkbook();
    await generate(book); // an earlier pack exists, so replacing it is what must not half-happen
    const before = book.snapshot();
    book.failOn(kind as string, nth as number);
    await expect(generate(book)).rejects.toThrow(/injected failure/);
    expect(book.snapshot()).toBe(before);
  });

  test("aborting before the write leaves the workbook untouched and says nothing was written", async () => {
    const book = await sampleWorkbook();
    const before = book.snapshot();
    const controller = new AbortController();
    const host = createOfficeHost(book.run);
    const run = host.generate(settings, {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.step === "report") controller.abort();
      },
    });
    await expect(run).rejects.toThrow(/nothing was written/);
    expect(book.snapshot()).toBe(before);
  });

  test("the data-quality errors planted in the sample come back as findings at their cells", async () => {
    const book = await sampleWorkbook();
    const outcome = await generate(book);
    // PLANTED.md: Demand is family-major, row = 2 + 42 * family + month; Kettles is family 3 and
    // 2025-03 is month 4 (2024-11 = 0), so row 2 + 126 + 4 = 132, column C (Actual).
    expect(outcome.findings).toContainEqual(expect.objectContaining({ sheet: "Demand", cell: "C132", severity: "warning" }));
    expect(outcome.findings.some((f) => f.sheet === "Supply" && f.severity === "error" && /Toasters/.test(f.message))).toBe(true);
  });

  test("reports progress by step, from reading to done", async () => {
    const book = await sampleWorkbook();
    const steps: string[] = [];
    await createOfficeHost(book.run).generate(settings, { onProgress: (p) => steps.push(p.step) });
    expect(steps[0]).toBe("read");
    expect(steps).toContain("write");
    expect(steps[steps.length - 1]).toBe("done");
  });
});
