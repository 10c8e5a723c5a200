/**
 * The Office host on a synthetic workbook, measured on Microsoft's own Office.js library
 * (`@microsoft/office-js`, excel-web-16.00, loaded unmodified in jsdom) with the protocol-level Excel
 * (tests/office/excelProtocol.ts) answering its requests. Kept out of src/bench because the harness
 * lives under tests/; run.ts spawns it with ts-node:
 *
 *   npx ts-node --transpile-only scripts/bench-office.ts <input.xlsx>   -> one JSON line on stdout
 *
 * Prints the number of context.sync() calls of one generate, split into the fixed ones and those that
 * chunking adds (a read split because the next block would pass the size budget, a write flushed by
 * the request budget); the library's own closing request is counted apart. Bytes are the real request
 * and response bodies: the largest of each, the total of the requests that write the pack and how many
 * there are, and whether Excel refused any (a request over 5 MB, a read over 5 million cells). Also the
 * size of "Open pack as a new workbook"'s one request (the pack's base64) and whether Excel on the web
 * takes it.
 */
import { readFileSync } from "fs";
import { resolveSettings } from "../src/engine/settings";
import { readXlsx } from "../src/hosts/xlsx/readXlsx";
import { createOfficeHost } from "../src/hosts/office/officeHost";
import * as requestBudget from "../src/hosts/office/requestBudget";
import { generatePack } from "../src/report/generate";
import { writePackXlsx } from "../src/hosts/xlsx/writePackXlsx";
import { NEW_WORKBOOK_BASE64_LIMIT } from "../src/hosts/office/newWorkbookSize";
import { workbookFromGrids } from "../tests/office/workbooks";

/** Counts RequestBudget.flush calls: each is a sync made only because a write request was full. */
let flushes = 0;
const flush = requestBudget.RequestBudget.prototype.flush;
requestBudget.RequestBudget.prototype.flush = function (this: requestBudget.RequestBudget) {
  flushes += 1;
  return flush.call(this);
};

async function main(input: string): Promise<void> {
  const grids = await readXlsx(readFileSync(input));
  const book = workbookFromGrids(grids);
  const t = process.hrtime.bigint();
  let error: string | undefined;
  try {
    await createOfficeHost(book.run, { runTag: "bench" }).generate(resolveSettings(), {});
  } catch (e) {
    error = (e as { code?: string; message?: string }).code ?? String((e as Error).message ?? e);
  }
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  // "Open pack as a new workbook": the base64 of the pack at deflate level 9, one request's argument.
  const newWorkbookBase64Bytes =
    Math.ceil((await writePackXlsx(generatePack(grids, resolveSettings()).workbook, { zipLevel: 9 })).length / 3) * 4;
  const own = book.addinSyncs;
  const readChunkSyncs = Math.max(0, own.filter((s) => s.cellReads > 0).length - 1);
  const writes = own.filter((s) => s.calculationSuspended);
  const result = {
    syncs: own.length,
    fixedSyncs: own.length - readChunkSyncs - flushes,
    chunkSyncs: readChunkSyncs + flushes,
    writeChunkSyncs: flushes,
    libraryCleanupRequests: book.syncs.length - own.length,
    maxRequestBytes: Math.max(0, ...book.syncs.map((s) => s.requestBytes)),
    maxResponseBytes: Math.max(0, ...book.syncs.map((s) => s.responseBytes)),
    writeRequests: writes.length,
    writeRequestBytes: writes.reduce((n, s) => n + s.requestBytes, 0),
    refused: [...new Set(book.syncs.filter((s) => s.error).map((s) => s.error))],
    newWorkbookBase64Bytes,
    newWorkbookOpensOnWeb: newWorkbookBase64Bytes <= NEW_WORKBOOK_BASE64_LIMIT,
    ...(error ? { error } : {}),
    ms,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main(process.argv[2]).catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
