import { reconcile } from "../../../src/engine/reconcile";
import { resolveSettings } from "../../../src/engine/settings";
import { planModel } from "./planFixture";

const settings = resolveSettings();
const months = ["2027-01", "2027-02", "2027-03", "2027-04", "2027-05", "2027-06"];

describe("reconciling the demand plan with the supply plan", () => {
  it("shows Heizer & Render's level plan family by month: gap, projected inventory and status", () => {
    // Heizer & Render, Operations Management, ch. 13, Examples 1-2: demand 900..1,100, level production
    // 1,100, 900, 1,050, 1,050, 1,100, 1,000, no opening stock. With a 150-unit target:
    // I = 200 (ok: 150 <= 200 <= 300), 400 (excess > 300), 650 (excess), 500 (excess), 100 (< 150 below target), 0 (below target)
    const model = planModel({
      periods: months,
      demand: { Roofing: [900, 700, 800, 1200, 1500, 1100] },
      supply: [{ family: "Roofing", production: [1100, 900, 1050, 1050, 1100, 1000], beginning: 0, target: 150 }],
    });
    const r = reconcile(model, settings);
    const fam = r.families[0];
    expect(fam.lines.map((l) => l.gap)).toEqual([200, 200, 250, -150, -400, -100]);
    expect(fam.lines.map((l) => l.projectedInventory)).toEqual([200, 400, 650, 500, 100, 0]);
    expect(fam.lines.map((l) => l.status)).toEqual(["ok", "excess", "excess", "excess", "below-target", "below-target"]);
    expect(fam.totalDemand).toBe(6200);
    expect(fam.totalSupply).toBe(6200);
    expect(fam.endingInventory).toBe(0);
    expect(fam.shortages).toEqual([]);
    expect(r.findings).toEqual([]);
  });

  it("names the months where demand cannot be met and the backlog in each", () => {
    // Beginning 100, supply 80/month, demand 100, 150, 150, 50, target 20:
    // I = 100+80-100 = 80 (> 2 x 20: excess), 80+80-150 = 10 (< 20: below target),
    //     10+80-150 = -60 (shortage, 60 unmet), -60+80-50 = -30 (shortage, 30 still unmet)
    const model = planModel({
      periods: months.slice(0, 4),
      demand: { Kettles: [100, 150, 150, 50] },
      supply: [{ family: "Kettles", production: [80, 80, 80, 80], beginning: 100, target: 20 }],
    });
    const r = reconcile(model, settings);
    expect(r.families[0].lines.map((l) => l.projectedInventory)).toEqual([80, 10, -60, -30]);
    expect(r.families[0].lines.map((l) => l.status)).toEqual(["excess", "below-target", "shortage", "shortage"]);
    expect(r.shortages).toEqual([
      { family: "Kettles", period: "2027-03", demand: 150, shortfall: 60 },
      { family: "Kettles", period: "2027-04", demand: 50, shortfall: 30 },
    ]);
    expect(r.families[0].minimumInventory).toBe(-60);
  });

  it("starts from zero and says so when no beginning inventory is given", () => {
    // I = 0+50-40 = 10, 10+50-70 = -10
    const model = planModel({
      periods: months.slice(0, 2),
      demand: { Toasters: [40, 70] },
      supply: [{ family: "Toasters", production: [50, 50] }],
    });
    const r = reconcile(model, settings);
    expect(r.families[0].beginningInventory).toBe(0);
    expect(r.families[0].beginningInventoryGiven).toBe(false);
    expect(r.families[0].lines.map((l) => l.projectedInventory)).toEqual([10, -10]);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ sheet: "Supply", severity: "warning" });
    expect(r.findings[0].message).toMatch(/Beginning Inventory/);
    expect(r.notes.join(" ")).toMatch(/starts from 0/);
  });

  it("without a target only shortages are flagged, never below target or excess", () => {
    // I = 500+0-10 = 490 (would be excess with any small target), 490+0-600 = -110 (shortage)
    const model = planModel({
      periods: months.slice(0, 2),
      demand: { Blenders: [10, 600] },
      supply: [{ family: "Blenders", production: [0, 0], beginning: 500 }],
    });
    const lines = reconcile(model, settings).lines;
    expect(lines.map((l) => l.targetInventory)).toEqual([null, null]);
    expect(lines.map((l) => l.status)).toEqual(["ok", "shortage"]);
  });

  it("keeps a target given once in force until the next one", () => {
    // Targets 50, blank, 200: months 2 uses 50; I = 100, 100, 100 -> ok (50..100), ok, below target (100 < 200)
    const model = planModel({
      periods: months.slice(0, 3),
      demand: { Juicers: [10, 10, 10] },
      supply: [{ family: "Juicers", production: [10, 10, 10], beginning: 100, target: [50, null, 200] }],
    });
    const lines = reconcile(model, settings).lines;
    expect(lines.map((l) => l.targetInventory)).toEqual([50, 50, 200]);
    expect(lines.map((l) => l.status)).toEqual(["ok", "ok", "below-target"]);
  });

  it("shows a family that is in Demand but not in Supply with its whole demand as the gap, and a finding", () => {
    const model = planModel({
      periods: months.slice(0, 2),
      demand: { Kettles: [10, 10], "Rice Cookers": [30, 20] },
      supply: [{ family: "Kettles", production: [10, 10], beginning: 0 }],
    });
    const r = reconcile(model, settings);
    const rice = r.families.find((f) => f.family === "Rice Cookers")!;
    expect(rice.inSupply).toBe(false);
    // gap = 0 - 30 = -30, 0 - 20 = -20; I = -30, -50
    expect(rice.lines.map((l) => l.gap)).toEqual([-30, -20]);
    expect(rice.lines.map((l) => l.projectedInventory)).toEqual([-30, -50]);
    const finding = r.findings.find((f) => f.message.includes("Rice Cookers"))!;
    expect(finding).toMatchObject({ sheet: "Demand", severity: "warning" });
    expect(finding.cell).toMatch(/^[A-Z]+\d+$/);
    expect(finding.message).toMatch(/no rows in Supply/);
  });

  it("shows a family that is in Supply but not in Demand with its whole supply as the gap, and a finding", () => {
    const model = planModel({
      periods: months.slice(0, 2),
      demand: { Kettles: [10, 10] },
      supply: [
        { family: "Kettles", production: [10, 10], beginning: 0 },
        { family: "Waffle Irons", production: [25, 5], beginning: 0 },
      ],
    });
    const r = reconcile(model, settings);
    const waffle = r.families.find((f) => f.family === "Waffle Irons")!;
    expect(waffle.inDemand).toBe(false);
    // gap = 25 - 0, 5 - 0; I = 25, 30
    expect(waffle.lines.map((l) => l.gap)).toEqual([25, 5]);
    expect(waffle.lines.map((l) => l.projectedInventory)).toEqual([25, 30]);
    const finding = r.findings.find((f) => f.message.includes("Waffle Irons"))!;
    expect(finding).toMatchObject({ sheet: "Supply", severity: "warning" });
    expect(finding.message).toMatch(/not in Demand/);
    // Totals per month include both families: demand 10, supply 10+25 = 35, gap 25.
    expect(r.byPeriod[0]).toMatchObject({ period: "2027-01", demand: 10, supply: 35, gap: 25 });
  });

  it("re-runs with a scenario's demand change on one family only", () => {
    // +10% on Kettles: demand 100 -> 110, gap 100 - 110 = -10; Toasters unchanged (gap 0).
    const model = planModel({
      periods: months.slice(0, 1),
      demand: { Kettles: [100], Toasters: [100] },
      supply: [
        { family: "Kettles", production: [100], beginning: 0 },
        { family: "Toasters", production: [100], beginning: 0 },
      ],
    });
    const r = reconcile(model, settings, { demandChange: 0.1, family: "kettles" });
    expect(r.lines.map((l) => [l.family, l.demand, l.gap])).toEqual([
      ["Kettles", expect.closeTo(110, 9), expect.closeTo(-10, 9)],
      ["Toasters", 100, 0],
    ]);
    // The model itself is not changed: a second run without options sees the plan as given.
    expect(reconcile(model, settings).lines[0].demand).toBe(100);
  });
});
