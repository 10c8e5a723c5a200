/**
 * Each accuracy and bias metric against worked examples. Sign convention (SPEC.md): e = A − F,
 * positive = under-forecast.
 */
import {
  biasPct,
  completePairs,
  forecastError,
  type ForecastPair,
  mad,
  mape,
  mpe,
  nfm,
  rsfe,
  trackingSignal,
  wmape,
  zeroActualPeriods,
} from "../../../src/engine/demand";

const pairsOf = (actuals: number[], forecasts: number[]): ForecastPair[] =>
  actuals.map((actual, i) => ({ actual, forecast: forecasts[i] }));

describe("Heizer & Render, Operations Management, ch. 4, tracking-signal example (Carlson's Bakery croissants)", () => {
  // Quarters 1-6: actual 90, 95, 115, 100, 125, 140; forecast 100, 100, 100, 110, 110, 110.
  // Errors -10, -5, +15, -10, +15, +30; RSFE = 35; Σ|e| = 10+5+15+10+15+30 = 85; MAD = 85/6 = 14.17;
  // tracking signal = 35 / 14.17 = 2.47 ("2.5 MADs", within the ±4 limits, per the book).
  const bakery = pairsOf([90, 95, 115, 100, 125, 140], [100, 100, 100, 110, 110, 110]);

  it("errors are actual minus forecast", () => {
    expect(bakery.map(forecastError)).toEqual([-10, -5, 15, -10, 15, 30]);
  });

  it("RSFE is 35", () => expect(rsfe(bakery)).toBe(35));
  it("MAD is 85/6 = 14.17", () => expect(mad(bakery)).toBeCloseTo(85 / 6, 10));
  it("tracking signal is 35 / 14.17 = 2.47", () => expect(trackingSignal(bakery)).toBeCloseTo(2.4706, 4));

  it("the running tracking signal matches the book's column -1, -2, 0, -1, +0.5, +2.5", () => {
    // After q quarters: RSFE_q / MAD_q; e.g. after 2: -15 / 7.5 = -2; after 5: 5 / 11 = 0.45.
    const running = [1, 2, 3, 4, 5, 6].map((q) => trackingSignal(bakery.slice(0, q)) as number);
    expect(running.map((v) => Math.round(v * 2) / 2)).toEqual([-1, -2, 0, -1, 0.5, 2.5]);
  });
});

describe("a worked example with a zero actual", () => {
  // A = 100, 200, 0, 50; F = 120, 170, 10, 40  ->  e = -20, +30, -10, +10.
  const p = pairsOf([100, 200, 0, 50], [120, 170, 10, 40]);

  it("RSFE = -20 + 30 - 10 + 10 = 10 (under-forecast overall)", () => expect(rsfe(p)).toBe(10));
  it("MAD = (20 + 30 + 10 + 10) / 4 = 17.5", () => expect(mad(p)).toBe(17.5));
  it("tracking signal = 10 / 17.5 = 0.571", () => expect(trackingSignal(p)).toBeCloseTo(0.571429, 6));

  it("MPE leaves the zero actual out: (-20/100 + 30/200 + 10/50) / 3 = 0.05", () => {
    expect(mpe(p)).toBeCloseTo(0.05, 10);
    expect(zeroActualPeriods(p)).toBe(1);
  });

  it("MAPE leaves the zero actual out: (0.2 + 0.15 + 0.2) / 3 = 0.1833", () => {
    expect(mape(p)).toBeCloseTo(0.55 / 3, 10);
  });

  it("WMAPE keeps every period: Σ|e| / ΣA = 70 / 350 = 0.2", () => expect(wmape(p)).toBeCloseTo(0.2, 10));
  it("bias % = Σe / ΣA = 10 / 350 = 0.0286", () => expect(biasPct(p)).toBeCloseTo(10 / 350, 10));

  it("NFM = -20/220 + 30/370 - 10/10 + 10/90 = -0.8987", () => {
    // -0.090909 + 0.081081 - 1 + 0.111111 = -0.898717
    expect(nfm(p)).toBeCloseTo(-0.898717, 5);
  });
});

