/**
 * The "Safety Stock" sheet (SPEC "Inventory policy"; the input sheet is "Inventory Policy"): per family
 * the recommended Target Inventory that protects its cycle service level, beside the target as given,
 * what the difference costs in working capital, and the fill rate each stock implies.
 */
import { rangeAddress } from "../../engine/a1";
import type { FamilyInventoryPolicy, InventoryPolicy } from "../../engine/inventory";
import { NumberFormats, type ReportValue, type SheetSpec } from "../workbookSpec";
import { AMBER, GREEN, RED } from "./palette";
import { SheetBuilder } from "./sheetBuilder";
import { SheetNames } from "../sheetNames";

export const SAFETY_STOCK_SHEET = SheetNames.safetyStock;

/** "$1,234" / "-$1,234" (the summary's style; kept here so this sheet imports nothing of the exceptions). */
function money(x: number): string {
  const r = Math.round(x);
  return `${r < 0 ? "-" : ""}$${Math.abs(r).toLocaleString("en-US")}`;
}

/** "Consensus Forecast (12 months)" / "Baseline backtest (6 months)". */
export function sigmaSourceText(f: FamilyInventoryPolicy, demandPlanColumn: string): string | null {
  if (f.sigmaSource === null) return null;
  const months = `${f.sigmaMonths} month${f.sigmaMonths === 1 ? "" : "s"}`;
  return f.sigmaSource === "demandPlan" ? `${demandPlanColumn} (${months})` : `Baseline backtest (${months})`;
}

/** The stock as shown: rounded up to whole units (the JSON and every money figure keep the unrounded value). */
export const shownStock = (x: number): number => Math.ceil(x - 1e-9);

function noteOf(f: FamilyInventoryPolicy): string | null {
  const notes: string[] = [];
  if (f.reason) notes.push(`No recommendation: ${f.reason}`);
  notes.push(
    f.serviceLevelSource === "sheet"
      ? "Service level from the Inventory Policy sheet"
      : `Service level of class ${f.abc ?? "C"}${f.abc === null ? " (no class: no actuals)" : ""}`,
  );
  if (f.safetyStock !== null && f.givenTarget === null) notes.push("No given target: the recommendation is its target");
  else if (f.targetUsed === "recommended") notes.push("The recommendation is its target (targets: recommended)");
  if (f.difference !== null && f.stockValue === null) notes.push("No Unit Cost or Price: not in the working-capital change");
  else if (f.stockValue?.basis === "price") notes.push("Valued at Unit Price (no Unit Cost)");
  return notes.join("; ");
}

export function safetyStockSheet(policy: InventoryPolicy): SheetSpec {
  const b = new SheetBuilder();
  b.title("Safety Stock: the target inventory each family's service level needs, and what it costs");
  b.note(
    "Safety stock = z × √(L × σ² + d² × σL²), z = NORM.S.INV(service level); σ = root mean square of the lag-1 forecast errors " +
      `(Actual − forecast) over the bias window: of ${policy.demandPlanColumn} where it has at least 6 closed months, else of the baseline's backtest. ` +
      "L and σL from the Inventory Policy sheet (default 1 and 0 months); d = mean monthly demand plan over the horizon.",
  );
  b.note(
    "Safety Stock is shown rounded up to whole units and Difference (units) against that; the working-capital change uses the unrounded stock " +
      "× the mean Unit Cost over the horizon (Unit Price without a cost). Expected fill rate (Type 2) = 1 − σ_L × G(stock / σ_L) / d.",
  );
  b.note(
    policy.targets === "recommended"
      ? "Targets: recommended. The recommended safety stock is every family's Target Inventory in the gap table, exceptions, scenarios and balancing."
      : "Targets: given. The gap table, exceptions, scenarios and balancing hold the given targets; a family without one holds the recommendation.",
  );
  const wc = policy.workingCapitalChange;
  b.note(
    wc === null
      ? "Working-capital change of the recommended targets: n/a (no family has both a given target and a Unit Cost or Price)."
      : `Working-capital change of the recommended targets: ${money(wc)} (${wc >= 0 ? "more stock to fund" : "stock to release"}), over the families with a given target.`,
    { bold: true },
  );
  if (policy.withoutGivenTarget.length > 0) {
    const list = policy.withoutGivenTarget;
    b.note(
      `Without a given target (measured against the recommendation, outside the change): ${list.slice(0, 20).join(", ")}${list.length > 20 ? ` … and ${list.length - 20} more` : ""}.`,
    );
  }

  b.heading("Families");
  const header = [
    "Family",
    "ABC",
    "Service Level",
    "z",
    "Lead Time (months)",
    "Lead Time Std Dev (months)",
    "σ (units)",
    "σ Source",
    "Mean Demand",
    "Safety Stock",
    "Given Target",
    "Difference (units)",
    "Working Capital Change",
    "Cover (months)",
    "Expected Fill Rate (recommended)",
    "Expected Fill Rate (given)",
    "Note",
  ];
  const body: ReportValue[][] = policy.families.map((f) => {
    const shown = f.safetyStock === null ? null : shownStock(f.safetyStock);
    return [
      f.family,
      f.abc,
      f.serviceLevel,
      f.z,
      f.leadTime,
      f.leadTimeSd,
      f.sigma,
      sigmaSourceText(f, policy.demandPlanColumn),
      f.meanDemand,
      shown,
      f.givenTarget,
      shown !== null && f.givenTarget !== null ? shown - f.givenTarget : null,
      f.workingCapitalChange,
      f.cover,
      f.fillRateRecommended,
      f.fillRateGiven,
      noteOf(f),
    ];
  });
  const formats = [
    NumberFormats.text,
    null,
    NumberFormats.percent,
    NumberFormats.ratio,
    NumberFormats.decimal1,
    NumberFormats.decimal1,
    NumberFormats.decimal1,
    null,
    NumberFormats.units,
    NumberFormats.units,
    NumberFormats.units,
    NumberFormats.units,
    NumberFormats.money,
    NumberFormats.decimal1,
    NumberFormats.percent,
    NumberFormats.percent,
    null,
  ];
  const t = b.table("SafetyStockFamilies", header, body, formats);
  // A given target below the recommendation needs a decision; above it is stock that could be released.
  const diff = rangeAddress(t.first, 11, t.last, 11);
  b.conditional({ kind: "cellValue", range: diff, operator: "greaterThan", values: [0], ...RED, bold: true });
  b.conditional({ kind: "cellValue", range: diff, operator: "lessThan", values: [0], ...GREEN });
  const given = rangeAddress(t.first, 15, t.last, 15);
  b.conditional({ kind: "cellValue", range: given, operator: "lessThan", values: [0.95], ...AMBER });
  return b.sheet({
    name: SAFETY_STOCK_SHEET,
    columnWidths: [24, 8, 10, 8, 10, 10, 10, 26, 12, 12, 12, 12, 14, 10, 14, 14, 50],
    freeze: { rows: 0, columns: 1 },
  });
}
