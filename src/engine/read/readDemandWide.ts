/**
 * Wide Demand: Family, Measure (Actual, Statistical Forecast, Sales Forecast, ...) and one column per
 * month. Each family's measure rows are folded into one DemandRow per family and month.
 */
import type { DemandRow, Finding, Period } from "../model";
import { isBlank } from "../grid";
import { InputError } from "../errors";
import { KeyedRows, sumNullable } from "./extraKeys";
import { forecastColumnName } from "./forecastColumns";
import type { NameBook } from "./nameBook";
import { normalizeHeader } from "./normalizeHeader";
import { parseNumber } from "./parseNumber";
import { parsePeriod } from "./parsePeriod";
import { invalidNumberMessage, VALUE_LEFT_OUT } from "./rowReader";
import type { SheetView } from "./sheetView";
import { DEMAND_COLUMNS, headerLookup } from "./synonyms";
import { readRows } from "./table";
import type { DemandLayout } from "./demandHeader";
import type { DemandRead } from "./readDemandLong";

const LOOKUP = headerLookup(DEMAND_COLUMNS);
const ACTUAL = "\u0000actual";

/** Measure text -> ACTUAL, a forecast column name, or null (not used by the demand review). */
function measureName(text: string): string | null {
  if (LOOKUP.get(normalizeHeader(text)) === "actual") return ACTUAL;
  return forecastColumnName(text);
}

interface Cell {
  actual: number | null;
  forecasts: Record<string, number | null>;
  /** Sheet address and row of the first value seen for this family and month. */
  cell: string;
  row: number;
}

export function readDemandWide(
  view: SheetView,
  layout: Extract<DemandLayout, { kind: "wide" }>,
  families: NameBook,
  findings: Finding[],
): DemandRead {
  const h = layout.headerRow;
  // Month columns, each month once; a repeated month's later column is left out.
  const periodCols: { period: Period; col: number }[] = [];
  const periodSeen = new Map<Period, string>();
  for (const c of layout.periodColumns) {
    const period = parsePeriod(view.value(h, c), view.format(h, c))!;
    const first = periodSeen.get(period);
    if (first !== undefined) {
      findings.push({
        sheet: view.sheet,
        cell: view.address(h, c),
        severity: "error",
        message: `${period} has a second column (first at ${first}); this column is left out`,
      });
    } else {
      periodSeen.set(period, view.address(h, c));
      periodCols.push({ period, col: c });
    }
  }
  if (periodCols.length === 0) {
    const cell = view.address(h, layout.measure);
    const problem = "no month columns after Measure; head them 2026-01, Jan 2026 or with a date";
    throw new InputError(`${view.sheet}!${cell}: ${problem}`, [{ sheet: view.sheet, cell, severity: "error", message: problem }]);
  }

  const cols = new Map<string, number>([
    ["family", layout.family],
    ["measure", layout.measure],
  ]);
  for (const { period, col } of periodCols) cols.set(period, col);

  const forecastColumns: string[] = [];
  const byFamily = new Map<string, Map<Period, Cell>>();
  const seen = new KeyedRows<object>({ conflict: () => null, add: () => undefined });
  const { dataRows } = readRows<true>(view, h, cols, findings, (rr) => {
    const family = rr.key("family", "Family");
    const measureRaw = rr.key("measure", "Measure");
    if (family === null || measureRaw === null) return null;
    const measure = measureName(measureRaw);
    if (measure === null) {
      rr.warning("measure", `measure '${measureRaw}' is neither Actual nor a forecast; the row is left out`);
      return null;
    }
    const canonical = families.add(family);
    const label = measure === ACTUAL ? "Actual" : measure;
    // Rows of one family and measure split by Region (or Customer, ...) are summed month by month.
    seen.place(rr, "measure", canonical, label, `${label} of family '${canonical}'`, {});
    if (rr.rowFailed) return null;
    if (measure !== ACTUAL && !forecastColumns.includes(measure)) forecastColumns.push(measure);

    let months = byFamily.get(canonical);
    if (!months) byFamily.set(canonical, (months = new Map()));
    for (const { period, col } of periodCols) {
      const raw = view.value(rr.r, col);
      if (isBlank(raw)) continue;
      // In the wide layout a bad value loses only its own month, not the family's whole row.
      const parsed = parseNumber(raw);
      const cell = view.address(rr.r, col);
      if (parsed.kind === "invalid") {
        findings.push({
          sheet: view.sheet,
          cell,
          severity: "warning",
          message: invalidNumberMessage(parsed, VALUE_LEFT_OUT),
        });
        continue;
      }
      if (parsed.kind !== "number") continue;
      if (parsed.value < 0) {
        findings.push({
          sheet: view.sheet,
          cell,
          severity: "warning",
          message: `${label} is negative (${parsed.value}); ${VALUE_LEFT_OUT}`,
        });
        continue;
      }
      let entry = months.get(period);
      if (!entry) months.set(period, (entry = { actual: null, forecasts: {}, cell, row: view.sheetRow(rr.r) }));
      if (measure === ACTUAL) entry.actual = sumNullable(entry.actual, parsed.value);
      else entry.forecasts[measure] = sumNullable(entry.forecasts[measure] ?? null, parsed.value);
    }
    return true;
  });

  seen.report(findings, "the actual and the forecasts");
  const rows: DemandRow[] = [];
  for (const [family, months] of byFamily) {
    const periods = [...months.keys()].sort();
    for (const period of periods) {
      const e = months.get(period)!;
      const forecasts: Record<string, number | null> = {};
      for (const name of forecastColumns) forecasts[name] = e.forecasts[name] ?? null;
      rows.push({ family, period, actual: e.actual, forecasts, ref: { sheet: view.sheet, cell: e.cell, row: e.row } });
    }
  }
  return { forecastColumns, rows, dataRows };
}
