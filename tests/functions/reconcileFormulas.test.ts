import { chasePlan, gap, levelPlan, projectedInventory } from "../../src/functions/functions";
import { SopFunctionError } from "../../src/functions/errors";

// Heizer & Render, Operations Management, ch. 13 (Aggregate Planning and S&OP), Example 1:
// monthly demand 900, 700, 800, 1,200, 1,500, 1,100 over 22, 18, 21, 21, 22, 20 production days.
const demandRow = [[900, 700, 800, 1200, 1500, 1100]];
const demandColumn = demandRow[0].map((v) => [v]);
const daysRow = [[22, 18, 21, 21, 22, 20]];

function errorOf(f: () => unknown): SopFunctionError {
  try {
    f();
  } catch (e) {
    return e as SopFunctionError;
  }
  throw new Error("expected the formula to return an error");
}

describe("SOP.LEVELPLAN", () => {
  it("makes 50 units per production day in Heizer & Render's example, spilling along the row", () => {
    // 6,200 units / 124 days = 50 per day: 1,100, 900, 1,050, 1,050, 1,100, 1,000
    const plan = levelPlan(demandRow, 0, 0, daysRow);
    expect(plan).toHaveLength(1);
    [1100, 900, 1050, 1050, 1100, 1000].forEach((v, i) => expect(plan[0][i]).toBeCloseTo(v, 9));
  });

  it("spreads evenly per period without working days and spills down a column", () => {
    // (6,200 + 0 - 200) / 6 = 1,000 per month
    expect(levelPlan(demandColumn, 200, 0)).toEqual([[1000], [1000], [1000], [1000], [1000], [1000]]);
  });

  it("gives #VALUE! when working days and demand differ in size and #DIV/0! when they add up to zero", () => {
    const e1 = errorOf(() => levelPlan(demandRow, 0, 0, [[22, 18]]));
    expect(e1.code).toBe("#VALUE!");
    expect(e1.message).toMatch(/workingDays has 2 cells but demand has 6/);
    expect(errorOf(() => levelPlan([[10, 10]], 0, 0, [[0, 0]])).code).toBe("#DIV/0!");
  });
});

describe("SOP.CHASEPLAN", () => {
  it("follows demand with no inventory (Heizer & Render Plan 3)", () => {
    expect(chasePlan(demandRow, 0, [[0]])).toEqual(demandRow);
  });

  it("first brings inventory from the opening level to the target, then follows demand", () => {
    // Opening 300, target 100: P1 = 900 + 100 - 300 = 700, then 700, 800, 1,200, 1,500, 1,100
    expect(chasePlan(demandColumn, 300, [[100]])).toEqual([[700], [700], [800], [1200], [1500], [1100]]);
  });
});

describe("SOP.PROJECTEDINVENTORY and SOP.GAP", () => {
  it("runs the level plan's balance: 200, 400, 650, 500, 100, 0 (Heizer & Render Plan 1)", () => {
    const supply = [[1100, 900, 1050, 1050, 1100, 1000]];
    expect(projectedInventory(0, supply, demandRow)).toEqual([[200, 400, 650, 500, 100, 0]]);
    expect(gap(demandRow, supply)).toEqual([[200, 200, 250, -150, -400, -100]]);
  });

  it("counts a blank period as zero instead of shifting later periods", () => {
    // 10 + 5 - 8 = 7; 7 + 0 (blank) - 8 = -1; -1 + 5 - 0 (blank) = 4
    expect(
      projectedInventory(10, [[5], [""], [5]] as unknown as number[][], [[8], [8], [null]] as unknown as number[][]),
    ).toEqual([[7], [-1], [4]]);
  });

  it("gives #VALUE! for ranges of different sizes or text, and #N/A when there are no numbers", () => {
    expect(errorOf(() => gap([[1, 2, 3]], [[1, 2]])).code).toBe("#VALUE!");
    expect(errorOf(() => projectedInventory(0, [["lots"]] as unknown as number[][], [[1]])).code).toBe("#VALUE!");
    expect(errorOf(() => gap([[null, null]] as unknown as number[][], [["", ""]] as unknown as number[][])).code).toBe("#N/A");
  });
});
