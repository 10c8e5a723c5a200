/**
 * Numbers rounded to what they mean, on the pack description both hosts render: money to the
 * cent, percentages and ratios to 6 decimals, units and hours to 4, and never a change in what a cell
 * shows. Expected values are worked by hand in the comments.
 */
import { formatMeaning, roundToFormat, roundToMeaning } from "../../src/report/roundToMeaning";
import { buildPack } from "../../src/report/buildPack";
import { withinExcelLimits } from "../../src/report/excelLimits";
import { generatePack } from "../../src/report/generate";
import { numberFormatGrid } from "../../src/report/numberFormatGrid";
import { PERCENTAGE_POINTS } from "../../src/report/sheets/scenarioKpiFormat";
import { NumberFormats, type WorkbookSpec } from "../../src/report/workbookSpec";
import { resolveSettings } from "../../src/engine/settings";
import { sampleGrids } from "../office/workbooks";

const money = formatMeaning(NumberFormats.money)!;
const percent = formatMeaning(NumberFormats.percent)!;

describe("what a number format says its numbers mean", () => {
  test("the pack's formats: money to the cent, percentages and ratios to 6 decimals, units and hours to 4", () => {
    expect(formatMeaning(NumberFormats.money)).toEqual({ kind: "money", shown: 0, keep: 2 });
    expect(formatMeaning(NumberFormats.price)).toEqual({ kind: "money", shown: 2, keep: 2 });
    // "0.0%" shows 12.3% of 0.123: three decimals of the fraction.
    expect(formatMeaning(NumberFormats.percent)).toEqual({ kind: "percent", shown: 3, keep: 6 });
    expect(formatMeaning(NumberFormats.percent0)).toEqual({ kind: "percent", shown: 2, keep: 6 });
    expect(formatMeaning(NumberFormats.units)).toEqual({ kind: "number", shown: 0, keep: 4 });
    expect(formatMeaning(NumberFormats.hours)).toEqual({ kind: "number", shown: 1, keep: 4 });
    expect(formatMeaning("0")).toEqual({ kind: "number", shown: 0, keep: 4 });
    // Tracking signal, NFM and ratios are shown to hundredths: ratios, 6 decimals.
    expect(formatMeaning(NumberFormats.decimal2)).toEqual({ kind: "number", shown: 2, keep: 6 });
    expect(formatMeaning(NumberFormats.ratio)).toEqual({ kind: "number", shown: 2, keep: 6 });
    // Percentage points (+4.9 pp) to 4 decimals = a fraction to 6.
    expect(formatMeaning(PERCENTAGE_POINTS)).toEqual({ kind: "number", shown: 1, keep: 4 });
  });

  test("text, dates, General, scientific and thousands-scaled formats are left alone", () => {
    for (const f of [NumberFormats.text, "yyyy-mm-dd", "General", "0.00E+00", "#,##0,", "h:mm", '"Total"'])
      expect([f, formatMeaning(f)]).toEqual([f, null]);
  });
});

describe("rounding one number", () => {
  test("hand-worked: money to the cent, a percentage to 6 decimals, units to 4", () => {
    expect(roundToFormat(1234.5678, money)).toBe(1234.57);
    expect(roundToFormat(-1234.5678, money)).toBe(-1234.57);
    expect(roundToFormat(0.1234567891, percent)).toBe(0.123457);
    // 193 / 12 = 16.08333...: 16.0833 hours.
    expect(roundToFormat(193 / 12, formatMeaning(NumberFormats.hours)!)).toBe(16.0833);
    // Tracking signal -64.9 / 12 = -5.408333...: -5.408333.
    expect(roundToFormat(-64.9 / 12, formatMeaning(NumberFormats.decimal2)!)).toBe(-5.408333);
    expect(roundToFormat(250, money)).toBe(250);
    expect(roundToFormat(0.0000001, money)).toBe(0);
  });

  test("a tie is decided on the decimal value, as Excel does: 1.005 is 1.01 (its double is 1.00499999...)", () => {
    expect(roundToFormat(1.005, formatMeaning(NumberFormats.price)!)).toBe(1.01);
    expect(roundToFormat(-2.675, formatMeaning(NumberFormats.price)!)).toBe(-2.68);
  });

  test("what a cell shows never changes: 1234.495 stays under the half dollar ($1,234), not 1234.50 ($1,235)", () => {
    // Excel shows 1234.495 in "$"#,##0 as $1,234; to the cent it would be 1234.50, shown $1,235.
    expect(roundToFormat(1234.495, money)).toBe(1234.49);
    expect(roundToFormat(-1234.495, money)).toBe(-1234.49);
    // 0.1234995 in 0.0% shows 12.3%; to 6 decimals it would be 0.123500, shown 12.4%.
    expect(roundToFormat(0.1234995, percent)).toBe(0.123499);
    // Already on the half-way point: nothing moves, Excel shows 12.4% either way.
    expect(roundToFormat(0.1235, percent)).toBe(0.1235);
    // Above it, rounding down onto it shows what the value shows: 1234.5004 -> 1234.50, $1,235 both.
    expect(roundToFormat(1234.5004, money)).toBe(1234.5);
  });
});

