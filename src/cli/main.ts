#!/usr/bin/env node
/**
 * `sop-prep`: the pre-S&OP pack from the command line (SPEC.md "Command line").
 * Exit 0 done; 1 the input cannot be used; 2 usage error. Never a stack trace for a user's mistake.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { InputError, describeFinding } from "../engine/errors";
import { countFindings, SEVERITY_LABEL } from "../engine/findingCounts";
import type { CellGrid } from "../engine/grid";
import type { Finding } from "../engine/model";
import type { Settings } from "../engine/settings";
import { generatePackAsync } from "../report/generate";
import { sortFindings } from "../report/sheets/dataQualitySheet";
import { readXlsx } from "../hosts/xlsx/readXlsx";
import { previousPackFromGrids, type PreviousPack } from "../engine/history";
import { writePackFile } from "../hosts/xlsx/writePackFile";
import { commandLineSolver } from "./highsThreadSolver";
import { commandLineFitter } from "./baselineThreads";
import { parseCommand, UsageError, USAGE, type Command } from "./args";
import { loadSettings } from "./config";
import { checkOutputPath, describeWriteFailure, OutputPathError } from "./outputPaths";
import { type FileContent, WriteFailure, writeFilesWhole } from "./writeFileWhole";

/** The version in package.json (two folders up from src/cli and from build/cli alike). */
function version(): string {
  try {
    return (JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as { version: string }).version;
  } catch {
    return "(unknown version)";
  }
}

