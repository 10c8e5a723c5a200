import { dateSerial } from "../../src/report/dateSerial";
import { writePack } from "../../src/hosts/office/writePack";
import type { WorkbookSpec } from "../../src/report/workbookSpec";
import { FakeWorkbook } from "./fakeExcel";

const FOUR_MB = 4 * 1024 * 1024;

function inputBook(): FakeWorkbook {
  const book = new FakeWorkbook();
  book.addSheetWithRows("Demand", [
    ["Family", "Period", "Actual"],
    ["Kettles", "2026-01", 100],
  ]);
  return book;
}

const pack: WorkbookSpec = {
  sheets: [
    {
      name: "S&OP Summary",
      rows: [["Open the gap table"], ["=cmd|' /C calc'!A0"]],
      links: [{ cell: "A1", sheet: "Gap Table", target: "A1" }],
    },
    {
      name: "Gap Table",
      rows: [
        ["Family", "Period", "Gap", "Status"],
        ["=SUM(A1:A9)", "2027-01", -120, "Shortage"],
        ["+Kettles", "2027-02", 30, "OK"],
        ["-Blenders", "2027-03", 0, "OK"],
        ["@Toasters", "2027-04", 5, "Excess"],
      ],
      styles: [
        { range: "C2:C5", numberFormat: "#,##0" },
        { range: "A1:D1", bold: true, fill: "#1F4E78", fontColor: "#FFFFFF" },
      ],
      tables: [{ name: "GapTable", range: "A1:D5", style: "TableStyleMedium2" }],
      conditionalFormats: [
        { kind: "textEquals", range: "D2:D5", text: "Shortage", fill: "#FFC7CE" },
        { kind: "cellValue", range: "C2:C5", operator: "lessThan", values: [0], fontColor: "#9C0006" },
        {
          kind: "colorScale",
          range: "C2:C5",
          min: { color: "#F8696B" },
          mid: { color: "#FFFFFF", value: 0 },
          max: { color: "#63BE7B" },
        },
        { kind: "expression", range: "A2:D5", formula: '=$D2="Excess"', bold: true },
      ],
      columnWidths: [20, 10],
      freeze: { rows: 1, columns: 1 },
      charts: [
        {
          type: "columnClustered",
          title: "Gap by month",
          dataRange: "B1:C5",
          anchor: "F2",
          width: 8,
          height: 15,
          valueAxisFormat: "#,##0",
        },
      ],
      tabColor: "#C00000",
    },
  ],
};

