/**
 * Times one synthetic workbook through the same code the command line runs, each measurement in a
 * process of its own (so its peak memory is its own; run.ts spawns them):
 *
 * - steps: read xlsx (into cell grids), readers (planning model), each
 *   analysis, report build (pack description + JSON summary), write xlsx;
 * - generate: the whole `sop-prep generate` (the command line's own main());
 * - floor: the I/O floor, ExcelJS alone reading the input and writing it back;
 * - read: the input side alone, the command line's reader into cell grids (its peak memory).
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { analyze, type AnalysisStep } from "../engine/analyze";
import { checkCapacity } from "../engine/capacity";
import { reviewDemand } from "../engine/demand";
import { reconcileFinance } from "../engine/finance";
import { readPlanningModel } from "../engine/read";
import { reconcile } from "../engine/reconcile";
import { resolveSettings } from "../engine/settings";
import { readXlsx } from "../hosts/xlsx/readXlsx";
import { writePackXlsx } from "../hosts/xlsx/writePackXlsx";
import { buildPack } from "../report/buildPack";
import { buildSummaryJson } from "../report/summaryJson";
import { main as cliMain } from "../cli/main";
import { syntheticWorkbook, type BenchSize } from "./syntheticWorkbook";

export interface SizeResult {
  size: BenchSize;
  inputBytes: number;
  demandRows: number;
  /** Milliseconds per step. */
  steps: Record<string, number>;
  /** All analyses as analyze() runs them (demand review, capacity, reconciliation, finance, scenarios). */
  analysesMs: number;
  scenarios: number;
  /** Peak resident memory of this process, bytes. */
  peakRssBytes: number;
}

function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Best of `runs`: the least disturbed by the other processes sharing the machine. */
async function best<T>(runs: number, fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  let out: { ms: number; value: T } | null = null;
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    const value = await fn();
    const elapsed = ms(t);
    if (!out || elapsed < out.ms) out = { ms: elapsed, value };
  }
  return out!;
}

export async function measureSize(size: BenchSize, dir: string, runs = 1): Promise<SizeResult> {
  const input = await syntheticWorkbook(size, dir);
  const data = readFileSync(input);
  const settings = resolveSettings();
  const steps: Record<string, number> = {};

  // The command line's reader: sheet XML scanned into grids of the cells that exist (issue 17).
  const grids = await best(runs, () => readXlsx(data, input));
  steps["read xlsx (into cell grids)"] = grids.ms;
  const read = await best(runs, () => readPlanningModel(grids.value, settings));
  steps["readers"] = read.ms;
  const { model, findings } = read.value;
  steps["demand review"] = (await best(runs, () => reviewDemand(model, settings))).ms;
  steps["capacity"] = (await best(runs, () => checkCapacity(model, settings))).ms;
  steps["reconciliation"] = (await best(runs, () => reconcile(model, settings))).ms;
  steps["finance"] = (await best(runs, () => reconcileFinance(model, settings))).ms;
  // analyze() reports each step as it starts; scenarios is the last, so it runs from there to the end.
  let scenariosStart = 0n;
  const all = await best(runs, () =>
    analyze(model, settings, findings, (step: AnalysisStep) => {
      if (step === "scenarios") scenariosStart = process.hrtime.bigint();
    }),
  );
  const scenariosEnd = process.hrtime.bigint();
  steps["scenarios"] = scenariosStart ? Number(scenariosEnd - scenariosStart) / 1e6 : 0;
  const analysis = all.value;
  const report = await best(runs, () => ({ workbook: buildPack(analysis), summary: buildSummaryJson(analysis) }));
  steps["report build"] = report.ms;
  steps["write xlsx"] = (await best(runs, () => writePackXlsx(report.value.workbook))).ms;

  const scenarioCount = analysis.scenarios?.results.length ?? 0;
  return {
    size,
    inputBytes: data.length,
    demandRows: model.demand.rows.length,
    steps,
    analysesMs: all.ms,
    scenarios: scenarioCount,
    peakRssBytes: peakRss(),
  };
}

/** Peak resident memory of this process, bytes (getrusage's maxRSS is in kilobytes). */
function peakRss(): number {
  return process.resourceUsage().maxRSS * 1024;
}

/** `sop-prep generate` through the command line's own main(), in a fresh process: time and peak memory. */
export async function measureGenerate(input: string, dir: string): Promise<{ ms: number; peakRssBytes: number }> {
  const out = join(dir, `pack-${process.pid}.xlsx`);
  const json = join(dir, `summary-${process.pid}.json`);
  const t = process.hrtime.bigint();
  const code = await cliMain(
    ["generate", input, "-o", out, "--json", json],
    () => undefined,
    () => undefined,
  );
  const elapsed = ms(t);
  if (code !== 0) throw new Error(`sop-prep generate exited ${code}`);
  for (const f of [out, json]) rmSync(f, { force: true });
  return { ms: elapsed, peakRssBytes: peakRss() };
}

/** The I/O floor: ExcelJS alone reading the input and writing it back, in a fresh process. */
export async function measureIoFloor(input: string, dir: string): Promise<{ ms: number; peakRssBytes: number }> {
  const out = join(dir, `floor-${process.pid}.xlsx`);
  const t = process.hrtime.bigint();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(input) as unknown as ArrayBuffer);
  writeFileSync(out, Buffer.from(await wb.xlsx.writeBuffer()));
  const elapsed = ms(t);
  rmSync(out, { force: true });
  return { ms: elapsed, peakRssBytes: peakRss() };
}

/** The input side alone: the command line's reader, the input into cell grids, in a fresh process. */
export async function measureRead(input: string): Promise<{ ms: number; peakRssBytes: number }> {
  const t = process.hrtime.bigint();
  const grids = await readXlsx(readFileSync(input), input);
  const elapsed = ms(t);
  if (grids.length === 0) throw new Error("no sheets read");
  return { ms: elapsed, peakRssBytes: peakRss() };
}

/**
 *   node build/bench/measureSize.js read <input.xlsx>
 *   node build/bench/measureSize.js steps <families> <resources> <dir> [label] [runs]
 *   node build/bench/measureSize.js generate|floor <input.xlsx> <dir>
 */
async function child(args: string[]): Promise<unknown> {
  const [mode, a, b, c, label, runs] = args;
  if (mode === "generate") return measureGenerate(a, b);
  if (mode === "floor") return measureIoFloor(a, b);
  if (mode === "read") return measureRead(a);
  const size: BenchSize = { label: label ?? a, families: Number(a), resources: Number(b), months: 36 };
  const result = await measureSize(size, c, Number(runs ?? 1));
  return { ...result, input: await syntheticWorkbook(size, c) };
}

if (require.main === module) {
  child(process.argv.slice(2)).then(
    (r) => process.stdout.write(`${JSON.stringify(r)}\n`),
    (e) => {
      process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
