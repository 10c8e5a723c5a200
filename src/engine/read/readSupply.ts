/** The Supply sheet: planned production per family and month (SPEC.md "Input workbook"). */
import type { Finding, SupplyRow } from "../model";
import { foldKey } from "./duplicateKeys";
import { KeyedRows, sumNullable } from "./extraKeys";
import type { SheetView } from "./sheetView";
import { sourceRef } from "./sourceRef";
import { SUPPLY_COLUMNS } from "./synonyms";
import { readOptionalTable } from "./table";

/** Rows of one family and month split by Region (or Site, ...): every Supply measure adds up. */
const keyed = () =>
  new KeyedRows<SupplyRow>({
    conflict: () => null,
    add(into, row) {
      into.plannedProduction += row.plannedProduction;
      into.beginningInventory = sumNullable(into.beginningInventory, row.beginningInventory);
      into.targetInventory = sumNullable(into.targetInventory, row.targetInventory);
      into.actualProduction = sumNullable(into.actualProduction ?? null, row.actualProduction ?? null);
    },
  });

export function readSupply(view: SheetView, findings: Finding[]) {
  const seen = keyed();
  const read = readOptionalTable<SupplyRow>(view, SUPPLY_COLUMNS, findings, (rr) => {
    const family = rr.key("family", "Family");
    const period = rr.period("period", true);
    const plannedProduction = rr.quantity("plannedProduction", "Planned Production", { required: true });
    // A negative opening balance is a backlog carried into the plan (I(0) < 0), not a typing error.
    const beginningInventory = rr.quantity("beginningInventory", "Beginning Inventory", { required: false, allowNegative: true });
    if (beginningInventory !== null && beginningInventory < 0) {
      rr.warning("beginningInventory", `Beginning Inventory is negative (${beginningInventory}); it is read as a backlog`);
    }
    const targetInventory = rr.quantity("targetInventory", "Target Inventory", { required: false });
    const actualProduction = rr.quantity("actualProduction", "Actual Production", { required: false });
    if (family === null || period === null || plannedProduction === null || rr.rowFailed) return null;
    const row = {
      family,
      period,
      plannedProduction,
      beginningInventory,
      targetInventory,
      actualProduction,
      ref: sourceRef(rr, "family"),
    };
    return seen.place(rr, "family", foldKey(family), period, `family '${family}' in ${period}`, row);
  });
  seen.report(findings, "production and inventories");
  return read;
}
