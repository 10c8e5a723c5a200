import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { engineLines, tsLines } from "../../src/bench/engineLines";
import { packCells, rawRead, rawWrite, type RawSheet } from "../../src/bench/rawLimit";
import { dateSerial } from "../../src/report/dateSerial";
import { readXlsx } from "../../src/hosts/xlsx/readXlsx";

// Two small sheets as a planner would check them: text (with characters XML must escape), numbers,
// a boolean and a gap (an empty cell, a missing row).
const SHEETS: RawSheet[] = [
  {
    name: "Gap Table",
    rows: [["Family", "Month", "Gap"], ["A & B <mix>", 46023, -12.5], [], ["C", null, true]],
  },
  { name: "Notes", rows: [["one"], ["two", 2]] },
];

describe("the raw limit's minimal writer and reader (src/bench/rawLimit.ts)", () => {
  test("the written package opens in our reader and in ExcelJS with every value as given", async () => {
    const bytes = await rawWrite(SHEETS);
    const grids = await readXlsx(bytes, "raw.xlsx");
    expect(grids.map((g) => g.sheet)).toEqual(["Gap Table", "Notes"]);
    const gap = grids[0].values;
    expect(gap[0]).toEqual(["Family", "Month", "Gap"]);
    expect(gap[1]).toEqual(["A & B <mix>", 46023, -12.5]);
    expect(gap[3][0]).toBe("C");
    expect(gap[3][2]).toBe(true);
    expect(grids[1].values[1]).toEqual(["two", 2]);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(wb.getWorksheet("Gap Table")!.getCell("A2").value).toBe("A & B <mix>");
    expect(wb.getWorksheet("Gap Table")!.getCell("C2").value).toBe(-12.5);
  });

  test("the scan finds every stored cell and the characters of every value", async () => {
    const scanned = await rawRead(await rawWrite(SHEETS));
    // Cells stored: sheet 1 3 + 3 + 2 (C4's neighbour B4 is empty) = 8; sheet 2 1 + 2 = 3; 11 in all.
    expect(scanned.cells).toBe(11);
    // Value characters: "Family" 6 + "Month" 5 + "Gap" 3 + "A &amp; B &lt;mix&gt;" as stored 21 (the
    // scan reads XML, it does not decode) + "46023" 5 + "-12.5" 5 + "C" 1 + "1" 1 = 47; sheet 2:
    // "one" 3 + "two" 3 + "2" 1 = 7. 54 in all.
    expect(scanned.valueChars).toBe(54);
    expect(scanned.parts).toBe(2);
  });

  test("dates become Excel serial numbers: 2026-01-01 is day 46,023", () => {
    // 1900 system: 2025-01-01 is serial 45,658 (Excel's DATE(2025,1,1)); 2025 has 365 days -> 46,023.
    expect(dateSerial(new Date(Date.UTC(2026, 0, 1)))).toBe(46023);
    const cells = packCells({ sheets: [{ name: "S", rows: [[new Date(Date.UTC(2026, 0, 1)), "x", null, 3]] }] });
    expect(cells[0].rows[0]).toEqual([46023, "x", null, 3]);
  });
});

describe("the engine's line count (src/bench/engineLines.ts)", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "engine-lines-"));
    for (const f of ["capacity", "reconcile", "finance", "scenarios", "scenarios/kernel"]) mkdirSync(join(dir, f));
    writeFileSync(join(dir, "analyze.ts"), "a\nb\nc\n"); // 3 lines
    writeFileSync(join(dir, "capacity", "check.ts"), "x\ny\n"); // 2
    writeFileSync(join(dir, "capacity", "notes.md"), "not\ncounted\n"); // not TypeScript
    writeFileSync(join(dir, "reconcile", "gap.ts"), "1\n2\n3\n4\n"); // 4
    writeFileSync(join(dir, "finance", "money.ts"), "m\n"); // 1
    writeFileSync(join(dir, "scenarios", "run.ts"), "r\nr\n"); // 2
    writeFileSync(join(dir, "scenarios", "kernel", "k.ts"), "k\nk\nk\nk\nk\n"); // 5, in a subfolder
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("counts .ts lines in all and per folder, subfolders included", () => {
    expect(tsLines(join(dir, "scenarios"))).toBe(7);
    // 3 + 2 + 4 + 1 + 2 + 5 = 17
    expect(engineLines(dir)).toEqual({ total: 17, folders: { capacity: 2, reconcile: 4, finance: 1, scenarios: 7 } });
  });
});
