/**
 * The balancing model re-solved by an independent solver: the CPLEX LP text that --lp writes, read by
 * GLPK's glpsol (Debian glpk-utils, installed in CI by .ci/run), must give the objective HiGHS found,
 * to 1e-6. Without glpsol the test fails with a message saying so.
 */
import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { LpSolver } from "../../../src/engine/balance";
import { loadHighs } from "../../../src/engine/balance/loadHighs";
import type { PlanningModel } from "../../../src/engine/model";
import { balanceWith, handPlan } from "./balanceFixture";
import { randomPlan } from "./randomPlan";

const hasGlpsol = spawnSync("glpsol", ["--version"], { encoding: "utf8" }).status === 0;

let solver: LpSolver;
beforeAll(async () => {
  solver = await loadHighs();
});

const balance = (m: PlanningModel) => balanceWith(solver, m);

/** glpsol's optimal objective of an LP file ("Objective:  obj = 1015 (MINimum)"). */
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

describe("the --lp model re-solved by GLPK", () => {
  test("glpsol is installed (Debian glpk-utils)", () => {
    expect(hasGlpsol).toBe(true);
  });

  const cases: [string, () => PlanningModel][] = [
    ["the plan worked by hand", handPlan],
    ["a 40-family, 12-month, 6-resource plan with offsets", () => randomPlan(40, 12, 6)],
  ];
  test.each(cases)("%s: same objective to 1e-6", (_, make) => {
    if (!hasGlpsol) return;
    const b = balance(make());
    const glpk = glpsolObjective(b.lpText());
    // glpsol prints the objective with 10 significant digits ("%.10g"): compare relative to that.
    expect(Math.abs(glpk - b.objective)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(b.objective)));
  });

  test("the random plan keeps every balance and capacity constraint", () => {
    const b = balance(randomPlan(40, 12, 6));
    const opening = new Map(b.reconciliation.families.map((f) => [f.family, f.beginningInventory]));
    const byFamily = new Map<string, typeof b.lines>();
    for (const l of b.lines) byFamily.set(l.family, [...(byFamily.get(l.family) ?? []), l]);
    for (const [family, lines] of byFamily) {
      let previous = opening.get(family) ?? 0;
      for (const l of lines) {
        expect(l.inventory - l.backorders).toBeCloseTo(previous + l.production + l.subcontract - l.demand, 5);
        previous = l.inventory - l.backorders;
      }
    }
    for (const cell of b.capacity.cells) {
      const r = b.resources.find((x) => x.resource === cell.resource && x.period === cell.period);
      expect(r?.overtimeHours ?? 0).toBeLessThanOrEqual(cell.maxOvertimeHours + 1e-6);
      expect(cell.load).toBeLessThanOrEqual(cell.ratedCapacity + (r?.overtimeHours ?? 0) + 1e-5);
    }
    // The optimum never costs more than the plan as given wherever the plan as given is itself
    // feasible; here it overloads, so only its uncovered hours are reported.
    expect(b.totals.uncoveredHours).toBeGreaterThan(0);
  });
});
