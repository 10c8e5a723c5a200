/**
 * The "Plan Changes" sheet (SPEC "Month over month"): what changed since the last plan. This cycle's
 * demand plan (units and revenue) and supply plan against the previous cycle's, per family over the
 * months both plans cover, largest moves first, and the waterfall of the total as a native chart
 * (previous plan -> each family's change -> this plan), whose steps add up to the change exactly.
 */
import { rangeAddress } from "../../engine/a1";
import type { PlanChanges } from "../../engine/history";
import { addWaterfall } from "../charts/waterfall";
import { NumberFormats, type SheetSpec } from "../workbookSpec";
import { BLUE, RED } from "./palette";
import { SheetBuilder } from "./sheetBuilder";

export const PLAN_CHANGES_SHEET = "Plan Changes";

const change = (now: number | null, before: number | null) =>
  now === null && before === null ? null : (now ?? 0) - (before ?? 0);
const pct = (now: number | null, before: number | null) =>
  now === null || before === null || before === 0 ? null : (now - before) / before;

export function planChangesSheet(changes: PlanChanges, cycle: string): SheetSpec {
  const b = new SheetBuilder();
  const p = changes.periods;
  const months = p.length === 1 ? p[0] : `${p[0]} to ${p[p.length - 1]}`;
  const byMoney = changes.waterfallMeasure === "revenue";
  b.title(`Plan Changes: cycle ${cycle} against cycle ${changes.previousCycle}`);
  b.note(
    `Over the ${p.length} month(s) both plans cover (${months}). Change = this plan − the plan of ${changes.previousCycle}; ` +
      `families ordered by the size of their ${byMoney ? "revenue" : "unit"} move, largest first. ` +
      "A family in only one of the two plans counts from (or to) nothing and is marked Added or Dropped.",
  );
  const header = [
    "Family",
    `Demand Plan ${changes.previousCycle} (units)`,
    `Demand Plan ${cycle} (units)`,
    "Change (units)",
    "Change %",
    `Revenue ${changes.previousCycle}`,
    `Revenue ${cycle}`,
    "Revenue Change",
    `Supply Plan ${changes.previousCycle} (units)`,
    `Supply Plan ${cycle} (units)`,
    "Supply Change (units)",
    "Note",
  ];
  const body = changes.families.map((c) => [
    c.family,
    c.previousUnits,
    c.units,
    c.unitsChange,
    pct(c.units, c.previousUnits),
    c.previousRevenue,
    c.revenue,
    c.revenueChange,
    c.previousSupply,
    c.supply,
    c.supplyChange,
    c.note,
  ]);
  const formats = [
    null,
    NumberFormats.units,
    NumberFormats.units,
    NumberFormats.units,
    NumberFormats.percent,
    NumberFormats.money,
    NumberFormats.money,
    NumberFormats.money,
    NumberFormats.units,
    NumberFormats.units,
    NumberFormats.units,
    null,
  ];
  const t = b.table("PlanChanges", header, body, formats);
  b.style(t.first, 0, t.last, 0, { numberFormat: NumberFormats.text });
  const sum = (xs: (number | null)[]) => (xs.every((x) => x === null) ? null : xs.reduce<number>((s, x) => s + (x ?? 0), 0));
  const col = (k: number) => body.map((r) => r[k] as number | null);
  const totals = [1, 2, 5, 6, 8, 9].map((k) => sum(col(k)));
  b.totalsRow(
    [
      "All families",
      totals[0],
      totals[1],
      change(totals[1], totals[0]),
      pct(totals[1], totals[0]),
      totals[2],
      totals[3],
      change(totals[3], totals[2]),
      totals[4],
      totals[5],
      change(totals[5], totals[4]),
    ],
    formats,
    header.length,
  );
  for (const k of [3, 4, 7, 10]) {
    const range = rangeAddress(t.first, k, t.last + 1, k);
    b.conditional({ kind: "cellValue", range, operator: "lessThan", values: [0], fontColor: RED.fontColor, bold: true });
    b.conditional({ kind: "cellValue", range, operator: "greaterThan", values: [0], fontColor: BLUE.fontColor, bold: true });
  }

  b.heading(`Waterfall of the total demand plan ${byMoney ? "revenue" : "units"}: ${changes.previousCycle} → ${cycle}`);
  if (!byMoney) b.note("In units: some family has no price in one of the two plans, so the total cannot be bridged in money.");
  const chartRow = b.next;
  addWaterfall(b, {
    tableName: "PlanChangesWaterfall",
    categoryHeader: "Step",
    bars: changes.waterfall.map((s) => ({ label: s.label, value: s.value, total: s.kind !== "change" })),
    title: `Demand plan ${byMoney ? "revenue" : "units"}: ${changes.previousCycle} → ${cycle}`,
    anchor: rangeAddress(chartRow, 7, chartRow, 7),
    width: 8,
    height: 18,
    numberFormat: byMoney ? NumberFormats.money : NumberFormats.units,
  });
  b.note(
    `The plan of ${changes.previousCycle} + the family changes = the plan of ${cycle}, exactly (Base is the invisible lift of each step; families whose plan did not move are not drawn).`,
  );
  return b.sheet({
    name: PLAN_CHANGES_SHEET,
    columnWidths: [24, 18, 18, 14, 10, 16, 16, 16, 18, 18, 16, 10],
    freeze: { rows: t.headerRow + 1, columns: 1 },
    tabColor: "#7030A0",
  });
}
