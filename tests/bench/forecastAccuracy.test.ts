/**
 * The forecast bench's measures (src/bench/forecastAccuracy.ts), each worked by hand from its definition
 * (tests/data/forecast/README.md): sMAPE as in M3, MASE with the in-sample naive scale (seasonal lag 12 when
 * the history is longer than 12 months, else lag 1), RMSSE as in M5, coverage of an interval.
 */
import { coverage, mase, mean, rmsse, smape } from "../../src/bench/forecastAccuracy";

describe("sMAPE = mean of 200·|F − A| / (|F| + |A|)", () => {
  it("F = 110 against A = 100: 200·10 / 210 = 9.5238%", () => {
    expect(smape([110], [100])).toBeCloseTo(2000 / 210, 10);
    expect(smape([110], [100])).toBeCloseTo(9.5238095, 6);
  });

  it("it is symmetric in over- and under-forecast of the same pair, but not of the same error", () => {
    // F = 100, A = 110 has the same terms as F = 110, A = 100; F = 90, A = 100 is 200·10 / 190 = 10.5263%.
    expect(smape([100], [110])).toBeCloseTo(2000 / 210, 10);
    expect(smape([90], [100])).toBeCloseTo(2000 / 190, 10);
  });

  it("averages over the months and counts 0 where forecast and actual are both 0", () => {
    // (9.5238 + 10.5263 + 0) / 3 = 6.6834
    expect(smape([110, 90, 0], [100, 100, 0])).toBeCloseTo((2000 / 210 + 2000 / 190) / 3, 10);
  });

  it("a forecast of 0 against any positive actual is the maximum, 200%", () => {
    expect(smape([0], [5])).toBe(200);
  });
});

describe("MASE = MAE / in-sample mean absolute naive difference", () => {
  it("a history of 12 months or fewer uses lag 1: history 10, 12, 11, 15 → scale (2 + 1 + 4) / 3 = 7/3", () => {
    // Forecasts 14, 14 against 15, 12: MAE (1 + 2) / 2 = 1.5 → MASE 1.5 / (7/3) = 0.642857.
    expect(mase([14, 14], [15, 12], [10, 12, 11, 15])).toBeCloseTo(1.5 / (7 / 3), 10);
  });

  it("a longer history uses the seasonal lag 12: a second year 3 above the first → scale 3", () => {
    // History 24 months: year 1 is 10, 20, …, 120; year 2 each month + 3. |y_t − y_{t−12}| = 3 for all 12 → scale 3.
    // Forecast 20 against 26: MAE 6 → MASE 2.
    const year1 = Array.from({ length: 12 }, (_, i) => 10 * (i + 1));
    const history = [...year1, ...year1.map((v) => v + 3)];
    expect(mase([20], [26], history)).toBeCloseTo(2, 12);
  });

  it("exactly 12 months is still lag 1: 1, 2, …, 12 → scale 1, so MASE is the MAE", () => {
    const history = Array.from({ length: 12 }, (_, i) => i + 1);
    expect(mase([13, 13], [14, 16], history)).toBeCloseTo((1 + 3) / 2, 12);
  });

  it("the naive forecast (the last month, 15) over three months: 5/7 of the in-sample naive error", () => {
    // History 10, 12, 11, 15 (scale 7/3); the naive forecast 15 against 17, 13, 16: MAE (2 + 2 + 1) / 3 = 5/3 → 5/7.
    expect(mase([15, 15, 15], [17, 13, 16], [10, 12, 11, 15])).toBeCloseTo(5 / 3 / (7 / 3), 12);
  });
});

describe("RMSSE = √(MSE / in-sample mean squared one-step difference)", () => {
  it("history 10, 12, 11, 15 → scale (4 + 1 + 16) / 3 = 7; forecasts 14, 14 against 15, 12 → √(2.5 / 7) = 0.597614", () => {
    expect(rmsse([14, 14], [15, 12], [10, 12, 11, 15])).toBeCloseTo(Math.sqrt(2.5 / 7), 12);
    expect(rmsse([14, 14], [15, 12], [10, 12, 11, 15])).toBeCloseTo(0.597614, 6);
  });

  it("always lag 1, even for a history longer than 12 months", () => {
    // 1, 2, …, 24: every one-step difference is 1 → scale 1, and RMSSE is the RMSE: √((3² + 4²) / 2) = √12.5.
    const history = Array.from({ length: 24 }, (_, i) => i + 1);
    expect(rmsse([25, 26], [28, 30], history)).toBeCloseTo(Math.sqrt(12.5), 12);
  });
});

describe("coverage = share of actual months inside [lower, upper]", () => {
  it("bounds count as inside: actuals 5, 10, 11, 0 in [0, 10] → 3 of 4 = 0.75", () => {
    expect(coverage([0, 0, 0, 0], [10, 10, 10, 10], [5, 10, 11, 0])).toBe(0.75);
  });

  it("none inside → 0; all inside → 1", () => {
    expect(coverage([5, 5], [6, 6], [1, 9])).toBe(0);
    expect(coverage([0, 0], [100, 100], [1, 99])).toBe(1);
  });
});

describe("mean", () => {
  it("of 9.5238 and 10.5263 sMAPE is their average", () => {
    expect(mean([2000 / 210, 2000 / 190])).toBeCloseTo((2000 / 210 + 2000 / 190) / 2, 12);
  });
});
