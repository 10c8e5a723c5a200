/**
 * Balancing's share of sop-prep generate's memory: on a real input workbook, the analyses
 * run first (as generate runs them), then balancing alone, with the process's peak resident memory
 * reset just before it (Linux: /proc/self/clear_refs), so its peak is its own; then what it still holds
 * once it is done (after a full garbage collection), and once the solver and the balance are let go
 * (after a turn of the event loop: V8 frees a WebAssembly memory only then).
 *
 *   npm run build:cli && node --expose-gc build/bench/balanceMemory.js <input.xlsx> [--json out.json]
 */
import { readFileSync, writeFileSync } from "node:fs";
import { analyze } from "../engine/analyze";
import { runBalance } from "../engine/balance/runBalance";
import { loadHighs } from "../engine/balance/loadHighs";
import { readPlanningModel } from "../engine/read";
import { resolveSettings } from "../engine/settings";
import { readXlsx } from "../hosts/xlsx/readXlsx";
import { collectGarbage, residentMemory, resetPeak } from "./peakMemory";

const MB = 1024 * 1024;

/** Resident memory, JS heap in use and array buffers, after a full collection. */
function settled() {
  collectGarbage();
  const m = process.memoryUsage();
  return { rss: residentMemory().rss, heap: m.heapUsed, arrayBuffers: m.arrayBuffers };
}

async function main(): Promise<void> {
  const input = process.argv[2];
  if (!input) throw new Error("usage: node --expose-gc build/bench/balanceMemory.js <input.xlsx> [--json out.json]");
  const settings = resolveSettings();
  const { model, findings } = readPlanningModel(await readXlsx(readFileSync(input), input), settings);
  const analysis = analyze(model, settings, findings);
  const before = settled();
  const canReset = resetPeak();

  const t0 = performance.now();
  let solver: Awaited<ReturnType<typeof loadHighs>> | null = await loadHighs();
  const loadMs = performance.now() - t0;
  const t1 = performance.now();
  const outcome = runBalance(analysis, solver);
  const balanceMs = performance.now() - t1;
  if (!("balance" in outcome)) throw new Error(outcome.reason);
  const peak = residentMemory().peak;
  const wasmHeldBytes = solver.memoryBytes;
  const held = settled();
  const size = outcome.balance.size;
  (outcome as { balance?: unknown }).balance = undefined;
  solver = null;
  await new Promise((resolve) => setTimeout(resolve, 50));
  const withoutBalance = settled();

  const result = {
    input,
    variables: size.variables,
    constraints: size.constraints,
    nonzeros: size.nonzeros,
    loadMs,
    solveMs: size.solveMs,
    balanceMs,
    rssBeforeBytes: before.rss,
    peakAddedBytes: canReset ? peak - before.rss : null,
    wasmHeldBytes,
    heldAfter: {
      rssBytes: held.rss - before.rss,
      heapBytes: held.heap - before.heap,
      arrayBuffersBytes: held.arrayBuffers - before.arrayBuffers,
    },
    heldWithoutBalanceRssBytes: withoutBalance.rss - before.rss,
  };
  const mb = (v: number | null) => (v === null ? "-" : `${Math.round(v / MB)} MB`);
  console.log(
    `${size.variables.toLocaleString("en-US")} variables, ${size.constraints.toLocaleString("en-US")} rows, ` +
      `HiGHS load ${Math.round(loadMs)} ms, balancing ${(balanceMs / 1000).toFixed(2)} s (solve ${(size.solveMs / 1000).toFixed(2)} s); ` +
      `RSS before ${mb(before.rss)}, peak +${mb(result.peakAddedBytes)}; held after: RSS +${mb(result.heldAfter.rssBytes)} ` +
      `(JS heap +${mb(result.heldAfter.heapBytes)}, WebAssembly memory ${mb(wasmHeldBytes)}); without the solver and the balance RSS +${mb(result.heldWithoutBalanceRssBytes)}`,
  );
  const i = process.argv.indexOf("--json");
  if (i >= 0) writeFileSync(process.argv[i + 1], `${JSON.stringify(result, null, 2)}\n`);
}

main().catch((e) => {
  console.error(`bench balanceMemory: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
