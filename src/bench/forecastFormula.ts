/// <reference types="custom-functions-runtime" />
/**
 * SOP.FORECAST on a 120-month history, called the way Excel calls it (a number[][] column) through
 * src/functions/functions.ts: the median of 21 calls after a warm-up, beside the goal (< 50 ms per call,
 * so a sheet of a few dozen families recalculates in seconds). The history is the first 120 months of
 * M1 series MRM2 (tests/data/forecast/m1-monthly.csv), seasonal enough that the seasonal ETS forms and
 * the seasonal Theta test all run: the costly case.
 * Run: npm run build:cli && node build/bench/forecastFormula.js [--json out/bench-forecast-formula.json]
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import * as SOP from "../functions/functions";
import { benchArgs, FORECAST_DATA, readSeries } from "./forecastAccuracy";

const GOAL_MS = 50;
const MONTHS = 120;
const CALLS = 21;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(fn: () => unknown): { medianMs: number; maxMs: number } {
  for (let i = 0; i < 3; i++) fn();
  const runs: number[] = [];
  for (let i = 0; i < CALLS; i++) {
    const t = process.hrtime.bigint();
    fn();
    runs.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return { medianMs: median(runs), maxMs: Math.max(...runs) };
}

function main(): void {
  const args = benchArgs(process.argv.slice(2));
  const source = readSeries(join(FORECAST_DATA, "m1-monthly.csv")).find((s) => s.id === "MRM2");
  if (!source || source.history.length < MONTHS) throw new Error("forecastFormula: M1 series MRM2 (129 months) not found");
  const history = source.history.slice(0, MONTHS).map((v) => [v]);
  const model = SOP.forecastModel(history);
  const rows = [
    { formula: `SOP.FORECAST(history, 12)`, ...time(() => SOP.forecast(history, 12)) },
    { formula: `SOP.FORECAST(history, 12, 80%)`, ...time(() => SOP.forecast(history, 12, 0.8)) },
    { formula: `SOP.FORECASTMODEL(history)`, ...time(() => SOP.forecastModel(history)) },
  ];
  console.log(`SOP.FORECAST on ${MONTHS} months (M1 MRM2, model ${model}), median of ${CALLS} calls; goal < ${GOAL_MS} ms`);
  console.log("formula                              median      max   goal");
  for (const r of rows)
    console.log(
      `${r.formula.padEnd(34)} ${r.medianMs.toFixed(1).padStart(7)} ms ${r.maxMs.toFixed(0).padStart(5)} ms   ${r.medianMs < GOAL_MS ? "PASS" : "FAIL"}`,
    );
  if (args.json) {
    mkdirSync(dirname(args.json), { recursive: true });
    writeFileSync(args.json, JSON.stringify({ months: MONTHS, model, goalMs: GOAL_MS, calls: CALLS, rows }, null, 2) + "\n");
  }
}

main();