describe("sign and direction", () => {
  it("a forecast 15% above demand gives negative RSFE, MPE and bias %, and tracking signal -n", () => {
    // A = 100 for 12 periods, F = 115: e = -15 each; RSFE = -180; MAD = 15; TS = -180/15 = -12.
    const p = pairsOf(Array(12).fill(100), Array(12).fill(115));
    expect(rsfe(p)).toBe(-180);
    expect(trackingSignal(p)).toBe(-12);
    expect(mpe(p)).toBeCloseTo(-0.15, 10);
    expect(biasPct(p)).toBeCloseTo(-0.15, 10);
    // NFM: 12 × (-15 / 215) = -0.8372
    expect(nfm(p)).toBeCloseTo(-0.837209, 5);
  });

  it("a forecast 10% below demand gives positive figures (under-forecast)", () => {
    // A = 200, F = 180 for 5 periods: e = +20; RSFE = 100; MAD = 20; TS = +5; NFM = 5 × 20/380 = 0.263.
    const p = pairsOf(Array(5).fill(200), Array(5).fill(180));
    expect(rsfe(p)).toBe(100);
    expect(trackingSignal(p)).toBe(5);
    expect(biasPct(p)).toBeCloseTo(0.1, 10);
    expect(nfm(p)).toBeCloseTo(0.263158, 5);
  });

  it("misses that alternate in sign cancel in RSFE but not in MAD", () => {
    // e = -10, +10, -10, +10: RSFE 0, MAD 10, tracking signal 0.
    const p = pairsOf([100, 100, 100, 100], [110, 90, 110, 90]);
    expect(rsfe(p)).toBe(0);
    expect(mad(p)).toBe(10);
    expect(trackingSignal(p)).toBe(0);
  });
});

describe("edge cases", () => {
  it("a single period: A = 80, F = 100", () => {
    // e = -20; MAD 20; TS -1; MPE = MAPE(with sign) = -20/80 = -0.25; WMAPE 0.25; NFM = -20/180 = -0.111.
    const p = pairsOf([80], [100]);
    expect(rsfe(p)).toBe(-20);
    expect(mad(p)).toBe(20);
    expect(trackingSignal(p)).toBe(-1);
    expect(mpe(p)).toBe(-0.25);
    expect(mape(p)).toBe(0.25);
    expect(wmape(p)).toBe(0.25);
    expect(nfm(p)).toBeCloseTo(-0.111111, 5);
  });

  it("a forecast equal to the actual every period has MAD 0 and no tracking signal (null, not NaN)", () => {
    const p = pairsOf([50, 60, 70], [50, 60, 70]);
    expect(mad(p)).toBe(0);
    expect(rsfe(p)).toBe(0);
    expect(trackingSignal(p)).toBeNull();
    expect(wmape(p)).toBe(0);
    expect(nfm(p)).toBe(0);
  });

  it("all-zero actuals: MPE, MAPE, WMAPE and bias % are undefined (null), NFM still counts", () => {
    // A = 0, 0; F = 5, 0: e = -5, 0; NFM = -5/5 + (A+F = 0: contributes 0) = -1.
    const p = pairsOf([0, 0], [5, 0]);
    expect(mpe(p)).toBeNull();
    expect(mape(p)).toBeNull();
    expect(wmape(p)).toBeNull();
    expect(biasPct(p)).toBeNull();
    expect(nfm(p)).toBe(-1);
    expect(zeroActualPeriods(p)).toBe(2);
    expect(trackingSignal(p)).toBe(-5 / 2.5); // RSFE -5, MAD 2.5
  });

  it("no pairs: every metric is null", () => {
    for (const metric of [rsfe, mad, trackingSignal, mpe, mape, wmape, biasPct, nfm]) expect(metric([])).toBeNull();
  });

  it("periods without both an actual and a forecast are left out", () => {
    // Only period 1 (100 vs 90) and period 4 (40 vs 50) are complete.
    const p = completePairs([100, null, 50, 40, undefined], [90, 80, null, 50, 10]);
    expect(p).toEqual([
      { actual: 100, forecast: 90 },
      { actual: 40, forecast: 50 },
    ]);
    expect(rsfe(p)).toBe(0); // +10 - 10
    expect(mad(p)).toBe(10);
  });
});
