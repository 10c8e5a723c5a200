/**
 * Request sizes on Microsoft's library: the request budget (src/hosts/office/requestBudget.ts) against
 * the bytes Office.js really sends (recorded by the protocol-level Excel, tests/office/excelProtocol.ts).
 * The budget must never undercount (a request it thinks fits must fit) and must not waste much room.
 */
import { createOfficeHost } from "../../src/hosts/office/officeHost";
import { RequestBudget, REQUEST_PAYLOAD_LIMIT } from "../../src/hosts/office/requestBudget";
import { writePack } from "../../src/hosts/office/writePack";
import { resolveSettings } from "../../src/engine/settings";
import { NumberFormats, type WorkbookSpec } from "../../src/report/workbookSpec";
import { FakeWorkbook } from "./fakeExcel";
import { sampleWorkbook } from "./workbooks";

const FOUR_MB = 4 * 1024 * 1024;

/** Runs `f` and returns, per write request, the budget's estimate (what it held when it synced). */
async function withEstimates(f: () => Promise<unknown>): Promise<number[]> {
  const estimates: number[] = [];
  let current: RequestBudget | null = null;
  const { flush, reserve } = RequestBudget.prototype;
  RequestBudget.prototype.reserve = function (this: RequestBudget, bytes: number, commands?: number) {
    current = this;
    return reserve.call(this, bytes, commands);
  };
  RequestBudget.prototype.flush = function (this: RequestBudget) {
    estimates.push(this.queued);
    return flush.call(this);
  };
  try {
    await f();
  } finally {
    Object.assign(RequestBudget.prototype, { flush, reserve });
  }
  estimates.push((current as RequestBudget | null)?.queued ?? 0);
  return estimates;
}

describe("request sizes measured on Microsoft's Office.js", () => {
  test.each([1, 10])(
    "the sample pack (x%d): the budget's estimate of each write request is at least what the library sends, at most 30%% more",
    async (factor) => {
      const book = await sampleWorkbook(factor);
      const estimates = await withEstimates(() => createOfficeHost(book.run, { runTag: "s" }).generate(resolveSettings(), {}));
      const writes = book.syncs.filter((s) => s.calculationSuspended).map((s) => s.requestBytes);
      expect(writes).toHaveLength(estimates.length);
      writes.forEach((real, i) => {
        expect(estimates[i]).toBeGreaterThanOrEqual(real);
        expect(estimates[i]).toBeLessThanOrEqual(real * 1.3);
      });
      for (const s of book.syncs) expect(s.requestBytes).toBeLessThan(FOUR_MB);
    },
  );

  test("a pack cut into several requests: each is under 4 MB, each estimate covers it, and they are well filled", async () => {
    // 60,000 rows x 8 numbers with 2 decimals: (r * 8 + c) * 1.37 runs to 657,598.63, so from row
    // 9,124 on (value 100,000) a number is "123456.78", 9 characters and a comma: at least
    // 50,876 x 8 x 9 = 3.66 MB, about 4.6 MB in all, more than one 3.8 MB request.
    const rows = Array.from({ length: 60_000 }, (_, r) =>
      Array.from({ length: 8 }, (_, c) => Math.round((r * 8 + c) * 1.37 * 100) / 100),
    );
    const big: WorkbookSpec = {
      sheets: [{ name: "Gap Table", rows, styles: [{ range: "A1:H60000", numberFormat: "#,##0.00" }] }],
    };
    const book = new FakeWorkbook();
    book.addSheetWithRows("Demand", [["Family"]]);
    const estimates = await withEstimates(() => book.run((ctx) => writePack(ctx, big, { runTag: "b" })));
    const writes = book.syncs.filter((s) => s.calculationSuspended).map((s) => s.requestBytes);
    expect(writes.length).toBe(2);
    writes.forEach((real, i) => {
      expect(real).toBeLessThan(FOUR_MB);
      expect(estimates[i]).toBeGreaterThanOrEqual(real);
    });
    // Every request but the last was filled to within 10% of the budget: chunking is why there are more.
    for (const real of writes.slice(0, -1)) expect(real).toBeGreaterThan(REQUEST_PAYLOAD_LIMIT * 0.9);
    expect(book.valuesOf("Gap Table")[59_999][7]).toBe(Math.round(479_999 * 1.37 * 100) / 100);
    expect(book.sheet("Gap Table")!.cells.get("59999,7")!.numberFormat).toBe("#,##0.00");
  });

  test("a money table of 2,000 families x 36 months: the format goes once, the request is little more than the values", async () => {
    // 2,000 rows x 36 money cells 1000.25 + r + c / 100 (7 characters and a comma: 8 bytes) = 576,000
    // bytes of values, plus 2,000 names "Family 0001" (14 bytes with quotes and comma) = 28,000 and the
    // header. Sent once per cell, the money format ('"\"$\"#,##0;[Red]-\"$\"#,##0"', 30 bytes and
    // a comma) alone would be 72,000 x 31 = 2.2 MB.
    const header = ["Family", ...Array.from({ length: 36 }, (_, c) => `M${c + 1}`)];
    const rows = [
      header,
      ...Array.from({ length: 2_000 }, (_, r) => [
        `Family ${String(r + 1).padStart(4, "0")}`,
        ...Array.from({ length: 36 }, (_, c) => Math.round((1000.25 + r + c / 100) * 100) / 100),
      ]),
    ];
    const table: WorkbookSpec = {
      sheets: [{ name: "Financial Gap", rows, styles: [{ range: "B2:AK2001", numberFormat: NumberFormats.money }] }],
    };
    const book = new FakeWorkbook();
    book.addSheetWithRows("Demand", [["Family"]]);
    await book.run((ctx) => writePack(ctx, table, { runTag: "m" }));
    const writes = book.syncs.filter((s) => s.calculationSuspended).map((s) => s.requestBytes);
    expect(writes).toHaveLength(1);
    // Values (604,000 bytes and the header) and each 1,500-cell block's command (49 blocks x ~420).
    expect(writes[0]).toBeLessThan(650_000);
    const sheet = book.sheet("Financial Gap")!;
    // What the planner sees: money in the money format, names as text, the header as text.
    expect(sheet.cells.get("1,1")).toMatchObject({ value: 1000.25, numberFormat: NumberFormats.money });
    // Last cell: 1000.25 + 1999 + 0.35 = 2999.60.
    expect(sheet.cells.get("2000,36")).toMatchObject({ value: 2999.6, numberFormat: NumberFormats.money });
    expect(sheet.cells.get("2000,0")).toMatchObject({ value: "Family 2000", numberFormat: "@" });
    expect(sheet.cells.get("0,36")).toMatchObject({ value: "M36", numberFormat: "@" });
  });
});
