import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { balancePlanAsync } from "../../src/engine/balance/balancePlan";
import { loadHighs } from "../../src/engine/balance/loadHighs";
import { runBalanceAsync } from "../../src/engine/balance/runBalance";
import { checkCapacity } from "../../src/engine/capacity";
import { reconcile } from "../../src/engine/reconcile";
import { resolveSettings } from "../../src/engine/settings";
import { highsThreadSolver } from "../../src/cli/highsThreadSolver";
import { balanceWith, handPlan } from "../engine/balance/balanceFixture";

// The built command starts build/cli/highsWorker.js; here the thread runs the TypeScript source
// through ts-node, from a two-line starter written for the test.
let dir: string;
let workerFile: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "highs-thread-"));
  workerFile = join(dir, "worker.js");
  const source = resolve(__dirname, "..", "..", "src", "cli", "highsWorker.ts");
  writeFileSync(
    workerFile,
    `require(${JSON.stringify(require.resolve("ts-node"))}).register({ transpileOnly: true, compilerOptions: { module: "commonjs" } });\n` +
      `require(${JSON.stringify(source)});\n`,
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function inputs() {
  const model = handPlan();
  const settings = resolveSettings();
  return { model, settings, capacity: checkCapacity(model, settings), reconciliation: reconcile(model, settings) };
}

describe("HiGHS in a thread of its own (the command line's solver)", () => {
  test("balances the hand-worked plan to its optimum, the same plan as HiGHS in this thread", async () => {
    const solver = highsThreadSolver(workerFile);
    const b = await balancePlanAsync(inputs(), solver);
    // The optimum worked by hand in tests/engine/balance/balancePlan.test.ts: 20 + 40 + 600 + 350 + 5.
    expect(b.objective).toBeCloseTo(1015, 6);
    const here = await loadHighs();
    const same = balanceWith(here, handPlan());
    expect(b.lines).toEqual(same.lines);
    expect(b.resources).toEqual(same.resources);
    // The solver's name (shown on the Balanced Plan sheet) is HiGHS's own, as in this thread.
    expect(solver.name).toBe(here.name);
    expect(b.solver).toBe(here.name);
  });

  test("a thread that cannot start is a reason on the summary, not a crash", async () => {
    const solver = highsThreadSolver(join(dir, "missing-worker.js"));
    const parts = inputs();
    const outcome = await runBalanceAsync({ ...parts, finance: undefined }, solver);
    expect("reason" in outcome && outcome.reason).toMatch(/^Balancing did not finish: the LP solver's thread failed/);
  });
});
