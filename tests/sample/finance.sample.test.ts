/**
 * The sample workbook's planted revenue gap (samples/PLANTED.md, problem 3) and its supply plan, found
 * by the project's own readers and the reconciliation engine.
 */
import * as fs from "fs";
import * as path from "path";
import { readXlsx } from "../../src/hosts/xlsx";
import { readPlanningModel } from "../../src/engine/read";
import { resolveSettings } from "../../src/engine/settings";
import { reconcileFinance } from "../../src/engine/finance";
import { reconcile } from "../../src/engine/reconcile";
import { generatePack } from "../../src/report/generate";
import type { PlanningModel } from "../../src/engine/model";
import type { CellGrid } from "../../src/engine/grid";

const SAMPLE = path.join(__dirname, "..", "..", "samples", "sop-sample.xlsx");
const settings = resolveSettings();
let grids: CellGrid[];
let model: PlanningModel;

beforeAll(async () => {
  grids = await readXlsx(fs.readFileSync(SAMPLE));
  model = readPlanningModel(grids, settings).model;
});

describe("the sample workbook's financial gap", () => {
  it("shows Espresso Machines $450,000 below budget in 2027-Q1", () => {
    // PLANTED.md: consensus 1,330 + 1,170 + 1,260 = 3,760 units x $449 = $1,688,240 against a budget of
    // $747,170 + $675,330 + $715,740 = $2,138,240: gap 1,688,240 - 2,138,240 = -$450,000 (-$150,000 a month).
    const finance = reconcileFinance(model, settings);
    const q1 = finance.byFamilyQuarter.find((t) => t.family === "Espresso Machines" && t.quarter === "2027-Q1")!;
    expect(q1.demand).toBe(3760);
    expect(q1.demandRevenue).toBeCloseTo(1688240, 6);
    expect(q1.budgetRevenue).toBeCloseTo(2138240, 6);
    expect(q1.revenueGap).toBeCloseTo(-450000, 6);
    expect(
      finance.lines.filter((l) => l.family === "Espresso Machines" && l.quarter === "2027-Q1").map((l) => l.revenueGap),
    ).toEqual([expect.closeTo(-150000, 6), expect.closeTo(-150000, 6), expect.closeTo(-150000, 6)]);
  });

  it("keeps every other family-quarter within 1% of budget", () => {
    // PLANTED.md: every other budget = demand revenue x (1 + n), |n| <= 0.8%; the largest gap is 0.76%.
    const finance = reconcileFinance(model, settings);
    expect(finance.byFamilyQuarter).toHaveLength(12 * 7); // 12 families x 2026-Q4 .. 2028-Q2
    const offBudget = finance.byFamilyQuarter.filter((t) => Math.abs(t.revenueGapPct ?? 0) > 0.01).map((t) => t.key);
    expect(offBudget).toEqual(["Espresso Machines|2027-Q1"]);
    expect(finance.familiesWithoutPrice).toEqual([]);
    expect(finance.findings).toEqual([]);
  });

  it("finds every family-month of the supply plan OK against its target (PLANTED.md 'Supply against the demand plan')", () => {
    const r = reconcile(model, settings);
    expect(r.periods).toHaveLength(18);
    expect(r.lines).toHaveLength(12 * 18);
    expect(r.lines.filter((l) => l.status !== "ok")).toEqual([]);
    // Espresso Machines start from the planted beginning inventory 1,140 with target 880.
    const espresso = r.families.find((f) => f.family === "Espresso Machines")!;
    expect(espresso.beginningInventory).toBe(1140);
    expect(espresso.lines[0].targetInventory).toBe(880);
    expect(r.findings).toEqual([]);
  });

  it("writes Gap Table and Financial Gap into the pack and fills gaps and finance in the JSON summary", () => {
    const pack = generatePack(grids, settings);
    const names = pack.workbook.sheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(["Gap Table", "Financial Gap"]));
    expect(names.indexOf("Financial Gap")).toBe(names.indexOf("Gap Table") + 1);
    expect(pack.summary.gaps).toHaveLength(216);
    expect(pack.summary.finance).toHaveLength(216);
    const jan = pack.summary.finance.find((f) => f.family === "Espresso Machines" && f.period === "2027-01")!;
    // 1,330 x $449 = $597,170 against $747,170; margin 1,330 x (449 - 262) = $248,710.
    expect(jan).toEqual({
      family: "Espresso Machines",
      period: "2027-01",
      demandRevenue: 597170,
      budgetRevenue: 747170,
      revenueGap: -150000,
      margin: 248710,
    });
  });
});