/** Findings as a fixed-width table for the terminal. */
export function findingsTable(findings: Finding[]): string {
  if (findings.length === 0) return "No data-quality problems found.";
  const rows = sortFindings(findings).map((f) => [SEVERITY_LABEL[f.severity], f.sheet, f.cell || "-", f.message]);
  const header = ["Severity", "Sheet", "Cell", "Problem"];
  const widths = [0, 1, 2].map((i) => Math.max(header[i].length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => [r[0].padEnd(widths[0]), r[1].padEnd(widths[1]), r[2].padEnd(widths[2]), r[3]].join("  ");
  const c = countFindings(findings);
  return [
    line(header),
    line(widths.map((w) => "-".repeat(w)).concat("-------")),
    ...rows.map(line),
    "",
    `${c.errors} error(s), ${c.warnings} warning(s)${c.infos > 0 ? `, ${c.infos} note(s)` : ""}.`,
  ].join("\n");
}

function readInput(path: string): Promise<CellGrid[]> {
  let data: Buffer;
  try {
    data = readFileSync(path);
  } catch {
    throw new InputError(`Cannot open ${path}: check the path and that the file exists.`);
  }
  return readXlsx(data, path);
}

/**
 * Last month's pack (--previous). A path that does not exist is the command's mistake (exit 1); a file
 * that cannot be read as a workbook is damaged history, which never stops the run: it becomes a finding.
 */
async function readPrevious(path: string): Promise<PreviousPack> {
  let data: Buffer;
  try {
    data = readFileSync(path);
  } catch {
    throw new InputError(`Cannot open the previous pack ${path} (--previous): check the path and that the file exists.`);
  }
  const source = `previous pack ${path}`;
  try {
    return previousPackFromGrids(await readXlsx(data, path), source);
  } catch (e) {
    return { source, history: null, summary: null, problem: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * Reads the input and builds the pack, keeping only what the rest of the run needs: the pack
 * description, the JSON summary as text, the findings and skipped analyses. The cell grids, planning
 * model and analyses are let go here, before the write (on the 2,000-family workbook they are a few
 * hundred MB); the write lets go of the description sheet by sheet.
 */
async function preparePack(input: string, withJson: boolean, withLp: boolean, settings: Settings, previous?: string) {
  const prior = previous ? await readPrevious(previous) : null;
  // HiGHS solves in a thread of its own, whose memory ends with it (highsThreadSolver.ts).
  // The families' baselines in worker threads where there are enough of them (baselineThreads.ts).
  const run = {
    inputName: basename(input),
    previous: prior,
    solver: await commandLineSolver(),
    fitBaselines: commandLineFitter()?.fit,
  };
  // The grids are only reachable from the call: nothing here holds them once generatePackAsync returns.
  const result = await generatePackAsync(await readInput(input), settings, undefined, run);
  const balance = result.analysis.balance;
  if (withLp && !balance) {
    const why = result.analysis.skipped.find((s) => s.analysis === "Balanced plan")?.reason ?? "";
    throw new InputError(`Cannot write the --lp model: the plan could not be balanced. ${why}`.trim());
  }
  return {
    lpText: withLp && balance ? balance.lpText() : null,
    workbook: result.workbook,
    sheetNames: result.workbook.sheets.map((s) => s.name),
    summaryJson: withJson ? JSON.stringify(result.summary, null, 2) + "\n" : null,
    findings: result.analysis.findings,
    skipped: result.analysis.skipped,
  };
}

async function run(command: Command, out: (s: string) => void): Promise<number> {
  if (command.kind === "help") {
    out(USAGE);
    return 0;
  }
  if (command.kind === "version") {
    out(`sop-prep ${version()}`);
    return 0;
  }
  const loaded = loadSettings(command.config, command.strict);
  const settings =
    command.kind === "generate"
      ? {
          ...loaded,
          ...(command.horizon ? { horizon: command.horizon } : {}),
          ...(command.targets ? { targets: command.targets } : {}),
        }
      : loaded;
  if (command.kind === "check") {
    // The same run as generate, nothing written: check reports exactly the findings generate would
    // (the analyses add their own, such as a family without a price), never fewer.
    const { findings } = await preparePack(command.input, false, false, settings);
    out(findingsTable(findings));
    return command.strict && findings.some((f) => f.severity === "error") ? 1 : 0;
  }
  if ([command.output, command.json, command.lp].some((f) => f && resolve(f) === resolve(command.input))) {
    throw new UsageError("The output must not be the input file: the input workbook is never modified.");
  }
  // Checked before the run, so a path that cannot be written costs no waiting.
  for (const path of [command.output, command.json, command.lp]) if (path) checkOutputPath(path);
  const pack = await preparePack(command.input, Boolean(command.json), Boolean(command.lp), settings, command.previous);
  const workbook = pack.workbook;
  // The writer owns the description from here: it empties each sheet's rows once they are in the file.
  pack.workbook = { sheets: [] };
  const files: { path: string; data: FileContent }[] = [
    { path: command.output, data: (temp) => writePackFile(temp, workbook, { releaseRows: true }) },
  ];
  if (command.json && pack.summaryJson !== null) files.push({ path: command.json, data: pack.summaryJson });
  if (command.lp && pack.lpText !== null) files.push({ path: command.lp, data: pack.lpText });
  for (const f of files) {
    try {
      mkdirSync(dirname(resolve(f.path)), { recursive: true });
    } catch (e) {
      throw new WriteFailure(f.path, (e as { code?: string }).code);
    }
  }
  await writeFilesWhole(files);
  out(`Wrote ${command.output}: ${pack.sheetNames.join(", ")}.`);
  if (command.json) out(`Wrote ${command.json}.`);
  if (command.lp) out(`Wrote ${command.lp} (the balancing model, CPLEX LP format).`);
  if (pack.findings.length > 0) {
    const c = countFindings(pack.findings);
    out(
      `${c.errors} data-quality error(s) and ${c.warnings} warning(s)${c.infos > 0 ? ` (and ${c.infos} note(s))` : ""}: see the Data Quality sheet or run "sop-prep check".`,
    );
  }
  for (const s of pack.skipped) out(`Skipped ${s.analysis}: ${s.reason}`);
  return 0;
}

/** Runs the command line and returns the exit code (exported for tests). */
export async function main(
  argv: string[],
  out: (s: string) => void = console.log,
  err: (s: string) => void = console.error,
): Promise<number> {
  try {
    return await run(parseCommand(argv), out);
  } catch (e) {
    if (e instanceof UsageError) {
      err(`sop-prep: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    if (e instanceof OutputPathError || e instanceof WriteFailure) {
      err(`sop-prep: ${e instanceof WriteFailure ? describeWriteFailure(e.path, e.code) : e.message}`);
      return 2;
    }
    if (e instanceof InputError) {
      err(`sop-prep: ${e.message}`);
      // The finding that is the message itself is not repeated below it.
      const more = e.findings.filter((f) => f.message !== e.message && describeFinding(f) !== e.message).slice(0, 20);
      for (const f of more) err(`  ${describeFinding(f)}`);
      return 1;
    }
    // Not the user's fault: say so briefly; the stack only on request.
    err(`sop-prep: unexpected error: ${e instanceof Error ? e.message : String(e)}`);
    if (process.env.SOP_PREP_DEBUG && e instanceof Error) err(e.stack ?? "");
    return 1;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
