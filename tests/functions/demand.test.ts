/**
 * The demand-review worksheet formulas: values (worked by hand), ranges as rows or columns, blanks,
 * and the error rules of SPEC.md (mismatched sizes #VALUE!, no usable pairs #N/A, zero denominators
 * #DIV/0!). Every expected figure is worked out in the comment next to it.
 */
import { SopFunctionError } from "../../src/functions/errors";
import { bias, biasFlag, biasPct, fva, mad, mape, mpe, nfm, trackingSignal, wmape } from "../../src/functions/functions";

const col = (xs: unknown[]) => xs.map((x) => [x]) as number[][];
const row = (xs: unknown[]) => [xs] as number[][];

function errorOf(f: () => unknown): { code: string; message: string } {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(SopFunctionError);
    return { code: (e as SopFunctionError).code, message: (e as Error).message };
  }
  throw new Error("expected the formula to return an error");
}

// Heizer & Render, "Operations Management", ch. 4, tracking-signal example (Carlson's Bakery):
// actual 90, 95, 115, 100, 125, 140; forecast 100, 100, 100, 110, 110, 110.
// e = -10, -5, 15, -10, 15, 30: RSFE 35, Σ|e| 85, MAD 14.17, TS 2.47; ΣA = 665.
const A = [90, 95, 115, 100, 125, 140];
const F = [100, 100, 100, 110, 110, 110];

describe("SOP demand formulas on the textbook bakery example", () => {
  it("SOP.BIAS is the RSFE, 35", () => expect(bias(col(A), col(F))).toBe(35));
  it("SOP.MAD is 85 / 6 = 14.17", () => expect(mad(col(A), col(F))).toBeCloseTo(14.1667, 4));
  it("SOP.TRACKINGSIGNAL is 35 / 14.17 = 2.47", () => expect(trackingSignal(col(A), col(F))).toBeCloseTo(2.4706, 4));
  it("SOP.BIASPCT is 35 / 665 = 5.26%", () => expect(biasPct(col(A), col(F))).toBeCloseTo(0.052632, 6));
  it("SOP.WMAPE is 85 / 665 = 12.78%", () => expect(wmape(col(A), col(F))).toBeCloseTo(0.12782, 6));
  it("SOP.MPE averages e/A", () => {
    // -10/90 - 5/95 + 15/115 - 10/100 + 15/125 + 30/140
    // = -0.111111 - 0.052632 + 0.130435 - 0.1 + 0.12 + 0.214286 = 0.200978; / 6 = 0.033496
    expect(mpe(col(A), col(F))).toBeCloseTo(0.033496, 5);
  });
  it("SOP.MAPE averages |e|/A", () => {
    // 0.111111 + 0.052632 + 0.130435 + 0.1 + 0.12 + 0.214286 = 0.728464; / 6 = 0.121411
    expect(mape(col(A), col(F))).toBeCloseTo(0.121411, 5);
  });
  it("SOP.NFM sums e/(A+F)", () => {
    // -10/190 - 5/195 + 15/215 - 10/210 + 15/235 + 30/250
    // = -0.052632 - 0.025641 + 0.069767 - 0.047619 + 0.063830 + 0.12 = 0.127705
    expect(nfm(col(A), col(F))).toBeCloseTo(0.127705, 5);
  });
  it("SOP.BIASFLAG says OK: 2.47 is inside ±4 (as the book concludes)", () => {
    expect(biasFlag(col(A), col(F))).toBe("OK");
  });
  it("SOP.BIASFLAG with a limit of 2 says Under-forecast (2.47 > 2)", () => {
    expect(biasFlag(col(A), col(F), 2)).toBe("Under-forecast");
  });
});

describe("ranges as rows or columns, blanks skipped in pairs", () => {
  it("a row and a column give the same result", () => {
    expect(bias(row(A), row(F))).toBe(35);
    expect(bias(row(A), col(F))).toBe(35);
  });

  it("a period with a blank on either side is skipped", () => {
    // Only (100, 90) and (40, 50) pair up: e = +10, -10 -> RSFE 0, MAD 10.
    const a = col([100, "", 50, 40, null]);
    const f = col([90, 80, null, 50, 10]);
    expect(bias(a, f)).toBe(0);
    expect(mad(a, f)).toBe(10);
  });

  it("flags a forecast persistently 15% too high as Over-forecast", () => {
    // 12 × (100 vs 115): TS = -180 / 15 = -12.
    expect(biasFlag(row(Array(12).fill(100)), row(Array(12).fill(115)))).toBe("Over-forecast");
    expect(trackingSignal(row(Array(12).fill(100)), row(Array(12).fill(115)))).toBe(-12);
  });

  it("a single period works: A 80, F 100 -> bias -20, MPE -25%", () => {
    expect(bias([[80]], [[100]])).toBe(-20);
    expect(mpe([[80]], [[100]])).toBe(-0.25);
  });
});

