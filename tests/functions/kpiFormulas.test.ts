/** SOP.FILLRATE, SOP.MONTHSOFCOVER, SOP.ADHERENCE and SOP.PVM as Excel calls them (ranges as rows of cells). */
import { adherence, fillRate, monthsOfCover, pvm } from "../../src/functions/functions";
import { SopFunctionError } from "../../src/functions/errors";

const column = (...xs: unknown[]) => xs.map((x) => [x]) as number[][];
const row = (...xs: unknown[]) => [xs] as number[][];

function errorOf(f: () => unknown): { code: string; message: string } {
  try {
    f();
  } catch (e) {
    if (e instanceof SopFunctionError) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error("no error");
}

describe("SOP.FILLRATE", () => {
  it("met(t) = min(demand, max(0, I(t-1)) + supply): 80 of 100 units", () => {
    // Opening 10, supply 20 then 50, demand 50 and 50: met 30 (I -20), then min(50, 0 + 50) = 50.
    expect(fillRate(row(50, 50), row(20, 50), 10)).toBeCloseTo(0.8, 12);
    // A blank supply period counts as 0: opening 100 covers 50, then nothing: 50 of 100.
    expect(fillRate(column(50, 50), column(0, ""), 50)).toBeCloseTo(0.5, 12);
  });

  it("mismatched sizes are #VALUE!, no demand is #DIV/0!", () => {
    expect(errorOf(() => fillRate(row(1, 2), row(1), 0)).code).toBe("#VALUE!");
    expect(errorOf(() => fillRate(row(0, 0), row(1, 1), 0))).toEqual({ code: "#DIV/0!", message: "There is no demand to fill." });
  });
});

describe("SOP.MONTHSOFCOVER", () => {
  it("walks forward through the following months' demand, the last month partly", () => {
    // 150 against 100, 100 next: 1 + 50/100 = 1.5. 50 against 100: 0.5. 0: none.
    const out = monthsOfCover(column(150, 50, 0), column(100, 100, 100));
    expect(out).toEqual([[1.5], [0.5], [0]]);
    expect(monthsOfCover(row(150, 50, 0), row(100, 100, 100))).toEqual([[1.5, 0.5, 0]]);
  });

  it("#VALUE! on mismatched sizes", () => {
    expect(errorOf(() => monthsOfCover(row(1, 2), row(1))).code).toBe("#VALUE!");
  });
});

describe("SOP.ADHERENCE", () => {
  it("1 - sum |actual - planned| / sum planned, blanks skipped in pairs", () => {
    // Planned 100, 200, 100; actual 90, 210, 100: 20 of 400 off plan: 95%. The blank month is skipped.
    expect(adherence(column(100, 200, 100, 50), column(90, 210, 100, ""))).toBeCloseTo(0.95, 12);
  });

  it("nothing planned is #DIV/0!; no pair is #N/A", () => {
    expect(errorOf(() => adherence(row(0, 0), row(5, 0))).code).toBe("#DIV/0!");
    expect(errorOf(() => adherence(row("", ""), row(1, 2))).code).toBe("#N/A");
  });
});

describe("SOP.PVM", () => {
  it("volume, mix and price that add up to the revenue gap exactly", () => {
    // A: budget 100 u / $1,000, plan 150 u / $1,650; B: budget 100 u / $3,000, plan 80 u / $2,400.
    // Volume (230 - 200) x $20 = 600; mix 50 x 10 - 20 x 30 - 600 = -700; price 1 x 150 = 150.
    const out = pvm(column(100, 100), column(1000, 3000), column(150, 80), column(1650, 2400));
    expect(out).toEqual([[600, -700, 150]]);
    expect(out[0][0] + out[0][1] + out[0][2]).toBe(4050 - 4000);
  });

  it("skips a family with a blank, refuses mismatched sizes and a bridge without budget units", () => {
    expect(pvm(column(100, 5), column(1000, ""), column(150, 1), column(1650, 9))).toEqual([[500, 0, 150]]);
    expect(errorOf(() => pvm(column(1, 2), column(1), column(1, 2), column(1, 2))).code).toBe("#VALUE!");
    expect(errorOf(() => pvm(column(0), column(0), column(1), column(10))).code).toBe("#DIV/0!");
  });
});
