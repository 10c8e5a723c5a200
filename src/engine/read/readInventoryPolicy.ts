/**
 * The optional Inventory Policy sheet (SPEC "Inventory policy"): per family the replenishment Lead
 * Time in months (default 1), its standard deviation (Lead Time Std Dev, default 0) and the cycle
 * Service Level that overrides the family's ABC class default (0.95, 95% or 95).
 *
 * Every value on a row decides the family's safety stock, so a bad one costs the row rather than
 * letting a default stand in silently: a lead time that is negative or not a number, a service level
 * outside (50%, 100%) (an exclusive range: 100% would need infinite stock, and below 50% the "safety"
 * stock is negative). Each is an error naming the cell; the family then takes the defaults, nothing
 * else is lost. A family not on the Demand sheet is left out by the cross-check (crossChecks.ts).
 */
import type { Finding, InventoryPolicyRow } from "../model";
import { DuplicateKeys, foldKey } from "./duplicateKeys";
import { parseNumber, showValue } from "./parseNumber";
import { parsePercent, type PercentRule } from "./parsePercent";
import { formatPercent, invalidNumberMessage, ROW_LEFT_OUT, type RowReader } from "./rowReader";
import type { SheetView } from "./sheetView";
import { rejectDuplicate, sourceRef } from "./sourceRef";
import { INVENTORY_POLICY_COLUMNS } from "./synonyms";
import { readOptionalTable } from "./table";

/** A bare number up to 1 is a fraction (0.95), above it percent points (95). */
export const SERVICE_LEVEL_RULE: PercentRule = { fractionUpTo: 1 };

export function readInventoryPolicy(view: SheetView, findings: Finding[]) {
  const seen = new DuplicateKeys();
  return readOptionalTable<InventoryPolicyRow>(view, INVENTORY_POLICY_COLUMNS, findings, (rr) => {
    const family = rr.key("family", "Family");
    const leadTime = months(rr, "leadTime", "Lead Time");
    const leadTimeSd = months(rr, "leadTimeSd", "Lead Time Std Dev");
    const serviceLevel = serviceLevelOf(rr);
    if (family === null || rr.rowFailed) return null;
    rejectDuplicate(rr, "family", seen.check(foldKey(family), "", rr.r), `family '${family}'`);
    return { family, leadTime, leadTimeSd, serviceLevel, ref: sourceRef(rr, "family") };
  });
}

function cell(rr: RowReader, field: string) {
  const c = rr.col(field);
  return { value: rr.view.value(rr.r, c), format: rr.view.format(rr.r, c) };
}

/** Months, ≥ 0; blank is null (the default applies); anything else is an error that costs the row. */
function months(rr: RowReader, field: string, label: string): number | null {
  if (!rr.has(field)) return null;
  const { value } = cell(rr, field);
  const parsed = parseNumber(value);
  if (parsed.kind === "blank") return null;
  if (parsed.kind === "invalid") {
    rr.error(field, `${label}: ${invalidNumberMessage(parsed, ROW_LEFT_OUT)}`);
    return null;
  }
  if (parsed.value < 0) {
    rr.error(field, `${label} is negative (${parsed.value} months); give it in months, 0 or more; ${ROW_LEFT_OUT}`);
    return null;
  }
  return parsed.value;
}

/** A fraction strictly between 0.5 and 1; blank is null (the class default applies). */
function serviceLevelOf(rr: RowReader): number | null {
  if (!rr.has("serviceLevel")) return null;
  const { value, format } = cell(rr, "serviceLevel");
  const parsed = parsePercent(value, format, SERVICE_LEVEL_RULE);
  if (parsed.kind === "blank") return null;
  if (parsed.kind === "invalid") {
    rr.error("serviceLevel", `Service Level: ${invalidNumberMessage(parsed, ROW_LEFT_OUT)}`);
    return null;
  }
  const level = parsed.value;
  if (!(level > 0.5 && level < 1)) {
    rr.error(
      "serviceLevel",
      `Service Level ${showValue(value)} (${formatPercent(level)}) is outside 50% to 100% (both excluded); give it as 0.95, 95% or 95; ${ROW_LEFT_OUT}`,
    );
    return null;
  }
  return level;
}
