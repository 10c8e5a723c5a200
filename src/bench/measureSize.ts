/**
 * Times one synthetic workbook through the same code the command line runs, each measurement in a
 * process of its own (so its peak memory is its own; run.ts spawns them):
 *
 * - steps: read xlsx (into cell grids), readers (planning model), each
 *   analysis, report build (pack description + JSON summary), write xlsx;
 * - generate: the whole `sop-prep generate` (the command line's own main());
 * - floor: the I/O floor, ExcelJS alone reading the input and writing it back;
 * - read: the input side alone, the command line's reader into cell grids (its peak memory);
 * - phases: generate's own steps one after another (read, analyses, balancing, pack description, write),
 *   each timed, with the process's peak memory at the end of each; it also keeps the pack's cells for
 *   the raw limit;
 * - raw: the raw limit (rawLimit.ts), the input unzipped and scanned plus the pack's cells written as
 *   plain sheet XML at deflate level 1.
 */
import { closeSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { basename, join } from "node:path";
import ExcelJS from "exceljs";
import { analyze, balanceAnalysis, type AnalysisStep } from "../engine/analyze";
import { checkCapacity } from "../engine/capacity";
import { reviewDemand } from "../engine/demand";
import { reconcileFinance } from "../engine/finance";
import { readPlanningModel } from "../engine/read";
import { reconcile } from "../engine/reconcile";
import { resolveSettings } from "../engine/settings";
import { readXlsx } from "../hosts/xlsx/readXlsx";
import { writePackXlsx } from "../hosts/xlsx/writePackXlsx";
import { writePackFile } from "../hosts/xlsx/writePackFile";
import { commandLineSolver } from "../cli/highsThreadSolver";
import { residentMemory, resetPeak } from "./peakMemory";
import { buildPack } from "../report/buildPack";
import { buildSummaryJson } from "../report/summaryJson";
import { withinExcelLimits } from "../report/excelLimits";
import type { WorkbookSpec } from "../report/workbookSpec";
import { main as cliMain } from "../cli/main";
import { packCells, rawRead, rawWrite, type RawSheet } from "./rawLimit";
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

  // The command line's reader: sheet XML scanned into grids of the cells that exist.
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

export interface Phase {
  phase: string;
  ms: number;
  /** The process's peak resident memory during this step (Linux; elsewhere the peak so far). */
  peakRssBytes: number;
}

/**
 * sop-prep generate's steps one by one in a fresh process, with the functions the command line calls
 * in its order: read the input into cell grids, the analyses, balancing (commandLineSolver: HiGHS in a
 * thread of its own), the pack description and JSON summary, and the streamed write (both files on
 * disk). The grids, model and analyses are let go before the write, as the command line does. Each
 * step's peak memory is its own (the peak is reset between steps). Between the description and the
 * write, untimed and outside both peaks, the pack's cells are saved to `cellsFile` for the raw limit.
 */
export async function measurePhases(input: string, dir: string, cellsFile: string): Promise<Phase[]> {
  const phases: Phase[] = [];
  resetPeak();
  let t = process.hrtime.bigint();
  const done = (phase: string) => {
    phases.push({ phase, ms: ms(t), peakRssBytes: residentMemory().peak });
    resetPeak();
    t = process.hrtime.bigint();
  };
  const describe = async (): Promise<{ workbook: WorkbookSpec; summaryJson: string }> => {
    const settings = resolveSettings();
    const grids = await readXlsx(readFileSync(input), input);
    done("read (input into cell grids)");
    const { model, findings } = readPlanningModel(grids, settings);
    const analysis = analyze(model, settings, findings);
    done("analyses (readers, checks, scenarios)");
    await balanceAnalysis(analysis, await commandLineSolver());
    if (!analysis.balance) throw new Error("the bench workbook was not balanced");
    done("balancing (HiGHS load, model, solve, reading)");
    const workbook = withinExcelLimits(buildPack(analysis, { inputName: basename(input) }));
    const summaryJson = JSON.stringify(buildSummaryJson(analysis), null, 2) + "\n";
    done("pack description + JSON summary");
    return { workbook, summaryJson };
  };
  const { workbook, summaryJson } = await describe();
  saveCells(cellsFile, workbook);
  const out = join(dir, `phases-${process.pid}.xlsx`);
  const json = join(dir, `phases-${process.pid}.json`);
  resetPeak();
  t = process.hrtime.bigint();
  await writePackFile(out, workbook, { releaseRows: true });
  writeFileSync(json, summaryJson);
  done("write (.xlsx streamed, and JSON)");
  for (const f of [out, json]) rmSync(f, { force: true });
  return phases;
}

/** The pack's cells as JSON, a sheet at a time (never the whole pack as one string). */
function saveCells(path: string, workbook: WorkbookSpec): void {
  const fd = openSync(path, "w");
  try {
    writeSync(fd, "[");
    workbook.sheets.forEach((sheet, i) =>
      writeSync(fd, `${i > 0 ? "," : ""}${JSON.stringify(packCells({ sheets: [sheet] })[0])}`),
    );
    writeSync(fd, "]");
  } finally {
    closeSync(fd);
  }
}

/**
 * The raw limit in a fresh process (rawLimit.ts): the input unzipped and scanned, then the pack's cells
 * (saved by measurePhases from generate's own pack description) written as sheet XML at deflate level 1
 * and onto disk. Loading the saved cells is not timed.
 */
export async function measureRawLimit(
  input: string,
  dir: string,
  cellsFile: string,
): Promise<{ ms: number; readMs: number; writeMs: number; cells: number; peakRssBytes: number }> {
  const sheets = JSON.parse(readFileSync(cellsFile, "utf8")) as RawSheet[];
  const out = join(dir, `raw-${process.pid}.xlsx`);
  const t = process.hrtime.bigint();
  const scanned = await rawRead(readFileSync(input));
  const readMs = ms(t);
  const w = process.hrtime.bigint();
  writeFileSync(out, await rawWrite(sheets));
  const writeMs = ms(w);
  rmSync(out, { force: true });
  if (scanned.cells === 0) throw new Error("no cells scanned");
  return { ms: readMs + writeMs, readMs, writeMs, cells: scanned.cells, peakRssBytes: peakRss() };
}

/**
 *   node build/bench/measureSize.js read <input.xlsx>
 *   node build/bench/measureSize.js phases|raw <input.xlsx> <dir> <cells.json>
 *   node build/bench/measureSize.js steps <families> <resources> <dir> [label] [runs]
 *   node build/bench/measureSize.js generate|floor <input.xlsx> <dir>
 */
async function child(args: string[]): Promise<unknown> {
  const [mode, a, b, c, label, runs] = args;
  if (mode === "generate") return measureGenerate(a, b);
  if (mode === "floor") return measureIoFloor(a, b);
  if (mode === "read") return measureRead(a);
  if (mode === "phases") return measurePhases(a, b, c);
  if (mode === "raw") return measureRawLimit(a, b, c);
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
