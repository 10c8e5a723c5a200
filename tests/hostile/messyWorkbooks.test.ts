/**
 * Workbooks as they arrive from the business (tests/fixtures/messy-*.xlsx, made by
 * scripts/make-fixtures.ts): one bad optional cell costs that value only, every message names the
 * true cause, and `check` reports exactly what `generate` reports.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";

const FIXTURES = join(__dirname, "..", "fixtures");

interface Summary {
  dataQuality: { sheet: string; cell: string; severity: string; message: string }[];
  gaps: { family: string; period: string; targetInventory: number | null; supply: number; status: string }[];
  finance: {
    family: string;
    period: string;
    budgetRevenue: number | null;
    demandRevenue: number | null;
    margin: number | null;
  }[];
  bias: { family: string; forecast: string; n: number }[];
  inventoryPolicy: { family: string; safetyStock: number | null; givenTarget: number | null }[];
}

async function runBoth(fixture: string): Promise<{ summary: Summary; checkLines: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), "sop-messy-"));
  const input = join(FIXTURES, fixture);
  const sink: string[] = [];
  const code = await main(
    ["generate", input, "-o", join(dir, "pack.xlsx"), "--json", join(dir, "s.json")],
    (s) => sink.push(s),
    (s) => sink.push(s),
  );
  expect(code).toBe(0);
  const out: string[] = [];
  expect(
    await main(
      ["check", input],
      (s) => out.push(s),
      (s) => out.push(s),
    ),
  ).toBe(0);
  return {
    summary: JSON.parse(readFileSync(join(dir, "s.json"), "utf8")) as Summary,
    checkLines: out.join("\n").split("\n").slice(1),
  };
}

/** check lists one line per finding (after its header), with the same sheet and cell as generate's. */
function expectSameFindings({ summary, checkLines }: { summary: Summary; checkLines: string[] }): void {
  const listed = checkLines.filter((l) => /^(Error|Warning|Info)\s/.test(l));
  expect(listed).toHaveLength(summary.dataQuality.length);
  summary.dataQuality.forEach((f, i) => {
    expect(listed[i]).toContain(f.sheet);
    expect(listed[i]).toContain(f.cell);
  });
}

