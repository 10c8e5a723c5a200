/**
 * A chart with too few points is not drawn; the sheet says why where it would be
 * (src/report/charts/tooFewPoints.ts, SheetBuilder.chartOrReason).
 */
import { SheetBuilder } from "../../src/report/sheets/sheetBuilder";
import type { ChartSpec } from "../../src/report/workbookSpec";

const line = (dataRange: string, anchor: string): ChartSpec => ({ type: "line", title: "Trend", dataRange, anchor });

describe("charts with too few points", () => {
  test("a line over one month is replaced by one italic line of text at its anchor", () => {
    const b = new SheetBuilder();
    b.table("T", ["Month", "Lag 1 WMAPE"], [["2026-01", 0.12]]);
    expect(b.chartOrReason(line("A1:B2", "D1"), { unit: "month", of: "lag-1 accuracy" })).toBe(false);
    const sheet = b.sheet({ name: "S" });
    expect(sheet.charts).toBeUndefined();
    // D1 is row 0, column 3: the header fills A-B, C stays empty.
    expect(sheet.rows[0]).toEqual([
      "Month",
      "Lag 1 WMAPE",
      null,
      "Chart not drawn: one month of lag-1 accuracy so far; it needs at least 2.",
    ]);
    expect(sheet.styles).toContainEqual({ range: "D1", italic: true });
  });

  test("a month without a value does not count; two months with one are drawn", () => {
    const b = new SheetBuilder();
    b.table(
      "T",
      ["Month", "WMAPE"],
      [
        ["2026-01", null],
        ["2026-02", 0.1],
      ],
    );
    expect(b.chartOrReason(line("A1:B3", "D1"), { unit: "month", of: "accuracy" })).toBe(false);
    b.table(
      "U",
      ["Month", "WMAPE"],
      [
        ["2026-01", 0.2],
        ["2026-02", 0.1],
      ],
    );
    expect(b.chartOrReason(line("A4:B6", "D4"), { unit: "month", of: "accuracy" })).toBe(true);
    expect(b.sheet({ name: "S" }).charts!.map((c) => c.dataRange)).toEqual(["A4:B6"]);
  });

  test("no value at all: no month of a line, nothing for columns; the anchor may lie below what is written", () => {
    const b = new SheetBuilder();
    b.table("T", ["Scenario", "Revenue"], [["Base", null]]);
    b.chartOrReason(line("A1:B2", "A5"), { unit: "month", of: "revenue" });
    b.chartOrReason(
      { type: "columnClustered", title: "c", dataRange: "A1:B2", anchor: "A7" },
      { unit: "scenario", of: "scenario revenue" },
    );
    const sheet = b.sheet({ name: "S" });
    expect(sheet.rows[4]).toEqual(["Chart not drawn: no month of revenue so far; it needs at least 2."]);
    expect(sheet.rows[6]).toEqual(["Chart not drawn: no scenario revenue to draw."]);
    expect(sheet.rows[5]).toEqual([]);
  });
});
