/**
 * The recommended safety stock flowing into balancing (SPEC "Inventory policy", "Balancing"), re-solved
 * by GLPK's glpsol as the other balancing tests do.
 *
 * The plan worked by hand (balanceFixture.ts), with six closed months of family C added: actual 20,
 * Consensus 15, 25, 15, 25, 15, 25, so σ = √(6 × 25 / 6) = 5 (errors ∓5). C is class C: 90%,
 * z = Φ⁻¹(0.9) = 1.2816 (normal table); lead time 1 → safety stock 1.2816 × 5 = 6.408 units.
 * A and B have no actuals, so no recommendation: they keep their targets (none).
 *
 * Given targets: C's Target Inventory is 10 in month 3 only. C has no bill of resources, Holding Cost
 * 1 and Below Target Cost 0.5 a unit-month, so the optimum holds no stock for it and pays 10 × 0.5 = 5.
 * With `targets: recommended` its target is 6.408 in all three months: the optimum pays
 * 3 × 6.408 × 0.5 = 9.612 instead. A and B do not change, so the objective rises by 9.612 − 5 = 4.612.
 */
import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { LpSolver } from "../../../src/engine/balance";
import { loadHighs } from "../../../src/engine/balance/loadHighs";
import { planInventoryPolicy, withPolicyTargets } from "../../../src/engine/inventory";
import type { DemandRow, PlanningModel } from "../../../src/engine/model";
import { resolveSettings } from "../../../src/engine/settings";
import { balanceWith, handPlan } from "./balanceFixture";

const HISTORY = ["2026-07", "2026-08", "2026-09", "2026-10", "2026-11", "2026-12"];

function withHistoryOfC(): PlanningModel {
  const m = handPlan();
  const rows: DemandRow[] = HISTORY.map((period, i) => ({
    family: "C",
    period,
    actual: 20,
    forecasts: { "Consensus Forecast": i % 2 === 0 ? 15 : 25 },
    ref: { sheet: "Demand", cell: `A${100 + i}`, row: 99 + i },
  }));
  return {
    ...m,
    periods: [...HISTORY, ...m.planPeriods],
    historyPeriods: HISTORY,
    demand: { ...m.demand, rows: [...rows, ...m.demand.rows] },
  };
}

function fed(targets: "given" | "recommended"): PlanningModel {
  const m = withHistoryOfC();
  const settings = resolveSettings({ targets });
  const policy = planInventoryPolicy(m, { window: HISTORY, abc: new Map([["C", "C"]]), baselineLag1: new Map() }, settings);
  return withPolicyTargets(m, policy);
}

function glpsolObjective(lpText: string): number {
  const dir = mkdtempSync(join(tmpdir(), "sop-glpsol-"));
  const lpPath = join(dir, "model.lp");
  const outPath = join(dir, "solution.txt");
  writeFileSync(lpPath, lpText);
  const run = spawnSync("glpsol", ["--lp", lpPath, "-o", outPath], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`glpsol failed: ${run.stdout}\n${run.stderr}`);
  const out = readFileSync(outPath, "utf8");
  expect(out).toMatch(/Status:\s+OPTIMAL/);
  const m = /Objective:\s+\S+\s+=\s+(\S+)/.exec(out);
  if (!m) throw new Error(`no objective in glpsol's output:\n${out.slice(0, 500)}`);
  return Number(m[1]);
}

let solver: LpSolver;
beforeAll(async () => {
  solver = await loadHighs();
});

describe("recommended targets in the balancing LP", () => {
  test("C's target is the recommended 6.408 in every month; A and B keep theirs", () => {
    const supply = fed("recommended").supply!;
    for (const r of supply.filter((x) => x.family === "C")) expect(r.targetInventory).toBeCloseTo(6.408, 3);
    for (const r of supply.filter((x) => x.family !== "C")) expect(r.targetInventory).toBeNull();
    // By default C has a given target (10 in month 3), so it keeps it.
    expect(
      fed("given")
        .supply!.filter((x) => x.family === "C")
        .map((r) => r.targetInventory),
    ).toEqual([null, null, 10]);
  });

  test("the optimum pays 4.612 more below target, and glpsol finds the same objective", () => {
    const given = balanceWith(solver, fed("given"));
    const recommended = balanceWith(solver, fed("recommended"));
    expect(recommended.objective - given.objective).toBeCloseTo(3 * 1.281552 * 5 * 0.5 - 5, 3);
    for (const b of [given, recommended]) {
      const glpk = glpsolObjective(b.lpText());
      expect(Math.abs(glpk - b.objective)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(b.objective)));
    }
  });
});
