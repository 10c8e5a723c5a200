/**
 * Request sizes on Microsoft's library: the request budget (src/hosts/office/requestBudget.ts) against
 * the bytes Office.js really sends (recorded by the protocol-level Excel, tests/office/excelProtocol.ts).
 * The budget must never undercount (a request it thinks fits must fit) and must not waste much room.
 */
import { createOfficeHost } from "../../src/hosts/office/officeHost";
import { RequestBudget, REQUEST_PAYLOAD_LIMIT } from "../../src/hosts/office/requestBudget";
import { writePack } from "../../src/hosts/office/writePack";
import { resolveSettings } from "../../src/engine/settings";
import type { WorkbookSpec } from "../../src/report/workbookSpec";
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
    // 40,000 rows x 8 numbers with 2 decimals and a money format: about 40,000 x 8 x (9 + 11) bytes
    // = 6.4 MB of values and formats, before the library's row chunks: at least two requests.
    const rows = Array.from({ length: 40_000 }, (_, r) =>
      Array.from({ length: 8 }, (_, c) => Math.round((r * 8 + c) * 1.37 * 100) / 100),
    );
    const big: WorkbookSpec = {
      sheets: [{ name: "Gap Table", rows, styles: [{ range: "A1:H40000", numberFormat: "#,##0.00" }] }],
    };
    const book = new FakeWorkbook();
    book.addSheetWithRows("Demand", [["Family"]]);
    const estimates = await withEstimates(() => book.run((ctx) => writePack(ctx, big, { runTag: "b" })));
    const writes = book.syncs.filter((s) => s.calculationSuspended).map((s) => s.requestBytes);
    expect(writes.length).toBeGreaterThanOrEqual(2);
    writes.forEach((real, i) => {
      expect(real).toBeLessThan(FOUR_MB);
      expect(estimates[i]).toBeGreaterThanOrEqual(real);
    });
    // Every request but the last was filled to within 10% of the budget: chunking is why there are more.
    for (const real of writes.slice(0, -1)) expect(real).toBeGreaterThan(REQUEST_PAYLOAD_LIMIT * 0.9);
    expect(book.valuesOf("Gap Table")[39_999][7]).toBe(Math.round(319_999 * 1.37 * 100) / 100);
  });
});
