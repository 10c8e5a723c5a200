import { levelPlan, chasePlan, projectedInventory } from "../../../src/engine/reconcile";

// Heizer & Render, Operations Management, ch. 13 (Aggregate Planning and S&OP), Example 1:
// demand 900, 700, 800, 1,200, 1,500, 1,100 (total 6,200) over 22, 18, 21, 21, 22, 20 production days
// (total 124): average requirement 6,200 / 124 = 50 units per day.
const demand = [900, 700, 800, 1200, 1500, 1100];
const days = [22, 18, 21, 21, 22, 20];

describe("level plan", () => {
  it("makes 50 units per working day in Heizer & Render's example (Plan 1)", () => {
    // 50 x 22 = 1,100; 50 x 18 = 900; 50 x 21 = 1,050; 1,050; 50 x 22 = 1,100; 50 x 20 = 1,000
    const plan = levelPlan(demand, 0, 0, days);
    [1100, 900, 1050, 1050, 1100, 1000].forEach((v, i) => expect(plan[i]).toBeCloseTo(v, 9));
    // ... and ends the half-year with the inventory the book shows (0 units).
    expect(projectedInventory(0, plan, demand)[5]).toBeCloseTo(0, 9);
  });

  it("spreads demand plus target ending minus opening evenly over the periods without working days", () => {
    // (6,200 + 400 - 100) / 6 = 6,500 / 6 = 1,083.33 per month; ending inventory 100 + 6,500 - 6,200 = 400.
    const plan = levelPlan(demand, 100, 400);
    plan.forEach((v) => expect(v).toBeCloseTo(6500 / 6, 9));
    expect(projectedInventory(100, plan, demand)[5]).toBeCloseTo(400, 9);
  });

  it("makes nothing when the opening stock already covers demand and the target", () => {
    // 300 + 0 - 500 < 0 -> nothing to make.
    expect(levelPlan([100, 200], 500, 0)).toEqual([0, 0]);
  });
});

describe("chase plan", () => {
  it("follows demand exactly with no opening stock and no target (Heizer & Render Plan 3)", () => {
    expect(chasePlan(demand, 0, 0)).toEqual([900, 700, 800, 1200, 1500, 1100]);
  });

  it("brings inventory to the target in the first period, then makes what demand takes", () => {
    // Opening 50, target 200: P1 = 900 + 200 - 50 = 1,050 (I1 = 200); then P(t) = D(t): 700, 800, ...
    const plan = chasePlan(demand, 50, 200);
    expect(plan).toEqual([1050, 700, 800, 1200, 1500, 1100]);
    expect(projectedInventory(50, plan, demand)).toEqual([200, 200, 200, 200, 200, 200]);
  });

  it("follows a changing target and uses up excess opening stock before making anything", () => {
    // Opening 1,200, targets 100, 100, 300: P1 = max(0, 900+100-1200) = 0 -> I1 = 300;
    // P2 = max(0, 700+100-300) = 500 -> I2 = 100; P3 = 800 + 300 - 100 = 1,000 -> I3 = 300.
    expect(chasePlan([900, 700, 800], 1200, [100, 100, 300])).toEqual([0, 500, 1000]);
  });
});
