/**
 * The Demand Review sheet and the `bias` key of the JSON summary, on a hand-made plan.
 *
 * Blenders, 12 months 2026-01 .. 2026-12, actual 100 every month:
 *   Statistical Forecast 110 / 90 alternating: e = -10 / +10, RSFE 0, MAD 10, WMAPE 120/1,200 = 10%.
 *   Sales Forecast 115 every month: e = -15, RSFE -180, MAD 15, TS -12 -> flagged over-forecast;
 *     WMAPE 180/1,200 = 15%, bias % = -15%, NFM = 12 × (-15/215) = -0.8372.
 * Kettles, actual 200 every month: Statistical 200 (exact, MAD 0), Sales 210 / 190 alternating.
 * Naive forecast = last month's actual: 100 / 200 from 2026-02 on (2025-12 has no actual), so it is
 * exact and its WMAPE is 0 over the 22 family-months it covers.
 */
import { analyze } from "../../src/engine/analyze";
import { resolveSettings } from "../../src/engine/settings";
import { buildPack } from "../../src/report/buildPack";
import { demandReviewSheet } from "../../src/report/sheets/demandReviewSheet";
import { buildSummaryJson } from "../../src/report/summaryJson";
import { NumberFormats, type SheetSpec } from "../../src/report/workbookSpec";
import { demandPlan, months } from "../engine/demand/demandPlan";

const S = "Statistical Forecast";
const SA = "Sales Forecast";
const periods = months("2026-01", 12);
const alt = (a: number, b: number) => periods.map((_, i) => (i % 2 === 0 ? a : b));

function analysis() {
  const model = demandPlan(periods, [S, SA], {
    Blenders: { actual: periods.map(() => 100), forecasts: { [S]: alt(110, 90), [SA]: periods.map(() => 115) } },
    Kettles: { actual: periods.map(() => 200), forecasts: { [S]: periods.map(() => 200), [SA]: alt(210, 190) } },
  });
  return analyze(model, resolveSettings(), []);
}

/** The row whose first two cells are a and b. */
const findRow = (sheet: SheetSpec, a: string, b: string) => sheet.rows.findIndex((r) => r[0] === a && r[1] === b);
const colIndex = (sheet: SheetSpec, headerRow: number, title: string) => sheet.rows[headerRow].indexOf(title);
/** Whether a range like "C7:C30" covers (row, col), 0-based. */
function covers(range: string, row: number, col: number): boolean {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(range)!;
  const c = (s: string) => s.split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const [c1, r1, c2, r2] = [c(m[1]), Number(m[2]) - 1, c(m[3] ?? m[1]), Number(m[4] ?? m[2]) - 1];
  return row >= r1 && row <= r2 && col >= c1 && col <= c2;
}
const formatAt = (sheet: SheetSpec, row: number, col: number) =>
  [...(sheet.styles ?? [])].reverse().find((s) => s.numberFormat && covers(s.range, row, col))?.numberFormat;

