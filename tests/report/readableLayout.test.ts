/**
 * The pack laid out to be read (report/readableLayout.ts), on small sheets worked by hand.
 */
import { formattedLength, readableSheet } from "../../src/report/readableLayout";
import { MIN_PRINT_SCALE, printableWidth } from "../../src/report/printScale";
import { NumberFormats, type SheetSpec } from "../../src/report/workbookSpec";

describe("formatted lengths, by hand", () => {
  it("counts digits, separators, decimals, the sign and literals as the format shows them", () => {
    expect(formattedLength(62425550, NumberFormats.money)).toBe("$62,425,550".length); // 11
    expect(formattedLength(-395587, NumberFormats.money)).toBe("-$395,587".length); // 9
    expect(formattedLength(0.9699, NumberFormats.percent)).toBe("97.0%".length); // 5
    expect(formattedLength(1234.5, NumberFormats.decimal1)).toBe("1,234.5".length); // 7
    expect(formattedLength(new Date("2026-10-15"), "yyyy-mm-dd")).toBe(10);
    expect(formattedLength(12345, undefined)).toBe(5);
  });
});

describe("a sheet laid out to be read", () => {
  const base = (over: Partial<SheetSpec>): SheetSpec => ({
    name: "T",
    rows: [],
    page: { orientation: "landscape", fit: "width" },
    ...over,
  });

  it("widens a column to its widest formatted number, so no cell shows ###", () => {
    // "$62,425,550" is 11 characters; with 2 of padding the column needs 13, more than the 10 given.
    const sheet = readableSheet(
      base({ rows: [["Total", 62425550]], columnWidths: [12, 10], styles: [{ range: "B1", numberFormat: NumberFormats.money }] }),
    );
    expect(sheet.columnWidths).toEqual([12, 13]);
  });

  it("right-aligns a table's header over numbers, and n/a among them; leaves a text column and a column the sheet aligned alone", () => {
    const sheet = readableSheet(
      base({
        rows: [
          ["#", "Family", "Units"],
          [1, "Kettles", 10],
          [2, "Toasters", "n/a (n = 1)"],
        ],
        tables: [{ name: "T1", range: "A1:C3", style: "TableStyleLight9" }],
        // The ranks left under their heading, as the summary sets them.
        styles: [{ range: "A2:A3", horizontalAlignment: "left" }],
      }),
    );
    const aligned = (sheet.styles ?? []).filter((s) => s.horizontalAlignment === "right").map((s) => s.range);
    expect(aligned).toEqual(["C1", "C3"]);
  });

  it("merges a long line across the printed columns and wraps it; stops before a chart beside it", () => {
    const long = "x".repeat(70); // longer than A:F (6 x 10 = 60 characters), and than A:C (30)
    const sheet = readableSheet(
      base({
        rows: [[long], [null, 1, 2, 3, 4, 5], [long]],
        columnWidths: [10, 10, 10, 10, 10, 10],
        // A chart over row 3 from column D: the line there may use A-C only.
        charts: [{ type: "line", title: "c", dataRange: "B2:F2", anchor: "D3", width: 3, height: 2 }],
      }),
    );
    expect(sheet.merges).toEqual(["A1:F1", "A3:C3"]);
    expect((sheet.styles ?? []).filter((s) => s.wrap).map((s) => s.range)).toEqual(["A1", "A3"]);
  });

  it("widens the last column to a text that would run past the page", () => {
    const sheet = readableSheet(
      base({ rows: [["Step", "a definition far longer than its twenty-character column"]], columnWidths: [10, 20] }),
    );
    // The last column is widened to its text (56 characters) and 2 of padding (at most 60), so it
    // no longer runs on.
    expect(sheet.columnWidths).toEqual([10, 58]);
  });

  it("prints fit to width where that keeps 9 points, else at 82%", () => {
    const room = printableWidth("landscape"); // 10.4 in x 96 / 7.5 = 133.1 characters
    const fits = readableSheet(base({ rows: [["a"]], columnWidths: [room / 0.83] }));
    expect(fits.page).toEqual({ orientation: "landscape", fit: "width" });
    const tooWide = readableSheet(base({ rows: [["a"]], columnWidths: [room / 0.8] }));
    expect(tooWide.page?.scale).toBe(MIN_PRINT_SCALE);
    expect(MIN_PRINT_SCALE).toBe(82); // 9 / 11 = 81.8%, rounded up
  });
});
