/**
 * Bad history never breaks a run (SPEC "Month over month"): a hand-edited or damaged history
 * sheet, another product set, cycles out of order, a previous pack from a later cycle than the input,
 * a file that is no workbook. Each gets a finding that says what and where, the run goes on with
 * what is usable, and nothing of the history is dropped without a word.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import type { CellGrid, CellValue } from "../../src/engine/grid";
import type { PreviousPack } from "../../src/engine/history";
import { resolveSettings } from "../../src/engine/settings";
import { generatePack, type PackResult } from "../../src/report/generate";
import type { SheetSpec } from "../../src/report/workbookSpec";
import { SAMPLE_PATH } from "../office/workbooks";
import { CYCLES, cycleInput } from "./threeCycles";

const settings = resolveSettings();

function gridOf(sheet: SheetSpec | undefined): CellGrid | null {
  if (!sheet) return null;
  return { sheet: sheet.name, values: sheet.rows.map((r) => r.map((v) => v as CellValue)) };
}

/** The pack of a cycle as the next run reads it back. */
function packOf(result: PackResult, source = "the test's previous pack"): PreviousPack {
  const sheet = (name: string) => gridOf(result.workbook.sheets.find((s) => s.name === name));
  return { source, history: sheet("S&OP History"), summary: sheet("S&OP Summary") };
}

function run(cycle: (typeof CYCLES)[number], previous: PreviousPack | null = null): PackResult {
  return generatePack(cycleInput(cycle), settings, undefined, { previous });
}

const historyFindings = (r: PackResult) => r.analysis.findings.filter((f) => f.sheet === "S&OP History");

/** 0-based row of the first snapshot row of a family and month in a history grid. */
function snapshotRow(grid: CellGrid, cycle: string, family: string, period: string): number {
  return grid.values.findIndex((r) => r[0] === cycle && r[1] === family && r[2] === period);
}

describe("a damaged or hand-edited S&OP History", () => {
  it("reports a number that is not one at its cell, keeps the row with the figure empty, and compares the rest", () => {
    const previous = packOf(run("2026-01"));
    const grid = previous.history!;
    const r = snapshotRow(grid, "2026-01", "A", "2026-03");
    grid.values[r][3] = "lots"; // Demand Plan of A, 2026-03, typed over
    const result = run("2026-02", previous);
    expect(historyFindings(result).map((f) => [f.cell, f.severity])).toEqual([[`D${r + 1}`, "warning"]]);
    expect(historyFindings(result)[0].message).toMatch(/Demand Plan 'lots' is not a number: left empty/);
    // The row is kept (A's March supply and revenue are still there) ...
    const kept = result.analysis.loop!.snapshots.find(
      (s) => s.cycle === "2026-01" && s.family === "A" && s.period === "2026-03",
    )!;
    expect(kept).toMatchObject({ demandPlan: null, supplyPlan: 120, revenue: 1200 });
    // ... and A's plan change counts the months with a figure: Feb 110 + Apr 130 = 240 before, 120 + 125 + 130 now.
    expect(result.summary.planChanges.find((c) => c.family === "A")).toMatchObject({ previousUnits: 240, units: 375 });
  });

  it("leaves out a row whose month cannot be read, naming the cell, and keeps every other row", () => {
    const previous = packOf(run("2026-01"));
    const grid = previous.history!;
    const r = snapshotRow(grid, "2026-01", "B", "2026-04");
    grid.values[r][2] = "sometime";
    const result = run("2026-02", previous);
    expect(historyFindings(result).map((f) => f.cell)).toEqual([`C${r + 1}`]);
    expect(historyFindings(result)[0].message).toMatch(/Snapshot row left out: 'sometime' is not a period/);
    // 8 rows of 2026-01 less the one left out, plus 8 of this cycle.
    expect(result.analysis.loop!.snapshots).toHaveLength(7 + 8);
  });

  it("says when the snapshot table cannot be found, starts the history again and still writes the pack", () => {
    const previous = packOf(run("2026-01"));
    const grid = previous.history!;
    const h = grid.values.findIndex((r) => r[0] === "Cycle" && r[3] === "Demand Plan");
    grid.values[h][3] = "Plan"; // a header renamed by hand
    const result = run("2026-02", previous);
    expect(historyFindings(result)[0].message).toMatch(/No plan snapshot table found .* this pack starts the history again/);
    expect(result.analysis.loop!.cycles).toEqual(["2026-02"]);
    expect(result.workbook.sheets.map((s) => s.name)).toContain("S&OP History");
    expect(result.analysis.skipped.map((s) => s.analysis)).toContain("Plan changes");
  });

  it("puts snapshots pasted out of cycle order back in order and says so", () => {
    const second = run("2026-02", packOf(run("2026-01")));
    const grid = packOf(second).history!;
    const first = grid.values.findIndex((r) => r[0] === "2026-01");
    const later = grid.values.findIndex((r) => r[0] === "2026-02");
    [grid.values[first], grid.values[later]] = [grid.values[later], grid.values[first]];
    const third = run("2026-03", { source: "test", history: grid, summary: null });
    expect(historyFindings(third).map((f) => f.message)).toEqual(
      expect.arrayContaining([expect.stringMatching(/not in cycle order .* sorted by cycle again/)]),
    );
    expect(third.analysis.loop!.cycles).toEqual(["2026-01", "2026-02", "2026-03"]);
    // Still the hand-worked lag-1 figure of threeCycles.test.ts: total WMAPE 30/170.
    expect(third.summary.lagAccuracy.find((r) => r.family === "total" && r.lag === 1)!.wmape).toBeCloseTo(30 / 170, 12);
  });
});

