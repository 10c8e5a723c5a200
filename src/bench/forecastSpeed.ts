/**
 * The forecast-speed bench: `sop-prep generate` on the actuals-only workbook (actualsOnlyWorkbook.ts:
 * about 1,400 families of 48–126 months, so the baseline is the whole plan), with the families
 * fitted in worker threads (the default) and in the main thread (SOP_PREP_FIT_THREADS=0), each a
 * fresh process timed from start to exit. Then the fit time apart, in this process: the same jobs the
 * command line fits, in threads (wall time) and in this thread, and what one family's fit is made of.
 *
 * Goal (the issue): under 15 s for the whole command on a 2-core machine; must: 60 s.
 *
 *   node build/bench/forecastSpeed.js [--json out/bench-forecast-speed.json] [--limit N] [--no-cli]
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fitBaseline, forecastFromFit } from "../engine/forecast/baseline";
import { backtestBaseline } from "../engine/forecast/backtest";
import { baselineJobsOf } from "../engine/forecast/baselinePlan";
import { fitAllEts } from "../engine/forecast/ets";
import { type BaselineJob, fitBaselineJob } from "../engine/forecast/familyBaselines";
import { theta } from "../engine/forecast/theta";
import { readPlanningModel } from "../engine/read";
import { resolveSettings } from "../engine/settings";
import { readXlsx } from "../hosts/xlsx/readXlsx";
import { BASELINE_WORKER, threadFitter } from "../cli/baselineThreads";
import { actualsOnlyWorkbook } from "./actualsOnlyWorkbook";

const ROOT = resolve(__dirname, "..", "..");
const CLI = join(ROOT, "build", "cli", "main.js");
const GOAL_S = 15;
const MUST_S = 60;

function timeCli(input: string, output: string, env: NodeJS.ProcessEnv): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [CLI, "generate", input, "-o", output], {
    env: { ...process.env, ...env },
    encoding: "utf8",
  });
  const s = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`sop-prep generate failed:\n${r.stderr}`);
  return s;
}

/** Milliseconds per part of one family's fit, summed over the families (see the report's legend). */
interface Parts {
  fit: number;
  forecast: number;
  backtest: number;
  ets: number;
  theta: number;
  heldOutEts: number;
}

function timed<T>(parts: Parts, key: keyof Parts, f: () => T): T {
  const t0 = performance.now();
  const v = f();
  parts[key] += performance.now() - t0;
  return v;
}

/** One family timed part by part (the same calls fitBaselineJob makes, plus its ETS fits on their own). */
function timeParts(job: BaselineJob, options: ReturnType<typeof baselineJobsOf>["options"], parts: Parts): void {
  const fit = timed(parts, "fit", () => fitBaseline(job.history, options));
  timed(parts, "forecast", () => forecastFromFit(fit, job.horizon, [0.8, 0.95]));
  timed(parts, "backtest", () =>
    backtestBaseline(
      job.history,
      job.windowIndex.filter((i) => i >= 0),
      options,
    ),
  );
  if (fit.pattern !== "Smooth" && fit.pattern !== "Erratic") return;
  // The smooth baseline's candidates on their own: every ETS model, Theta, and the ETS models again on
  // the history without its held-out months (empiricalIntervals.ts's refit).
  const n = job.history.length;
  timed(parts, "ets", () => fitAllEts(job.history, options));
  timed(parts, "theta", () => theta.fit(job.history, options));
  const held = Math.min(24, Math.floor(n / 4));
  if (held >= 3) timed(parts, "heldOutEts", () => fitAllEts(job.history.slice(0, n - held), options));
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const at = (flag: string) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);
  const json = at("--json") ?? null;
  const limit = at("--limit") ? Number(at("--limit")) : Infinity;
  const dir = join(tmpdir(), "sop-prep-bench");
  const wb = await actualsOnlyWorkbook(dir);
  const processors = availableParallelism();
  console.log(`Actuals-only workbook: ${wb.families} families, ${wb.rows} months of actuals (${wb.path})`);
  console.log(`${processors} processors (${cpus()[0]?.model ?? "?"}), Node ${process.version}`);

  let cli: { threadsS: number; oneThreadS: number } | null = null;
  if (!argv.includes("--no-cli")) {
    const out = join(dir, "actuals-only-pack.xlsx");
    const threadsS = timeCli(wb.path, out, {});
    const oneThreadS = timeCli(wb.path, out, { SOP_PREP_FIT_THREADS: "0" });
    cli = { threadsS, oneThreadS };
    const verdict = threadsS < GOAL_S ? "PASS" : threadsS < MUST_S ? "MISS goal, within must" : "MISS";
    console.log(
      `sop-prep generate: ${threadsS.toFixed(1)} s with ${processors} fit threads, ${oneThreadS.toFixed(1)} s in one thread (goal < ${GOAL_S} s, must < ${MUST_S} s: ${verdict})`,
    );
  }

  // The fit time apart: the command line's own jobs, read from the workbook the way it reads it.
  const t0 = performance.now();
  const grids = await readXlsx(readFileSync(wb.path), wb.path);
  const settings = resolveSettings();
  const { model } = readPlanningModel(grids, settings);
  const readS = (performance.now() - t0) / 1000;
  const { jobs: all, options } = baselineJobsOf(model, settings);
  const jobs = all.slice(0, limit);
  const pool = threadFitter(BASELINE_WORKER, processors, 0);
  const t1 = performance.now();
  await pool.fit(jobs, options);
  const threadsFitS = (performance.now() - t1) / 1000;
  const t2 = performance.now();
  const perFamily = jobs.map((job) => {
    const s = performance.now();
    fitBaselineJob(job, options);
    return performance.now() - s;
  });
  const oneThreadFitS = (performance.now() - t2) / 1000;
  const parts: Parts = { fit: 0, forecast: 0, backtest: 0, ets: 0, theta: 0, heldOutEts: 0 };
  for (const job of jobs) timeParts(job, options, parts);
  const sorted = [...perFamily].sort((a, b) => a - b);
  const ms = (v: number) => `${(v / jobs.length).toFixed(1)} ms`;
  console.log(`read the workbook (xlsx + readers): ${readS.toFixed(1)} s`);
  console.log(
    `fit ${jobs.length} families: ${threadsFitS.toFixed(1)} s in ${processors} threads (${pool.inThreads} there), ${oneThreadFitS.toFixed(1)} s in one thread`,
  );
  console.log(
    `per family, one thread: mean ${ms(oneThreadFitS * 1000)}, median ${sorted[Math.floor(sorted.length / 2)].toFixed(1)} ms, max ${sorted[sorted.length - 1].toFixed(0)} ms`,
  );
  console.log(
    `  made of: baseline fit ${ms(parts.fit)} (of which, measured apart: ETS candidates ${ms(parts.ets)}, Theta ${ms(parts.theta)}, ETS refit without the held-out months ${ms(parts.heldOutEts)}; the rest is the rolling-origin errors of the intervals), forecast ${ms(parts.forecast)}, backtest ${ms(parts.backtest)} (its own fit at the first origin, then refilters)`,
  );
  if (json) {
    mkdirSync(dirname(json), { recursive: true });
    const perFamilyMs = Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, v / jobs.length]));
    writeFileSync(
      json,
      JSON.stringify(
        { families: jobs.length, rows: wb.rows, processors, cli, readS, threadsFitS, oneThreadFitS, perFamilyMs },
        null,
        2,
      ),
    );
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
