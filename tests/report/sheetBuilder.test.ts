/**
 * The layout every pack sheet shares: title in A1, a note, a heading after an empty row, then a table
 * whose range, number formats and totals row a planner sees in Excel. Rows counted by hand below.
 */
import { SheetBuilder } from "../../src/report/sheets/sheetBuilder";

test("stacks title, note, heading and a table, with the table's range where Excel shows it", () => {
  const b = new SheetBuilder();
  b.title("Gap Table"); // row 1
  b.note("Gap = supply − demand."); // row 2
  b.heading("By family"); // row 3 empty, row 4 heading
  const t = b.table(
    "Gaps",
    ["Family", "Gap"],
    [
      ["Kettles", -20],
      ["Toasters", 10],
    ],
    [null, "#,##0"],
  ); // header row 5, body 6-7
  b.totalsRow(["Total", -10], [null, "#,##0"], 2); // row 8
  const sheet = b.sheet({ name: "Gap Table" });
  expect(sheet.rows).toEqual([
    ["Gap Table"],
    ["Gap = supply − demand."],
    [],
    ["By family"],
    ["Family", "Gap"],
    ["Kettles", -20],
    ["Toasters", 10],
    ["Total", -10],
  ]);
  expect(t).toEqual({ headerRow: 4, first: 5, last: 6 });
  expect(sheet.tables).toEqual([{ name: "Gaps", range: "A5:B7", style: "TableStyleMedium2" }]);
  expect(sheet.styles).toEqual(
    expect.arrayContaining([
      { range: "A1", bold: true, fontSize: 14 },
      { range: "A2", italic: true },
      { range: "B6:B7", numberFormat: "#,##0" },
      { range: "A8:B8", bold: true },
      { range: "B8", numberFormat: "#,##0" },
    ]),
  );
  // No links or charts were added: the sheet does not carry empty lists of them.
  expect(sheet.links).toBeUndefined();
  expect(sheet.charts).toBeUndefined();
});

test("a table with no rows keeps one empty row, since an Excel table needs a body", () => {
  const b = new SheetBuilder("TableStyleMedium9");
  const t = b.table("Shortages", ["Family", "Period", "Backlog"], []);
  expect(b.rows).toEqual([
    ["Family", "Period", "Backlog"],
    [null, null, null],
  ]);
  expect(t).toEqual({ headerRow: 0, first: 1, last: 1 });
  expect(b.tables).toEqual([{ name: "Shortages", range: "A1:C2", style: "TableStyleMedium9" }]);
});
