import { execSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { commandLineFitter, threadFitter } from "../../src/cli/baselineThreads";
import { resolveSettings } from "../../src/engine/settings";
import { readXlsx } from "../../src/hosts/xlsx/readXlsx";
import { generatePackAsync } from "../../src/report/generate";

const ROOT = resolve(__dirname, "..", "..");
const SAMPLE = join(ROOT, "samples", "sop-sample.xlsx");

// The built command starts build/cli/baselineWorker.js; here the threads run the TypeScript source
// through ts-node, from a two-line starter written for the test (as highsThreadSolver.test.ts does).
let dir: string;
let workerFile: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "baseline-threads-"));
  workerFile = join(dir, "worker.js");
  const source = join(ROOT, "src", "cli", "baselineWorker.ts");
  writeFileSync(
    workerFile,
    `require(${JSON.stringify(require.resolve("ts-node"))}).register({ transpileOnly: true, compilerOptions: { module: "commonjs" } });\n` +
      `require(${JSON.stringify(source)});\n`,
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function pack(fitBaselines?: ReturnType<typeof threadFitter>["fit"]) {
  const grids = await readXlsx(readFileSync(SAMPLE), SAMPLE);
  const asOf = new Date(Date.UTC(2026, 0, 15));
  const result = await generatePackAsync(grids, resolveSettings(), undefined, { inputName: "sample", asOf, fitBaselines });
  return { summary: result.summary, workbook: result.workbook, families: result.analysis.baseline?.baselines.families ?? [] };
}

describe("the families' baselines in worker threads (the command line)", () => {
  test("the pack is the one fitted in this thread, to the last bit", async () => {
    const here = await pack();
    const fitter = threadFitter(workerFile, 2, 0);
    const threaded = await pack(fitter.fit);
    expect(here.families.length).toBeGreaterThan(0);
    // Every family went through a thread, and nothing differs: not the summary, not a cell of the pack.
    expect(fitter.inThreads).toBe(here.families.length);
    expect(JSON.stringify(threaded.summary)).toBe(JSON.stringify(here.summary));
    expect(threaded.workbook).toEqual(here.workbook);
    expect(threaded.families).toEqual(here.families);
  });

  test("fewer families than the threshold are fitted in this thread", async () => {
    const fitter = threadFitter(workerFile, 2);
    await pack(fitter.fit);
    expect(fitter.inThreads).toBe(0);
  });

  test("a worker that cannot start leaves its families to this thread, with the same result", async () => {
    const fitter = threadFitter(join(dir, "no-such-worker.js"), 2, 0);
    const [threaded, here] = [await pack(fitter.fit), await pack()];
    expect(fitter.inThreads).toBe(0);
    expect(JSON.stringify(threaded.summary)).toBe(JSON.stringify(here.summary));
  });

  test("SOP_PREP_FIT_THREADS: 0 fits in this thread, N in N threads; no built worker, this thread", () => {
    expect(commandLineFitter({ SOP_PREP_FIT_THREADS: "0" }, workerFile)).toBeUndefined();
    expect(commandLineFitter({ SOP_PREP_FIT_THREADS: "3" }, workerFile)).toBeDefined();
    expect(commandLineFitter({}, join(dir, "missing.js"))).toBeUndefined();
  });

  test("the built command writes the same JSON summary with threads forced on and off", () => {
    const cli = join(ROOT, "build", "cli", "main.js");
    if (!existsSync(join(ROOT, "build", "cli", "baselineWorker.js"))) {
      execSync("npx tsc -p tsconfig.cli.json", { cwd: ROOT, stdio: "inherit" });
    }
    const summaries = ["0", "2"].map((threads) => {
      const json = join(dir, `summary-${threads}.json`);
      const r = spawnSync(process.execPath, [cli, "generate", SAMPLE, "-o", join(dir, `pack-${threads}.xlsx`), "--json", json], {
        cwd: ROOT,
        encoding: "utf8",
        env: { ...process.env, SOP_PREP_FIT_THREADS: threads },
        timeout: 120_000,
      });
      expect(r.status).toBe(0);
      return JSON.parse(readFileSync(json, "utf8")) as { baseline: unknown[] };
    });
    expect(summaries[0].baseline.length).toBeGreaterThan(0);
    expect(summaries[1]).toEqual(summaries[0]);
  });
});
