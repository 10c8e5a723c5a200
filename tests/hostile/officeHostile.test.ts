/**
 * The hostile-input classes that apply in Excel, through the Office host and Microsoft's
 * Office.js over the protocol-level Excel (tests/office): text within 32,767 characters, no NaN or
 * Infinity written, characters as typed (no file-format escaping in Excel's API), and a used range that
 * reaches XFD1048576 because of one stray value.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { InputError } from "../../src/engine/errors";
import { resolveSettings } from "../../src/engine/settings";
import { createOfficeHost } from "../../src/hosts/office/officeHost";
import { readXlsx } from "../../src/hosts/xlsx/readXlsx";
import { MAX_CELL_TEXT } from "../../src/report/excelLimits";
import { workbookFromGrids } from "../office/workbooks";

const FIXTURES = join(__dirname, "..", "fixtures");

async function generateInExcel(fixture: string) {
  const grids = await readXlsx(readFileSync(join(FIXTURES, fixture)));
  const book = workbookFromGrids(grids);
  const inputs = grids.map((g) => g.sheet);
  const outcome = await createOfficeHost(book.run, { runTag: "t" }).generate(resolveSettings(), {});
  const written = book.sheets.filter((s) => !inputs.includes(s.name));
  const values = written.flatMap((s) =>
    [...s.cells.entries()].map(([address, c]) => ({ sheet: s.name, address, value: c.value })),
  );
  return { book, outcome, values };
}

test("long-text.xlsx: every cell Excel receives holds at most 32,767 characters; the flagged list says how many more", async () => {
  const { values } = await generateInExcel("long-text.xlsx");
  const texts = values.filter((v) => typeof v.value === "string");
  expect(Math.max(...texts.map((t) => (t.value as string).length))).toBeLessThanOrEqual(MAX_CELL_TEXT);
  // A3: the stand-in keys cells "row,col" from 0.
  const a3 = values.find((v) => v.sheet === "Demand Review" && v.address === "2,0")!.value as string;
  expect(a3).toMatch(/^600 of 600 family × forecast rows flagged as biased: .*; … and \d+ more\.$/s);
}, 120_000);

test("huge-numbers.xlsx: no NaN or Infinity is sent to Excel, and no text shows ∞", async () => {
  const { values, outcome } = await generateInExcel("huge-numbers.xlsx");
  expect(values.filter((v) => typeof v.value === "number" && !Number.isFinite(v.value))).toEqual([]);
  expect(values.filter((v) => typeof v.value === "string" && /∞|NaN|Infinity/.test(v.value))).toEqual([]);
  expect(outcome.findings.filter((f) => /too large for a plan/.test(f.message) && !/is unknown/.test(f.message))).toHaveLength(9);
}, 120_000);

test("xml-escapes.xlsx: text goes to Excel as typed (no _x005F_ escape), characters XML forbids as U+FFFD", async () => {
  const { values } = await generateInExcel("xml-escapes.xlsx");
  const gap = new Set(values.filter((v) => v.sheet === "Gap Table").map((v) => v.value));
  expect(gap).toContain("_x0041_ Toasters");
  expect(gap).toContain("\uFFFD Kettles");
  expect(gap).toContain("Bell \uFFFD Blenders");
}, 120_000);

test("stray-cell.xlsx: a used range reaching XFD1048576 is refused before reading, naming the sheet and the far cell; nothing written", async () => {
  const grids = await readXlsx(readFileSync(join(FIXTURES, "stray-cell.xlsx")));
  const book = workbookFromGrids(grids);
  const before = book.snapshot();
  const error = await createOfficeHost(book.run, { runTag: "t" })
    .generate(resolveSettings(), {})
    .then(
      () => null,
      (e: unknown) => e,
    );
  expect(error).toBeInstanceOf(InputError);
  expect((error as Error).message).toMatch(
    /"Demand" sheet's used range A1:XFD1048576 .* \(at XFD1048576; Ctrl\+End goes there\)/,
  );
  expect(book.snapshot()).toBe(before);
}, 120_000);