describe("history that does not fit this input", () => {
  it("another product set: families added and dropped are named, shown as Added / Dropped, and the waterfall still adds up", () => {
    const previous = packOf(run("2026-01"));
    // The previous plan had a family C (renamed from B by hand), which this input no longer has.
    for (const row of previous.history!.values) if (row[1] === "B" && /^2026-/.test(String(row[0]))) row[1] = "C";
    const result = run("2026-02", previous);
    expect(historyFindings(result).map((f) => f.message)).toEqual([
      expect.stringMatching(/product set changed since cycle 2026-01: new B; no longer planned C/),
    ]);
    const changes = result.analysis.loop!.planChanges!;
    expect(changes.families.map((c) => [c.family, c.note])).toEqual(
      expect.arrayContaining([
        ["B", "Added"],
        ["C", "Dropped"],
        ["A", null],
      ]),
    );
    // Feb..Apr: before A 110+120+130 = 360 ($3,600), C 50+60+60 = 170 ($3,400): $7,000.
    // Now A 120+125+130 = 375 ($3,750), B 45+55+60 = 160 ($3,200): $6,950.
    const w = changes.waterfall;
    expect(w[0].value).toBe(7000);
    expect(w[w.length - 1].value).toBe(6950);
    expect(w.slice(1, -1).reduce((s, x) => s + x.value, 0)).toBe(6950 - 7000);
  });

  it("a previous pack from a later cycle than the input: said, kept in the history, not compared with", () => {
    const later = packOf(run("2026-03", packOf(run("2026-02"))));
    const result = run("2026-01", later);
    expect(historyFindings(result).map((f) => f.message)).toEqual([
      expect.stringMatching(/previous pack is from cycle 2026-03, later than this input's cycle 2026-01/),
    ]);
    expect(result.analysis.loop!.cycles).toEqual(["2026-01", "2026-02", "2026-03"]);
    expect(result.analysis.loop!.planChanges).toBeNull();
    expect(result.summary.lagAccuracy).toEqual([]);
  });

  it("keeps the last 24 cycles and says on the sheet which were dropped", () => {
    const previous = packOf(run("2026-01"));
    const grid = previous.history!;
    const h = grid.values.findIndex((r) => r[0] === "Cycle" && r[3] === "Demand Plan");
    // 24 earlier cycles, 2024-01 .. 2025-12, one row each, pasted above this pack's rows.
    const earlier = Array.from({ length: 24 }, (_, i) => {
      const cycle = `${2024 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`;
      return [cycle, "A", cycle, 100, null, null, null] as CellValue[];
    });
    grid.values.splice(h + 1, 0, ...earlier);
    const result = run("2026-02", previous);
    // 2024-01 .. 2026-01 are 25 earlier cycles; with 2026-02 that is 26: the two oldest go.
    expect(result.analysis.loop!.cycles[0]).toBe("2024-03");
    expect(result.analysis.loop!.cycles).toHaveLength(24);
    const sheet = result.workbook.sheets.find((s) => s.name === "S&OP History")!;
    const dropped = sheet.rows.find((r) => r[0] === "Cycles dropped")!;
    expect(dropped[1]).toMatch(/^2 cycle\(s\) older than the last 24 dropped this run .*: 2024-01 and 2024-02$/);
  });

  it("on the command line, a --previous file that is not a workbook is a finding and the pack is written", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sop-badprev-"));
    const bogus = join(dir, "last.xlsx");
    writeFileSync(bogus, "not a zip");
    const json = join(dir, "s.json");
    const code = await main(
      ["generate", SAMPLE_PATH, "-o", join(dir, "p.xlsx"), "--json", json, "--previous", bogus],
      () => undefined,
      () => undefined,
    );
    expect(code).toBe(0);
    const findings = (JSON.parse(readFileSync(json, "utf8")).dataQuality as { sheet: string; message: string }[]).filter(
      (f) => f.sheet === "S&OP History",
    );
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toMatch(/cannot be read as an Excel workbook.*no history carried/);
  });

  it("on the command line, a --previous path that does not exist stops the run with exit 1 and says so", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sop-noprev-"));
    const err: string[] = [];
    const code = await main(
      ["generate", SAMPLE_PATH, "-o", join(dir, "p.xlsx"), "--previous", join(dir, "nope.xlsx")],
      () => undefined,
      (e) => err.push(e),
    );
    expect(code).toBe(1);
    expect(err.join("\n")).toMatch(/Cannot open the previous pack .*nope\.xlsx \(--previous\)/);
  });
});
