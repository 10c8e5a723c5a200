/**
 * The sample workbook's planted forecast bias (samples/PLANTED.md, problem 1), found through the real
 * path: the .xlsx file read with ExcelJS into cell grids, the project's readers, then reviewDemand.
 *
 * Blenders' Sales Forecast is 1.15 × Actual in every history month. Over the window 2025-11 .. 2026-10
 * (PLANTED.md's table): ΣA = 37,420; e = A − 1.15A = −0.15A, so RSFE = −0.15 × 37,420 = −5,613;
 * MAD = 5,613 / 12 = 467.75; tracking signal = −5,613 / 467.75 = −12 (every error the same sign);
 * NFM = 12 × (−0.15 / 2.15) = −0.8372 (inside ±2, so only the tracking-signal test fires);
 * bias % = −5,613 / 37,420 = −15%. Every other family × forecast column alternates in sign and
 * must not be flagged.
 */
import * as fs from "fs";
import * as path from "path";
import { reviewDemand, type DemandReview } from "../../src/engine/demand";
import { readPlanningModel } from "../../src/engine/read";
import { resolveSettings } from "../../src/engine/settings";
import { readXlsx } from "../../src/hosts/xlsx";
import { generatePack, type PackResult } from "../../src/report/generate";

const SAMPLE = path.join(__dirname, "..", "..", "samples", "sop-sample.xlsx");
let review: DemandReview;
let pack: PackResult;

beforeAll(async () => {
  const grids = await readXlsx(fs.readFileSync(SAMPLE));
  const { model } = readPlanningModel(grids, resolveSettings());
  review = reviewDemand(model, resolveSettings());
  pack = generatePack(grids, resolveSettings());
});

test("the window is the last 12 months with actuals, 2025-11 .. 2026-10", () => {
  expect(review.window[0]).toBe("2025-11");
  expect(review.window[11]).toBe("2026-10");
  expect(review.window).toHaveLength(12);
});

test("reviews all 12 families × 3 forecast columns", () => {
  expect(review.forecastColumns).toEqual(["Statistical Forecast", "Sales Forecast", "Consensus Forecast"]);
  expect(review.rows).toHaveLength(36);
  expect(review.rows.every((r) => r.n === 12)).toBe(true);
});

test("Blenders' Sales Forecast is flagged over-forecast by the tracking signal, with the planted figures", () => {
  const r = review.rows.find((x) => x.family === "Blenders" && x.forecast === "Sales Forecast")!;
  expect(r.rsfe).toBeCloseTo(-5613, 6);
  expect(r.mad).toBeCloseTo(467.75, 6);
  expect(r.trackingSignal).toBeCloseTo(-12, 9);
  expect(r.nfm).toBeCloseTo(-0.837209, 5);
  expect(r.biasPct).toBeCloseTo(-0.15, 9);
  expect(r.direction).toBe("over");
  expect(r.flagged).toBe(true);
  expect(r.flaggedBy).toEqual(["trackingSignal"]);
  expect(r.reason).toBe("Tracking signal -12.0 < -4: over-forecast in 12 of 12 periods");
});

test("nothing else is flagged", () => {
  const flagged = review.rows.filter((r) => r.flagged).map((r) => `${r.family} / ${r.forecast}`);
  expect(flagged).toEqual(["Blenders / Sales Forecast"]);
  // PLANTED.md: the largest other |tracking signal| is 0.71 and the largest |NFM| 0.016.
  const others = review.rows.filter((r) => !(r.family === "Blenders" && r.forecast === "Sales Forecast"));
  expect(Math.max(...others.map((r) => Math.abs(r.trackingSignal ?? 0)))).toBeLessThan(1);
  expect(Math.max(...others.map((r) => Math.abs(r.nfm ?? 0)))).toBeLessThan(0.02);
});

test("the pack has the Demand Review sheet after Data Quality, and the JSON summary the same bias rows", () => {
  const names = pack.workbook.sheets.map((s) => s.name);
  expect(names.indexOf("Demand Review")).toBe(names.indexOf("Data Quality") + 1);
  expect(pack.summary.bias).toHaveLength(36);
  expect(pack.summary.bias.filter((b) => b.flagged)).toEqual([
    expect.objectContaining({ family: "Blenders", forecast: "Sales Forecast", n: 12, direction: "over", flagged: true }),
  ]);
});
