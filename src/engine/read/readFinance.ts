/** The Finance sheet: unit price (optionally by month), unit cost and the budget per family. */
import type { Finding, FinanceRow } from "../model";
import { DuplicateKeys, foldKey } from "./duplicateKeys";
import type { SheetView } from "./sheetView";
import { rejectDuplicate, sourceRef } from "./sourceRef";
import { FINANCE_COLUMNS } from "./synonyms";
import { readOptionalTable } from "./table";

export function readFinance(view: SheetView, findings: Finding[]) {
  const seen = new DuplicateKeys();
  return readOptionalTable<FinanceRow>(view, FINANCE_COLUMNS, findings, (rr) => {
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
    rejectDuplicate(rr, "family", seen.check(foldKey(family), period ?? "", rr.r), what);
    return {
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
  });
}
