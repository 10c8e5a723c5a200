/**
 * The Office host's round trips on a synthetic workbook, measured with the in-memory Excel stand-in
 * (tests/office/fakeExcel.ts). Kept out of src/bench because the stand-in lives under tests/; run.ts
 * spawns it with ts-node:
 *
 *   npx ts-node --transpile-only scripts/bench-office.ts <input.xlsx>   -> one JSON line on stdout
 *
 * Prints the number of context.sync() calls, split into the fixed ones and those chunking adds, the
 * largest request and response (JSON bytes, the way the stand-in counts them) and the time the host
 * took against the stand-in.
 *
 * The target (issue 9) is "round trips constant apart from chunking": a read or write request split
 * because it would go over the size budget (src/hosts/office/requestBudget.ts) is a chunk sync; every
 * other sync is fixed. The fixed count is measured, not inferred: the host runs a second time on a
 * fresh copy of the workbook with the size budget lifted, so nothing is split and every sync left is
 * fixed. Chunk syncs are the difference; the budget's own flushes (write chunks) are counted as a check.
 */
import { readFileSync } from "fs";
import { resolveSettings } from "../src/engine/settings";
import type { CellGrid } from "../src/engine/grid";
import { readXlsx } from "../src/hosts/xlsx/readXlsx";
import { createOfficeHost } from "../src/hosts/office/officeHost";
import * as requestBudget from "../src/hosts/office/requestBudget";
import { workbookFromGrids } from "../tests/office/workbooks";

interface Run {
  syncs: number;
  writeChunkSyncs: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  ms: number;
}

/** Counts RequestBudget.flush calls: each is a sync made only because a write request was full. */
let flushes = 0;
const flush = requestBudget.RequestBudget.prototype.flush;
requestBudget.RequestBudget.prototype.flush = function (this: requestBudget.RequestBudget) {
  flushes += 1;
  return flush.call(this);
};

async function generate(grids: CellGrid[]): Promise<Run> {
  const book = workbookFromGrids(grids);
  flushes = 0;
  const t = process.hrtime.bigint();
  await createOfficeHost(book.run, { runTag: "bench" }).generate(resolveSettings(), {});
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  return {
    syncs: book.syncs.length,
    writeChunkSyncs: flushes,
    maxRequestBytes: Math.max(0, ...book.syncs.map((s) => s.requestBytes)),
    maxResponseBytes: Math.max(0, ...book.syncs.map((s) => s.responseBytes)),
    ms,
  };
}

/**
 * Lifts the size budget for reads (readInputGrids) and writes (RequestBudget's default limit). Both read
 * the exported constant when they run (CommonJS), so assigning the export reaches them.
 */
function liftBudget(): void {
  (requestBudget as { REQUEST_PAYLOAD_LIMIT: number }).REQUEST_PAYLOAD_LIMIT = Number.POSITIVE_INFINITY;
}

async function main(input: string): Promise<void> {
  const grids = await readXlsx(readFileSync(input));
  const budgeted = await generate(grids);
  liftBudget();
  const unsplit = await generate(grids);
  if (unsplit.writeChunkSyncs !== 0) throw new Error("bench-office: the size budget could not be lifted");
  const result = {
    syncs: budgeted.syncs,
    fixedSyncs: unsplit.syncs,
    chunkSyncs: budgeted.syncs - unsplit.syncs,
    writeChunkSyncs: budgeted.writeChunkSyncs,
    maxRequestBytes: budgeted.maxRequestBytes,
    maxResponseBytes: budgeted.maxResponseBytes,
    ms: budgeted.ms,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main(process.argv[2]).catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
