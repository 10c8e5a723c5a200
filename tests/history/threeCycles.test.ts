/**
 * The loop over three consecutive cycles (threeCycles.ts), through both hosts: the command line with
 * --previous (ExcelJS files) and the Office host regenerating in the same workbook as its input sheets
 * are updated month by month. The figures are worked by hand below from the definitions in SPEC.md.
 *
 * Accuracy at lag in cycle 2026-03 (actuals to 2026-02; snapshots of cycles 2026-01 and 2026-02):
 *   lag 0 = month m's plan in cycle m:   A Jan F 100 A 90 e −10; A Feb F 120 A 130 e +10
 *                                        B Jan F 50  A 60 e +10; B Feb F 45  A 40  e −5
 *     A: WMAPE (10+10)/(90+130) = 20/220; bias 0/220 = 0; RSFE 0, MAD 10, TS 0
 *     B: WMAPE (10+5)/(60+40) = 0.15; bias 5/100 = 0.05; MAD 7.5, TS 5/7.5 = 2/3
 *     total: WMAPE 35/320; bias 5/320; per month Jan 150 vs 150 (e 0), Feb 170 vs 165 (e 5):
 *            RSFE 5, MAD 2.5, TS 2
 *   lag 1 = month m's plan in cycle m − 1: only Feb (cycle 2026-01's plan): A F 110 A 130 e +20; B F 50 A 40 e −10
 *     A: WMAPE 20/130, bias 20/130, TS 20/20 = 1;  B: WMAPE 10/40, bias −10/40, TS −1
 *     total: WMAPE 30/170, bias 10/170; Feb 170 vs 160 e 10: TS 10/10 = 1
 *   lag 3 = cycle m − 3: cycle 2026-01 planned no month that has actuals 3 months later: not shown.
 *
 * Plan changes, cycle 2026-03 against 2026-02, over the months both cover (Mar, Apr, May):
 *   A 125+130+140 = 395 -> 130+135+140 = 405 (+10 units, $3,950 -> $4,050, +$100)
 *   B  55+ 60+ 60 = 175 ->  50+ 50+ 55 = 155 (−20 units, $3,500 -> $3,100, −$400)
 *   supply A 3 × 120 = 360 -> 3 × 130 = 390 (+30); B 150 -> 150 (0)
 *   waterfall (revenue, largest move first): $7,450, B −$400, A +$100, $7,150 = 7,450 − 400 + 100 exactly.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { createOfficeHost } from "../../src/hosts/office/officeHost";
import { resolveSettings } from "../../src/engine/settings";
import type { CellGrid } from "../../src/engine/grid";
import type { SummaryJson } from "../../src/report/summaryJson";
import { workbookFromGrids } from "../office/workbooks";
import type { FakeWorkbook } from "../office/fakeExcel";
import { CYCLES, cycleInput } from "./threeCycles";

async function writeInput(grids: CellGrid[], file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const g of grids) {
    const ws = wb.addWorksheet(g.sheet);
    g.values.forEach((row) => ws.addRow(row.map((v) => (v === null ? undefined : v))));
  }
  await wb.xlsx.writeFile(file);
}

/** The expectations every host must meet on the third cycle's summary. */
function expectThirdCycle(s: SummaryJson): void {
  const lag = (family: string, k: number) => s.lagAccuracy.find((r) => r.family === family && r.lag === k)!;
  expect([...new Set(s.lagAccuracy.map((r) => r.lag))]).toEqual([0, 1]);
  expect(lag("A", 0)).toEqual({ family: "A", lag: 0, n: 2, wmape: expect.closeTo(20 / 220, 12), biasPct: 0, trackingSignal: 0 });
  expect(lag("B", 0)).toEqual({
    family: "B",
    lag: 0,
    n: 2,
    wmape: expect.closeTo(0.15, 12),
    biasPct: expect.closeTo(0.05, 12),
    trackingSignal: expect.closeTo(2 / 3, 12),
  });
  expect(lag("total", 0)).toEqual({
    family: "total",
    lag: 0,
    n: 2,
    wmape: expect.closeTo(35 / 320, 12),
    biasPct: expect.closeTo(5 / 320, 12),
    trackingSignal: expect.closeTo(2, 12),
  });
  expect(lag("A", 1)).toEqual({
    family: "A",
    lag: 1,
    n: 1,
    wmape: expect.closeTo(20 / 130, 12),
    biasPct: expect.closeTo(20 / 130, 12),
    trackingSignal: 1,
  });
  expect(lag("B", 1)).toEqual({
    family: "B",
    lag: 1,
    n: 1,
    wmape: expect.closeTo(0.25, 12),
    biasPct: expect.closeTo(-0.25, 12),
    trackingSignal: -1,
  });
  expect(lag("total", 1)).toEqual({
    family: "total",
    lag: 1,
    n: 1,
    wmape: expect.closeTo(30 / 170, 12),
    biasPct: expect.closeTo(10 / 170, 12),
    trackingSignal: 1,
  });
  // Largest move first: B (−$400) before A (+$100).
  expect(s.planChanges).toEqual([
    { family: "B", previousUnits: 175, units: 155, previousRevenue: 3500, revenue: 3100 },
    { family: "A", previousUnits: 395, units: 405, previousRevenue: 3950, revenue: 4050 },
  ]);
}

