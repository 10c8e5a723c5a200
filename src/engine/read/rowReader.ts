/**
 * Reads one table row's cells into typed values, turning every problem into a data-quality finding
 * at the cell where it is. A row with an error is left out by its reader and the message says so,
 * so nothing is dropped silently.
 */
import type { CostInput, Finding, Period } from "../model";
import { isBlank, isCellError } from "../grid";
import type { SheetView } from "./sheetView";
import type { ExtraKeyColumn } from "./extraKeyColumn";
import { parsePeriod } from "./parsePeriod";
import { MAX_PLAN_MAGNITUDE, parseNumber, showValue, type ParsedNumber } from "./parseNumber";
import { isPercentFormat, parsePercent, type PercentRule } from "./parsePercent";

export const ROW_LEFT_OUT = "the row is left out";
/** A bad cell of an optional column (or one measure of Demand) costs that value only (SPEC "Input workbook"). */
export const VALUE_LEFT_OUT = "the value is left out (the row's other values are kept)";

export interface QuantityOptions {
  required: boolean;
  /** Signed quantities (e.g. backlog) are allowed; the default rejects negatives. */
  allowNegative?: boolean;
}

export interface PercentOptions {
  rule: PercentRule;
  /** Allowed range as fractions, inclusive. */
  min: number;
  max: number;
}

export function formatPercent(fraction: number): string {
  return `${Math.round(fraction * 1000) / 10}%`;
}

export class RowReader {
  readonly findings: Finding[];
  /** Current grid row. */
  r = 0;
  /** The table's header row (grid row) and its extra key columns (Region, ...: extraKeys.ts). */
  headerRow = 0;
  extraKeys: readonly ExtraKeyColumn[] = [];
  private failed = false;

  constructor(
    readonly view: SheetView,
    private readonly cols: Map<string, number>,
    findings: Finding[],
  ) {
    this.findings = findings;
  }

  begin(r: number): void {
    this.r = r;
    this.failed = false;
    this.firstError = null;
    this.family = null;
    this.periodRead = null;
  }

  /** The current row's month, once read (for the left-out row's downstream messages). */
  periodRead: Period | null = null;

  /** The first error of the current row (what cost it) and the row's family, where it has one. */
  firstError: Finding | null = null;
  family: string | null = null;

  /** True when a cell of the current row had an error, so the row must be left out. */
  get rowFailed(): boolean {
    return this.failed;
  }

  has(field: string): boolean {
    return this.cols.has(field);
  }

  /** Grid column of a field (the table's first column when the field is absent). */
  col(field: string): number {
    return this.cols.get(field) ?? 0;
  }

  address(field: string): string {
    return this.view.address(this.r, this.col(field));
  }

  error(field: string, message: string): void {
    const finding: Finding = { sheet: this.view.sheet, cell: this.address(field), severity: "error", message };
    this.findings.push(finding);
    this.firstError ??= finding;
    this.failed = true;
  }

  warning(field: string, message: string): void {
    this.findings.push({ sheet: this.view.sheet, cell: this.address(field), severity: "warning", message });
  }

  /**
   * A bad cell: in a required column it costs the row (an error); in an optional column only its own
   * value, so the row's other values are kept (a warning). `problem` says what is wrong with the cell.
   */
  private bad(field: string, problem: string, required: boolean): void {
    if (required) this.error(field, `${problem}; ${ROW_LEFT_OUT}`);
    else this.warning(field, `${problem}; ${VALUE_LEFT_OUT}`);
  }

  private raw(field: string) {
    const c = this.cols.get(field);
    return c === undefined ? null : this.view.value(this.r, c);
  }

  /** A name that identifies the row (family, resource, scenario). Blank or an Excel error is an error. */
  key(field: string, label: string): string | null {
    const v = this.raw(field);
    if (isBlank(v)) {
      this.error(field, `the ${label.toLowerCase()} is blank; ${ROW_LEFT_OUT}`);
      return null;
    }
    const name = this.keyValue(field, label, v);
    if (field === "family") this.family = name;
    return name;
  }

  /** A name that may be blank (e.g. the family a scenario is restricted to). */
  optionalKey(field: string, label: string): string | null {
    const v = this.raw(field);
    return isBlank(v) ? null : this.keyValue(field, label, v);
  }

  private keyValue(field: string, label: string, v: ReturnType<SheetView["value"]>): string | null {
    if (isCellError(v)) {
      this.error(field, `${v.error} is an Excel error, not a ${label.toLowerCase()} name; ${ROW_LEFT_OUT}`);
      return null;
    }
    if (v instanceof Date) {
      // An invalid Date (a corrupt date cell) would make toISOString throw: report it, keep going.
      if (Number.isNaN(v.getTime())) {
        this.error(field, `the ${label.toLowerCase()} is an invalid date; ${ROW_LEFT_OUT}`);
        return null;
      }
      return v.toISOString().slice(0, 10);
    }
    if (typeof v !== "string") return String(v).trim().replace(/\s+/g, " ");
    // Each family or resource name repeats on every row of a long sheet: tidy each text once.
    let name = this.keyTexts.get(v);
    if (name === undefined) {
      name = v.trim().replace(/\s+/g, " ");
      if (this.keyTexts.size < 100_000) this.keyTexts.set(v, name);
    }
    return name;
  }

  private readonly keyTexts = new Map<string, string>();

