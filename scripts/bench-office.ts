/**
 * The Office host's round trips on a synthetic workbook, measured with the in-memory Excel stand-in
 * (tests/office/fakeExcel.ts). Kept out of src/bench because the stand-in lives under tests/; run.ts
 * spawns it with ts-node:
 *
 *   npx ts-node --transpile-only scripts/bench-office.ts <input.xlsx>   -> one JSON line on stdout
 *
 * Prints the number of context.sync() calls, the largest request and response (JSON bytes, the way
 * the stand-in counts them) and the time the host took against the stand-in.
 */
import { readFileSync } from "fs";
import { resolveSettings } from "../src/engine/settings";
import { readXlsx } from "../src/hosts/xlsx/readXlsx";
import { createOfficeHost } from "../src/hosts/office/officeHost";
import { workbookFromGrids } from "../tests/office/workbooks";

async function main(input: string): Promise<void> {
  const book = workbookFromGrids(await readXlsx(readFileSync(input)));
  const t = process.hrtime.bigint();
  await createOfficeHost(book.run, { runTag: "bench" }).generate(resolveSettings(), {});
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  const result = {
    syncs: book.syncs.length,
    maxRequestBytes: Math.max(0, ...book.syncs.map((s) => s.requestBytes)),
    maxResponseBytes: Math.max(0, ...book.syncs.map((s) => s.responseBytes)),
    ms,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main(process.argv[2]).catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