/** The Plan Changes waterfall table as written (start, two families, end): [step, base, increase, decrease, total]. */
function waterfallRows(rows: unknown[][]): unknown[][] {
  const header = rows.findIndex((r) => r[0] === "Step" && r[1] === "Base");
  return rows
    .slice(header + 1, header + 5)
    .map((r) => [0, 1, 2, 3, 4].map((c) => (r[c] === "" || r[c] === undefined ? null : r[c])));
}

/** The waterfall bars must add up: start + Σ increases − Σ decreases = end. */
function expectWaterfall(rows: unknown[][]): void {
  expect(rows).toEqual([
    ["Plan of 2026-02", null, null, null, 7450],
    // B: from 7,450 down to 7,050: base 7,050, decrease 400.
    ["B", 7050, null, 400, null],
    // A: from 7,050 up to 7,150: base 7,050, increase 100.
    ["A", 7050, 100, null, null],
    ["Plan of 2026-03", null, null, null, 7150],
  ]);
  expect(7450 - 400 + 100).toBe(7150);
}

describe("three consecutive cycles on the command line (--previous)", () => {
  it("measures lag-0 and lag-1 accuracy and the plan changes as worked by hand", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sop-loop-"));
    let previous: string | null = null;
    let summary: SummaryJson | null = null;
    for (const cycle of CYCLES) {
      const input = join(dir, `input-${cycle}.xlsx`);
      await writeInput(cycleInput(cycle), input);
      const pack = join(dir, `pack-${cycle}.xlsx`);
      const json = join(dir, `summary-${cycle}.json`);
      const args = ["generate", input, "-o", pack, "--json", json, ...(previous ? ["--previous", previous] : [])];
      const err: string[] = [];
      expect(
        await main(
          args,
          () => undefined,
          (e) => err.push(e),
        ),
      ).toBe(0);
      expect(err).toEqual([]);
      summary = JSON.parse(readFileSync(json, "utf8")) as SummaryJson;
      previous = pack;
    }
    expectThirdCycle(summary!);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(previous!);
    const ws = wb.getWorksheet("Plan Changes")!;
    const rows: unknown[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      rows[n - 1] = (row.values as unknown[]).slice(1);
    });
    for (let r = 0; r < rows.length; r++) rows[r] = (rows[r] ?? []).map((v) => v ?? null);
    expectWaterfall(waterfallRows(rows));
    // The history carries all three cycles' snapshots: 2 families × 4 months each.
    const history = wb.getWorksheet("S&OP History")!;
    let snapshotRows = 0;
    history.eachRow((row) => {
      if (/^2026-0[123]$/.test(String(row.getCell(1).value)) && /^[AB]$/.test(String(row.getCell(2).value))) snapshotRows++;
    });
    expect(snapshotRows).toBe(3 * 2 * 4);
  });
});

describe("three consecutive cycles in Excel (the history lives in the workbook)", () => {
  /** The planner replaces the input sheets' contents with this month's data (same sheets). */
  function updateInputs(book: FakeWorkbook, grids: CellGrid[]): void {
    for (const g of grids) {
      const sheet = book.sheet(g.sheet)!;
      sheet.cells.clear();
      g.values.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v !== null) sheet.cells.set(`${r},${c}`, { value: v as string | number, numberFormat: "General" });
        }),
      );
    }
  }

  it("measures the same figures as the command line", async () => {
    const book = workbookFromGrids(cycleInput(CYCLES[0]));
    const host = createOfficeHost(book.run, { runTag: "t1" });
    let summary: SummaryJson | null = null;
    for (const cycle of CYCLES) {
      updateInputs(book, cycleInput(cycle));
      summary = (await host.generate(resolveSettings(), {})).summary;
    }
    expectThirdCycle(summary!);
    expectWaterfall(waterfallRows(book.valuesOf("Plan Changes")));
  });
});
