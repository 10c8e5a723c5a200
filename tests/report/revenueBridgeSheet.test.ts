/**
 * The revenue bridge on Financial Gap, on the two-family example of
 * tests/engine/finance/priceVolumeMix.test.ts (worked by hand there): in 2027-Q1 budget $4,000 →
 * volume +$600 → mix −$700 → price +$150 → plan $4,050; the same again in 2027-Q2.
 */
import type { CellValue } from "../../src/engine/grid";
import { resolveSettings } from "../../src/engine/settings";
import { generatePack } from "../../src/report/generate";
import { grid } from "../engine/read/grids";

const demand: CellValue[][] = [["Family", "Period", "Actual", "Consensus Forecast"]];
demand.push(["A", "2026-12", 100, 100], ["A", "2027-01", null, 150], ["A", "2027-04", null, 150]);
demand.push(["B", "2026-12", 100, 100], ["B", "2027-01", null, 80], ["B", "2027-04", null, 80]);
const pack = generatePack(
  [
    grid("Demand", demand),
    grid("Finance", [
      ["Family", "Period", "Unit Price", "Budget Revenue", "Budget Units"],
      ["A", "2027-01", 11, 1000, 100],
      ["A", "2027-04", 11, 1000, 100],
      ["B", "2027-01", 30, 3000, 100],
      ["B", "2027-04", 30, 3000, 100],
    ]),
  ],
  resolveSettings(),
);
const sheet = pack.workbook.sheets.find((s) => s.name === "Financial Gap")!;
const rowOf = (first: CellValue, after = 0) => sheet.rows.findIndex((r, i) => i >= after && r[0] === first);

describe("the revenue bridge on Financial Gap", () => {
  it("shows budget, volume, mix, price and plan per quarter and for the horizon, adding up to the gap", () => {
    const header = rowOf(
      "Quarter",
      rowOf("Revenue bridge to budget: price, volume and mix (families with a budget and a price)"),
    );
    expect(sheet.rows[header]).toEqual(["Quarter", "Budget Revenue", "Volume", "Mix", "Price", "Plan Revenue", "Gap to Budget"]);
    // Each quarter holds one month of three: labelled partial.
    expect(sheet.rows.slice(header + 1, header + 4)).toEqual([
      ["2027-Q1 (1 of 3 mo.)", 4000, 600, -700, 150, 4050, 50],
      ["2027-Q2 (1 of 3 mo.)", 4000, 600, -700, 150, 4050, 50],
      ["Horizon", 8000, 1200, -1400, 300, 8100, 100],
    ]);
    expect(pack.summary.pvm.map((p) => p.quarter)).toEqual(["2027-Q1", "2027-Q2", "total"]);
  });

  it("draws the horizon's waterfall budget → volume → mix → price → plan from a table on the sheet", () => {
    const chart = sheet.charts!.find((c) => c.type === "waterfall")!;
    expect(chart.title).toBe("Revenue bridge: budget → volume → mix → price → plan");
    const header = Number(/\d+/.exec(chart.dataRange)![0]) - 1;
    expect(sheet.rows[header]).toEqual(["Step", "Base", "Increase", "Decrease", "Total"]);
    // Budget 8,000; +1,200 lifts to 9,200; −1,400 falls to 7,800; +300 rises to 8,100 = plan.
    expect(sheet.rows.slice(header + 1, header + 6)).toEqual([
      ["Budget", null, null, null, 8000],
      ["Volume", 8000, 1200, null, null],
      ["Mix", 7800, null, 1400, null],
      ["Price", 7800, 300, null, null],
      ["Plan", null, null, null, 8100],
    ]);
  });
});
