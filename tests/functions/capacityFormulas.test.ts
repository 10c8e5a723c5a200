/**
 * SOP.RATEDCAPACITY, SOP.LOAD and SOP.UTILIZATION as a planner uses them in a sheet.
 * Numbers worked by hand from the definitions (SPEC.md; APICS rated capacity; Vollmann et al. capacity bills).
 */
import { load, ratedCapacity, utilization } from "../../src/functions/functions";
import { SopFunctionError } from "../../src/functions/errors";

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return e instanceof SopFunctionError ? e.code : "not a SopFunctionError";
  }
  return undefined;
}

describe("SOP.RATEDCAPACITY", () => {
  test("two shifts x 8 h x 5 days x 4 weeks at 85% utilization and 110% efficiency is 299.2 h", () => {
    // 320 x 0.85 x 1.10 = 299.2
    expect(ratedCapacity(320, 0.85, 1.1)).toBeCloseTo(299.2, 10);
  });

  test("percent points and percent text mean the same", () => {
    expect(ratedCapacity(320, 85, 110)).toBeCloseTo(299.2, 10);
    expect(ratedCapacity(320, "85%" as unknown as number, "110%" as unknown as number)).toBeCloseTo(299.2, 10);
  });

  test("omitted utilization and efficiency are 100%", () => {
    expect(ratedCapacity(160)).toBe(160);
  });

  test("text hours are #VALUE!, negative hours #NUM!", () => {
    expect(codeOf(() => ratedCapacity("lots" as unknown as number, 0.9, 1))).toBe("#VALUE!");
    expect(codeOf(() => ratedCapacity(-5, 0.9, 1))).toBe("#NUM!");
    expect(codeOf(() => ratedCapacity(100, "fast" as unknown as number))).toBe("#VALUE!");
  });
});

describe("SOP.LOAD", () => {
  test("families in rows, periods in columns: one row of loads", () => {
    // A 0.5 h/unit, B 1.2 h/unit. P1: 100 x 0.5 + 50 x 1.2 = 110. P2: 200 x 0.5 + 0 = 100.
    // P3: 0 x 0.5 + 25 x 1.2 = 30 (A's blank counts as 0).
    expect(
      load(
        [
          [100, 200, ""],
          [50, 0, 25],
        ] as number[][],
        [[0.5], [1.2]],
      ),
    ).toEqual([[110, 100, 30]]);
  });

  test("hours per unit may be a row", () => {
    expect(
      load(
        [
          [100, 200],
          [50, 0],
        ],
        [[0.5, 1.2]],
      ),
    ).toEqual([[110, 100]]);
  });

  test("families across columns (periods down the rows) spill as a column", () => {
    // 3 rows (periods) x 2 columns (families A, B); same arithmetic as above, one load per row.
    expect(
      load(
        [
          [100, 50],
          [200, 0],
          [0, 25],
        ],
        [[0.5, 1.2]],
      ),
    ).toEqual([[110], [100], [30]]);
  });

  test("a family count that fits neither way is #VALUE! saying the sizes", () => {
    expect(
      codeOf(() =>
        load(
          [
            [1, 2, 3],
            [4, 5, 6],
          ],
          [[1, 1, 1, 1]],
        ),
      ),
    ).toBe("#VALUE!");
    expect(() =>
      load(
        [
          [1, 2, 3],
          [4, 5, 6],
        ],
        [[1, 1, 1, 1]],
      ),
    ).toThrow(/2 row\(s\) x 3 column\(s\)/);
  });

  test("text in quantities is #VALUE!", () => {
    expect(codeOf(() => load([["n/a" as unknown as number, 1]], [[1]]))).toBe("#VALUE!");
  });
});

describe("SOP.UTILIZATION", () => {
  test("load / capacity element by element, in the load's shape", () => {
    // 120 / 136.8 = 0.877193; 150 / 136.8 = 1.096491; 68.4 / 136.8 = 0.5
    const u = utilization([[120, 150, 68.4]], [[136.8, 136.8, 136.8]]);
    expect(u).toHaveLength(1);
    expect(u[0][0]).toBeCloseTo(0.877193, 5);
    expect(u[0][1]).toBeCloseTo(1.096491, 5);
    expect(u[0][2]).toBeCloseTo(0.5, 10);
  });

  test("one capacity for all periods", () => {
    expect(utilization([[50], [100]], [[200]])).toEqual([[0.25], [0.5]]);
  });

  test("zero capacity gives #DIV/0! in that cell only; blanks stay empty", () => {
    const u = utilization([[20, 40, ""]] as number[][], [[0, 80, 80]]);
    expect(u[0][0]).toBeInstanceOf(SopFunctionError);
    expect((u[0][0] as SopFunctionError).code).toBe("#DIV/0!");
    expect(u[0][1]).toBe(0.5);
    expect(u[0][2]).toBe("");
  });

  test("mismatched sizes are #VALUE!, nothing usable is #N/A", () => {
    expect(codeOf(() => utilization([[1, 2, 3]], [[1, 2]]))).toBe("#VALUE!");
    expect(codeOf(() => utilization([["", ""]] as unknown as number[][], [[1, 2]]))).toBe("#N/A");
  });
});
