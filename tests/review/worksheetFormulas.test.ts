/**
 * Review of the SOP.* formulas against SPEC.md "Worksheet formulas": rows or columns, blanks skipped
 * in pairs, mismatched sizes #VALUE!, no usable data #N/A / #DIV/0!. Figures worked out by hand.
 */
import * as SOP from "../../src/functions/functions";

const col = (xs: (number | string | null)[]) => xs.map((x) => [x]) as number[][];
const row = (xs: (number | string | null)[]) => [xs] as number[][];

function errorCode(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return (e as { code?: string }).code;
  }
  return undefined;
}

describe("demand formulas", () => {
  // A 100, 120, 80 vs F 110, 100, 100: e = -10, +20, -20.
  const A = [100, 120, 80];
  const F = [110, 100, 100];

  it("read a column and a row alike", () => {
    expect(SOP.bias(col(A), col(F))).toBeCloseTo(-10, 10);
    expect(SOP.bias(row(A), row(F))).toBeCloseTo(-10, 10);
    // A row of actuals against a column of forecasts of the same length: still 3 pairs.
    expect(SOP.mad(row(A), col(F))).toBeCloseTo(50 / 3, 10);
  });

  it("compute every metric by its definition", () => {
    expect(SOP.biasPct(col(A), col(F))).toBeCloseTo(-10 / 300, 10);
    expect(SOP.mape(col(A), col(F))).toBeCloseTo((0.1 + 20 / 120 + 0.25) / 3, 10);
    expect(SOP.mpe(col(A), col(F))).toBeCloseTo((-0.1 + 20 / 120 - 0.25) / 3, 10);
    expect(SOP.wmape(col(A), col(F))).toBeCloseTo(50 / 300, 10);
    expect(SOP.trackingSignal(col(A), col(F))).toBeCloseTo(-10 / (50 / 3), 10);
    expect(SOP.nfm(col(A), col(F))).toBeCloseTo(-10 / 210 + 20 / 220 - 20 / 180, 10);
  });

  it("skip blanks in pairs: a blank actual drops its forecast too", () => {
    // Only (100, 110) and (80, 100) remain: RSFE = -10 - 20 = -30, MAD = 15.
    expect(SOP.bias(col([100, null, 80]), col([110, 100, 100]))).toBeCloseTo(-30, 10);
    expect(SOP.mad(col([100, 120, 80]), col([110, "", 100]))).toBeCloseTo(15, 10);
  });

  it("give #VALUE! on mismatched sizes and #N/A with no usable pair", () => {
    expect(errorCode(() => SOP.bias(col([1, 2, 3]), col([1, 2])))).toBe("#VALUE!");
    expect(errorCode(() => SOP.bias(col([1, null]), col([null, 2])))).toBe("#N/A");
  });

  it("give #DIV/0! where the definition divides by zero", () => {
    // WMAPE = Σ|e| / ΣA with ΣA = 0; tracking signal with MAD 0; MAPE with every A = 0.
    expect(errorCode(() => SOP.wmape(col([0, 0]), col([1, 2])))).toBe("#DIV/0!");
    expect(errorCode(() => SOP.trackingSignal(col([5, 6]), col([5, 6])))).toBe("#DIV/0!");
    expect(errorCode(() => SOP.mape(col([0, 0]), col([1, 2])))).toBe("#DIV/0!");
  });

  it("BIASFLAG: beyond the tracking-signal limit, or beyond NFM 2", () => {
    // 4 periods of A 100 / F 90: RSFE 40, MAD 10, TS = 4 exactly (not beyond 4); NFM = 4 x 10/190 = 0.21.
    expect(SOP.biasFlag(col([100, 100, 100, 100]), col([90, 90, 90, 90]))).toBe("OK");
    // 5 such periods: TS = 5 > 4, e > 0: under-forecast.
    expect(SOP.biasFlag(col([100, 100, 100, 100, 100]), col([90, 90, 90, 90, 90]))).toBe("Under-forecast");
    // Limit 6: TS 5 no longer fires.
    expect(SOP.biasFlag(col([100, 100, 100, 100, 100]), col([90, 90, 90, 90, 90]), 6)).toBe("OK");
    // A 1 / F 3 four times: TS = -8 / 2 = -4 (not beyond), NFM = 4 x (-2/4) = -2 (not beyond): OK.
    expect(SOP.biasFlag(col([1, 1, 1, 1]), col([3, 3, 3, 3]))).toBe("OK");
    // A 1 / F 9 three times then A 9 / F 8: RSFE = -24 + 1 = -23, MAD = 25/4, TS = -3.68 (within 4);
    // NFM = 3 x (-8/10) + 1/17 = -2.34: beyond 2, over-forecast.
    expect(SOP.biasFlag(col([1, 1, 1, 9]), col([9, 9, 9, 8]))).toBe("Over-forecast");
  });

  it("FVA = WMAPE(baseline) - WMAPE(forecast), naive baseline by default", () => {
    // Naive: Nov 100, Dec 120 (Oct has none). WMAPE(naive) = 60/200, WMAPE(F) over Nov, Dec = 40/200.
    expect(SOP.fva(col(A), col(F))).toBeCloseTo(0.1, 10);
    // Against a baseline 90, 130, 70: errors 10, 10, 10 -> 30/300; forecast 50/300: FVA = -20/300.
    expect(SOP.fva(col(A), col(F), col([90, 130, 70]))).toBeCloseTo(-20 / 300, 10);
  });
});

