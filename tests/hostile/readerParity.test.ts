/**
 * The sheet-XML reader reads what ExcelJS reads: on the sample workbook and every bad-input
 * fixture, the same values (dates as dates, formulas as their cached results, rich text joined), the
 * same origin and the same percent and date formats, cell by cell.
 */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import type { CellGrid } from "../../src/engine/grid";
import { loadWorkbook, readXlsx, worksheetToGrid } from "../../src/hosts/xlsx/readXlsx";

const ROOT = join(__dirname, "..", "..");
const FIXTURES = join(ROOT, "tests", "fixtures");

/** Filled cells as "Sheet!row,col" -> value, from a grid (rows may be sparse). */
function cellsOf(grids: CellGrid[]): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const g of grids) {
    g.values.forEach((row, r) =>
      row?.forEach((v, c) => {
        if (v === null || v === undefined) return;
        const f = g.numberFormats?.[r]?.[c] ?? null;
        const key = `${g.sheet}!${r + (g.origin?.row ?? 0)},${c + (g.origin?.col ?? 0)}`;
        out.set(key, { v: v instanceof Date ? v.toISOString() : v, percent: !!f && f.includes("%") });
      }),
    );
  }
  return out;
}

/** ExcelJS's reading, except that it repeats a merged range's value in every cell of it, where Excel
 * (and Office.js) hold it in the top-left cell only: its merges are undone first. */
async function viaExcelJs(data: Buffer): Promise<CellGrid[]> {
  const workbook = await loadWorkbook(data);
  for (const ws of workbook.worksheets) {
    for (const range of (ws.model as unknown as { merges: string[] }).merges ?? []) ws.unMergeCells(range);
  }
  return workbook.worksheets.map(worksheetToGrid);
}

/**
 * Fixtures ExcelJS cannot read right, which is why the reader no longer uses it: a stray cell in
 * XFD1048576 or a merge to it makes a grid of the whole sheet (out of memory), cells without `r` crash
 * it, `_xHHHH_` escapes are not decoded; and the files that are no workbook.
 */
const EXCELJS_CANNOT =
  /^(stray-cell|far-merge|no-r-attribute|xml-escapes|encrypted|legacy-xls|empty-file|bomb-header|not-a-workbook|truncated)\.xlsx$/;
const readable = ["sop-sample.xlsx", ...readdirSync(FIXTURES).filter((f) => f.endsWith(".xlsx") && !EXCELJS_CANNOT.test(f))];

test.each(readable)("%s: the same cells as ExcelJS reads", async (name) => {
  const data = readFileSync(name === "sop-sample.xlsx" ? join(ROOT, "samples", name) : join(FIXTURES, name));
  const ours = await readXlsx(data);
  const theirs = await viaExcelJs(data);
  expect(ours.map((g) => g.sheet)).toEqual(theirs.map((g) => g.sheet));
  expect(ours.map((g) => g.origin)).toEqual(theirs.map((g) => g.origin));
  expect(cellsOf(ours)).toEqual(cellsOf(theirs));
});
