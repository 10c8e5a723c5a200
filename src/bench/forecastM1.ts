/**
 * The baseline on the 617 monthly series of the M1 competition (18 months held out), beside R
 * forecast 8.20's figures on the same split (tests/data/forecast/README.md).
 * Run: npm run build:cli && node build/bench/forecastM1.js [--json out/bench-forecast-m1.json] [--limit N]
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { forecastBaseline } from "../engine/forecast";
import { benchArgs, coverage, FORECAST_DATA, mase, mean, readSeries, smape } from "./forecastAccuracy";

const R_REFERENCE = [
  { method: "R ets()", smape: 14.97, mase: 1.074, cover80: 0.733, cover95: 0.876 },
  { method: "R thetaf()", smape: 16.53, mase: 1.091, cover80: null, cover95: null },
  { method: "R mean of the two", smape: 15.37, mase: 1.05, cover80: null, cover95: null },
];

function main(): void {
  const args = benchArgs(process.argv.slice(2));
  const series = readSeries(join(FORECAST_DATA, "m1-monthly.csv")).slice(0, args.limit);
  const rows: { smape: number; mase: number; c80: number; c95: number; model: string; ms: number }[] = [];
  for (const s of series) {
    const t0 = performance.now();
    const b = forecastBaseline(s.history, s.test.length, [0.8, 0.95]);
    const ms = performance.now() - t0;
    const [i80, i95] = b.intervals;
    rows.push({
      smape: smape(b.forecast, s.test),
      mase: mase(b.forecast, s.test, s.history),
      c80: i80 ? coverage(i80.lower, i80.upper, s.test) : 0,
      c95: i95 ? coverage(i95.lower, i95.upper, s.test) : 0,
      model: b.model.replace(/^ETS\([^)]*\)/, "ETS mix"),
      ms,
    });
  }
  const ours = {
    method: "S&OP Prep baseline",
    smape: mean(rows.map((r) => r.smape)),
    mase: mean(rows.map((r) => r.mase)),
    cover80: mean(rows.map((r) => r.c80)),
    cover95: mean(rows.map((r) => r.c95)),
  };
  const pct = (x: number | null) => (x === null ? "" : `${(100 * x).toFixed(1)}%`);
  console.log(`M1 monthly: ${rows.length} series, 18 months held out`);
  console.log("method                 sMAPE    MASE   80% covers  95% covers");
  for (const r of [ours, ...R_REFERENCE])
    console.log(
      `${r.method.padEnd(22)} ${r.smape.toFixed(2).padStart(6)}  ${r.mase.toFixed(3).padStart(6)}  ${pct(r.cover80).padStart(10)}  ${pct(r.cover95).padStart(10)}`,
    );
  const byModel = new Map<string, number[]>();
  for (const r of rows) byModel.set(r.model, [...(byModel.get(r.model) ?? []), r.smape]);
  console.log("by method: " + [...byModel].map(([m, v]) => `${m} ${v.length} (sMAPE ${mean(v).toFixed(2)})`).join("; "));
  const times = rows.map((r) => r.ms).sort((a, b) => a - b);
  console.log(
    `fit + forecast per series: mean ${mean(times).toFixed(1)} ms, median ${times[Math.floor(times.length / 2)].toFixed(1)} ms, max ${times[times.length - 1].toFixed(0)} ms (one thread)`,
  );
  if (args.json) {
    mkdirSync(dirname(args.json), { recursive: true });
    writeFileSync(
      args.json,
      JSON.stringify({ series: rows.length, ours, references: R_REFERENCE, meanMs: mean(times) }, null, 2),
    );
  }
}

main();
