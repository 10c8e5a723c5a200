/**
 * The forecast bench's measures and data (tests/data/forecast/README.md defines them):
 * - sMAPE as in the M3 competition: 200·|F − A| / (|F| + |A|) averaged over the horizons (0 where
 *   both are 0), then over the series;
 * - MASE: the mean absolute error over the in-sample mean absolute seasonal (lag 12) difference
 *   (lag 1 where the history has 12 months or fewer);
 * - coverage: the share of test months inside the interval;
 * - RMSSE (M5): √(mean squared error / mean squared one-step naive difference in the history).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

export interface BenchSeries {
  id: string;
  history: number[];
  test: number[];
}

export const FORECAST_DATA = join(__dirname, "..", "..", "tests", "data", "forecast");

/** One series per line; `history` and `test` are space-separated columns named in the header. */
export function readSeries(file: string): BenchSeries[] {
  const [header, ...lines] = readFileSync(file, "utf8").trim().split("\n");
  const cols = header.split(",");
  const at = (name: string) => cols.indexOf(name);
  const nums = (s: string) => s.trim().split(" ").map(Number);
  return lines.map((l) => {
    const c = l.split(",");
    return { id: c[at("id")], history: nums(c[at("history")]), test: nums(c[at("test")]) };
  });
}

export function smape(forecast: readonly number[], actual: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < actual.length; i++) {
    const d = Math.abs(forecast[i]) + Math.abs(actual[i]);
    s += d === 0 ? 0 : (200 * Math.abs(forecast[i] - actual[i])) / d;
  }
  return s / actual.length;
}

export function mase(forecast: readonly number[], actual: readonly number[], history: readonly number[]): number {
  const lag = history.length > 12 ? 12 : 1;
  let scale = 0;
  for (let i = lag; i < history.length; i++) scale += Math.abs(history[i] - history[i - lag]);
  scale /= history.length - lag;
  let mae = 0;
  for (let i = 0; i < actual.length; i++) mae += Math.abs(forecast[i] - actual[i]);
  return mae / actual.length / scale;
}

export function coverage(lower: readonly number[], upper: readonly number[], actual: readonly number[]): number {
  let inside = 0;
  for (let i = 0; i < actual.length; i++) if (actual[i] >= lower[i] && actual[i] <= upper[i]) inside++;
  return inside / actual.length;
}

export function rmsse(forecast: readonly number[], actual: readonly number[], history: readonly number[]): number {
  let scale = 0;
  for (let i = 1; i < history.length; i++) scale += (history[i] - history[i - 1]) ** 2;
  scale /= history.length - 1;
  let mse = 0;
  for (let i = 0; i < actual.length; i++) mse += (forecast[i] - actual[i]) ** 2;
  return Math.sqrt(mse / actual.length / scale);
}

export const mean = (xs: readonly number[]): number => xs.reduce((s, v) => s + v, 0) / xs.length;

/** `--json <file>` and `--limit <n>` of a bench script. */
export function benchArgs(argv: string[]): { json: string | null; limit: number } {
  const at = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return { json: at("--json") ?? null, limit: at("--limit") ? Number(at("--limit")) : Infinity };
}
