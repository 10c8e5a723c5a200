/**
 * Checks across sheets, once each sheet is read: names that do not match the Demand families or the
 * Capacity resources (usually a typo; the line then adds nothing to the analyses), and capacity given
 * for months outside the plan horizon. Names that match ignoring case take the Demand / Capacity
 * spelling, so the analyses join on identical strings.
 */
import { cellAddress } from "../a1";
import type {
  BillOfResourcesRow,
  CapacityRow,
  Finding,
  FinanceRow,
  InventoryPolicyRow,
  Period,
  ScenarioRow,
  SourceRef,
  SupplyRow,
} from "../model";
import { NameBook } from "./nameBook";

/** Where a named column sits in a sheet: the zero-based sheet column of each field. */
export type SheetColumns = Map<string, number>;

interface Unknown {
  ref: SourceRef;
  col: number;
  count: number;
}

/**
 * Replaces each row's name by its canonical spelling; names not in the book are collected, one
 * warning per name at its first cell.
 */
function canonicalize<T extends { ref: SourceRef }>(
  rows: T[],
  get: (row: T) => string | null,
  set: (row: T, name: string) => void,
  book: NameBook,
  col: number | undefined,
  findings: Finding[],
  message: (name: string, count: number) => string,
): void {
  const unknown = new Map<string, Unknown>();
  for (const row of rows) {
    const name = get(row);
    if (name === null) continue;
    const canonical = book.find(name);
    if (canonical !== undefined) {
      if (canonical !== name) set(row, canonical);
      continue;
    }
    const u = unknown.get(name);
    if (u) u.count++;
    else unknown.set(name, { ref: row.ref, col: col ?? 0, count: 1 });
  }
  for (const [name, u] of unknown) {
    findings.push({
      sheet: u.ref.sheet,
      cell: cellAddress(u.ref.row, u.col),
      severity: "warning",
      message: message(name, u.count),
    });
  }
}

function rowsWord(count: number): string {
  return count === 1 ? "" : ` (${count} rows)`;
}

export interface CrossCheckInput {
  families: NameBook;
  supply: SupplyRow[] | null;
  capacity: CapacityRow[] | null;
  billOfResources: BillOfResourcesRow[] | null;
  finance: FinanceRow[] | null;
  scenarios: ScenarioRow[] | null;
  /** Sheet columns of each sheet's fields, for pointing at the offending cell. */
  columns: Partial<Record<"supply" | "capacity" | "billOfResources" | "finance" | "scenarios", SheetColumns>>;
}

export function crossCheckNames(input: CrossCheckInput, findings: Finding[]): void {
  const { families, columns } = input;
  const resources = new NameBook();
  if (input.capacity) for (const row of input.capacity) row.resource = resources.add(row.resource);

  if (input.supply) {
    canonicalize(
      input.supply,
      (r) => r.family,
      (r, n) => (r.family = n),
      families,
      columns.supply?.get("family"),
      findings,
      (name, n) => `family '${name}' is not on the Demand sheet${rowsWord(n)}; its supply is not matched to any demand`,
    );
  }
  if (input.billOfResources) {
    const bor = input.billOfResources;
    canonicalize(
      bor,
      (r) => r.family,
      (r, n) => (r.family = n),
      families,
      columns.billOfResources?.get("family"),
      findings,
      (name, n) => `family '${name}' is not on the Demand sheet${rowsWord(n)}; it adds no load`,
    );
    if (input.capacity) {
      canonicalize(
        bor,
        (r) => r.resource,
        (r, n) => (r.resource = n),
        resources,
        columns.billOfResources?.get("resource"),
        findings,
        (name, n) => `resource '${name}' is not on the Capacity sheet${rowsWord(n)}; its load cannot be checked against capacity`,
      );
    }
  }
  if (input.finance) {
    canonicalize(
      input.finance,
      (r) => r.family,
      (r, n) => (r.family = n),
      families,
      columns.finance?.get("family"),
      findings,
      (name, n) => `family '${name}' is not on the Demand sheet${rowsWord(n)}; its prices are not used`,
    );
  }
  if (input.scenarios) {
    canonicalize(
      input.scenarios,
      (r) => r.family,
      (r, n) => (r.family = n),
      families,
      columns.scenarios?.get("family"),
      findings,
      (name) => `family '${name}' is not on the Demand sheet; this scenario line changes nothing`,
    );
    if (input.capacity) {
      canonicalize(
        input.scenarios,
        (r) => r.resource,
        (r, n) => (r.resource = n),
        resources,
        columns.scenarios?.get("resource"),
        findings,
        (name) => `resource '${name}' is not on the Capacity sheet; this scenario line changes nothing`,
      );
    }
  }
}

/** One warning per resource whose capacity covers months outside the plan horizon. */
export function checkCapacityHorizon(
  capacity: CapacityRow[],
  planPeriods: Period[],
  periodCol: number | undefined,
  findings: Finding[],
): void {
  const plan = new Set(planPeriods);
  const outside = new Map<string, { ref: SourceRef; periods: Period[] }>();
  for (const row of capacity) {
    if (plan.has(row.period)) continue;
    const o = outside.get(row.resource);
    if (o) o.periods.push(row.period);
    else outside.set(row.resource, { ref: row.ref, periods: [row.period] });
  }
  const horizon =
    planPeriods.length > 0
      ? `the plan horizon (${planPeriods[0]} to ${planPeriods[planPeriods.length - 1]})`
      : "the plan horizon (there is no demand plan after the last actual)";
  for (const [resource, o] of outside) {
    const sorted = [...o.periods].sort();
    const span = sorted.length === 1 ? sorted[0] : `${sorted.length} months, ${sorted[0]} to ${sorted[sorted.length - 1]}`;
    findings.push({
      sheet: o.ref.sheet,
      cell: cellAddress(o.ref.row, periodCol ?? 0),
      severity: "warning",
      message: `capacity of resource '${resource}' for ${span} is outside ${horizon}; it is not used`,
    });
  }
}

/**
 * Inventory Policy rows whose family is not on the Demand sheet are left out (a policy for a family
 * the plan does not have), each with a warning at its Family cell; the others take the Demand
 * spelling of their family.
 */
export function knownPolicyFamilies(
  rows: InventoryPolicyRow[],
  families: NameBook,
  familyCol: number | undefined,
  findings: Finding[],
): InventoryPolicyRow[] {
  const kept: InventoryPolicyRow[] = [];
  for (const row of rows) {
    const canonical = families.find(row.family);
    if (canonical === undefined) {
      findings.push({
        sheet: row.ref.sheet,
        cell: cellAddress(row.ref.row, familyCol ?? 0),
        severity: "warning",
        message: `family '${row.family}' is not on the Demand sheet; its inventory policy is not used and the row is left out`,
      });
      continue;
    }
    kept.push(canonical === row.family ? row : { ...row, family: canonical });
  }
  return kept;
}
