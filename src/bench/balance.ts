/**
 * Balancing benchmark (SPEC.md "Balancing"): model size and HiGHS solve time of the cost-optimal plan at
 * the bench's sizes, 18 plan months, on synthetic plans (balanceModel.ts). Node, one process.
 *
 *   npm run build:cli && node build/bench/balance.js [--json out/bench-balance.json] [--quick]
 *
 * Goal: 2,000 families x 18 months x 40 resources balanced in under 10 s.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { cpus, platform, release, totalmem } from "node:os";
import { checkCapacity } from "../engine/capacity";
import { reconcile } from "../engine/reconcile";
import { resolveSettings } from "../engine/settings";
import { balancePlan, buildBalanceModel } from "../engine/balance";
import { loadHighs } from "../engine/balance/loadHighs";
import { balanceBenchModel } from "./balanceModel";

const SIZES = [
  { label: "S", families: 100, months: 18, resources: 10 },
  { label: "M", families: 1000, months: 18, resources: 40 },
  { label: "target", families: 2000, months: 18, resources: 40 },
  { label: "L", families: 5000, months: 18, resources: 100 },
];

async function main(): Promise<void> {
  const quick = process.argv.includes("--quick");
  const t0 = performance.now();
  const solver = await loadHighs();
  const loadMs = performance.now() - t0;
  const settings = resolveSettings();
  const rows = [];
  for (const size of quick ? SIZES.slice(0, 3) : SIZES) {
    const model = balanceBenchModel(size.families, size.months, size.resources);
    const capacity = checkCapacity(model, settings);
    const reconciliation = reconcile(model, settings);
    const inputs = { model, settings, capacity, reconciliation };
    const b0 = performance.now();
    buildBalanceModel(inputs);
    const buildMs = performance.now() - b0;
    const s0 = performance.now();
    const balance = balancePlan(inputs, solver);
    const totalMs = performance.now() - s0;
    const lpBytes = Buffer.byteLength(balance.lpText());
    const row = {
      ...size,
      variables: balance.size.variables,
      constraints: balance.size.constraints,
      nonzeros: balance.size.nonzeros,
      buildMs,
      solveMs: balance.size.solveMs,
      balanceMs: totalMs,
      lpFileBytes: lpBytes,
      rssBytes: process.memoryUsage().rss,
      wasmMemoryBytes: (solver as { memoryBytes?: number }).memoryBytes ?? null,
    };
    rows.push(row);
    process.stderr.write(`${size.label}: ${JSON.stringify(row)}\n`);
  }
  const s = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);
  const mb = (b: number) => `${Math.round(b / 1024 / 1024)} MB`;
  console.log(
    `Balancing (HiGHS, loaded in ${s(loadMs)}); ${cpus().length} x ${cpus()[0]?.model ?? "CPU"}, ${mb(totalmem())} RAM, ${platform()} ${release()}, Node ${process.version}`,
  );
  console.log(
    "| size | families x months x resources | variables | constraints | non-zeros | build | solve | whole balancing | LP file | process RSS |",
  );
  console.log("|---|---|---|---|---|---|---|---|---|---|");
  for (const r of rows)
    console.log(
      `| ${r.label} | ${r.families} x ${r.months} x ${r.resources} | ${r.variables.toLocaleString("en-US")} | ${r.constraints.toLocaleString("en-US")} | ${r.nonzeros.toLocaleString("en-US")} | ${s(r.buildMs)} | ${s(r.solveMs)} | ${s(r.balanceMs)} | ${mb(r.lpFileBytes)} | ${mb(r.rssBytes)} |`,
    );
  const target = rows.find((r) => r.label === "target");
  if (target)
    console.log(
      `Goal 2,000 x 18 x 40 balanced in < 10 s: ${s(target.balanceMs)} -> ${target.balanceMs < 10_000 ? "PASS" : "MISS"}`,
    );
  const i = process.argv.indexOf("--json");
  if (i >= 0) {
    const out = resolve(process.argv[i + 1]);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), solverLoadMs: loadMs, sizes: rows }, null, 2)}\n`);
  }
}

main().catch((e) => {
  console.error(`bench balance: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
