/**
 * The Capacity sheet: available hours per resource and month, with utilization and efficiency, so
 * rated capacity = available hours x utilization x efficiency (APICS CPIM, capacity management).
 */
import type { CapacityRow, Finding } from "../model";
import { foldKey } from "./duplicateKeys";
import { differingRate, KeyedRows } from "./extraKeys";
import { RATE_RULE } from "./parsePercent";
import type { SheetView } from "./sheetView";
import { sourceRef } from "./sourceRef";
import { CAPACITY_COLUMNS } from "./synonyms";
import { readOptionalTable } from "./table";

/** Utilization and efficiency are read between 0% and 200% (above 100% is possible, above 200% a typo). */
const RATE_RANGE = { rule: RATE_RULE, min: 0, max: 2 };

/** A resource's month split by Site (or Region, ...): hours add up, the rates must agree. */
const keyed = () =>
  new KeyedRows<CapacityRow>({
    conflict: (into, row) =>
      differingRate(into, row, [
        ["utilization", "Utilization"],
        ["efficiency", "Efficiency"],
        ["overtimeCost", "Overtime Cost"],
      ]),
    add(into, row) {
      into.availableHours += row.availableHours;
      into.maxOvertimeHours += row.maxOvertimeHours;
    },
  });

export function readCapacity(view: SheetView, findings: Finding[]) {
  const seen = keyed();
  const read = readOptionalTable<CapacityRow>(view, CAPACITY_COLUMNS, findings, (rr) => {
    const resource = rr.key("resource", "Resource");
    const period = rr.period("period", true);
    const availableHours = rr.quantity("availableHours", "Available Hours", { required: true });
    const utilization = rr.percent("utilization", "Utilization", RATE_RANGE);
    const efficiency = rr.percent("efficiency", "Efficiency", RATE_RANGE);
    const maxOvertimeHours = rr.quantity("maxOvertimeHours", "Max Overtime Hours", { required: false });
    const overtimeCost = rr.cost("overtimeCost", "Overtime Cost", false);
    if (resource === null || period === null || availableHours === null || rr.rowFailed) return null;
    const row: CapacityRow = {
      resource,
      period,
      availableHours,
      utilization: utilization ?? 1,
      efficiency: efficiency ?? 1,
      maxOvertimeHours: maxOvertimeHours ?? 0,
      overtimeCost: overtimeCost?.value ?? null,
      ref: sourceRef(rr, "resource"),
    };
    return seen.place(rr, "resource", foldKey(resource), period, `resource '${resource}' in ${period}`, row);
  });
  seen.report(findings, "available and overtime hours");
  return read;
}
