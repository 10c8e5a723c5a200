import { addWaterfall, waterfallRows, WATERFALL_SERIES } from "../../src/report/charts/waterfall";
import { SheetBuilder } from "../../src/report/sheets/sheetBuilder";

describe("waterfall chart data (classic stacked columns: invisible base, increase, decrease, total)", () => {
  test("a revenue bridge above zero: each step starts where the last one ended", () => {
    // Budget 1,000 -> volume +200 (1,000 to 1,200) -> mix -50 (1,200 to 1,150) -> price +30 (1,150 to 1,180) -> plan 1,180.
    const rows = waterfallRows([
      { label: "Budget", value: 1000, total: true },
      { label: "Volume", value: 200 },
      { label: "Mix", value: -50 },
      { label: "Price", value: 30 },
      { label: "Plan", value: 1180, total: true },
    ]);
    expect(rows).toEqual([
      ["Budget", null, null, null, 1000],
      ["Volume", 1000, 200, null, null], // lifted to 1,000, 200 tall
      ["Mix", 1150, null, 50, null], // the drop spans 1,150..1,200: base 1,150, 50 tall
      ["Price", 1150, 30, null, null], // 1,150..1,180
      ["Plan", null, null, null, 1180],
    ]);
  });

  test("below zero the base is the upper end and the bar grows downwards; a step across zero starts at zero", () => {
    // -100 -> -50 (to -150): spans -150..-100, negative stacks grow down from 0: base -100, then -50.
    // -150 -> +40 (to -110): spans -150..-110: base -110, bar -40, coloured as an increase.
    // -110 -> +150 (to +40): crosses zero, drawn from 0 to +40.
    expect(
      waterfallRows([
        { label: "Start", value: -100, total: true },
        { label: "Down", value: -50 },
        { label: "Up", value: 40 },
        { label: "Across", value: 150 },
      ]),
    ).toEqual([
      ["Start", null, null, null, -100],
      ["Down", -100, null, -50, null],
      ["Up", -110, -40, null, null],
      ["Across", null, 40, null, null],
    ]);
  });

  test("addWaterfall writes the data as a table and a waterfall chart over exactly its label and four series columns", () => {
    const b = new SheetBuilder();
    b.title("Bridge");
    const t = addWaterfall(b, {
      tableName: "Bridge",
      categoryHeader: "Step",
      bars: [
        { label: "Budget", value: 10, total: true },
        { label: "Volume", value: 2 },
        { label: "Plan", value: 12, total: true },
      ],
      title: "Budget to plan",
      anchor: "H2",
      numberFormat: "#,##0",
    });
    expect(b.rows[t.headerRow]).toEqual(["Step", ...WATERFALL_SERIES]);
    expect(b.charts).toEqual([
      expect.objectContaining({
        type: "waterfall",
        title: "Budget to plan",
        dataRange: "A2:E5",
        anchor: "H2",
        valueAxisFormat: "#,##0",
      }),
    ]);
    expect(b.charts[0].seriesColors).toHaveLength(4);
  });
});
