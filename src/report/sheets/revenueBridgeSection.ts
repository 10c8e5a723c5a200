/**
 * The price / volume / mix bridge on Financial Gap (SPEC "Conventions"): per quarter and for the
 * horizon, budget revenue → volume → mix → price → plan revenue, the three effects adding up to the
 * gap exactly, and the horizon's waterfall (budget → volume → mix → price → plan) drawn from a table
 * kept on the sheet.
 */
import { rangeAddress } from "../../engine/a1";
import type { Period } from "../../engine/model";
import { quarterLabel, type RevenueBridge } from "../../engine/finance";
import { addWaterfall, type WaterfallBar } from "../charts/waterfall";
import { NumberFormats } from "../workbookSpec";
import type { SheetBuilder } from "./sheetBuilder";

/** The waterfall's title, here and on the summary. */
export const BRIDGE_TITLE = "Revenue bridge: budget → volume → mix → price → plan";

/** A bridge as waterfall bars: budget → volume → mix → price → plan (here and on the summary). */
export function bridgeBars(bridge: RevenueBridge): WaterfallBar[] {
  return [
    { label: "Budget", value: bridge.budgetRevenue, total: true },
    { label: "Volume", value: bridge.volume },
    { label: "Mix", value: bridge.mix },
    { label: "Price", value: bridge.price },
    { label: "Plan", value: bridge.planRevenue, total: true },
  ];
}

export function revenueBridgeSection(b: SheetBuilder, bridge: readonly RevenueBridge[], periods: readonly Period[]): void {
  // The chart sits right of the sheet's widest table (Family .. Gap %, columns A-L), level with the bridge.
  const chartRow = b.next + 1;
  b.heading("Revenue bridge to budget: price, volume and mix (families with a budget and a price)");
  b.note(
    "Budget price = budget revenue / budget units (Budget Units, or budget revenue at the sheet's Unit Price where only Budget Revenue is given). " +
      "Volume = (Σ plan units − Σ budget units) × average budget price; mix = Σ (plan units − budget units) × budget price − volume; " +
      "price = Σ (plan price − budget price) × plan units. Volume + mix + price = plan revenue − budget revenue.",
  );
  if (bridge.length === 0) {
    b.note("No family has both a budget and a price, so there is nothing to bridge.", {});
    return;
  }
  const money = NumberFormats.money;
  b.table(
    "RevenueBridge",
    ["Quarter", "Budget Revenue", "Volume", "Mix", "Price", "Plan Revenue", "Gap to Budget"],
    bridge.map((q) => [
      q.quarter === "total" ? "Horizon" : quarterLabel(q.quarter, periods),
      q.budgetRevenue,
      q.volume,
      q.mix,
      q.price,
      q.planRevenue,
      q.planRevenue - q.budgetRevenue,
    ]),
    [null, money, money, money, money, money, money],
  );
  const total = bridge.find((q) => q.quarter === "total");
  if (!total) return;
  b.heading("Chart data: revenue bridge of the horizon (budget → volume → mix → price → plan)");
  addWaterfall(b, {
    tableName: "RevenueBridgeChart",
    categoryHeader: "Step",
    bars: bridgeBars(total),
    title: BRIDGE_TITLE,
    anchor: rangeAddress(chartRow, 13, chartRow, 13),
    width: 8,
    height: 16,
    numberFormat: money,
  });
}
