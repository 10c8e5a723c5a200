/**
 * The demand review on a hand-made plan. 14 months 2025-01 .. 2026-02; the window (12) is
 * 2025-03 .. 2026-02, so the first two months must not count.
 *
 * Blenders: actual alternates 100 (even month index) / 120 (odd), so in the window 6 × 100 + 6 × 120,
 *   ΣA = 1,320. The naive forecast (last month's actual) alternates 120 / 100: |e| = 20 every month,
 *   naive WMAPE = 240 / 1,320 = 0.181818.
 *   Statistical = 110 flat: e = -10 / +10, RSFE 0, MAD 10, TS 0, WMAPE 120 / 1,320 = 0.090909.
 *   Sales = 1.15 × actual (115 / 138): e = -15 / -18, RSFE = -6×15 - 6×18 = -198, MAD 16.5,
 *     TS = -198 / 16.5 = -12 -> flagged over; WMAPE = 198 / 1,320 = 0.15; MPE = bias % = -0.15;
 *     NFM = 12 × (-0.15 / 2.15) = -0.837209. The first two months have Sales = 1,000 (outside the window).
 *   Consensus = 106 / 114: e = -6 / +6, RSFE 0, MAD 6, WMAPE 72 / 1,320 = 0.054545.
 * Kettles: actual 200 flat; naive = 200 (WMAPE 0). Statistical = 200 (MAD 0), Sales alternates
 *   210 / 190 (e = -10 / +10: RSFE 0, not flagged), Consensus = 200.
 */
import { reviewDemand } from "../../../src/engine/demand";
import { resolveSettings } from "../../../src/engine/settings";
import { demandPlan, months } from "./demandPlan";

const S = "Statistical Forecast";
const SA = "Sales Forecast";
const C = "Consensus Forecast";
const periods = months("2025-01", 14);
const even = (i: number) => i % 2 === 0;
const blendersActual = periods.map((_, i) => (even(i) ? 100 : 120));

function plan() {
  return demandPlan(periods, [S, SA, C], {
    Blenders: {
      actual: blendersActual,
      forecasts: {
        [S]: periods.map(() => 110),
        [SA]: blendersActual.map((a, i) => (i < 2 ? 1000 : a * 1.15)),
        [C]: periods.map((_, i) => (even(i) ? 106 : 114)),
      },
    },
    Kettles: {
      actual: periods.map(() => 200),
      forecasts: {
        [S]: periods.map(() => 200),
        [SA]: periods.map((_, i) => (even(i) ? 210 : 190)),
        [C]: periods.map(() => 200),
      },
    },
  });
}

const row = (r: ReturnType<typeof reviewDemand>, family: string, forecast: string) =>
  r.rows.find((x) => x.family === family && x.forecast === forecast)!;