describe("error rules", () => {
  it("mismatched sizes give #VALUE! naming both sizes", () => {
    const e = errorOf(() => mad(col([1, 2, 3]), col([1, 2])));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/3 cells.*2/);
  });

  it("text that is not a number gives #VALUE!", () => {
    expect(errorOf(() => bias(col([1, "n/a"]), col([1, 2]))).code).toBe("#VALUE!");
  });

  it("no usable pairs give #N/A", () => {
    expect(errorOf(() => bias(col([1, null]), col([null, 2]))).code).toBe("#N/A");
    expect(errorOf(() => biasFlag(col(["", ""]), col(["", ""]))).code).toBe("#N/A");
  });

  it("MAD 0 gives #DIV/0! for the tracking signal, and BIASFLAG says OK", () => {
    const e = errorOf(() => trackingSignal(col([5, 6, 7]), col([5, 6, 7])));
    expect(e.code).toBe("#DIV/0!");
    expect(e.message).toMatch(/MAD is 0/);
    expect(mad(col([5, 6, 7]), col([5, 6, 7]))).toBe(0);
    expect(biasFlag(col([5, 6, 7]), col([5, 6, 7]))).toBe("OK");
  });

  it("all-zero actuals give #DIV/0! for MAPE, MPE, WMAPE and BIASPCT", () => {
    for (const f of [mape, mpe, wmape, biasPct]) expect(errorOf(() => f(col([0, 0]), col([3, 4]))).code).toBe("#DIV/0!");
  });

  it("a limit of 0 or below gives #NUM!, a text limit #VALUE!", () => {
    expect(errorOf(() => biasFlag(col(A), col(F), 0)).code).toBe("#NUM!");
    expect(errorOf(() => biasFlag(col(A), col(F), "four" as unknown as number)).code).toBe("#VALUE!");
  });

  it("an omitted or blank limit means 4", () => {
    // 5 × (A 200, F 180): TS = +100 / 20 = 5 > 4.
    expect(biasFlag(col([200, 200, 200, 200, 200]), col([180, 180, 180, 180, 180]), null as unknown as number)).toBe(
      "Under-forecast",
    );
    expect(biasFlag(col([200, 200, 200, 200, 200]), col([180, 180, 180, 180, 180]), [[""]] as unknown as number)).toBe(
      "Under-forecast",
    );
  });

  it("never throws anything but an Excel error, whatever it is given", () => {
    const weird: unknown[] = [undefined, null, 42, "x", [[{}]], [[NaN]], [[Infinity]], [[true, false]]];
    for (const a of weird) {
      for (const fn of [bias, biasPct, mad, mape, wmape, mpe, trackingSignal, nfm, biasFlag]) {
        try {
          fn(a as number[][], [[1]]);
        } catch (e) {
          expect(e).toBeInstanceOf(SopFunctionError);
        }
      }
    }
  });
});

describe("SOP.FVA", () => {
  it("is WMAPE(baseline) − WMAPE(forecast)", () => {
    // A 100, 120, 80 (ΣA 300); F 105, 115, 90 (Σ|e| 20); B 90, 100, 120 (Σ|e| 70): (70 − 20) / 300 = 0.1667.
    expect(fva(col([100, 120, 80]), col([105, 115, 90]), col([90, 100, 120]))).toBeCloseTo(0.166667, 6);
  });

  it("without a baseline compares with the naive forecast (last period's actual)", () => {
    // A 100, 120, 80; naive for periods 2, 3 = 100, 120 -> |e| 20, 40 over ΣA 200 = 0.30.
    // F for periods 2, 3 = 115, 90 -> |e| 5, 10 over 200 = 0.075. FVA = 0.30 − 0.075 = 0.225.
    expect(fva(col([100, 120, 80]), col([105, 115, 90]))).toBeCloseTo(0.225, 9);
  });

  it("mismatched sizes give #VALUE!, no complete period #N/A, zero volume #DIV/0!", () => {
    expect(errorOf(() => fva(col([1, 2]), col([1, 2]), col([1]))).code).toBe("#VALUE!");
    expect(errorOf(() => fva(col([1, null]), col([null, 2]), col([1, 2]))).code).toBe("#N/A");
    expect(errorOf(() => fva(col([0, 0]), col([1, 2]), col([1, 2]))).code).toBe("#DIV/0!");
  });
});