describe("rounding the pack description", () => {
  test("each cell by its own format, the later style winning; General numbers, text and dates untouched", () => {
    const when = new Date(Date.UTC(2027, 0, 31));
    const spec: WorkbookSpec = {
      sheets: [
        {
          name: "S",
          rows: [
            [1234.5678, 0.1234567891, Math.PI, "12.3456789", when],
            [2.71828182, null, 1 / 3],
          ],
          styles: [
            { range: "A1:C2", numberFormat: NumberFormats.money },
            { range: "B1", numberFormat: NumberFormats.percent },
            { range: "C1:C2", bold: true },
            { range: "C2", numberFormat: NumberFormats.units },
            { range: "D1:E1", numberFormat: NumberFormats.money },
          ],
        },
        { name: "T", rows: [[Math.PI]] },
      ],
    };
    roundToMeaning(spec);
    // C1 is money (the bold style sets no format): pi -> 3.14; C2 is units: 1/3 -> 0.3333.
    expect(spec.sheets[0].rows).toEqual([
      [1234.57, 0.123457, 3.14, "12.3456789", when],
      [2.72, null, 0.3333],
    ]);
    expect(spec.sheets[1].rows[0][0]).toBe(Math.PI);
  });

  test("the sample pack: money in whole cents, percentages to 6 decimals, each within half a kept unit of the engine's figure", async () => {
    const grids = await sampleGrids();
    const settings = resolveSettings();
    const run = { asOf: new Date(Date.UTC(2027, 0, 15)) };
    const result = generatePack(grids, settings, undefined, run);
    const unrounded = withinExcelLimits(buildPack(result.analysis, run));
    let moneyCells = 0;
    let percentCells = 0;
    result.workbook.sheets.forEach((sheet, s) => {
      const before = unrounded.sheets[s];
      expect(before.name).toBe(sheet.name);
      const cols = sheet.rows.reduce((n, r) => Math.max(n, r?.length ?? 0), 0);
      const formats = numberFormatGrid(sheet, sheet.rows.length, cols);
      sheet.rows.forEach((row, r) =>
        row.forEach((v, c) => {
          const x = before.rows[r][c];
          const format = formats[r][c];
          if (typeof v !== "number" || typeof x !== "number" || !format) return;
          if (format === NumberFormats.money) {
            moneyCells++;
            // Whole cents: 100 v is an integer (up to the double's own error).
            expect(Math.abs(v * 100 - Math.round(v * 100))).toBeLessThan(1e-6);
            // Half a cent, or a whole one where the shown figure held it back.
            expect(Math.abs(v - x)).toBeLessThanOrEqual(0.01 + 1e-9);
          } else if (format === NumberFormats.percent) {
            percentCells++;
            expect(Math.abs(v * 1e6 - Math.round(v * 1e6))).toBeLessThan(1e-6);
            expect(Math.abs(v - x)).toBeLessThanOrEqual(0.000001 + 1e-12);
          }
        }),
      );
    });
    expect(moneyCells).toBeGreaterThan(100);
    expect(percentCells).toBeGreaterThan(100);
  });
});
