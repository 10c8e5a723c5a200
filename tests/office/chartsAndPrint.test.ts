/**
 * The Office host draws the pack's charts (including the stacked-column waterfall) and its print
 * settings, on the in-memory Excel (tests/office/fakeExcel.ts).
 */
import { writePack } from "../../src/hosts/office/writePack";
import { SheetBuilder } from "../../src/report/sheets/sheetBuilder";
import type { WorkbookSpec } from "../../src/report/workbookSpec";
import { FakeWorkbook } from "./fakeExcel";

const pack: WorkbookSpec = {
  sheets: [
    {
      name: "Financial Gap",
      rows: [
        ["Step", "Base", "Increase", "Decrease", "Total"],
        ["Budget", null, null, null, 1000],
        ["Volume", 1000, 200, null, null],
        ["Plan", null, null, null, 1200],
      ],
      charts: [
        {
          type: "waterfall",
          title: "Budget to plan",
          dataRange: "A1:E4",
          anchor: "G2",
          seriesColors: ["#FFFFFF", "#70AD47", "#C00000", "#4472C4"],
        },
        { type: "line", title: "Trend", dataRange: "A1:B4", anchor: "G20", seriesColors: ["#123456"] },
      ],
      freeze: { rows: 1, columns: 0 },
      page: { orientation: "landscape", fit: "page", printArea: "A1:E4", repeatRows: { first: 0, last: 0 } },
    },
  ],
};

function book(): FakeWorkbook {
  const b = new FakeWorkbook();
  b.newSheet("Demand");
  return b;
}

