/**
 * Extra key columns (SPEC "Input workbook"): a sheet that splits a family's month by Region,
 * Customer, Channel or Site (or by a column the `keyColumns` setting names) holds several rows for one
 * family and month. They are one record: the additive measures (actuals, forecasts, production,
 * inventories, budgets, hours) are summed, and the rates (prices, costs, hours per unit, utilization,
 * efficiency, lead times, service levels) must agree, else the later row is an error for that family.
 * Rows equal in every key column are still duplicates. One info finding per sheet says which column
 * was summed into how many rows, so nothing is summed without a word.
 */
import type { Finding } from "../model";
import type { ExtraKeyColumn } from "./extraKeyColumn";
import { normalizeHeader } from "./normalizeHeader";
import type { RowReader } from "./rowReader";
import type { SheetView } from "./sheetView";
import { listLabels } from "./listLabels";

/** Headers always read as extra key columns (normalised as every header is). */
export const EXTRA_KEY_HEADERS = ["Region", "Sales Region", "Customer", "Customer Name", "Channel", "Sales Channel", "Site"];

export type { ExtraKeyColumn } from "./extraKeyColumn";

/**
 * The header row's extra key columns: cells not taken by a known field whose header is one of
 * EXTRA_KEY_HEADERS or of `named` (the setting).
 */
export function extraKeyColumns(
  view: SheetView,
  headerRow: number,
  used: Iterable<number>,
  named: readonly string[] = [],
): ExtraKeyColumn[] {
  const taken = new Set(used);
  const wanted = new Set([...EXTRA_KEY_HEADERS, ...named].map(normalizeHeader));
  const out: ExtraKeyColumn[] = [];
  for (let c = 0; c < view.width(headerRow); c++) {
    const v = view.value(headerRow, c);
    if (taken.has(c) || typeof v !== "string" || !wanted.has(normalizeHeader(v))) continue;
    out.push({ col: c, header: v.trim() });
  }
  return out;
}

/** The values of the row's extra key columns, as a planner compares them (case and spaces ignored). */
function extraValues(view: SheetView, r: number, columns: readonly ExtraKeyColumn[]): string[] {
  return columns.map((k) => {
    const v = view.value(r, k.col);
    return v === null || v === undefined ? "" : String(v).trim().replace(/\s+/g, " ");
  });
}

interface Group<T> {
  row: T;
  /** Folded extra-key values -> the grid row that had them first. */
  seen: Map<string, number>;
}

/**
 * What a merge does: `conflict` says which rate differs (null when they agree), `add` sums the
 * additive measures of `row` into `into`. conflict is asked first; add runs only when it is null.
 */
export interface Merge<T> {
  conflict(into: T, row: T): string | null;
  add(into: T, row: T): void;
}

/** a + b where either may be missing: a measure given on one row only is that row's value. */
export function sumNullable(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : a + b;
}

/** A rate as the message shows it: a number, or a cost given as money or as a percentage. */
function shownRate(v: unknown): string {
  if (typeof v === "object" && v !== null && "kind" in v && "value" in v) {
    const c = v as { kind: string; value: number };
    return c.kind === "percent" ? `${Number((c.value * 100).toFixed(6))}%` : String(c.value);
  }
  return String(v);
}

/** "Unit Price differs (20 and 22)" for the first rate of `fields` two rows give differently. */
export function differingRate<T>(into: T, row: T, fields: readonly [keyof T, string][]): string | null {
  for (const [field, label] of fields) {
    const a = into[field];
    const b = row[field];
    if (a === null || b === null || a === undefined || b === undefined) continue;
    if (shownRate(a) !== shownRate(b)) return `${label} differs (${shownRate(a)} and ${shownRate(b)})`;
  }
  return null;
}

/**
 * The rows of one sheet by their key (family + period, resource + period, ...). Without extra key
 * columns a repeated key is a duplicate, as before; with them, rows of one key that differ in an
 * extra column are merged into the first.
 */
export class KeyedRows<T> {
  private readonly groups = new Map<string, Map<string, Group<T>>>();
  private summedRows = 0;
  private summedKeys = 0;
  private view: SheetView | null = null;
  private headerRow = 0;
  private columns: readonly ExtraKeyColumn[] = [];

  constructor(private readonly merge: Merge<T>) {}

  /**
   * Places the reader's current row under key (a, b): returns it when the key is new (the reader
   * keeps it); null when it was merged into the key's first row, or left out (a duplicate in every
   * key column, or a rate that differs), with the error at its cell.
   */
  place(rr: RowReader, keyField: string, a: string, b: string, what: string, row: T): T | null {
    if (this.view === null) {
      this.view = rr.view;
      this.headerRow = rr.headerRow;
      this.columns = rr.extraKeys;
    }
    const values = extraValues(rr.view, rr.r, this.columns);
    const folded = values.join("\u0000").toLowerCase();
    let inner = this.groups.get(a);
    if (inner === undefined) this.groups.set(a, (inner = new Map()));
    const group = inner.get(b);
    if (group === undefined) {
      inner.set(b, { row, seen: new Map([[folded, rr.r]]) });
      return row;
    }
    const first = group.seen.get(folded);
    const firstRow = first ?? group.seen.values().next().value!;
    const firstCell = rr.view.address(firstRow, rr.col(keyField));
    if (first !== undefined) {
      const inColumns = this.columns.length === 0 ? "" : ` with the same ${this.describe(values)}`;
      rr.error(keyField, `${what}${inColumns} appears twice (first at ${firstCell}); this later row is left out`);
      return null;
    }
    const conflict = this.merge.conflict(group.row, row);
    if (conflict !== null) {
      rr.error(
        keyField,
        `${what}: ${conflict} between its ${this.names()} rows (first at ${firstCell}); a rate must be the same for the family, so this later row is left out`,
      );
      return null;
    }
    this.merge.add(group.row, row);
    if (group.seen.size === 1) this.summedKeys++;
    group.seen.set(folded, rr.r);
    this.summedRows++;
    return null;
  }

  private names(): string {
    return listLabels(this.columns.map((c) => c.header));
  }

  private describe(values: readonly string[]): string {
    return listLabels(this.columns.map((c, i) => (values[i] === "" ? `${c.header} (blank)` : `${c.header} '${values[i]}'`)));
  }

  /** The info finding that says what was summed; none when nothing was. */
  report(findings: Finding[], summed: string): void {
    if (this.summedRows === 0 || this.view === null) return;
    const cell = this.view.address(this.headerRow, this.columns[0].col);
    findings.push({
      sheet: this.view.sheet,
      cell,
      severity: "info",
      message:
        `rows split by ${this.names()}: ${this.summedKeys + this.summedRows} rows of ${this.summedKeys} keys are read as ${this.summedKeys}, ` +
        `${summed} summed (rates must agree)`,
    });
  }
}