describe("Demand Review sheet", () => {
  const a = analysis();
  const sheet = demandReviewSheet(a);
  const blendersSales = findRow(sheet, "Blenders", SA);
  const header = sheet.rows.findIndex((r) => r[0] === "Family" && r[1] === "Forecast");

  it("is named Demand Review and comes right after Data Quality in the pack", () => {
    expect(sheet.name).toBe("Demand Review");
    const order = buildPack(a).sheets.map((s) => s.name);
    expect(order.indexOf("Demand Review")).toBe(order.indexOf("Data Quality") + 1);
  });

  it("shows one row per family x forecast with the figures, direction in words and why flagged", () => {
    const r = sheet.rows[blendersSales];
    expect(r[colIndex(sheet, header, "Periods (n)")]).toBe(12);
    expect(r[colIndex(sheet, header, "RSFE (units)")]).toBeCloseTo(-180, 9);
    expect(r[colIndex(sheet, header, "Tracking Signal")]).toBeCloseTo(-12, 9);
    expect(r[colIndex(sheet, header, "Bias %")]).toBeCloseTo(-0.15, 9);
    expect(r[colIndex(sheet, header, "Bias Direction")]).toBe("Over-forecast");
    expect(r[colIndex(sheet, header, "Flagged")]).toBe("Yes");
    expect(r[colIndex(sheet, header, "Why Flagged")]).toBe("Tracking signal -12.0 < -4: over-forecast in 12 of 12 periods");
    const stat = sheet.rows[findRow(sheet, "Blenders", S)];
    expect(stat[colIndex(sheet, header, "Flagged")]).toBe("No");
    expect(stat[colIndex(sheet, header, "Why Flagged")]).toBeNull();
    expect(sheet.rows[findRow(sheet, "Kettles", S)][colIndex(sheet, header, "Tracking Signal")]).toBeNull(); // MAD 0
  });

  it("is a sortable table with percentages formatted and the header frozen", () => {
    const t = sheet.tables!.find((x) => x.name === "DemandReview")!;
    expect(covers(t.range, header, 0)).toBe(true);
    expect(covers(t.range, blendersSales, 0)).toBe(true);
    for (const title of ["MPE", "MAPE", "WMAPE", "Bias %", "FVA vs Naive", "Step FVA"]) {
      expect(formatAt(sheet, blendersSales, colIndex(sheet, header, title))).toBe(NumberFormats.percent);
    }
    expect(sheet.freeze).toEqual({ rows: header + 1, columns: 2 });
    expect(sheet.columnWidths!.length).toBeGreaterThanOrEqual(sheet.rows[header].length);
  });

  it("highlights flagged rows with a conditional format on the Flagged column", () => {
    const flagCol = String.fromCharCode(65 + colIndex(sheet, header, "Flagged"));
    const cf = sheet.conditionalFormats!.find((c) => c.kind === "expression");
    expect(cf).toBeDefined();
    expect(cf!.kind === "expression" && cf!.formula).toBe(`=$${flagCol}${header + 2}="Yes"`);
    expect(covers(cf!.range, blendersSales, 0)).toBe(true);
  });

  it("puts the volume-weighted roll-up on top", () => {
    // Sales pooled: ΣA = 1,200 + 2,400 = 3,600; Σe = -180 + 0; Σ|e| = 180 + 120 = 300.
    // WMAPE = 300 / 3,600 = 8.33%; bias % = -180 / 3,600 = -5%.
    // Total per month: -15 - 10 = -25 (odd months of the year), -15 + 10 = -5 (even): RSFE -180,
    // MAD (6 × 25 + 6 × 5) / 12 = 15, TS -180 / 15 = -12.
    const r = findRow(sheet, "All families", SA);
    expect(r).toBeGreaterThan(0);
    expect(r).toBeLessThan(header);
    const rollupHeader = sheet.rows.findIndex((x) => x[0] === "Scope");
    const row = sheet.rows[r];
    expect(row[colIndex(sheet, rollupHeader, "WMAPE")]).toBeCloseTo(300 / 3600, 9);
    expect(row[colIndex(sheet, rollupHeader, "Bias %")]).toBeCloseTo(-0.05, 9);
    expect(row[colIndex(sheet, rollupHeader, "Tracking Signal")]).toBeCloseTo(-12, 9);
    expect(row[colIndex(sheet, rollupHeader, "MAD (units)")]).toBeCloseTo(15, 9);
    expect(row[colIndex(sheet, rollupHeader, "Flagged Families")]).toBe(1);
    expect(row[colIndex(sheet, rollupHeader, "Bias Direction")]).toBe("Over-forecast");
  });

  it("ends with the FVA waterfall Naive -> Baseline -> Statistical -> Sales, in total and per family", () => {
    // Over 2026-02 .. 2026-12 (22 family-months; January has no naive forecast and no history before it
    // for the baseline). ΣA = 11 × 100 + 11 × 200 = 3,300.
    // Naive exact: 0. Baseline: a constant history forecasts its constant, exact: 0, FVA 0.
    // Statistical: Blenders 11 × 10 = 110 -> 110 / 3,300 = 3.33%; FVA vs the step before and vs the Baseline −3.33%.
    // Sales (the demand plan, last): Blenders 11 × 15 = 165 + Kettles 11 × 10 = 110 -> 275 / 3,300 = 8.33%;
    // FVA vs Statistical 3.33% − 8.33% = −5%, vs the Baseline −8.33%.
    const start = sheet.rows.findIndex((r) => r[0] === "Step" && r[1] === "WMAPE");
    expect(start).toBeGreaterThan(header);
    expect(sheet.rows[start]).toEqual(["Step", "WMAPE", "FVA vs Step Before", "FVA vs Baseline", "Verdict"]);
    const body = sheet.rows.slice(start + 1, start + 5);
    expect(body.map((r) => r[0])).toEqual(["Naive", "Baseline", S, SA]);
    expect(body[0][1]).toBe(0);
    expect(body[1][1]).toBeCloseTo(0, 9);
    expect(body[2][1]).toBeCloseTo(110 / 3300, 9);
    expect(body[2][2]).toBeCloseTo(-110 / 3300, 9);
    expect(body[2][3]).toBeCloseTo(-110 / 3300, 9);
    expect(body[3][1]).toBeCloseTo(275 / 3300, 9);
    expect(body[3][2]).toBeCloseTo(-165 / 3300, 9);
    expect(body[3][3]).toBeCloseTo(-275 / 3300, 9);
    expect(body[3][4]).toBe("Made the forecast worse");
    expect(sheet.rows.some((r) => /over the 22 family-months/.test(String(r[0])))).toBe(true);
    // Per family: Kettles' Sales misses by 10 in each of 11 months of 200: 110 / 2,200 = 5%, its Statistical exact (FVA 0 vs the Baseline).
    const kettles = sheet.rows.filter((r) => r[0] === "Kettles" && typeof r[1] === "number");
    expect(kettles.map((r) => r[2])).toEqual(["Naive", "Baseline", S, SA]);
    expect(kettles[0][1]).toBe(11);
    expect(kettles[2][5]).toBeCloseTo(0, 9);
    expect(kettles[3][3]).toBeCloseTo(0.05, 9);
  });

  it("says in the notes which convention is used and what is flagged", () => {
    const text = sheet.rows
      .slice(0, 4)
      .map((r) => r[0])
      .join(" ");
    expect(text).toMatch(/Actual − Forecast/);
    expect(text).toMatch(/2026-01 to 2026-12/);
    expect(text).toMatch(/Blenders \/ Sales Forecast \(over-forecast\)/);
  });
});

