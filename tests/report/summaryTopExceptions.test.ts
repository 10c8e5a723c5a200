/**
 * The summary stays an executive page at any size: it lists the 25 largest exceptions (15 agenda
 * issues) and sums up the rest in one linked line per detail sheet, while the key figures count all.
 *
 * Hand-made plan (two months, 2027-01 and 2027-02, one quarter 2027-Q1):
 * - 30 families F01..F30, demand 10 and 10, supply 0 then 20, no beginning inventory, price $i for Fi:
 *   I(2027-01) = 0 + 0 - 10 = -10 (shortage), I(2027-02) = -10 + 20 - 10 = 0.
 *   met(2027-01) = min(10, 0 + 0) = 0; met(2027-02) = min(10, max(0, -10) + 20) = 10: 10 units unmet.
 *   Impact of Fi's shortage = 10 x $i; no budget, so no revenue gap.
 * - 3 families G1..G3, demand = supply = 10 and 10, price $1, budget revenue $12 a month:
 *   revenue 2 x 10 x $1 = $20 against budget $24: -$4 in 2027-Q1 (16.7% below budget > 1%): a revenue-gap
 *   exception with $4 at stake.
 * 33 exceptions, all on the agenda (shortages and revenue gaps are always unresolved). Ranked:
 * F30 ($300) .. F01 ($10), then G1..G3 ($4 each).
 *
 * The agenda's length is what these tests count, so materiality is set to 0 (every exception with money
 * at stake is material): by default, 0.5% of plan revenue (20 x $465 + 60 = $9,360) is $46.80 and would
 * leave F01..F04 and G1..G3 off the agenda (tests/report/materiality.test.ts covers that).
 */
import { analyze } from "../../src/engine/analyze";
import type { Settings } from "../../src/engine/settings";
import { planExceptions } from "../../src/report/exceptions";
import { summarySheet } from "../../src/report/sheets/summarySheet";
import type { SheetSpec } from "../../src/report/workbookSpec";
import { scenarioPlan, settingsWith } from "../engine/scenarios/scenarioPlan";

const F = Array.from({ length: 30 }, (_, i) => `F${String(i + 1).padStart(2, "0")}`);
const G = ["G1", "G2", "G3"];
const demand: Record<string, number[]> = {};
const supply: Record<string, number[]> = {};
const prices: Record<string, { price: number; cost: number; budget?: number }> = {};
F.forEach((f, i) => {
  demand[f] = [10, 10];
  supply[f] = [0, 20];
  prices[f] = { price: i + 1, cost: 0 };
});
for (const g of G) {
  demand[g] = [10, 10];
  supply[g] = [10, 10];
  prices[g] = { price: 1, cost: 0, budget: 12 };
}
const everyImpact = (): Settings => ({ ...settingsWith(), materiality: 0 });
const analysis = analyze(scenarioPlan({ demand, supply, prices, noCapacity: true }), everyImpact(), []);
const PACK = ["Data Quality", "Gap Table", "Financial Gap"];
const summary = summarySheet(analysis, PACK);

/** The rows of the table whose header row starts with `first`, `second`. */
/**
 * The body of the table under the header (first, second, ...) and of any table with the same header
 * further down: the exceptions that do not fit on the first printed page continue after the agenda.
 */
function tableAfter(
  sheet: SheetSpec,
  first: string,
  second: string,
): { header: number; body: SheetSpec["rows"]; rows: number[] } {
  const header = sheet.rows.findIndex((r) => r[0] === first && r[1] === second);
  expect(header).toBeGreaterThanOrEqual(0);
  const body = [];
  const rows: number[] = [];
  for (let h = header; h >= 0; h = sheet.rows.findIndex((r, i) => i > h && r[0] === first && r[1] === second))
    for (let r = h + 1; r < sheet.rows.length && sheet.rows[r].length > 0; r++) {
      body.push(sheet.rows[r]);
      rows.push(r);
    }
  return { header, body, rows };
}

const linksInColumn = (sheet: SheetSpec, column: string, fromRow: number, toRow: number) =>
  (sheet.links ?? []).filter((l) => {
    const row = Number(l.cell.slice(1)) - 1; // A1 row -> 0-based
    return l.cell.startsWith(column) && row >= fromRow && row <= toRow;
  });

