/**
 * The baseline on 523 intermittent car-part series (12 months held out), by RMSSE, beside Croston,
 * SBA, TSB and ETS(A,N,N) computed by R on the same split (scripts/r-reference/carparts-references.R
 * wrote tests/fixtures/forecast/carparts-references.json, so the bench needs no R).
 * Run: npm run build:cli && node build/bench/forecastCarparts.js [--json out/bench-forecast-carparts.json]
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { forecastBaseline } from "../engine/forecast";
import { benchArgs, coverage, FORECAST_DATA, mean, readSeries, rmsse } from "./forecastAccuracy";

interface References {
  source: string;
  series: number;
  meanRmsse: Record<"croston" | "sba" | "tsb" | "ann", number>;
}

function main(): void {
  const args = benchArgs(process.argv.slice(2));
  const series = readSeries(join(FORECAST_DATA, "carparts-dev.csv")).slice(0, args.limit);
  const refs = JSON.parse(
    readFileSync(join(FORECAST_DATA, "..", "..", "fixtures", "forecast", "carparts-references.json"), "utf8"),
  ) as References;
  const scores: number[] = [];
  const c80: number[] = [];
  const c95: number[] = [];
  for (const s of series) {
    const b = forecastBaseline(s.history, s.test.length, [0.8, 0.95]);
    scores.push(rmsse(b.forecast, s.test, s.history));
    if (b.intervals.length === 2) {
      c80.push(coverage(b.intervals[0].lower, b.intervals[0].upper, s.test));
      c95.push(coverage(b.intervals[1].lower, b.intervals[1].upper, s.test));
    }
  }
  const ours = mean(scores);
  const best = Math.min(...Object.values(refs.meanRmsse));
  console.log(`carparts: ${series.length} intermittent series, 12 months held out; RMSSE (lower is better)`);
  console.log(
    `S&OP Prep baseline     ${ours.toFixed(4)}   (80% covers ${(100 * mean(c80)).toFixed(1)}%, 95% covers ${(100 * mean(c95)).toFixed(1)}%)`,
  );
  const names: Record<string, string> = { croston: "R Croston a=0.1", sba: "R SBA", tsb: "TSB a=b=0.1", ann: "R ETS(A,N,N)" };
  for (const [k, v] of Object.entries(refs.meanRmsse)) console.log(`${names[k].padEnd(22)} ${v.toFixed(4)}`);
  console.log(`best reference ${best.toFixed(4)}: ours is ${ours <= best ? "at or below it" : "above it"}`);
  if (args.json) {
    mkdirSync(dirname(args.json), { recursive: true });
    writeFileSync(
      args.json,
      JSON.stringify(
        { series: series.length, ours, references: refs.meanRmsse, cover80: mean(c80), cover95: mean(c95) },
        null,
        2,
      ),
    );
  }
}

main();