  /** A month. Blank is an error when required; otherwise null. */
  period(field: string, required: boolean): Period | null {
    const c = this.cols.get(field);
    if (c === undefined) return null;
    const v = this.view.value(this.r, c);
    if (isBlank(v)) {
      if (required) this.error(field, `the period is blank; ${ROW_LEFT_OUT}`);
      return null;
    }
    const p = this.parsePeriodCached(v, this.view.format(this.r, c));
    if (p === null) {
      this.error(field, `${showValue(v)} is not a month (use 2026-01, Jan 2026 or a date); ${ROW_LEFT_OUT}`);
    }
    this.periodRead = p;
    return p;
  }

  /** A long sheet repeats the same few period texts on every row; parse each text once. */
  private readonly periodTexts = new Map<string, Period | null>();

  /** Dates too (ExcelJS hands each date cell over as its own Date object): by their time value. */
  private readonly periodDates = new Map<number, Period | null>();

  private parsePeriodCached(v: ReturnType<SheetView["value"]>, format: string | null): Period | null {
    if (v instanceof Date) {
      const t = v.getTime();
      let p = this.periodDates.get(t);
      if (p === undefined) {
        p = parsePeriod(v, format);
        if (this.periodDates.size < 10_000) this.periodDates.set(t, p);
      }
      return p;
    }
    if (typeof v !== "string") return parsePeriod(v, format);
    let p = this.periodTexts.get(v);
    if (p === undefined) {
      p = parsePeriod(v, format);
      if (this.periodTexts.size < 10_000) this.periodTexts.set(v, p);
    }
    return p;
  }

  /** A quantity, hours or money amount. Null when blank (an error if required) or invalid. */
  quantity(field: string, label: string, options: QuantityOptions): number | null {
    const c = this.cols.get(field);
    if (c === undefined) return null;
    const v = this.view.value(this.r, c);
    // The common case, a plain non-negative number, allocates nothing.
    if (typeof v === "number" && v >= 0 && v <= MAX_PLAN_MAGNITUDE) return v;
    return this.checkQuantity(field, label, parseNumber(v), options);
  }

  private checkQuantity(field: string, label: string, parsed: ParsedNumber, options: QuantityOptions): number | null {
    if (parsed.kind === "blank") {
      if (options.required) this.error(field, `${label} is blank; ${ROW_LEFT_OUT}`);
      return null;
    }
    if (parsed.kind === "invalid") {
      if (options.required) this.error(field, invalidNumberMessage(parsed, ROW_LEFT_OUT));
      else this.warning(field, invalidNumberMessage(parsed, VALUE_LEFT_OUT));
      return null;
    }
    if (parsed.value < 0 && !options.allowNegative) {
      this.bad(field, `${label} is negative (${parsed.value})`, options.required);
      return null;
    }
    if (parsed.ambiguous !== undefined) {
      const other = parsed.ambiguous.includes(",") ? parsed.value / 1000 : parsed.value * 1000;
      this.warning(
        field,
        `'${parsed.ambiguous}' could mean ${parsed.value} or ${other} (a decimal point or a thousands separator); read as ${parsed.value}: type the number without separators to be sure`,
      );
    }
    return parsed.value;
  }

  /**
   * A balancing cost: money (a number, numeric text) or, with `allowPercent`, a percentage of a base the
   * caller applies (a percent-formatted cell or text ending in %). Null when blank or invalid (with a finding).
   */
  cost(field: string, label: string, allowPercent: boolean): CostInput | null {
    const c = this.cols.get(field);
    if (c === undefined) return null;
    const v = this.view.value(this.r, c);
    const isPercent =
      (typeof v === "string" && v.trim().endsWith("%")) ||
      (typeof v === "number" && isPercentFormat(this.view.format(this.r, c)));
    if (isPercent && !allowPercent) {
      this.bad(
        field,
        `${label} is money per hour, not a percentage (${showValue(v)}); give the cost of one overtime hour`,
        false,
      );
      return null;
    }
    // fractionUpTo Infinity: a percentage is only what the cell says is one, never a bare number.
    const parsed = isPercent ? parsePercent(v, this.view.format(this.r, c), { fractionUpTo: Infinity }) : parseNumber(v);
    const value = this.checkQuantity(field, label, parsed, { required: false });
    if (value === null) return null;
    return { kind: isPercent ? "percent" : "money", value };
  }

  /** A whole number of periods (offsets). */
  wholeNumber(field: string, label: string): number | null {
    const n = this.quantity(field, label, { required: false });
    if (n !== null && !Number.isInteger(n)) {
      this.bad(field, `${label} must be a whole number of periods, not ${n}`, false);
      return null;
    }
    return n;
  }

  /** A percentage as a fraction; null when blank. Out of the allowed range is an error. */
  percent(field: string, label: string, options: PercentOptions): number | null {
    const c = this.cols.get(field);
    if (c === undefined) return null;
    const parsed = parsePercent(this.view.value(this.r, c), this.view.format(this.r, c), options.rule);
    const value = this.checkQuantity(field, label, parsed, { required: false, allowNegative: true });
    if (value === null) return null;
    if (value < options.min || value > options.max) {
      this.bad(
        field,
        `${label} ${formatPercent(value)} is outside ${formatPercent(options.min)} to ${formatPercent(options.max)}`,
        false,
      );
      return null;
    }
    return value;
  }
}

/** "'n/a' is not a number; the row is left out" / "#N/A is an Excel error, not a number; ...". */
export function invalidNumberMessage(
  { shown, excelError, tooLarge }: { shown: string; excelError: boolean; tooLarge?: boolean },
  consequence: string,
): string {
  if (tooLarge) return `${shown} is too large for a plan (more than 10^15); ${consequence}`;
  return excelError ? `${shown} is an Excel error, not a number; ${consequence}` : `${shown} is not a number; ${consequence}`;
}