describe("an executive summary of a plan with more than 25 exceptions", () => {
  it("finds all 33 exceptions, largest money impact first", () => {
    const all = planExceptions(analysis);
    expect(all).toHaveLength(33);
    expect(all[0].title).toMatch(/^F30: /);
    expect(all[0].impact).toBeCloseTo(300, 9); // 10 units x $30
    expect(all[29].title).toMatch(/^F01: /);
    expect(all.slice(30).map((e) => [e.kind, e.impact])).toEqual([
      ["revenueGap", expect.closeTo(4, 9)],
      ["revenueGap", expect.closeTo(4, 9)],
      ["revenueGap", expect.closeTo(4, 9)],
    ]);
  });

  it("lists the top 25 exceptions, then one line per detail sheet for the rest, with its total impact", () => {
    const { body, rows } = tableAfter(summary, "#", "Exception");
    expect(body).toHaveLength(25 + 2);
    // Listed: F30 ($300) down to F06 ($60).
    expect(body.slice(0, 25).map((r) => r[0])).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect((body[0][1] as string).startsWith("F30: ")).toBe(true);
    expect((body[24][1] as string).startsWith("F06: ")).toBe(true);
    expect(body[24][3]).toBeCloseTo(60, 9);
    // Left off: F05..F01 on Gap Table, 10 x (5 + 4 + 3 + 2 + 1) = $150; G1..G3 on Financial Gap, 3 x $4 = $12.
    const [gapTable, financialGap] = body.slice(25);
    expect(gapTable[0]).toBeNull();
    expect(gapTable[1]).toBe("5 more exceptions (total impact $150): see Gap Table");
    expect(gapTable[2]).toBe("Supply");
    expect(gapTable[3]).toBeCloseTo(150, 9);
    expect(gapTable[6]).toBe("Gap Table");
    expect(financialGap[1]).toBe("3 more exceptions (total impact $12): see Financial Gap");
    expect(financialGap[2]).toBe("Finance");
    expect(financialGap[3]).toBeCloseTo(12, 9);
    // Every row links to its detail sheet: 25 + 2 links in the Detail column (G), on the rows
    // themselves (0-based row r is A1 row r + 1).
    const links = rows.map((r) => linksInColumn(summary, "G", r, r));
    expect(links.every((l) => l.length === 1)).toBe(true);
    expect(links.slice(25).map(([l]) => l.sheet)).toEqual(["Gap Table", "Financial Gap"]);
  });

  it("lists the top 15 agenda issues, then one linked line per detail sheet for the rest", () => {
    const { header, body } = tableAfter(summary, "#", "Issue");
    expect(body).toHaveLength(15 + 2);
    expect((body[14][1] as string).startsWith("F16: ")).toBe(true);
    // Left off the agenda: F15..F01, 10 x (15 x 16 / 2) = 10 x 120 = $1,200; G1..G3 $12.
    expect(body[15].slice(0, 4)).toEqual([
      null,
      "15 more exceptions (total impact $1,200): see Gap Table",
      "Supply",
      expect.closeTo(1200, 9),
    ]);
    expect(body[16].slice(0, 4)).toEqual([
      null,
      "3 more exceptions (total impact $12): see Financial Gap",
      "Finance",
      expect.closeTo(12, 9),
    ]);
    expect(linksInColumn(summary, "B", header + 1, header + body.length).map((l) => [l.cell, l.sheet])).toEqual([
      [`B${header + 17}`, "Gap Table"],
      [`B${header + 18}`, "Financial Gap"],
    ]);
  });

  it("still counts every shortage in the key figures", () => {
    const { body } = tableAfter(summary, "Figure", "Plan");
    const shortages = body.find((r) => r[0] === "Shortage family-months")!;
    // One shortage month (2027-01) for each of the 30 F families.
    expect(shortages[1]).toBe(30);
    // The comment names the first 10 families and counts the rest.
    expect(shortages[5]).toBe("F01, F02, F03, F04, F05, F06, F07, F08, F09, F10, and 20 more (see Gap Table)");
  });

  it("keeps the summary short: well under a hundred rows for 33 exceptions", () => {
    const links = summary.links ?? [];
    // 27 exception links + 2 agenda links + 3 contents links + 0 data-quality link (no findings).
    expect(links).toHaveLength(27 + 2 + PACK.length);
    // The pages before the charts' page stay well under a hundred rows; the chart data below the
    // contents is not printed.
    expect(summary.page!.rowBreaks![0]).toBeLessThan(100);
    expect(summary.rows.length).toBeLessThan(150);
  });
});

describe("a summary with exactly 25 exceptions", () => {
  it("lists them all and adds no 'more' line", () => {
    const few: Record<string, number[]> = {};
    const fewPrices: typeof prices = {};
    F.slice(0, 25).forEach((f, i) => {
      few[f] = [10, 10];
      fewPrices[f] = { price: i + 1, cost: 0 };
    });
    const small = analyze(
      scenarioPlan({
        demand: few,
        supply: Object.fromEntries(F.slice(0, 25).map((f) => [f, [0, 20]])),
        prices: fewPrices,
        noCapacity: true,
      }),
      everyImpact(),
      [],
    );
    const sheet = summarySheet(small, PACK);
    const { body } = tableAfter(sheet, "#", "Exception");
    expect(body).toHaveLength(25);
    expect(body.every((r) => typeof r[0] === "number")).toBe(true);
    // The agenda: 15 listed, then the other 10 shortages, 10 x (1 + ... + 10) = 10 x 55 = $550.
    const agenda = tableAfter(sheet, "#", "Issue").body;
    expect(agenda).toHaveLength(16);
    expect(agenda[15][1]).toBe("10 more exceptions (total impact $550): see Gap Table");
  });
});
