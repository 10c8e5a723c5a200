/**
 * The scenario kernel gives the same figures as re-running the full capacity check, reconciliation and
 * finance with the scenario's factors (the slow path it replaces), on a hand-made plan and on the
 * sample workbook, for every scenario: the KPIs, and the figures the scenario sheets and the summary's
 * exceptions read (overloaded cells, projected inventory, family totals, revenue gaps).
 */
import * as fs from "fs";
import * as path from "path";
import { checkCapacity } from "../../../src/engine/capacity";
import { reconcileFinance } from "../../../src/engine/finance";
import type { PlanningModel } from "../../../src/engine/model";
import { readPlanningModel } from "../../../src/engine/read";
import { reconcile } from "../../../src/engine/reconcile";
import { resolveSettings, type Settings } from "../../../src/engine/settings";
import { runScenarios, scenarioKpis, type ScenarioKpis, type ScenarioResult } from "../../../src/engine/scenarios";
import { readXlsx } from "../../../src/hosts/xlsx";
import { scenarioPlan, settingsWith } from "./scenarioPlan";

/** Same number up to rounding (the kernel adds in the same order, but need not stay bit for bit). */
function same(actual: number | null, expected: number | null): void {
  if (expected === null || actual === null) return expect(actual).toBe(expected);
  if (!Number.isFinite(expected)) return expect(actual).toBe(expected);
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
}
const nullIfNaN = (x: number): number | null => (Number.isNaN(x) ? null : x);

function expectSameKpis(actual: ScenarioKpis, expected: ScenarioKpis): void {
  for (const key of Object.keys(expected) as (keyof ScenarioKpis)[]) same(actual[key], expected[key]);
}

/** The kernel's figures against a full re-run of the three analyses with the scenario's factors. */
function expectKernelMatchesSlowPath(model: PlanningModel, settings: Settings, result: ScenarioResult): void {
  const { definition, outcome } = result;
  const capacity =
    model.capacity && model.billOfResources
      ? checkCapacity(model, settings, {
          capacityFactor: definition.capacityFactor,
          demandFactor: definition.demandFactor,
          productionFactor: definition.demandFactor,
        })
      : undefined;
  const adjustments = { demandFactors: definition.demandFactor, priceFactors: definition.priceFactor };
  const reconciliation = model.supply && model.supply.length > 0 ? reconcile(model, settings, adjustments) : undefined;
  const finance = model.finance && model.finance.length > 0 ? reconcileFinance(model, settings, adjustments) : undefined;
  expectSameKpis(result.kpis, scenarioKpis({ capacity, reconciliation, finance }));

  expect(outcome.capacity !== undefined).toBe(capacity !== undefined);
  if (capacity && outcome.capacity) {
    expect(outcome.capacity.resources).toEqual(capacity.resources);
    const overloaded = capacity.cells.filter((c) => c.status === "overload");
    expect(outcome.capacity.overloads.map((c) => `${c.resource} ${c.period}`)).toEqual(
      overloaded.map((c) => `${c.resource} ${c.period}`),
    );
    outcome.capacity.overloads.forEach((c, i) => {
      same(c.load, overloaded[i].load);
      same(c.ratedCapacity, overloaded[i].ratedCapacity);
      same(c.overloadHours, overloaded[i].overloadHours);
    });
    for (const c of capacity.cells) expect(outcome.capacity.statusAt(c.resource, c.period)).toBe(c.status);
  }

  expect(outcome.gaps !== undefined).toBe(reconciliation !== undefined);
  if (reconciliation && outcome.gaps) {
    const gaps = outcome.gaps;
    expect(gaps.families).toEqual(reconciliation.families.map((f) => f.family));
    expect(gaps.periods).toEqual(reconciliation.periods);
    reconciliation.families.forEach((f, i) => {
      same(gaps.totalDemand[i], f.totalDemand);
      same(gaps.totalSupply[i], f.totalSupply);
      same(gaps.totalGap[i], f.totalGap);
      expect(gaps.shortageMonths[i]).toBe(f.shortages.length);
      f.lines.forEach((l, t) => same(gaps.projectedInventory[i * gaps.periods.length + t], l.projectedInventory));
    });
  }

  expect(outcome.finance !== undefined).toBe(finance !== undefined);
  if (finance && outcome.finance) {
    const money = outcome.finance;
    expect(money.periods).toEqual(finance.periods);
    for (const t of finance.byFamily) {
      const i = money.familyIndex.get(t.key)!;
      same(nullIfNaN(money.demandRevenue[i]), t.demandRevenue);
      same(nullIfNaN(money.budgetRevenue[i]), t.budgetRevenue);
      same(nullIfNaN(money.familyRevenueGap[i]), t.revenueGap);
      same(nullIfNaN(money.margin[i]), t.margin);
    }
    for (const l of finance.lines) {
      const i = money.familyIndex.get(l.family)!;
      same(nullIfNaN(money.revenueGap[i * money.periods.length + money.periods.indexOf(l.period)]), l.revenueGap);
    }
    for (const q of finance.byFamilyQuarter) {
      const i = money.familyIndex.get(q.family)!;
      same(nullIfNaN(money.quarterRevenueGap[i * money.quarters.length + money.quarters.indexOf(q.quarter)]), q.revenueGap);
    }
  }
}

