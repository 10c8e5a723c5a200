/**
 * The Bill of Resources: hours each unit of a family needs on each resource, and the offset (whole
 * periods before production in which the load falls) - the bill of resources of rough-cut capacity
 * planning (APICS CPIM; Vollmann et al., Manufacturing Planning and Control, ch. 6).
 */
import type { BillOfResourcesRow, Finding } from "../model";
import { foldKey } from "./duplicateKeys";
import { differingRate, KeyedRows } from "./extraKeys";
import type { SheetView } from "./sheetView";
import { sourceRef } from "./sourceRef";
import { BILL_OF_RESOURCES_COLUMNS } from "./synonyms";
import { readOptionalTable } from "./table";

export function readBillOfResources(view: SheetView, findings: Finding[]) {
  // Split by Site (or Region, ...): the hours per unit are a rate, the same on every row, never summed.
  const seen = new KeyedRows<BillOfResourcesRow>({
    conflict: (into, row) =>
      differingRate(into, row, [
        ["hoursPerUnit", "Hours per Unit"],
        ["offset", "Offset"],
      ]),
    add: () => undefined,
  });
  return readOptionalTable<BillOfResourcesRow>(view, BILL_OF_RESOURCES_COLUMNS, findings, (rr) => {
    const family = rr.key("family", "Family");
    const resource = rr.key("resource", "Resource");
    const hoursPerUnit = rr.quantity("hoursPerUnit", "Hours per Unit", { required: true });
    const offset = rr.wholeNumber("offset", "Offset");
    if (family === null || resource === null || hoursPerUnit === null || rr.rowFailed) return null;
    const row = { family, resource, hoursPerUnit, offset: offset ?? 0, ref: sourceRef(rr, "family") };
    return seen.place(rr, "family", foldKey(family), foldKey(resource), `family '${family}' on resource '${resource}'`, row);
  });
}
