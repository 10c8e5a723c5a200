/** The Supply sheet: planned production per family and month (SPEC.md "Input workbook"). */
import type { Finding, SupplyRow } from "../model";
import { DuplicateKeys, foldKey } from "./duplicateKeys";
import type { SheetView } from "./sheetView";
import { rejectDuplicate, sourceRef } from "./sourceRef";
import { SUPPLY_COLUMNS } from "./synonyms";
import { readOptionalTable } from "./table";

export function readSupply(view: SheetView, findings: Finding[]) {
  const seen = new DuplicateKeys();
  return readOptionalTable<SupplyRow>(view, SUPPLY_COLUMNS, findings, (rr) => {
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
    rejectDuplicate(rr, "family", seen.check(foldKey(family), period, rr.r), `family '${family}' in ${period}`);
    return {
      family,
      period,
      plannedProduction,
      beginningInventory,
      targetInventory,
      actualProduction,
      ref: sourceRef(rr, "family"),
    };
  });
}