describe("supply formulas", () => {
  it("RATEDCAPACITY reads 0.85, 85 and 85% alike", () => {
    // 100 x 0.85 x 0.9 = 76.5
    expect(SOP.ratedCapacity(100, 0.85, 0.9)).toBeCloseTo(76.5, 10);
    expect(SOP.ratedCapacity(100, 85, "90%" as unknown as number)).toBeCloseTo(76.5, 10);
    expect(SOP.ratedCapacity(100)).toBeCloseTo(100, 10);
  });

  it("LOAD sums families x periods times hours per unit, spilling per period", () => {
    // Jan 120 x 0.5 + 100 x 0.1 = 70; Feb 60 + 0 = 60; Mar 75 + 0 = 75.
    const load = SOP.load(
      [
        [120, 120, 150],
        [100, 0, 0],
      ],
      col([0.5, 0.1]),
    );
    expect(load).toHaveLength(1);
    load[0].forEach((v, i) => expect(v).toBeCloseTo([70, 60, 75][i], 10));
  });

  it("UTILIZATION divides cell by cell, #DIV/0! only where capacity is 0", () => {
    const u = SOP.utilization(row([75, 60]), row([76.5, 0]));
    expect(u[0][0]).toBeCloseTo(75 / 76.5, 10);
    expect((u[0][1] as { code?: string }).code).toBe("#DIV/0!");
  });

  it("PROJECTEDINVENTORY and GAP follow I(t) = I(t-1) + S - D and S - D", () => {
    // 50 + 120 - 100 = 70; 70 + 120 - 150 = 40; 40 + 150 - 200 = -10.
    expect(SOP.projectedInventory(50, col([120, 120, 150]), col([100, 150, 200]))).toEqual([[70], [40], [-10]]);
    // GAP(demand, supply) = supply - demand: 20, -30, -50; a row stays a row.
    expect(SOP.gap(row([100, 150, 200]), row([120, 120, 150]))).toEqual([[20, -30, -50]]);
  });

  it("LEVELPLAN and CHASEPLAN", () => {
    // Level: (100 + 120 + 80) + 30 - 50 = 280 over 3 periods = 93.33 each;
    // by working days 20, 10, 20: 280 / 50 = 5.6 a day -> 112, 56, 112.
    SOP.levelPlan(col([100, 120, 80]), 50, 30).forEach((r) => expect(r[0]).toBeCloseTo(280 / 3, 10));
    const byDays = SOP.levelPlan(col([100, 120, 80]), 50, 30, col([20, 10, 20]));
    byDays.forEach((r, i) => expect(r[0]).toBeCloseTo([112, 56, 112][i], 10));
    // Chase to a target of 30: 100 + 30 - 50 = 80, then 120, 80.
    SOP.chasePlan(col([100, 120, 80]), 50, [[30]]).forEach((r, i) => expect(r[0]).toBeCloseTo([80, 120, 80][i], 10));
  });
});
