/**
 * Finds the Demand header row and tells the two layouts apart (SPEC.md "Input workbook"):
 * long  = Family, Period, Actual and forecast columns, one row per family and month;
 * wide  = Family, Measure, then one column per month, one row per family and measure.
 */
import type { CellValue } from "../grid";
import { InputError } from "../errors";
import { findHeaderRow, HEADER_SEARCH_ROWS } from "./findHeaderRow";
import { forecastColumnName } from "./forecastColumns";
import { normalizeHeader } from "./normalizeHeader";
import { parsePeriod } from "./parsePeriod";
import type { SheetView } from "./sheetView";
import { DEMAND_COLUMNS, headerLookup } from "./synonyms";
import { listLabels } from "./table";

export type DemandLayout =
  | { kind: "long"; headerRow: number; family: number; period: number; actual: number; forecasts: number[] }
  | { kind: "wide"; headerRow: number; family: number; measure: number; periodColumns: number[] };

const LOOKUP = headerLookup(DEMAND_COLUMNS);

function classify(v: CellValue, format: string | null): string | null {
  if (typeof v === "string") {
    const field = LOOKUP.get(normalizeHeader(v));
    if (field) return field;
    if (forecastColumnName(v) !== null) return "forecast";
  }
  return parsePeriod(v, format) !== null ? "periodColumn" : null;
}

function isLong(f: Map<string, number[]>): boolean {
  // Forecast columns are optional: without one the statistical baseline is the demand plan.
  return f.has("family") && f.has("period") && f.has("actual");
}

function isWide(f: Map<string, number[]>): boolean {
  return f.has("family") && f.has("measure") && f.has("periodColumn");
}

/** The layout of the Demand sheet, or an InputError naming the cell and what to fix. */
export function findDemandLayout(view: SheetView): DemandLayout {
  const match = findHeaderRow(view, classify, (f) => isLong(f) || isWide(f));
  const fail = (cell: string, problem: string): never => {
    const message = `${view.sheet}!${cell}: ${problem}`;
    throw new InputError(message, [{ sheet: view.sheet, cell, severity: "error", message: problem }]);
  };
  if (match === null) {
    return fail(
      view.address(0, 0),
      `no header row with Family, Period and Actual (or Family, Measure and one column per month) in the first ${HEADER_SEARCH_ROWS} rows; add one`,
    );
  }
  const f = match.fields;
  const first = (field: string) => f.get(field)![0];
  if (isLong(f)) {
    return {
      kind: "long",
      headerRow: match.row,
      family: first("family"),
      period: first("period"),
      actual: first("actual"),
      forecasts: f.get("forecast") ?? [],
    };
  }
  if (isWide(f)) {
    const measure = first("measure");
    return {
      kind: "wide",
      headerRow: match.row,
      family: first("family"),
      measure,
      periodColumns: f.get("periodColumn")!.filter((c) => c > measure),
    };
  }
  const missing: string[] = [];
  if (f.has("measure")) {
    if (!f.has("family")) missing.push("'Family'");
    if (!f.has("periodColumn")) missing.push("one column per month (headed 2026-01, Jan 2026 or a date)");
  } else {
    if (!f.has("family")) missing.push("'Family'");
    if (!f.has("period")) missing.push("'Period'");
    if (!f.has("actual")) missing.push("'Actual'");
  }
  return fail(
    view.address(match.row, 0),
    `the header row lacks ${listLabels(missing)}; add ${missing.length === 1 ? "it" : "them"} (headers match ignoring case and spaces)`,
  );
}
