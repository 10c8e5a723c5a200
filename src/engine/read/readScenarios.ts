/**
 * The Scenarios sheet: what-if changes to demand, price and capacity. A scenario may take several
 * rows (one per family or resource it changes), so the key is scenario + family + resource.
 */
import type { Finding, ScenarioRow } from "../model";
import { DuplicateKeys, foldKey } from "./duplicateKeys";
import { CHANGE_RULE } from "./parsePercent";
import type { SheetView } from "./sheetView";
import { rejectDuplicate, sourceRef } from "./sourceRef";
import { SCENARIO_COLUMNS } from "./synonyms";
import { readOptionalTable } from "./table";

/** A change below -100% would make demand or capacity negative; above +200% is taken for a typo. */
const CHANGE_RANGE = { rule: CHANGE_RULE, min: -1, max: 2 };

export function readScenarios(view: SheetView, findings: Finding[]) {
  const seen = new DuplicateKeys();
  return readOptionalTable<ScenarioRow>(view, SCENARIO_COLUMNS, findings, (rr) => {
    const scenario = rr.key("scenario", "Scenario");
    const demandChange = rr.percent("demandChange", "Demand Change %", CHANGE_RANGE);
    const priceChange = rr.percent("priceChange", "Price Change %", CHANGE_RANGE);
    const capacityChange = rr.percent("capacityChange", "Capacity Change %", CHANGE_RANGE);
    const family = rr.optionalKey("family", "Family");
    const resource = rr.optionalKey("resource", "Resource");
    if (scenario === null || rr.rowFailed) return null;
    const what = `scenario '${scenario}'${family ? ` for family '${family}'` : ""}${resource ? ` for resource '${resource}'` : ""}`;
    rejectDuplicate(rr, "scenario", seen.check(foldKey(scenario), foldKey(family, resource), rr.r), what);
    return { scenario, demandChange, priceChange, capacityChange, family, resource, ref: sourceRef(rr, "scenario") };
  });
}