describe("reviewDemand", () => {
  const review = reviewDemand(plan(), resolveSettings());

  it("measures the last 12 periods with actuals", () => {
    expect(review.window).toEqual(months("2025-03", 12));
    expect(review.rows).toHaveLength(6);
  });

  it("flags the family persistently 15% over-forecast as over, with the reason in words", () => {
    const r = row(review, "Blenders", SA);
    expect(r.n).toBe(12);
    expect(r.rsfe).toBeCloseTo(-198, 9);
    expect(r.mad).toBeCloseTo(16.5, 9);
    expect(r.trackingSignal).toBeCloseTo(-12, 9);
    expect(r.mpe).toBeCloseTo(-0.15, 9);
    expect(r.biasPct).toBeCloseTo(-0.15, 9);
    expect(r.wmape).toBeCloseTo(0.15, 9);
    expect(r.nfm).toBeCloseTo(-0.837209, 5);
    expect(r.direction).toBe("over");
    expect(r.flagged).toBe(true);
    expect(r.flaggedBy).toEqual(["trackingSignal"]);
    expect(r.reason).toBe("Tracking signal -12.0 < -4: over-forecast in 12 of 12 periods");
  });

  it("does not flag forecasts whose misses alternate, nor a perfect one", () => {
    const flagged = review.rows.filter((r) => r.flagged).map((r) => `${r.family} / ${r.forecast}`);
    expect(flagged).toEqual(["Blenders / Sales Forecast"]);
    expect(row(review, "Kettles", SA).trackingSignal).toBe(0);
    expect(row(review, "Kettles", SA).direction).toBe("none");
  });

  it("a perfect forecast has MAD 0, no tracking signal and a note saying why", () => {
    const r = row(review, "Kettles", S);
    expect(r.mad).toBe(0);
    expect(r.trackingSignal).toBeNull();
    expect(r.flagged).toBe(false);
    expect(r.note).toMatch(/MAD 0/);
  });

  it("FVA against the naive forecast and step-wise against the previous column", () => {
    // Statistical vs naive: 0.181818 − 0.090909 = 0.090909.
    expect(row(review, "Blenders", S).fva).toBeCloseTo(0.090909, 5);
    expect(row(review, "Blenders", S).stepBaseline).toBe("Naive forecast");
    // Sales vs Statistical: 0.090909 − 0.15 = −0.059091 (the sales override destroyed value).
    expect(row(review, "Blenders", SA).stepFva).toBeCloseTo(-0.059091, 5);
    expect(row(review, "Blenders", SA).stepBaseline).toBe(S);
    // Consensus vs Sales: 0.15 − 0.054545 = 0.095455.
    expect(row(review, "Blenders", C).stepFva).toBeCloseTo(0.095455, 5);
    // Consensus vs naive: 0.181818 − 0.054545 = 0.127273.
    expect(row(review, "Blenders", C).fva).toBeCloseTo(0.127273, 5);
  });

  it("rolls all families up by volume", () => {
    // Sales: Blenders ΣA 1,320, Σe -198, Σ|e| 198; Kettles ΣA 2,400, Σe 0, Σ|e| 120 (24 family-months).
    // Pooled: WMAPE 318/3,720 = 0.085484; bias % -198/3,720 = -0.053226;
    // MPE (1,320 × -0.15 + 2,400 × 0) / 3,720 = -0.053226.
    // The all-families total per month: even months -15 (Blenders) - 10 (Kettles) = -25, odd months
    // -18 + 10 = -8; n 12; RSFE 6 × -25 + 6 × -8 = -198; MAD (6 × 25 + 6 × 8) / 12 = 16.5; TS -12.
    const s = review.rollup.find((r) => r.forecast === SA)!;
    expect(s.n).toBe(12);
    expect(s.familyPeriods).toBe(24);
    expect(s.families).toBe(2);
    expect(s.flaggedFamilies).toBe(1);
    expect(s.rsfe).toBeCloseTo(-198, 9);
    expect(s.mad).toBeCloseTo(16.5, 9);
    expect(s.trackingSignal).toBeCloseTo(-12, 9);
    expect(s.wmape).toBeCloseTo(0.085484, 5);
    expect(s.biasPct).toBeCloseTo(-0.053226, 5);
    expect(s.mpe).toBeCloseTo(-0.053226, 5);
    expect(s.direction).toBe("over");
  });

  it("the total's tracking signal stays on the family scale: opposite misses in two families cancel", () => {
    // Statistical: Blenders e = -10 (even) / +10 (odd), Kettles 0: total per month -10 / +10,
    // RSFE 0, MAD 10, TS 0, while the pooled WMAPE still counts every miss: 120 / 3,720 = 0.032258.
    const s = review.rollup.find((r) => r.forecast === S)!;
    expect(s.trackingSignal).toBe(0);
    expect(s.mad).toBe(10);
    expect(s.wmape).toBeCloseTo(120 / 3720, 9);
  });

  it("builds the FVA waterfall naive -> Statistical -> Sales -> Consensus", () => {
    // Pooled ΣA = 3,720. Naive Σ|e| = 240 + 0; Statistical 120 + 0; Sales 198 + 120; Consensus 72 + 0.
    expect(review.waterfall.map((s) => s.step)).toEqual(["Naive forecast", S, SA, C]);
    expect(review.waterfallPeriods).toBe(24);
    const w = review.waterfall.map((s) => s.wmape as number);
    expect(w[0]).toBeCloseTo(240 / 3720, 9);
    expect(w[1]).toBeCloseTo(120 / 3720, 9);
    expect(w[2]).toBeCloseTo(318 / 3720, 9);
    expect(w[3]).toBeCloseTo(72 / 3720, 9);
    expect(review.waterfall[0].valueAdded).toBeNull();
    expect(review.waterfall[1].valueAdded).toBeCloseTo(120 / 3720, 9); // 0.032258 added by statistics
    expect(review.waterfall[2].valueAdded).toBeCloseTo(-198 / 3720, 9); // -0.053226: the sales step hurt
    expect(review.waterfall[3].valueAdded).toBeCloseTo(246 / 3720, 9); // 0.066129 regained by consensus
  });

  it("measures FVA against a forecast column named in settings", () => {
    const r = reviewDemand(plan(), resolveSettings({ fvaBaseline: "statistical forecast" }));
    expect(r.baseline).toBe(S);
    // Sales vs Statistical: 0.090909 − 0.15.
    expect(row(r, "Blenders", SA).fva).toBeCloseTo(-0.059091, 5);
    expect(r.findings).toEqual([]);
  });

  it("an unknown FVA baseline becomes a warning and the naive forecast is used", () => {
    const r = reviewDemand(plan(), resolveSettings({ fvaBaseline: "Marketing Forecast" }));
    expect(r.baseline).toBe("Naive forecast");
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ sheet: "Demand", severity: "warning" });
    expect(r.findings[0].message).toMatch(/Marketing Forecast/);
  });

  it("honours the tracking-signal limit and window from settings", () => {
    // Window 3: Blenders Sales TS = -3 (inside ±4) and NFM = 3 × -0.0698 = -0.21: not flagged.
    const r = reviewDemand(plan(), resolveSettings({ window: 3 }));
    expect(r.window).toEqual(["2025-12", "2026-01", "2026-02"]);
    expect(row(r, "Blenders", SA).trackingSignal).toBeCloseTo(-3, 9);
    expect(row(r, "Blenders", SA).flagged).toBe(false);
    // Limit 2.5 with window 3: |-3| > 2.5 fires.
    expect(row(reviewDemand(plan(), resolveSettings({ window: 3, trackingSignalLimit: 2.5 })), "Blenders", SA).reason).toBe(
      "Tracking signal -3.0 < -2.5: over-forecast in 3 of 3 periods",
    );
  });

  it("leaves out periods with a blank actual or forecast, and says when nothing is left", () => {
    const p = plan();
    // Blank the Sales Forecast of Kettles in 2025-06 and Kettles' actual in 2025-07.
    for (const r of p.demand.rows) {
      if (r.family === "Kettles" && r.period === "2025-06") r.forecasts[SA] = null;
      if (r.family === "Kettles" && r.period === "2025-07") r.actual = null;
    }
    const review2 = reviewDemand(p, resolveSettings());
    expect(row(review2, "Kettles", SA).n).toBe(10);
    expect(row(review2, "Kettles", S).n).toBe(11);
    for (const r of p.demand.rows) if (r.family === "Kettles") r.forecasts[C] = null;
    const review3 = reviewDemand(p, resolveSettings());
    const k = row(review3, "Kettles", C);
    expect(k.n).toBe(0);
    expect(k.trackingSignal).toBeNull();
    expect(k.flagged).toBe(false);
    expect(k.direction).toBe("none");
    expect(k.note).toMatch(/No period in the window/);
    expect(review3.findings.some((f) => f.message.includes("Kettles has actuals but no Consensus Forecast"))).toBe(true);
  });

  it("flags by NFM alone when small actuals are persistently over-forecast", () => {
    // 3 months, A = 10, F = 100: TS = -270 / 90 = -3 (inside ±4); NFM = 3 × (-90/110) = -2.4545 (beyond ±2).
    const p = demandPlan(months("2026-01", 3), [S], { Toasters: { actual: [10, 10, 10], forecasts: { [S]: [100, 100, 100] } } });
    const r = reviewDemand(p, resolveSettings()).rows[0];
    expect(r.nfm).toBeCloseTo(-2.454545, 5);
    expect(r.flaggedBy).toEqual(["nfm"]);
    expect(r.reason).toBe("NFM -2.5 < -2: over-forecast in 3 of 3 periods");
  });

  it("counts zero actuals left out of MPE and MAPE in a note", () => {
    const p = demandPlan(months("2026-01", 3), [S], { Juicers: { actual: [0, 50, 100], forecasts: { [S]: [5, 50, 90] } } });
    const r = reviewDemand(p, resolveSettings()).rows[0];
    // MPE over the two non-zero months: (0/50 + 10/100) / 2 = 0.05.
    expect(r.mpe).toBeCloseTo(0.05, 10);
    expect(r.zeroActualPeriods).toBe(1);
    expect(r.note).toBe("1 period with zero actual left out of MPE and MAPE.");
  });
});
