/**
 * SOP.FORECAST, SOP.FORECASTMODEL, SOP.DEMANDPATTERN and SOP.ABC as Excel calls them (ranges as rows of
 * cells). Hand-worked figures come from the definitions in SPEC.md; the real series are compared with the
 * engine the pack uses (forecastBaseline, default options), not with pasted numbers.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { abc, demandPattern, forecast, forecastModel } from "../../src/functions/functions";
import { SopFunctionError } from "../../src/functions/errors";
import { DEFAULT_BASELINE_OPTIONS, forecastBaseline } from "../../src/engine/forecast/baseline";
import { baselineOptions } from "../../src/engine/forecast/familyBaselines";
import { resolveSettings } from "../../src/engine/settings";

const column = (...xs: unknown[]) => xs.map((x) => [x]) as number[][];
const row = (...xs: unknown[]) => [xs] as number[][];

function errorOf(f: () => unknown): { code: string; message: string } {
  try {
    f();
  } catch (e) {
    if (e instanceof SopFunctionError) return { code: e.code, message: e.message };
    throw new Error(`not a SopFunctionError: ${String(e)}`);
  }
  throw new Error("no error");
}

interface FixtureSeries {
  id: string;
  history: number[];
}
const FIXTURE: { series: FixtureSeries[] } = JSON.parse(
  readFileSync(join(__dirname, "..", "fixtures", "forecast", "sop-forecast-series.json"), "utf8"),
);
const series = (id: string) => FIXTURE.series.find((s) => s.id === id)!.history;
const M1 = series("MRB30"); // 39 months of an M1 micro series
const CARPART = series("21056643"); // 39 months of an intermittent car part

describe("SOP.DEMANDPATTERN", () => {
  it("ADI and CV² worked by hand", () => {
    // Smooth: 10 12 8 10: ADI 4/4 = 1; mean 10, variance (0 + 4 + 4 + 0)/3 = 2.67, CV² = 2.67/100 = 0.027.
    expect(demandPattern(column(10, 12, 8, 10))).toBe("Smooth");
    // Erratic: 1 9 1 9: ADI 1; mean 5, variance 4 × 16 / 3 = 21.3, CV² = 21.3/25 = 0.85 ≥ 0.49.
    expect(demandPattern(column(1, 9, 1, 9))).toBe("Erratic");
    // Intermittent: leading zeros do not count; from the first demand 4 0 6 0 0 8 0 2: ADI 8/4 = 2;
    // sizes 4 6 8 2, mean 5, squares 1 + 1 + 9 + 9 = 20, variance 20/3 = 6.67, CV² = 6.67/25 = 0.27 < 0.49.
    expect(demandPattern(row(0, 0, 4, 0, 6, 0, 0, 8, 0, 2))).toBe("Intermittent");
    // Lumpy: 1 0 0 9: ADI 4/2 = 2; sizes 1 9, mean 5, variance (16 + 16)/1 = 32, CV² = 32/25 = 1.28.
    expect(demandPattern(column(1, 0, 0, 9))).toBe("Lumpy");
    expect(demandPattern(column(0, 0, 0))).toBe("No demand");
  });

  it("ADI exactly 1.32 is intermittent", () => {
    // 25 months of 5 and 8 of 0 after the first demand: ADI 33/25 = 1.32 (not below 1.32); CV² 0.
    const h = [...Array.from({ length: 25 }, () => 5), ...Array.from({ length: 8 }, () => 0)];
    expect(demandPattern(column(...h))).toBe("Intermittent");
    // One zero fewer: ADI 32/25 = 1.28 < 1.32 -> Smooth.
    expect(demandPattern(column(...h.slice(0, 32)))).toBe("Smooth");
  });

  it("the car part: 8 single-unit demands in 39 months", () => {
    // Ones at months 1, 6, 13, 15, 16, 21, 34, 39: ADI 39/8 = 4.875 ≥ 1.32; sizes all 1, CV² 0 -> Intermittent.
    expect(CARPART.filter((v) => v > 0)).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
    expect(demandPattern(column(...CARPART))).toBe("Intermittent");
  });

  it("blanks inside are interpolated before the pattern is measured", () => {
    // 10, blank, 30 -> 10 20 30 (interpolated): ADI 1; mean 20, variance 100, CV² 100/400 = 0.25 -> Smooth.
    // Were the blank a 0: ADI 3/2 = 1.5; sizes 10 30, mean 20, variance (100 + 100)/1 = 200,
    // CV² = 200/400 = 0.5 ≥ 0.49 -> Lumpy.
    expect(demandPattern(column(10, "", 30))).toBe("Smooth");
    expect(demandPattern(column(10, 0, 30))).toBe("Lumpy");
  });
});

describe("SOP.FORECAST", () => {
  it("a constant series forecasts the constant", () => {
    const out = forecast(column(...Array.from({ length: 24 }, () => 50)));
    expect(out).toHaveLength(12);
    for (const [v] of out) expect(v).toBeCloseTo(50, 6);
  });

  it("spills one column of `horizon` months; with a level, baseline, lower and upper", () => {
    expect(forecast(column(...M1), 3)).toHaveLength(3);
    const banded = forecast(row(...M1), 6, 0.8) as number[][];
    expect(banded).toHaveLength(6);
    for (const [f, lo, hi] of banded) {
      expect(lo).toBeLessThanOrEqual(f);
      expect(hi).toBeGreaterThanOrEqual(f);
      expect(lo).toBeGreaterThanOrEqual(0);
    }
  });

  it("equals the pack's engine on a real series, point forecast and interval", () => {
    // The pack: forecastBaseline(history, plan months, [0.8, 0.95]) with the options of the default settings.
    expect(baselineOptions(resolveSettings())).toEqual(DEFAULT_BASELINE_OPTIONS);
    for (const history of [M1, CARPART]) {
      const pack = forecastBaseline(history, 12, [0.8, 0.95], DEFAULT_BASELINE_OPTIONS);
      expect(forecast(column(...history)).map((r) => r[0])).toEqual(pack.forecast);
      const i80 = pack.intervals.find((iv) => iv.level === 0.8)!;
      expect(forecast(column(...history), 12, 0.8)).toEqual(pack.forecast.map((f, i) => [f, i80.lower[i], i80.upper[i]]));
      const i95 = pack.intervals.find((iv) => iv.level === 0.95)!;
      expect(forecast(row(...history), 12, 95)).toEqual(pack.forecast.map((f, i) => [f, i95.lower[i], i95.upper[i]]));
    }
  });

  it('level 0.8, 80 and "80%" are the same', () => {
    const a = forecast(column(...M1), 12, 0.8);
    expect(forecast(column(...M1), 12, 80)).toEqual(a);
    expect(forecast(column(...M1), 12, "80%" as unknown as number)).toEqual(a);
  });

  it("leading blanks are skipped, blanks inside interpolated, blanks at the end count 0", () => {
    // "", "", 10, "", 30, 40 -> 10 20 30 40 (the blank between 10 and 30 is their midpoint).
    expect(forecast(column("", "", 10, "", 30, 40), 4)).toEqual(forecastBaseline([10, 20, 30, 40], 4).forecast.map((f) => [f]));
    // 10 20 30 then two blanks: 10 20 30 0 0.
    expect(forecast(column(10, 20, 30, "", ""), 4)).toEqual(forecastBaseline([10, 20, 30, 0, 0], 4).forecast.map((f) => [f]));
  });

  it("fewer than 3 months: the last value, and #N/A for the bounds", () => {
    // Naive: the forecast is the last actual, 7.
    expect(forecast(column(5, 7), 2)).toEqual([[7], [7]]);
    const banded = forecast(column(5, 7), 2, 0.9);
    expect(banded.map((r) => r[0])).toEqual([7, 7]);
    for (const r of banded) {
      for (const bound of r.slice(1)) {
        expect(bound).toBeInstanceOf(SopFunctionError);
        expect((bound as SopFunctionError).code).toBe("#N/A");
        expect((bound as SopFunctionError).message).toMatch(/Only 2 months of history/);
      }
    }
  });

  it("no demand forecasts 0 with a band of 0", () => {
    expect(forecast(column(0, 0, 0, 0), 2, 0.8)).toEqual([
      [0, 0, 0],
      [0, 0, 0],
    ]);
  });

  it("bad input is an error value with a message, never a crash", () => {
    expect(errorOf(() => forecast(column(10, "lots", 30)))).toEqual({
      code: "#VALUE!",
      message: 'history: value 2 ("lots") is not a number.',
    });
    expect(errorOf(() => forecast([[""]] as unknown as number[][])).code).toBe("#N/A");
    expect(errorOf(() => forecast([] as number[][])).code).toBe("#N/A");
    expect(errorOf(() => forecast(column("", null, "")))).toEqual({
      code: "#N/A",
      message: "history has no numbers: give the monthly actuals, oldest first.",
    });
    for (const h of [0, 500, 2.5, -1]) expect(errorOf(() => forecast(column(1, 2, 3), h)).code).toBe("#NUM!");
    expect(errorOf(() => forecast(column(1, 2, 3), "soon" as unknown as number)).code).toBe("#VALUE!");
    for (const level of [0, 100, 150, -0.2]) expect(errorOf(() => forecast(column(1, 2, 3), 12, level)).code).toBe("#NUM!");
    expect(
      errorOf(() =>
        forecast([
          [1, 2],
          [3, 4],
        ]),
      ).code,
    ).toBe("#VALUE!");
  });

  it("the horizon's bounds 1 and 120 are accepted, a blank horizon is 12", () => {
    expect(forecast(column(...M1), 1)).toHaveLength(1);
    expect(forecast(column(...M1), 120)).toHaveLength(120);
    expect(forecast(column(...M1), null as unknown as number)).toHaveLength(12);
  });
});

describe("SOP.FORECASTMODEL", () => {
  it("names the method the pack names", () => {
    expect(forecastModel(column(5, 7))).toBe("Naive");
    expect(forecastModel(column(0, 0, 0))).toBe("No demand");
    for (const history of [M1, CARPART]) expect(forecastModel(column(...history))).toBe(forecastBaseline(history, 12).model);
    expect(errorOf(() => forecastModel(column("x"))).code).toBe("#VALUE!");
  });
});

describe("SOP.ABC", () => {
  it("five values worked by hand, in the input's shape", () => {
    // 20 + 350 + 500 + 40 + 90 = 1000. Ranked: 500 (above 0) A; 350 (above 0.50; it crosses 80%) A;
    // 90 (above 0.85) B; 40 (above 0.94) B; 20 (above 0.98) C.
    expect(abc(column(20, 350, 500, 40, 90))).toEqual([["C"], ["A"], ["A"], ["B"], ["B"]]);
    expect(abc(row(20, 350, 500, 40, 90))).toEqual([["C", "A", "A", "B", "B"]]);
  });

  it("cut-offs as fractions or percent; blanks stay blank", () => {
    // With A below 50%: 500 above 0 -> A; 350 above 0.5 -> B; 90 above 0.85 -> B; 40 above 0.94 -> B; 20 above 0.98 -> C.
    const expected = [["C", "B", "A", "B", "B"]];
    expect(abc(row(20, 350, 500, 40, 90), 0.5)).toEqual(expected);
    expect(abc(row(20, 350, 500, 40, 90), 50, 95)).toEqual(expected);
    expect(abc(row(50, "", 50))).toEqual([["A", "", "A"]]);
  });

  it("ties rank in reading order; zeros are C", () => {
    // Five 10s: above 0, 0.2, 0.4, 0.6, 0.8 -> A A A A B.
    expect(
      abc([
        [10, 10, 10],
        [10, 10, 0],
      ]),
    ).toEqual([
      ["A", "A", "A"],
      ["A", "B", "C"],
    ]);
  });

  it("bad input is an error value", () => {
    expect(errorOf(() => abc(row(1, "big")))).toMatchObject({ code: "#VALUE!" });
    expect(errorOf(() => abc(row(1, -2))).code).toBe("#NUM!");
    expect(errorOf(() => abc(row("", ""))).code).toBe("#N/A");
    expect(errorOf(() => abc(row(1, 2), 0.9, 0.8)).code).toBe("#NUM!");
    expect(errorOf(() => abc(row(1, 2), 0)).code).toBe("#NUM!");
  });
});
