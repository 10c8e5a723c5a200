/**
 * What a planner or a finance analyst trips over when opening the pack of the sample workbook
 * (samples/sop-sample.xlsx): a raw 0.9699890197644241 where a percentage belongs, prices without cents,
 * hours without a unit, the family or resource name scrolling out of sight, a month column too narrow.
 */
import * as fs from "fs";
import * as path from "path";
import { parseRangeAddress } from "../../src/engine/a1";
import { resolveSettings } from "../../src/engine/settings";
import { readXlsx } from "../../src/hosts/xlsx";
import { generatePack } from "../../src/report/generate";
import { NumberFormats, type SheetSpec, type WorkbookSpec } from "../../src/report/workbookSpec";

const SAMPLE = path.join(__dirname, "..", "..", "samples", "sop-sample.xlsx");
let workbook: WorkbookSpec;
const sheet = (name: string): SheetSpec => workbook.sheets.find((s) => s.name === name)!;

beforeAll(async () => {
  workbook = generatePack(await readXlsx(fs.readFileSync(SAMPLE)), resolveSettings()).workbook;
});

/** The number format a cell ends up with (the last style that sets one wins, as in the hosts). */
function numberFormatAt(s: SheetSpec, row: number, col: number): string | undefined {
  let format: string | undefined;
  for (const st of s.styles ?? []) {
    if (!st.numberFormat) continue;
    const r = parseRangeAddress(st.range);
    if (row >= r.row1 && row <= r.row2 && col >= r.col1 && col <= r.col2) format = st.numberFormat;
  }
  return format;
}

/** The body rows of a table, keyed by header, with each cell's row and column. */
function tableCells(s: SheetSpec, name: string): { header: string[]; first: number; last: number; col: (h: string) => number } {
  const r = parseRangeAddress(s.tables!.find((t) => t.name === name)!.range);
  const header = s.rows[r.row1] as string[];
  return { header, first: r.row1 + 1, last: r.row2, col: (h) => header.indexOf(h) };
}

test("no sheet shows a raw fraction: every number that is not a whole number has a number format", () => {
  const raw: string[] = [];
  for (const s of workbook.sheets) {
    s.rows.forEach((cells, r) =>
      cells.forEach((v, c) => {
        if (typeof v === "number" && !Number.isInteger(v) && !numberFormatAt(s, r, c))
          raw.push(`${s.name}!R${r + 1}C${c + 1}=${v}`);
      }),
    );
  }
  expect(raw).toEqual([]);
});

test("the summary's forecast accuracy reads as a percentage, its money in dollars", () => {
  const s = sheet("S&OP Summary");
  const accuracy = s.rows.findIndex((r) => r[0] === "Forecast accuracy (1 − WMAPE)");
  expect(numberFormatAt(s, accuracy, 1)).toBe(NumberFormats.percent);
  const revenue = s.rows.findIndex((r) => r[0] === "Demand revenue vs budget");
  for (const c of [1, 2, 3]) expect(numberFormatAt(s, revenue, c)).toBe(NumberFormats.money);
  expect(numberFormatAt(s, revenue, 4)).toBe(NumberFormats.percent);
});

test("the summary colours a key figure's gap % beyond 1% below budget", () => {
  const s = sheet("S&OP Summary");
  const revenue = s.rows.findIndex((r) => r[0] === "Demand revenue vs budget");
  const red = (s.conditionalFormats ?? []).find((f) => {
    if (f.kind !== "cellValue" || f.operator !== "lessThan") return false;
    const r = parseRangeAddress(f.range);
    return r.col1 === 4 && r.col2 === 4 && revenue >= r.row1 && revenue <= r.row2;
  });
  // -1%: finance's "on budget" tolerance, the same as the Financial Gap sheet's.
  expect(red).toMatchObject({ values: [-0.01] });
});

test("unit prices and unit costs are shown in dollars and cents", () => {
  const s = sheet("Financial Gap");
  const t = tableCells(s, "FinancialGap");
  for (const h of ["Unit Price", "Unit Cost"]) {
    expect(numberFormatAt(s, t.first, t.col(h))).toBe('"$"#,##0.00;[Red]-"$"#,##0.00');
    expect(numberFormatAt(s, t.last, t.col(h))).toBe('"$"#,##0.00;[Red]-"$"#,##0.00');
  }
});

test("hours on the capacity overloads carry their unit in the header", () => {
  const t = tableCells(sheet("Capacity Check"), "CapacityOverloads");
  expect(t.header).toEqual(
    expect.arrayContaining([
      "Load (h)",
      "Rated Capacity (h)",
      "Overload (h)",
      "1. Overtime (h)",
      "2. Pre-build Earlier (h)",
      "3. Subcontract / Reshape Demand (h)",
    ]),
  );
});

test("tracking signal, a ratio, is shown with two decimals", () => {
  const s = sheet("Demand Review");
  const t = tableCells(s, "DemandReview");
  expect(numberFormatAt(s, t.first, t.col("Tracking Signal"))).toBe(NumberFormats.decimal2);
});

test("the wide family and resource sheets keep the name column in view while scrolling right", () => {
  for (const name of ["Capacity Check", "Gap Table", "Financial Gap", "Scen - Optimistic"]) {
    expect({ name, freeze: sheet(name).freeze }).toEqual({ name, freeze: { rows: 0, columns: 1 } });
  }
});

test("every column of the capacity heat map has a width, down to the last of the 18 plan months", () => {
  const s = sheet("Capacity Check");
  const t = tableCells(s, "CapacityHeatMap");
  // Resource + 18 months (2026-11 to 2028-04) = 19 columns.
  expect(t.header).toHaveLength(19);
  expect(s.columnWidths!.length).toBeGreaterThanOrEqual(19);
  // "Required Load (Consensus Forecast, h)" is 37 characters: its column is wide enough to read it.
  const detail = tableCells(s, "CapacityCheck");
  expect(s.columnWidths![detail.col("Required Load (Consensus Forecast, h)")]).toBeGreaterThanOrEqual(37);
});