describe("no history", () => {
  it("leaves the sheet out and lists the demand review as skipped, with why", () => {
    const model = demandPlan(periods, [S], {
      Blenders: { actual: periods.map(() => null), forecasts: { [S]: periods.map(() => 100) } },
    });
    const a = analyze(model, resolveSettings(), []);
    expect(a.demandReview).toBeUndefined();
    expect(a.skipped.find((s) => s.analysis === "Demand review")?.reason).toMatch(/no.*actuals/i);
    expect(buildPack(a).sheets.map((s) => s.name)).not.toContain("Demand Review");
    expect(buildSummaryJson(a).bias).toEqual([]);
    // Called on its own, the sheet says why instead of failing.
    expect(demandReviewSheet(a).rows[1][0]).toMatch(/actuals/);
  });
});

describe("JSON summary: bias", () => {
  it("holds one entry per family x forecast with the SPEC.md keys", () => {
    const bias = buildSummaryJson(analysis()).bias;
    expect(bias).toHaveLength(4);
    const b = bias.find((x) => x.family === "Blenders" && x.forecast === SA)!;
    expect(Object.keys(b).sort()).toEqual(
      [
        "family",
        "forecast",
        "n",
        "rsfe",
        "mad",
        "trackingSignal",
        "mpe",
        "mape",
        "wmape",
        "biasPct",
        "nfm",
        "direction",
        "flagged",
        "fva",
      ].sort(),
    );
    expect(b).toMatchObject({ n: 12, direction: "over", flagged: true });
    expect(b.trackingSignal).toBeCloseTo(-12, 9);
    expect(b.biasPct).toBeCloseTo(-0.15, 9); // a fraction, not 15 or "-15%"
    expect(b.nfm).toBeCloseTo(-0.837209, 5);
    // FVA vs naive over 2026-02 .. 2026-12: naive exact (0) − 11 × 15 / 1,100 = -15%.
    expect(b.fva).toBeCloseTo(-0.15, 9);
    expect(bias.filter((x) => x.flagged)).toHaveLength(1);
    const k = bias.find((x) => x.family === "Kettles" && x.forecast === S)!;
    expect(k.trackingSignal).toBeNull();
    expect(JSON.parse(JSON.stringify(k)).trackingSignal).toBeNull();
  });
});
