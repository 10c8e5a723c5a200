/**
 * The workbook of the forecast-speed issue: about 1,400 monthly families of 48–126 months with
 * actuals only (a `Demand` sheet in long layout, Family, Period, Actual: no forecast column, so the
 * statistical baseline is the whole plan), every history ending in December 2025, the month before
 * the cycle. The series are public ones (tests/data/forecast/README.md names their sources):
 *
 * - the 617 M1 monthly series whole (history and test), their last 126 months at most;
 * - the 523 car-part series whole (51 months, intermittent);
 * - the first 260 M1 series with at least 60 months of history, that history alone (a second,
 *   shorter window of the same series: a family whose last 18 months are not known yet).
 *
 * Deterministic: the same file on every run. Written with ExcelJS's streaming writer, as
 * syntheticWorkbook.ts does.
 */
import { existsSync, mkdirSync, renameSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { FORECAST_DATA, readSeries } from "./forecastAccuracy";

const MAX_MONTHS = 126;
const MIN_MONTHS = 48;
const SECOND_WINDOWS = 260;
/** The last month of every history: December 2025 (the cycle is January 2026). */
const LAST = { year: 2025, month: 12 };

export interface ActualsFamily {
  family: string;
  values: number[];
}

/** The families and their months (oldest first), every one ending in LAST. */
export function actualsOnlyFamilies(): ActualsFamily[] {
  const m1 = readSeries(join(FORECAST_DATA, "m1-monthly.csv"));
  const carparts = readSeries(join(FORECAST_DATA, "carparts-dev.csv"));
  const out: ActualsFamily[] = [];
  for (const s of m1) out.push({ family: `M1 ${s.id}`, values: [...s.history, ...s.test].slice(-MAX_MONTHS) });
  for (const s of carparts) out.push({ family: `Part ${s.id}`, values: [...s.history, ...s.test].slice(-MAX_MONTHS) });
  for (const s of m1.filter((x) => x.history.length >= 60).slice(0, SECOND_WINDOWS))
    out.push({ family: `M1 ${s.id} early`, values: s.history.slice(-MAX_MONTHS) });
  return out.filter((f) => f.values.length >= MIN_MONTHS);
}

/** Writes the workbook into `dir` (unless it is there already) and returns its path. */
export async function actualsOnlyWorkbook(dir: string): Promise<{ path: string; families: number; rows: number }> {
  mkdirSync(dir, { recursive: true });
  const families = actualsOnlyFamilies();
  const rows = families.reduce((s, f) => s + f.values.length, 0);
  const path = join(dir, `actuals-only-${families.length}.xlsx`);
  if (existsSync(path)) return { path, families: families.length, rows };
  const temp = `${path}.${process.pid}.tmp`;
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: temp, useStyles: true });
  const demand = workbook.addWorksheet("Demand");
  demand.addRow(["Family", "Period", "Actual"]).commit();
  const lastIndex = LAST.year * 12 + (LAST.month - 1);
  for (const { family, values } of families) {
    const first = lastIndex - values.length + 1;
    values.forEach((v, i) => {
      const m = first + i;
      const row = demand.addRow([family, new Date(Date.UTC(Math.floor(m / 12), m % 12, 1)), v]);
      row.getCell(2).numFmt = "mmm yyyy";
      row.commit();
    });
  }
  demand.commit();
  await workbook.commit();
  renameSync(temp, path);
  return { path, families: families.length, rows };
}
