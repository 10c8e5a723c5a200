/**
 * Bad input through the Office host: each fixture of tests/fixtures that Excel could open is
 * loaded into the in-memory Excel stand-in (tests/office/fakeExcel.ts) and the pack is generated into
 * it. Either a clear error (an InputError naming the sheet) and the workbook exactly as before, or the
 * pack's sheets written after the untouched input sheets. The two files that are no workbook at all
 * (not-a-workbook, truncated) cannot be open in Excel, so they are the command line's concern only.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { InputError } from "../../src/engine/errors";
import { resolveSettings } from "../../src/engine/settings";
import { createOfficeHost } from "../../src/hosts/office/officeHost";
import { readXlsx } from "../../src/hosts/xlsx/readXlsx";
import { workbookFromGrids } from "../office/workbooks";
import { FIXTURES } from "./cliRunner";

const FAILS: Record<string, RegExp> = {
  "empty-workbook.xlsx": /no Demand sheet/,
  "no-header.xlsx": /Demand!A1: the header row lacks/,
  "header-only.xlsx": /Demand!A1: no data rows below the header row/,
};
const WRITES = [
  "garbage-values.xlsx",
  "duplicate-keys.xlsx",
  "bad-periods.xlsx",
  "formula-names.xlsx",
  "merged-title.xlsx",
  "unicode-names.xlsx",
  "unknown-names.xlsx",
  "formatted-empty-rows.xlsx",
  "formula-cells.xlsx",
  "mixed-periods.xlsx",
];

async function loadFixture(name: string) {
  const grids = await readXlsx(readFileSync(join(FIXTURES, name)));
  const book = workbookFromGrids(grids);
  return { book, inputs: grids.map((g) => g.sheet) };
}

describe.each(Object.entries(FAILS))("Office host, %s", (fixture, message) => {
  test("fails with an input error that says where, and leaves the workbook exactly as it was", async () => {
    const { book } = await loadFixture(fixture);
    const before = book.snapshot();
    const error = await createOfficeHost(book.run, { runTag: "t" })
      .generate(resolveSettings(), {})
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(message);
    expect(book.snapshot()).toBe(before);
  });
});

describe.each(WRITES)("Office host, %s", (fixture) => {
  test("writes the pack after the input sheets and leaves every input sheet unchanged", async () => {
    const { book, inputs } = await loadFixture(fixture);
    const before = inputs.map((s) => book.sheetSnapshot(s));
    const outcome = await createOfficeHost(book.run, { runTag: "t" }).generate(resolveSettings(), {});
    expect(inputs.map((s) => book.sheetSnapshot(s))).toEqual(before);
    expect(book.sheets.map((s) => s.name)).toEqual([...inputs, ...outcome.sheetsWritten]);
    expect(outcome.sheetsWritten).toEqual(expect.arrayContaining(["S&OP Summary", "Data Quality", "Gap Table"]));
    // Text from the input is never taken as a formula by Excel.
    const formulas = book.sheets.flatMap((s) =>
      [...s.cells.values()].filter((c) => c.formula !== undefined && /SUM\(A1\)|^[+@-]/.test(String(c.value))),
    );
    expect(formulas).toEqual([]);
  });
});