describe("the scenario kernel against the full analyses", () => {
  it("matches on a hand-made plan with demand, price and capacity changes, some on one family or resource", () => {
    const model = scenarioPlan({
      resources: [
        ["Press", 100],
        ["Oven", 200],
      ],
      bill: [
        ["Kettles", "Press", 0.5],
        ["Toasters", "Oven", 1],
      ],
      supply: { Kettles: [150, 120], Toasters: [40, 60] },
      beginning: { Kettles: 20, Toasters: 0 },
      target: { Kettles: 30 },
      prices: { Kettles: { price: 40, cost: 25, budget: 5000 }, Toasters: { price: 30, cost: 20 } },
      scenarios: [
        ["Kettles Boom", 0.3, 0.05, null, "Kettles", null],
        ["Oven Down", null, null, -0.75, null, "Oven"],
        ["Slump", -0.5, -0.1, 0.1, null, null],
      ],
    });
    // Kettles' press work happens a month before production (offset 1): January's falls before the
    // horizon and counts as past due in the first month.
    model.billOfResources![0].offset = 1;
    const settings = settingsWith();
    const { results } = runScenarios(model, settings);
    expect(results.map((r) => r.definition.name)).toEqual(["Most Likely", "Kettles Boom", "Oven Down", "Slump"]);
    for (const result of results) expectKernelMatchesSlowPath(model, settings, result);

    // One figure by hand, so the comparison cannot pass on two equal mistakes. Kettles Boom: Kettles
    // demand [100, 200] x 1.3 = [130, 260] against supply [150, 120] from 20 on hand:
    // I(1) = 20 + 150 - 130 = 40, I(2) = 40 + 120 - 260 = -100. Toasters unchanged: demand [50, 50]
    // against supply [40, 60] from 0: I = -10, 0. Shortage family-months: Kettles 2027-02, Toasters 2027-01 = 2.
    const boom = results[1];
    const kettles = boom.outcome.gaps!.familyIndex.get("Kettles")!;
    expect(Array.from(boom.outcome.gaps!.projectedInventory.subarray(kettles * 2, kettles * 2 + 2))).toEqual([40, -100]);
    expect(boom.kpis.shortages).toBe(2);
    // Oven Down: 200 h x 0.25 = 50 h rated; Toasters supply [40, 60] x 1 h -> 80% and 120%.
    // Press (100 h): Kettles' supply [150, 120] x 0.5 h, a month early: January's 75 h is past due and
    // lands in January with February's 60 h -> 135 h = 135%. Most constrained first: Press, then Oven.
    const ovenDown = results[2].outcome.capacity!;
    expect(ovenDown.overloads.map((c) => `${c.resource} ${c.period}`)).toEqual(["Press 2027-01", "Oven 2027-02"]);
    expect(ovenDown.overloads.map((c) => c.load)).toEqual([135, 60]);
    expect(ovenDown.overloads.map((c) => c.overloadHours)).toEqual([35, 10]);
  });

  it("matches on the sample workbook for the default scenarios and price, capacity and one-family changes", async () => {
    const grids = await readXlsx(fs.readFileSync(path.join(__dirname, "../../../samples/sop-sample.xlsx")));
    const { model } = readPlanningModel(grids, resolveSettings({}));
    const family = model.families[0];
    const resource = (model.capacity ?? [])[0]?.resource;
    expect(resource).toBeDefined();
    for (const scenarios of [
      [],
      [
        { name: "Price Up", priceChange: 0.05 },
        { name: "Capacity Cut", capacityChange: -0.25, resource },
        { name: "One Family Up", demandChange: 0.4, family },
      ],
    ]) {
      const settings = resolveSettings({ scenarios });
      const { results } = runScenarios(model, settings);
      // Most Likely, the sample's own scenarios (or the defaults), and those of the settings.
      expect(results.length).toBeGreaterThanOrEqual(3);
      for (const s of scenarios) expect(results.map((r) => r.definition.name)).toContain(s.name);
      for (const result of results) expectKernelMatchesSlowPath(model, settings, result);
    }
  });

  it("still gives a what-if scenario's full gap table, computed when it is read", () => {
    const model = scenarioPlan({ scenarios: [["Up", 0.1, null, null, null, null]] });
    const up = runScenarios(model, settingsWith()).results[1];
    // Kettles demand [100, 200] x 1.1 = [110, 220] against supply = the plan [100, 200]: gaps -10 and -20.
    expect(up.reconciliation!.families[0].lines.map((l) => l.gap)).toEqual([expect.closeTo(-10, 9), expect.closeTo(-20, 9)]);
  });
});
