/**
 * Honest value axes (src/report/charts/valueAxis.ts): bars from zero, a percentage line with at least
 * 5 points either side of its data in steps of 5 points, clamped to 0%-100%, never a span under 10
 * points. Every expected range is worked by hand from those rules in the comments.
 */
import { percentAxisRange, valueAxisRange } from "../../src/report/charts/valueAxis";
import { SheetBuilder } from "../../src/report/sheets/sheetBuilder";
import type { ChartSpec, ReportValue } from "../../src/report/workbookSpec";

const rows = (values: (number | null)[]): ReportValue[][] => [["Month", "Value"], ...values.map((v, i) => [`M${i + 1}`, v])];
const chart = (type: ChartSpec["type"], n: number, valueAxisFormat?: string): ChartSpec => ({
  type,
  title: "t",
  dataRange: `A1:B${n + 1}`,
  anchor: "D1",
  ...(valueAxisFormat ? { valueAxisFormat } : {}),
});

describe("a percentage line's value axis", () => {
  test("data from 96.98% to 97.02% is shown on 90%-100%, not zoomed in on 0.04 points", () => {
    // 96.98 − 5 = 91.98, down to a multiple of 5: 90. 97.02 + 5 = 102.02, up to 105, clamped to 100.
    expect(percentAxisRange(0.9698, 0.9702)).toEqual({ min: 0.9, max: 1 });
  });

  test("data from 40% to 60% gets 5 points either side: 35%-65%", () => {
    expect(percentAxisRange(0.4, 0.6)).toEqual({ min: 0.35, max: 0.65 });
  });

  test("data at 100%: clamped at the top, the bottom gives way so the span is still 10 points", () => {
    // 100 − 5 = 95; 100 + 5 = 105 clamped to 100; 100 − 95 = 5 < 10, so 90-100.
    expect(percentAxisRange(1, 1)).toEqual({ min: 0.9, max: 1 });
  });

  test("data at 0%-1%: clamped at 0, the top is at least 10%", () => {
    // 0 − 5 = −5 clamped to 0; 1 + 5 = 6, up to 10.
    expect(percentAxisRange(0, 0.01)).toEqual({ min: 0, max: 0.1 });
    // 0 + 5 = 5; 5 − 0 < 10, so 0-10.
    expect(percentAxisRange(0, 0)).toEqual({ min: 0, max: 0.1 });
  });

  test("a utilization above 100% is not cut off: 50% to 124.7% is shown on 45%-130%", () => {
    // 50 − 5 = 45; 124.7 + 5 = 129.7, up to 130, not clamped (the data is beyond 100%).
    expect(percentAxisRange(0.5, 1.247)).toEqual({ min: 0.45, max: 1.3 });
  });

  test("at an exact multiple of 5 points the margin is exactly 5 points (95% -> 90%)", () => {
    expect(percentAxisRange(0.95, 0.95)).toEqual({ min: 0.9, max: 1 });
    expect(percentAxisRange(0.3, 0.7)).toEqual({ min: 0.25, max: 0.75 });
  });

  test("the chart's range comes from its data on the sheet, blanks skipped; a money line keeps Excel's own range", () => {
    expect(valueAxisRange(chart("line", 3, "0%"), rows([0.97, null, 0.9702]))).toEqual({ min: 0.9, max: 1 });
    expect(valueAxisRange(chart("line", 3, '"$"#,##0'), rows([100, 200, 300]))).toEqual({});
    // A "%" inside quotes is text, not a percentage format.
    expect(valueAxisRange(chart("line", 2, '#,##0" %pts"'), rows([1, 2]))).toEqual({});
  });
});

describe("bars, columns and waterfalls start at zero", () => {
  test("values of 97 and 98 on a column chart: the axis starts at 0, not near 97", () => {
    expect(valueAxisRange(chart("columnClustered", 2), rows([97, 98]))).toEqual({ min: 0 });
    expect(valueAxisRange(chart("barClustered", 2, "0%"), rows([0.97, 0.98]))).toEqual({ min: 0 });
    expect(valueAxisRange(chart("waterfall", 2), rows([1000, 1200]))).toEqual({ min: 0 });
  });

  test("all negative: the axis ends at zero; both signs: Excel's own range (it spans zero)", () => {
    expect(valueAxisRange(chart("columnClustered", 2), rows([-5, -2]))).toEqual({ max: 0 });
    expect(valueAxisRange(chart("columnClustered", 2), rows([-5, 3]))).toEqual({});
  });

  test("a finished sheet's charts carry their range; a range the chart sets itself is kept", () => {
    const b = new SheetBuilder();
    b.table(
      "T",
      ["Scenario", "Revenue"],
      [
        ["Base", 970],
        ["Upside", 980],
      ],
    );
    b.charts.push({ type: "columnClustered", title: "a", dataRange: "A1:B3", anchor: "D1" });
    b.charts.push({ type: "line", title: "b", dataRange: "A1:B3", anchor: "D20", valueAxisMin: 500 });
    const [bars, line] = b.sheet({ name: "S" }).charts!;
    expect(bars).toMatchObject({ valueAxisMin: 0 });
    expect(bars.valueAxisMax).toBeUndefined();
    expect(line).toMatchObject({ valueAxisMin: 500 });
    expect(line.valueAxisMax).toBeUndefined();
  });
});