describe("Office host: charts and print settings", () => {
  test("a waterfall is a stacked column chart by columns with an unfilled base series and no legend", async () => {
    const b = book();
    await b.run((ctx) => writePack(ctx, pack, { runTag: "t", pageLayoutSupported: true }));
    const [waterfall, line] = b.sheet("Financial Gap")!.charts;
    expect(waterfall).toMatchObject({ type: "ColumnStacked", source: "A1:E4", seriesBy: "Columns", legend: { visible: false } });
    expect(waterfall.series[0]).toMatchObject({ fill: "none", gapWidth: 50 });
    expect(waterfall.series[1].fill).toBe("#70AD47");
    expect(waterfall.series[2].fill).toBe("#C00000");
    expect(waterfall.series[3].fill).toBe("#4472C4");
    // A line series is coloured by its line, not a fill.
    expect(line).toMatchObject({ type: "Line", legend: { visible: true } });
    expect(line.series[0]).toEqual({ line: "#123456" });
  });

  test("bars start at zero and a percentage line shows at least 10 points: the value axis' minimum and maximum", async () => {
    // Built as the report builds a sheet, so the ranges are the report's (src/report/charts/valueAxis.ts).
    const sb = new SheetBuilder();
    sb.table(
      "Scenarios",
      ["Scenario", "Revenue"],
      [
        ["Base", 970],
        ["Upside", 980],
      ],
    );
    sb.table(
      "Accuracy",
      ["Month", "Forecast Accuracy"],
      [
        ["2026-01", 0.9698],
        ["2026-02", 0.9702],
      ],
    );
    sb.charts.push({ type: "columnClustered", title: "Revenue", dataRange: "A1:B3", anchor: "D1", valueAxisFormat: "#,##0" });
    sb.charts.push({ type: "line", title: "Accuracy", dataRange: "A4:B6", anchor: "D20", valueAxisFormat: "0%" });
    const b = book();
    await b.run((ctx) => writePack(ctx, { sheets: [sb.sheet({ name: "S&OP Summary" })] }, { runTag: "t" }));
    const [columns, line] = b.sheet("S&OP Summary")!.charts;
    // 970 and 980 from 0, not from about 965; the maximum is Excel's own.
    expect(columns.axes.valueAxis).toEqual({ numberFormat: "#,##0", minimum: 0 });
    // 96.98% − 5 points = 91.98%, down to 90%; 97.02% + 5 = 102.02%, clamped to 100%.
    expect(line.axes.valueAxis).toEqual({ numberFormat: "0%", minimum: 0.9, maximum: 1 });
  });

  test("columns show their values as data labels in the data's number format; lines and waterfalls have none", async () => {
    const sb = new SheetBuilder();
    sb.table(
      "Scenarios",
      ["Scenario", "Revenue"],
      [
        ["Base", 970],
        ["Upside", 980],
      ],
      [null, '"$"#,##0'],
    );
    sb.charts.push({
      type: "columnClustered",
      title: "Revenue",
      dataRange: "A1:B3",
      anchor: "D1",
      valueAxisFormat: '"$"#,##0,"k"',
    });
    sb.charts.push({ type: "line", title: "Trend", dataRange: "A1:B3", anchor: "D20" });
    const b = book();
    await b.run((ctx) => writePack(ctx, { sheets: [sb.sheet({ name: "S&OP Summary" }), pack.sheets[0]] }, { runTag: "t" }));
    const [columns, line] = b.sheet("S&OP Summary")!.charts;
    // The cells' format ("$"#,##0), not the axis' ("$"#,##0,"k").
    expect(columns.dataLabels).toEqual({ showValue: true, numberFormat: '"$"#,##0', position: "OutsideEnd" });
    expect(line.dataLabels).toEqual({});
    expect(b.sheet("Financial Gap")!.charts[0].dataLabels).toEqual({});
  });

  test("landscape, one page, print area and the header row repeated, where Excel has the page layout API", async () => {
    const b = book();
    await b.run((ctx) => writePack(ctx, pack, { runTag: "t", pageLayoutSupported: true }));
    expect(b.sheet("Financial Gap")!.pageLayout).toEqual({
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 1 },
      printArea: "A1:E4",
      printTitleRows: "$1:$1",
    });
  });

  test("fit to width leaves the page count tall automatic (0)", async () => {
    const b = book();
    const wide: WorkbookSpec = { sheets: [{ ...pack.sheets[0], charts: [], page: { orientation: "landscape", fit: "width" } }] };
    await b.run((ctx) => writePack(ctx, wide, { runTag: "t", pageLayoutSupported: true }));
    expect(b.sheet("Financial Gap")!.pageLayout).toEqual({
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    });
  });

  test("a sheet too wide for 9 points prints at a fixed 82%, with narrow margins, page breaks and merged long lines", async () => {
    const b = book();
    const long = "A sheet's explanation, longer than the printed columns it is merged across and wrapped in.";
    const sheet: WorkbookSpec = {
      sheets: [
        {
          name: "Financial Gap",
          rows: [[long], ["Step", "Total"], ["Budget", 1000]],
          columnWidths: [20, 20],
          merges: ["A1:B1"],
          styles: [{ range: "A1", wrap: true }],
          page: { orientation: "landscape", fit: "width", scale: 82, rowBreaks: [2] },
        },
      ],
    };
    await b.run((ctx) => writePack(ctx, sheet, { runTag: "t", pageLayoutSupported: true }));
    const written = b.sheet("Financial Gap")!;
    expect(written.pageLayout).toEqual({ orientation: "Landscape", zoom: { scale: 82 } });
    // Margins in points: 0.3 in x 72 = 21.6 at the sides, 0.4 in = 28.8 at top and bottom.
    expect(written.other.PageLayout).toMatchObject({
      LeftMargin: expect.closeTo(21.6, 9),
      RightMargin: expect.closeTo(21.6, 9),
      TopMargin: expect.closeTo(28.8, 9),
      BottomMargin: expect.closeTo(28.8, 9),
    });
    // The break before row 3 (0-based 2): Excel's "add a page break before A3".
    expect(JSON.stringify(written.other.HorizontalPageBreaks)).toContain("A3");
    expect(written.merges).toEqual(["A1:B1"]);
    // A merged row is not autofitted by Excel: its height is set (90 characters over 20 + 20 - 1 = 39
    // per line: 3 lines of 15 points).
    expect(written.rowHeights[0]).toBe(45);
  });

  test("without ExcelApi 1.9 the pack is written without print settings instead of failing", async () => {
    const b = book();
    await b.run((ctx) => writePack(ctx, pack, { runTag: "t", pageLayoutSupported: false }));
    expect(b.sheet("Financial Gap")!.pageLayout).toEqual({});
    expect(b.sheet("Financial Gap")!.charts).toHaveLength(2);
  });
});
