/**
 * Workbooks for the Office host tests: the sample workbook (samples/sop-sample.xlsx, read with the
 * .xlsx host) loaded into the Excel stand-in, and a 10x larger copy (every family repeated ten times
 * under new names) to show the round trips do not grow with the rows.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { readXlsx } from "../../src/hosts/xlsx/readXlsx";
import type { CellGrid } from "../../src/engine/grid";
import { isCellError } from "../../src/engine/grid";
import { FakeWorkbook } from "./fakeExcel";

export const SAMPLE_PATH = join(__dirname, "..", "..", "samples", "sop-sample.xlsx");

export async function sampleGrids(): Promise<CellGrid[]> {
  return readXlsx(readFileSync(SAMPLE_PATH));
}

/** A grid as Excel holds it: dates as serials, errors as their text, at the grid's origin. */
export function excelRows(grid: CellGrid): { rows: unknown[][]; formats: (string | null)[][] } {
  const r0 = grid.origin?.row ?? 0;
  const c0 = grid.origin?.col ?? 0;
  const rows: unknown[][] = [];
  const formats: (string | null)[][] = [];
  grid.values.forEach((row, r) => {
    rows[r0 + r] = [];
    formats[r0 + r] = [];
    (row ?? []).forEach((v, c) => {
      rows[r0 + r][c0 + c] = isCellError(v) ? v.error : v;
      formats[r0 + r][c0 + c] = grid.numberFormats?.[r]?.[c] ?? null;
    });
  });
  for (let r = 0; r < rows.length; r++) {
    rows[r] = rows[r] ?? [];
    formats[r] = formats[r] ?? [];
  }
  return { rows, formats };
}

export function workbookFromGrids(grids: CellGrid[]): FakeWorkbook {
  const book = new FakeWorkbook();
  for (const g of grids) {
    const { rows, formats } = excelRows(g);
    book.addSheetWithRows(g.sheet, rows, formats);
  }
  return book;
}

/** Every family (first column "Family") repeated `factor` times: "Kettles", "Kettles 2", ... */
export function scaleGrids(grids: CellGrid[], factor: number): CellGrid[] {
  return grids.map((g) => {
    const header = g.values[0] ?? [];
    if (String(header[0]).trim().toLowerCase() !== "family") return g;
    const body = g.values.slice(1);
    const fBody = (g.numberFormats ?? []).slice(1);
    const values = [header];
    const numberFormats = [(g.numberFormats ?? [])[0] ?? []];
    for (let k = 1; k <= factor; k++) {
      body.forEach((row, i) => {
        values.push(row.map((v, c) => (c === 0 && k > 1 && typeof v === "string" ? `${v} ${k}` : v)));
        numberFormats.push(fBody[i] ?? []);
      });
    }
    return { ...g, values, numberFormats };
  });
}

/** Sample workbook in the stand-in, ready to run. */
export async function sampleWorkbook(factor = 1): Promise<FakeWorkbook> {
  const grids = await sampleGrids();
  return workbookFromGrids(factor === 1 ? grids : scaleGrids(grids, factor));
}

export const INPUT_SHEETS = ["Demand", "Supply", "Capacity", "Bill of Resources", "Finance", "Scenarios", "Inventory Policy"];
