/**
 * Every sheet of the sample's pack prints as a meeting document: landscape, one page wide, the header
 * of its main table repeated on each printed page, never below 9 points.
 */
import * as fs from "fs";
import * as path from "path";
import { parseRangeAddress } from "../../src/engine/a1";
import { resolveSettings } from "../../src/engine/settings";
import { readXlsx } from "../../src/hosts/xlsx";
import { generatePack } from "../../src/report/generate";
import { sheetPrintSetup } from "../../src/report/printSetup";
import type { SheetSpec, WorkbookSpec } from "../../src/report/workbookSpec";

let pack: WorkbookSpec;

beforeAll(async () => {
  const grids = await readXlsx(fs.readFileSync(path.join(__dirname, "..", "..", "samples", "sop-sample.xlsx")));
  pack = generatePack(grids, resolveSettings()).workbook;
});

describe("print setup of the sample's pack", () => {
  test("every sheet is landscape and one page wide, unless that would print below 9 points", () => {
    for (const sheet of pack.sheets) expect([sheet.name, sheet.page?.orientation]).toEqual([sheet.name, "landscape"]);
    for (const sheet of pack.sheets) expect([sheet.name, sheet.page?.fit]).toEqual([sheet.name, "width"]);
    // Letter/A4 landscape less 0.3 in margins: 10.4 in = 998.4 px = 133.1 characters of 7.5 px at 100%;
    // 11-point text prints at 9 points down to 82%, so up to 133.1 / 0.82 = 162.3 characters fit.
    for (const sheet of pack.sheets) {
      // The printed columns: the print area's where it has one (the summary's Decided and Key lie beyond).
      const lastColumn = sheet.page?.printArea ? parseRangeAddress(sheet.page.printArea).col2 : Infinity;
      const width = (sheet.columnWidths ?? []).slice(0, lastColumn + 1).reduce((s, w) => s + (w || 8.43), 0);
      if (sheet.page?.scale !== undefined) expect([sheet.name, sheet.page.scale]).toEqual([sheet.name, 82]);
      else if (width > 162.3) expect([sheet.name, width]).toEqual([sheet.name, "set a scale"]);
    }
  });

  test("the repeated row is the header of the sheet's longest table", () => {
    for (const sheet of pack.sheets.slice(1)) {
      const longest = [...(sheet.tables ?? [])].sort((a, b) => {
        const ra = parseRangeAddress(a.range);
        const rb = parseRangeAddress(b.range);
        return rb.row2 - rb.row1 - (ra.row2 - ra.row1);
      })[0];
      if (!longest) continue;
      const header = parseRangeAddress(longest.range).row1;
      expect([sheet.name, sheet.page?.repeatRows]).toEqual([sheet.name, { first: header, last: header }]);
    }
  });

  test("Data Quality's header (row 4) repeats on every page and stays frozen on screen", () => {
    const dq = pack.sheets.find((s) => s.name === "Data Quality")!;
    expect(dq.rows[3]).toEqual(["Severity", "Sheet", "Cell", "Problem"]);
    expect(dq.page?.repeatRows).toEqual({ first: 3, last: 3 });
    expect(dq.freeze).toEqual({ rows: 4, columns: 0 });
  });
});

describe("sheetPrintSetup", () => {
  const table = (range: string) => ({ name: "T", range, style: "TableStyleMedium2" });

  test("a header near the top is frozen, keeping the sheet's frozen columns", () => {
    // Header on row 3 (0-based 2) of A3:D40: frozen down to it, column A stays frozen.
    const sheet: SheetSpec = { name: "S", rows: [], tables: [table("A3:D40")], freeze: { rows: 0, columns: 1 } };
    expect(sheetPrintSetup(sheet)).toMatchObject({
      freeze: { rows: 3, columns: 1 },
      page: { repeatRows: { first: 2, last: 2 } },
    });
  });

  test("a header far down is repeated when printed but not frozen (it would fill the screen)", () => {
    const sheet: SheetSpec = {
      name: "S",
      rows: [],
      tables: [table("A2:B5"), table("A30:F200")],
      freeze: { rows: 0, columns: 1 },
    };
    const out = sheetPrintSetup(sheet);
    expect(out.page?.repeatRows).toEqual({ first: 29, last: 29 });
    expect(out.freeze).toEqual({ rows: 0, columns: 1 });
  });

  test("a sheet that says how it prints keeps it", () => {
    const page = { orientation: "landscape" as const, fit: "page" as const, printArea: "A1:H40" };
    expect(sheetPrintSetup({ name: "S", rows: [], tables: [table("A3:D40")], page }).page).toBe(page);
  });
});

describe("no header cut off, partial quarters labelled (the sample's pack)", () => {
  test("every table's header row wraps, so a header wider than a column shared with another table shows whole", () => {
    for (const sheet of pack.sheets) {
      for (const t of sheet.tables ?? []) {
        const { row1, col1, col2 } = parseRangeAddress(t.range);
        const wraps = (c: number) =>
          (sheet.styles ?? []).some((s) => {
            if (!s.wrap) return false;
            const a = parseRangeAddress(s.range);
            return a.row1 <= row1 && row1 <= a.row2 && a.col1 <= c && c <= a.col2;
          });
        for (let c = col1; c <= col2; c++) expect([sheet.name, t.name, c, wraps(c)]).toEqual([sheet.name, t.name, c, true]);
      }
    }
  });

  test("Financial Gap labels 2026-Q4 (Nov, Dec) and 2028-Q2 (Apr) as partial, whole quarters plainly", () => {
    // The plan runs 2026-11 to 2028-04 (samples/PLANTED.md).
    const fg = pack.sheets.find((s) => s.name === "Financial Gap")!;
    const header = fg.rows.findIndex((r) => r[0] === "Quarter");
    const quarters = fg.rows.slice(header + 1, header + 8).map((r) => r[0]);
    expect(quarters).toEqual([
      "2026-Q4 (2 of 3 mo.)",
      "2027-Q1",
      "2027-Q2",
      "2027-Q3",
      "2027-Q4",
      "2028-Q1",
      "2028-Q2 (1 of 3 mo.)",
    ]);
  });
});