describe("Office host: rendering a pack description", () => {
  test("text that starts with =, +, - or @ is written as text (format @), never as a formula", async () => {
    const book = inputBook();
    await book.run((ctx) => writePack(ctx, pack, { runTag: "t" }));
    const gap = book.sheet("Gap Table")!;
    for (const [row, text] of [
      [1, "=SUM(A1:A9)"],
      [2, "+Kettles"],
      [3, "-Blenders"],
      [4, "@Toasters"],
    ] as const) {
      const cell = gap.cells.get(`${row},0`)!;
      expect(cell.value).toBe(text);
      expect(cell.formula).toBeUndefined();
      expect(cell.numberFormat).toBe("@");
    }
    expect(book.sheet("S&OP Summary")!.cells.get("1,0")).toMatchObject({ value: "=cmd|' /C calc'!A0", numberFormat: "@" });
    // Period text stays text ("2027-01" is not turned into a date), numbers keep their format.
    expect(gap.cells.get("1,1")).toMatchObject({ value: "2027-01", numberFormat: "@" });
    expect(gap.cells.get("1,2")).toMatchObject({ value: -120, numberFormat: "#,##0" });
    // The stand-in does turn unformatted "=..." into a formula, so the check above can fail.
    book.addSheetWithRows("Scratch", [[""]]);
    await book.run(async (ctx) => {
      ctx.workbook.worksheets.getItemOrNullObject("Scratch").getRange("A1").values = [["=1+1"]];
      await ctx.sync();
    });
    expect(book.sheet("Scratch")!.cells.get("0,0")!.formula).toBe("=1+1");
  });

  test("a user's sheet named Gap Table is left alone; ours becomes Gap Table (2) and the summary link follows", async () => {
    const book = inputBook();
    book.addSheetWithRows("Gap Table", [["my own gap table"]]);
    const mine = book.sheetSnapshot("Gap Table");
    const result = await book.run((ctx) => writePack(ctx, pack, { runTag: "t" }));
    expect(result.sheetNameMap["Gap Table"]).toBe("Gap Table (2)");
    expect(book.sheetSnapshot("Gap Table")).toBe(mine);
    expect(book.sheet("S&OP Summary")!.cells.get("0,0")!.hyperlink).toEqual({
      documentReference: "'Gap Table (2)'!A1",
      textToDisplay: "Open the gap table",
    });
    expect(book.sheets.map((s) => s.name)).toEqual(["Demand", "Gap Table", "S&OP Summary", "Gap Table (2)"]);
  });

  test("a user's table named GapTable keeps its name; ours is GapTable_2, also after regenerating", async () => {
    const book = inputBook();
    book.sheet("Demand")!.tables.push({ name: "GapTable", style: "TableStyleLight1", range: "A1:C2" });
    await book.run((ctx) => writePack(ctx, pack, { runTag: "a" }));
    expect(book.sheet("Gap Table")!.tables.map((t) => t.name)).toEqual(["GapTable_2"]);
    await book.run((ctx) => writePack(ctx, pack, { runTag: "b" }));
    expect(book.allTables().map((t) => t.name)).toEqual(["GapTable", "GapTable_2"]);
  });

  test("a generated sheet the user renamed is still recognised by its id and replaced", async () => {
    const book = inputBook();
    const first = await book.run((ctx) => writePack(ctx, pack, { runTag: "a" }));
    expect(book.allTables().map((t) => t.name)).toEqual(["GapTable"]);
    // The user renames our table's sheet: it is still ours (found by id, not by name) and replaced.
    await book.run(async (ctx) => {
      ctx.workbook.worksheets.getItemOrNullObject(first.sheetNameMap["Gap Table"]).name = "Old gaps";
      await ctx.sync();
    });
    await book.run((ctx) => writePack(ctx, pack, { runTag: "b" }));
    expect(book.sheet("Old gaps")).toBeUndefined();
    expect(book.sheet("Gap Table")).toBeDefined();
    expect(book.allTables().map((t) => t.name)).toEqual(["GapTable"]);
  });

  test("tables, conditional formats, widths, frozen panes, chart and tab color are rendered", async () => {
    const book = inputBook();
    await book.run((ctx) => writePack(ctx, pack, { runTag: "t" }));
    const gap = book.sheet("Gap Table")!;
    expect(gap.tables).toEqual([expect.objectContaining({ name: "GapTable", style: "TableStyleMedium2", range: "A1:D5" })]);
    expect(gap.conditionalFormats.map((c) => [c.type, c.range])).toEqual([
      ["Custom", "D2:D5"],
      ["CellValue", "C2:C5"],
      ["ColorScale", "C2:C5"],
      ["Custom", "A2:D5"],
    ]);
    expect((gap.conditionalFormats[0].custom as { rule: { formula: string } }).rule.formula).toBe('=D2="Shortage"');
    expect((gap.conditionalFormats[1].cellValue as { rule: unknown }).rule).toEqual({ formula1: "=0", operator: "LessThan" });
    expect((gap.conditionalFormats[2].colorScale as { criteria: unknown }).criteria).toEqual({
      minimum: { type: "LowestValue", color: "#F8696B" },
      midpoint: { type: "Number", formula: "0", color: "#FFFFFF" },
      maximum: { type: "HighestValue", color: "#63BE7B" },
    });
    // 20 characters = 20 * 7 + 5 = 145 px = 108.75 pt; 10 characters = 75 px = 56.25 pt.
    expect(gap.columnWidths).toEqual({ 0: 108.75, 1: 56.25 });
    expect(gap.freeze).toEqual({ rows: 1, columns: 1 });
    expect(gap.charts).toEqual([
      expect.objectContaining({
        type: "ColumnClustered",
        source: "B1:C5",
        title: { text: "Gap by month" },
        position: { start: "F2", end: "M16" },
      }),
    ]);
    expect(gap.charts[0].axes.valueAxis.numberFormat).toBe("#,##0");
    expect(gap.tabColor).toBe("#C00000");
    expect(gap.cells.get("0,0")).toMatchObject({ font: { bold: true, color: "#FFFFFF" }, fill: "#1F4E78" });
  });

  test("a pack too large for one request is chunked by rows, every request under 4 MB, all values written", async () => {
    const book = inputBook();
    // 60,000 rows x 8 cells of ~12-character text: about 60,000 * 8 * 15 bytes = 7.2 MB of values alone.
    const rows = Array.from({ length: 60_000 }, (_, r) => Array.from({ length: 8 }, (_, c) => `row${r}-col${c}`));
    const big: WorkbookSpec = { sheets: [{ name: "Demand Review", rows }] };
    await book.run((ctx) => writePack(ctx, big, { runTag: "t" }));
    const writes = book.addinSyncs.slice(1, -1); // between the planning sync and the swap
    expect(writes.length).toBeGreaterThanOrEqual(3);
    for (const s of book.syncs) expect(s.requestBytes).toBeLessThan(FOUR_MB);
    for (const s of writes) expect(s.calculationSuspended).toBe(true);
    const values = book.valuesOf("Demand Review");
    expect(values).toHaveLength(60_000);
    expect(values[59_999][7]).toBe("row59999-col7");
    expect(values[31_234][3]).toBe("row31234-col3");
  });

  test("number formats go once per uniform range; text, numbers, dates and gaps each keep what they show", async () => {
    const book = inputBook();
    const when = new Date(Date.UTC(2027, 0, 31));
    // 1,000 families: name (text), units (#,##0), gap % (0.0%); a number and a date in the text column,
    // and empty cells between names.
    const rows: WorkbookSpec["sheets"][number]["rows"] = [["Family", "Units", "Gap %"]];
    for (let i = 1; i <= 1_000; i++) rows.push([i % 10 === 0 ? null : `Family ${i}`, i * 10, i / 1_000]);
    rows[500][0] = 42;
    rows[600][0] = when;
    const spec: WorkbookSpec = {
      sheets: [
        {
          name: "Gap Table",
          rows,
          styles: [
            { range: "B2:B1001", numberFormat: "#,##0" },
            { range: "C2:C1001", numberFormat: "0.0%" },
            { range: "A1:C1", bold: true },
          ],
        },
      ],
    };
    await book.run((ctx) => writePack(ctx, spec, { runTag: "f" }));
    const gap = book.sheet("Gap Table")!;
    expect(gap.cells.get("0,1")).toMatchObject({ value: "Units", numberFormat: "@" });
    expect(gap.cells.get("1,0")).toMatchObject({ value: "Family 1", numberFormat: "@" });
    expect(gap.cells.get("999,0")).toMatchObject({ value: "Family 999", numberFormat: "@" });
    // The number among the names stays a number in General (not text), the date shows as a date.
    expect(gap.cells.get("500,0")).toMatchObject({ value: 42, numberFormat: "General" });
    expect(gap.cells.get("600,0")).toMatchObject({ value: dateSerial(when), numberFormat: "yyyy-mm-dd" });
    expect(gap.cells.get("1000,1")).toMatchObject({ value: 10_000, numberFormat: "#,##0" });
    expect(gap.cells.get("1000,2")).toMatchObject({ value: 1, numberFormat: "0.0%" });
    // The formats are a handful of ranges (text above, between and below the number and the date, the
    // header, the date, the two number columns), not a list of 3,003 strings. The values are about
    // 900 x 13 ('"Family 123",') + 1,000 x 6 ("10000,") + 1,000 x 6 ("0.123,") = 23.7 KB; the sheet,
    // three value blocks, the bold header and the ranges add a few KB. One format string per cell
    // ('"#,##0",' 8 bytes, '"0.0%",' 7, '"@",' 4) would add another 19 KB.
    const [write] = book.syncs.filter((s) => s.calculationSuspended);
    expect(write.requestBytes).toBeLessThan(23_700 + 8_000);
  });
});
