/** Long Demand: one row per family and month, with Actual and one column per forecast. */
import type { DemandRow, Finding } from "../model";
import { isBlank } from "../grid";
import { KeyedRows, sumNullable } from "./extraKeys";
import { forecastColumnName } from "./forecastColumns";
import type { NameBook } from "./nameBook";
import type { SheetView } from "./sheetView";
import { sourceRef } from "./sourceRef";
import { readRows } from "./table";
import type { DemandLayout } from "./demandHeader";

const OPTIONAL = { required: false };

export interface DemandRead {
  forecastColumns: string[];
  rows: DemandRow[];
  /** Non-blank data rows, usable or not (wide: family x measure rows). */
  dataRows: number;
}

export function readDemandLong(
  view: SheetView,
  layout: Extract<DemandLayout, { kind: "long" }>,
  families: NameBook,
  findings: Finding[],
): DemandRead {
  const cols = new Map<string, number>([
    ["family", layout.family],
    ["period", layout.period],
    ["actual", layout.actual],
  ]);
  // Forecast columns keyed by their canonical name; a second column with the same name is ignored.
  const forecastColumns: string[] = [];
  for (const c of layout.forecasts) {
    const header = view.value(layout.headerRow, c);
    const name = forecastColumnName(String(header));
    if (name === null || isBlank(header)) continue;
    if (forecastColumns.includes(name)) {
      findings.push({
        sheet: view.sheet,
        cell: view.address(layout.headerRow, c),
        severity: "warning",
        message: `a second '${name}' column; only the first is used`,
      });
      continue;
    }
    forecastColumns.push(name);
    cols.set(`forecast:${name}`, c);
  }
  const forecastFields = forecastColumns.map((name) => `forecast:${name}`);
  // A family's month split by Region (or Customer, ...): the actual and every forecast add up.
  const seen = new KeyedRows<DemandRow>({
    conflict: () => null,
    add(into, row) {
      into.actual = sumNullable(into.actual, row.actual);
      for (const name of forecastColumns)
        into.forecasts[name] = sumNullable(into.forecasts[name] ?? null, row.forecasts[name] ?? null);
    },
  });
  const { rows, dataRows } = readRows<DemandRow>(view, layout.headerRow, cols, findings, (rr) => {
    const family = rr.key("family", "Family");
    const period = rr.period("period", true);
    const actual = rr.quantity("actual", "Actual", OPTIONAL);
    const forecasts: Record<string, number | null> = {};
    for (let i = 0; i < forecastColumns.length; i++) {
      forecasts[forecastColumns[i]] = rr.quantity(forecastFields[i], forecastColumns[i], OPTIONAL);
    }
    if (family === null || period === null || rr.rowFailed) return null;
    const canonical = families.add(family);
    const row = { family: canonical, period, actual, forecasts, ref: sourceRef(rr, "family") };
    return seen.place(rr, "family", canonical, period, `family '${canonical}' in ${period}`, row);
  });
  seen.report(findings, "the actual and the forecasts");
  return { forecastColumns, rows, dataRows };
}