describe("messy workbooks: one bad optional cell never costs the required data", () => {
  test("Safety Stock typed as '20%' on every Supply row: Supply is read, one grouped warning over the column", async () => {
    const result = await runBoth("messy-safety-stock-text.xlsx");
    const { summary } = result;
    // 3 families x 6 plan months = 18 Supply rows, E2:E19, all kept for the gap table.
    expect(summary.gaps).toHaveLength(18);
    // No '20%' is taken as a target: with no given target, each family is measured against the
    // recommended safety stock (SPEC "Inventory policy"), the Safety Stock sheet's own figure.
    const recommended = new Map(summary.inventoryPolicy.map((p) => [p.family, p.safetyStock]));
    expect(summary.inventoryPolicy.every((p) => p.givenTarget === null)).toBe(true);
    for (const g of summary.gaps) {
      expect(g.supply).toBeGreaterThan(0);
      expect(g.targetInventory).toBe(recommended.get(g.family));
    }
    const supply = summary.dataQuality.filter((f) => f.sheet === "Supply");
    expect(supply).toEqual([
      expect.objectContaining({
        cell: "E2:E19",
        severity: "warning",
        message: expect.stringMatching(/^18 cells in E2:E19 have the same problem.*'20%' is not a number/),
      }),
    ]);
    expectSameFindings(result);
  });

  test("'TBD' as an Actual loses that month's actual only: the month's forecasts still count", async () => {
    const result = await runBoth("messy-tbd-actual.xlsx");
    const kettles = result.summary.bias.find((b) => b.family === "Kettles" && b.forecast === "Consensus Forecast");
    // 6 history months, one of them without its actual: 5 pairs.
    expect(kettles?.n).toBe(5);
    expect(result.summary.dataQuality.filter((f) => f.sheet === "Demand").map((f) => `${f.cell} ${f.severity}`)).toEqual([
      "C6 warning",
      "C9 warning",
    ]);
    expectSameFindings(result);
  });

  test("Unit Cost '55 EUR': Kettles keeps its Unit Price, so its revenue is there (only the margin is lost)", async () => {
    const result = await runBoth("messy-unit-cost-text.xlsx");
    const first = result.summary.finance.find((l) => l.family === "Kettles" && l.period === "2026-07");
    // 105 units x $20 in July (make-fixtures: demand plan 105 + 10i, price 20 + i, i = 0).
    expect(first?.demandRevenue).toBe(2100);
    expect(first?.margin).toBeNull();
    expect(result.summary.dataQuality.some((f) => /no Unit Price/.test(f.message))).toBe(false);
    expectSameFindings(result);
  });

  test("an annual Budget Revenue without a Period is one twelfth in each plan month, with a warning", async () => {
    const result = await runBoth("messy-annual-budget.xlsx");
    // Kettles: 12 x 105 x $20 = 25,200 a year -> 2,100 a month, the same as its plan revenue (no gap).
    const kettles = result.summary.finance.filter((l) => l.family === "Kettles");
    expect(kettles.map((l) => l.budgetRevenue)).toEqual([2100, 2100, 2100, 2100, 2100, 2100]);
    expect(result.summary.dataQuality.filter((f) => f.sheet === "Finance").map((f) => f.message)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^3 cells in D2:D4 have the same problem.*read as an annual amount, one twelfth/),
      ]),
    );
    expectSameFindings(result);
  });

  test("'2.000' as a beginning inventory is read as 2 and the warning names the other reading", async () => {
    const result = await runBoth("messy-thousands.xlsx");
    expect(result.summary.dataQuality).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          sheet: "Supply",
          cell: "D2",
          severity: "warning",
          message: expect.stringContaining("could mean 2 or 2000"),
        }),
      ]),
    );
    expectSameFindings(result);
  });

  test("'approx 300' as a Planned Production: that month's gap and the later ones are Unknown, not a shortage", async () => {
    const result = await runBoth("messy-supply-approx.xlsx");
    const kettles = result.summary.gaps.filter((g) => g.family === "Kettles");
    // 2026-07 is read (status from its numbers); 2026-08's row is left out, so 2026-08 .. 2026-12 are unknown.
    expect(kettles.map((g) => g.status)).toEqual([
      expect.not.stringMatching("unknown"),
      "unknown",
      "unknown",
      "unknown",
      "unknown",
      "unknown",
    ]);
    const supply = result.summary.dataQuality.filter((f) => f.sheet === "Supply").map((f) => [f.cell, f.severity, f.message]);
    expect(supply).toEqual([
      ["C3", "error", expect.stringContaining("'approx 300' is not a number")],
      [
        "C3",
        "warning",
        expect.stringMatching(
          /^the supply of Kettles for 2026-08 is unknown \(Supply!C3: .*approx 300.*\): its gap status from 2026-08 on is Unknown/,
        ),
      ],
    ]);
    expect(result.summary.gaps.some((g) => g.family === "Kettles" && g.status === "shortage")).toBe(false);
    expectSameFindings(result);
  });

  test("Demand split by Region is summed, not reported as duplicates: the same plan as without the split", async () => {
    const result = await runBoth("messy-region-split.xlsx");
    const plain = await runBoth("messy-old-demand-sheet.xlsx");
    // The base plan, split half and half: every family's bias figures and gap lines are the unsplit ones.
    expect(result.summary.bias).toEqual(plain.summary.bias);
    expect(result.summary.gaps).toEqual(plain.summary.gaps);
    const demand = result.summary.dataQuality.filter((f) => f.sheet === "Demand");
    // 3 families x 12 months = 36 keys, each from 2 rows.
    expect(demand).toEqual([
      {
        sheet: "Demand",
        cell: "B1",
        severity: "info",
        message:
          "rows split by Region: 72 rows of 36 keys are read as 36, the actual and the forecasts summed (rates must agree)",
      },
    ]);
    expectSameFindings(result);
  });

  test("a second Demand-like sheet is listed as not read, naming the one used", async () => {
    const result = await runBoth("messy-old-demand-sheet.xlsx");
    expect(result.summary.dataQuality).toEqual([
      expect.objectContaining({
        sheet: "Demand 2025 (old)",
        severity: "info",
        message: expect.stringMatching(/^looks like a Demand sheet but is not read: the Demand sheet used is 'Demand'/),
      }),
    ]);
    expectSameFindings(result);
  });
});
