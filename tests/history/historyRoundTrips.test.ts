/**
 * Reading the pack's history back costs one Office.js round trip, whatever the size of the plan:
 * regenerating over an existing pack takes exactly one context.sync() more than the first run.
 */
import { createOfficeHost } from "../../src/hosts/office/officeHost";
import { resolveSettings } from "../../src/engine/settings";
import { sampleWorkbook } from "../office/workbooks";
import type { FakeWorkbook } from "../office/fakeExcel";

async function syncsOfTwoRuns(book: FakeWorkbook): Promise<[number, number]> {
  const host = createOfficeHost(book.run, { runTag: "t1" });
  await host.generate(resolveSettings(), {});
  const first = book.addinSyncs.length;
  await host.generate(resolveSettings(), {});
  return [first, book.addinSyncs.length - first];
}

describe("the history read back in Excel", () => {
  it("adds one sync to a regeneration, for the sample and for a workbook ten times its size", async () => {
    const [first, second] = await syncsOfTwoRuns(await sampleWorkbook());
    expect(second).toBe(first + 1);
    const [bigFirst, bigSecond] = await syncsOfTwoRuns(await sampleWorkbook(10));
    expect(bigSecond).toBe(bigFirst + 1);
  }, 120_000);
});
