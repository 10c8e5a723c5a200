/**
 * The summary's working-capital line (SPEC "Inventory policy"): what the recommended safety stocks
 * would cost against the given targets, how many targets are below their recommendation, and which
 * targets the plan holds. One line under the key figures, linked to the Safety Stock sheet; nothing
 * when there is no inventory policy (no month has actuals).
 */
import type { Analysis } from "../../engine/analyze";
import { SAFETY_STOCK_SHEET } from "./safetyStockSheet";
import type { SheetBuilder } from "./sheetBuilder";

function money(x: number): string {
  const r = Math.round(x);
  return `${r < 0 ? "-" : ""}$${Math.abs(r).toLocaleString("en-US")}`;
}

export function inventoryPolicyLine(analysis: Analysis, b: SheetBuilder): void {
  const policy = analysis.inventoryPolicy;
  if (!policy) return;
  const below = policy.families.filter((f) => f.difference !== null && f.difference > 0).length;
  const wc = policy.workingCapitalChange;
  const cost =
    wc === null
      ? "n/a (no family has both a given target and a Unit Cost or Price)"
      : `${money(wc)} (${wc >= 0 ? "more stock to fund" : "stock that can be released"})`;
  const apart = policy.withoutGivenTarget.length;
  const parts = [
    `Working-capital change of the recommended safety stocks: ${cost}`,
    `${below} given target${below === 1 ? "" : "s"} below the recommendation`,
    apart > 0 ? `${apart} famil${apart === 1 ? "y" : "ies"} without a given target held at the recommendation` : null,
    policy.targets === "recommended" ? "the plan holds the recommended targets" : null,
  ].filter(Boolean);
  b.note(`${parts.join("; ")}: see ${SAFETY_STOCK_SHEET}.`, { bold: true });
  b.links.push({ cell: `A${b.next}`, sheet: SAFETY_STOCK_SHEET, target: "A1" });
}
