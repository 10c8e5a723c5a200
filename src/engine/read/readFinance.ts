/** The Finance sheet: unit price (optionally by month), unit cost and the budget per family. */
import { cellAddress } from "../a1";
import type { Finding, FinanceRow } from "../model";
import { foldKey } from "./duplicateKeys";
import { differingRate, KeyedRows, sumNullable } from "./extraKeys";
import type { SheetView } from "./sheetView";
import { sourceRef } from "./sourceRef";
import { FINANCE_COLUMNS } from "./synonyms";
import { readOptionalTable } from "./table";

/** A family's month split by Region (or Channel, ...): budgets add up, prices and costs must agree. */
const keyed = () =>
  new KeyedRows<FinanceRow>({
    conflict: (into, row) =>
      differingRate(into, row, [
        ["unitPrice", "Unit Price"],
        ["unitCost", "Unit Cost"],
        ["holdingCost", "Holding Cost"],
        ["backorderCost", "Backorder Cost"],
        ["belowTargetCost", "Below Target Cost"],
        ["subcontractCost", "Subcontract Cost"],
      ]),
    add(into, row) {
      into.budgetRevenue = sumNullable(into.budgetRevenue, row.budgetRevenue);
      into.budgetUnits = sumNullable(into.budgetUnits, row.budgetUnits);
      // A rate given on one row only holds for the family's month.
      into.unitCost ??= row.unitCost;
      into.holdingCost ??= row.holdingCost;
      into.backorderCost ??= row.backorderCost;
      into.belowTargetCost ??= row.belowTargetCost;
      into.subcontractCost ??= row.subcontractCost;
    },
  });

export function readFinance(view: SheetView, findings: Finding[]) {
  const seen = keyed();
  const read = readOptionalTable<FinanceRow>(view, FINANCE_COLUMNS, findings, (rr) => {
    const family = rr.key("family", "Family");
    // A blank period means the price holds for every month of the family.
    const period = rr.period("period", false);
    const unitPrice = rr.quantity("unitPrice", "Unit Price", { required: true });
    const unitCost = rr.quantity("unitCost", "Unit Cost", { required: false });
    const budgetRevenue = rr.quantity("budgetRevenue", "Budget Revenue", { required: false });
    const budgetUnits = rr.quantity("budgetUnits", "Budget Units", { required: false });
    // Balancing costs; a percentage is of Unit Cost (of Unit Price without a cost), SPEC.md "Balancing".
    const holdingCost = rr.cost("holdingCost", "Holding Cost", true);
    const backorderCost = rr.cost("backorderCost", "Backorder Cost", true);
    const belowTargetCost = rr.cost("belowTargetCost", "Below Target Cost", true);
    const subcontractCost = rr.cost("subcontractCost", "Subcontract Cost", true);
    if (family === null || unitPrice === null || rr.rowFailed) return null;
    const what = period === null ? `family '${family}'` : `family '${family}' in ${period}`;
    const row: FinanceRow = {
      family,
      period,
      unitPrice,
      unitCost,
      budgetRevenue,
      budgetUnits,
      holdingCost,
      backorderCost,
      belowTargetCost,
      subcontractCost,
      ref: sourceRef(rr, "family"),
    };
    return seen.place(rr, "family", foldKey(family), period ?? "", what, row);
  });
  seen.report(findings, "budgets");
  if (read.rows) annualBudgets(read.rows, view, read.cols, findings);
  return read;
}

const MONTHS_A_YEAR = 12;

/**
 * A Budget Revenue or Budget Units on a row without a Period is an annual amount (SPEC "Input
 * workbook"): one twelfth falls in each plan month, and a warning says so, so a $3M annual budget is
 * never read as $3M a month. A family that also has monthly budget rows has two budgets for the same
 * months: its annual one is left out, with an error naming the cell.
 */
function annualBudgets(rows: FinanceRow[], view: SheetView, cols: Map<string, number>, findings: Finding[]): void {
  const monthlyBudget = new Set<string>();
  for (const row of rows) {
    if (row.period !== null && (row.budgetRevenue !== null || row.budgetUnits !== null)) monthlyBudget.add(foldKey(row.family));
  }
  const cellOf = (row: FinanceRow, field: string): string => {
    const c = cols.get(field);
    return c === undefined ? row.ref.cell : cellAddress(row.ref.row, view.sheetCol(c));
  };
  for (const row of rows) {
    if (row.period !== null) continue;
    for (const [field, label] of [
      ["budgetRevenue", "Budget Revenue"],
      ["budgetUnits", "Budget Units"],
    ] as const) {
      const annual = row[field];
      if (annual === null) continue;
      if (monthlyBudget.has(foldKey(row.family))) {
        findings.push({
          sheet: view.sheet,
          cell: cellOf(row, field),
          severity: "error",
          message: `${label} of '${row.family}' is given without a Period and also by month on other rows; give it one way (by month, or once as the annual amount); this annual amount is left out`,
        });
        row[field] = null;
        continue;
      }
      row[field] = annual / MONTHS_A_YEAR;
      findings.push({
        sheet: view.sheet,
        cell: cellOf(row, field),
        severity: "warning",
        message: `${label} ${annual.toLocaleString("en-US")} of '${row.family}' has no Period: read as an annual amount, one twelfth (${(annual / MONTHS_A_YEAR).toLocaleString("en-US", { maximumFractionDigits: 2 })}) in each plan month`,
      });
    }
  }
}
