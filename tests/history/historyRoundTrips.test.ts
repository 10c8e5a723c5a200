/**
 * Reading the pack's history back costs no Office.js round trip of its own: the S&OP History and S&OP
 * Summary are read in the same requests as the input sheets, so regenerating over an existing pack
 * takes as many context.sync() calls as the first run, and every request stays under Excel's limit.
 */
import { createOfficeHost } from "../../src/hosts/office/officeHost";
import { resolveSettings } from "../../src/engine/settings";
import { sampleWorkbook } from "../office/workbooks";
import type { FakeWorkbook } from "../office/fakeExcel";
import { HISTORY_SHEET, SNAPSHOT_HEADERS } from "../../src/engine/history";

async function syncsOfTwoRuns(book: FakeWorkbook): Promise<[number, number]> {
  const host = createOfficeHost(book.run, { runTag: "t1" });
  await host.generate(resolveSettings(), {});
  const first = book.addinSyncs.length;
  await host.generate(resolveSettings(), {});
  return [first, book.addinSyncs.length - first];
}

describe("the history read back in Excel", () => {
  it("adds no sync to a regeneration, for the sample and for a workbook ten times its size", async () => {
    const [first, second] = await syncsOfTwoRuns(await sampleWorkbook());
    expect(second).toBe(first);
    const big = await sampleWorkbook(10);
    const [bigFirst, bigSecond] = await syncsOfTwoRuns(big);
    expect(bigSecond).toBe(bigFirst);
    for (const s of big.syncs) expect(s.requestBytes).toBeLessThan(4 * 1024 * 1024);
  }, 120_000);
});

describe("a long history in Excel", () => {
  it("is read in requests under Excel's limit and carried whole into the next pack", async () => {
    const book = await sampleWorkbook(10);
    const host = createOfficeHost(book.run, { runTag: "t1" });
    await host.generate(resolveSettings(), {});
    // 22 earlier cycles (2024-03 .. 2025-12), made by copying this cycle's snapshot rows under older
    // cycle names: with this one, 23 cycles (the next run keeps 24, drops none). Read in one request,
    // as before this was chunked, the response would be about 7 MB, more than Excel answers.
    const sheet = book.sheet(HISTORY_SHEET)!;
    const rows = book.valuesOf(HISTORY_SHEET);
    const header = rows.findIndex((r) => r[0] === SNAPSHOT_HEADERS[0] && r[1] === SNAPSHOT_HEADERS[1]);
    let end = header + 1;
    while (end < rows.length && rows[end][0] !== "") end++;
    const snapshot = rows.slice(header + 1, end);
    const thisCycle = String(snapshot[0][0]);
    const earlier = Array.from({ length: 22 }, (_, i) => {
      const m = 2 + i; // months after 2024-01
      return `${2024 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}`;
    });
    const added = earlier.flatMap((cycle) => snapshot.map((r) => [cycle, ...r.slice(1)]));
    const formats = new Map([...sheet.cells].map(([k, c]) => [k, c.numberFormat]));
    const rebuilt = [...rows.slice(0, end), ...added, ...rows.slice(end)];
    sheet.cells.clear();
    rebuilt.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === "") return;
        // Copied rows take the number formats of the snapshot row they copy.
        const from = r < end ? r : r < end + added.length ? header + 1 + ((r - end) % snapshot.length) : r - added.length;
        sheet.cells.set(`${r},${c}`, { value: v, numberFormat: formats.get(`${from},${c}`) ?? "General" });
      }),
    );
    const historyCells = rebuilt.length * rebuilt[header].length;
    expect(historyCells * 40).toBeGreaterThan(10 * 1024 * 1024); // more than two requests' worth

    const before = book.addinSyncs.length;
    await host.generate(resolveSettings(), {});
    const run = book.addinSyncs.slice(before);
    for (const s of run) expect(s.requestBytes).toBeLessThan(4 * 1024 * 1024);
    for (const s of run) expect(s.responseBytes).toBeLessThan(5 * 1024 * 1024);
    // Every earlier cycle is in the new pack's history, with all of its rows.
    const cyclesAfter = book.valuesOf(HISTORY_SHEET).map((r) => String(r[0]));
    for (const cycle of [...earlier, thisCycle]) {
      expect(cyclesAfter.filter((c) => c === cycle)).toHaveLength(snapshot.length);
    }
  }, 240_000);
});
