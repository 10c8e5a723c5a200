import { loadHighs } from "../../../src/engine/balance/loadHighs";
import type { LpSolver } from "../../../src/engine/balance";
import type { PlanningModel } from "../../../src/engine/model";
import { balanceWith, handPlan, PERIODS } from "./balanceFixture";

let solver: LpSolver;
beforeAll(async () => {
  solver = await loadHighs();
});

const balance = (m: PlanningModel) => balanceWith(solver, m);

const series = (
  b: ReturnType<typeof balance>,
  family: string,
  key: "production" | "subcontract" | "inventory" | "backorders" | "belowTarget",
) => b.lines.filter((l) => l.family === family).map((l) => l[key]);

describe("balancing the plan worked by hand (tests/engine/balance/balanceFixture.ts)", () => {
  // A's own hours per month: month 1 120 - B's 40 (production of months 1 and 2, offset 1; month 1's is
  // past due) = 80; month 2 100 - 20 = 80; month 3 100 + 20 overtime. Against demand 60 / 90 / 140,
  // month 1 has 20 spare, month 2 is 10 short, month 3 40 short (20 after overtime).
  // Cheapest cover: month 2's 10 from month 1's spare (held 1 month: 10 x 2 = 20); month 3: the other 10
  // spare units (held 2 months: 10 x 4 = 40), 20 overtime hours (20 x 30 = 600), 10 subcontracted
  // (10 x 35 = 350). Giving all spare to month 3 instead costs 20 x 4 + 10 x 35 = 430 > 20 + 40 + 350.
  // C: holding (1) costs more than falling below target (0.5): 10 below target in month 3 = 5.
  // Optimum = 20 + 40 + 600 + 350 + 5 = 1,015.
  test("finds the optimum and the plan worked by hand", () => {
    const b = balance(handPlan());
    expect(b.objective).toBeCloseTo(1015, 6);
    expect(series(b, "A", "production").map((v) => Math.round(v * 1e6) / 1e6)).toEqual([80, 80, 120]);
    expect(series(b, "A", "subcontract").map((v) => Math.round(v * 1e6) / 1e6)).toEqual([0, 0, 10]);
    expect(series(b, "A", "inventory").map((v) => Math.round(v * 1e6) / 1e6)).toEqual([20, 10, 0]);
    expect(series(b, "B", "production").map((v) => Math.round(v * 1e6) / 1e6)).toEqual([10, 10, 10]);
    expect(series(b, "C", "belowTarget").map((v) => Math.round(v * 1e6) / 1e6)).toEqual([0, 0, 10]);
    const line = b.resources.filter((r) => r.resource === "Line");
    expect(line.map((r) => Math.round(r.overtimeHours * 1e6) / 1e6)).toEqual([0, 0, 20]);
    // Load of the balanced plan, past-due included: month 1 = 80 (A) + 2 x 10 (B month 1, past due)
    // + 2 x 10 (B month 2) = 120; month 2 = 80 + 2 x 10 = 100; month 3 = 120 (100 rated + 20 overtime).
    expect(line.map((r) => Math.round(r.load * 1e6) / 1e6)).toEqual([120, 100, 120]);
    expect(b.capacity.cells.find((c) => c.resource === "Line" && c.period === PERIODS[0])?.pastDueLoad).toBeCloseTo(20, 6);
    const lever = Object.fromEntries(b.levers.map((l) => [l.lever, l]));
    expect(lever.holding.balanced).toBeCloseTo(60, 6);
    expect(lever.overtime.balanced).toBeCloseTo(600, 6);
    expect(lever.subcontract.balanced).toBeCloseTo(350, 6);
    expect(lever.belowTarget.balanced).toBeCloseTo(5, 6);
    expect(lever.backorder.balanced).toBeCloseTo(0, 6);
  });

  // The plan as given (chase: A 60 / 90 / 140) loads month 2 with 90 + 20 = 110 h (10 over, no overtime
  // allowed: 10 uncovered) and month 3 with 140 h (40 over: 20 overtime = 600, 20 uncovered); its
  // inventory never goes negative; C ends 10 below target (5). Plan cost = 605, with 30 h uncovered.
  test("costs the plan as given the same way, its uncovered hours shown", () => {
    const b = balance(handPlan());
    expect(b.planCost).toBeCloseTo(605, 6);
    expect(b.totals.uncoveredHours).toBeCloseTo(30, 6);
    expect(b.totals.planOvertimeHours).toBeCloseTo(20, 6);
  });

  test("says which defaults it used and which levers it could not use", () => {
    const b = balance(handPlan());
    // Backorder Cost is given for B only: A and C take the default, 3 months each.
    expect(b.defaults.join(" ")).toMatch(/Backorder Cost not given for 6 family-month/);
    expect(b.unusedLevers.join(" ")).toMatch(/Subcontracting not used for B, C/);
    expect(b.unusedLevers.join(" ")).toMatch(/no Max Overtime Hours/);
  });
});

describe("the balanced plan keeps every constraint", () => {
  test("balance and capacity hold, checked with the capacity check and the gap table", () => {
    const b = balance(handPlan());
    // Balance: I - B = previous I - B + P + S - demand, from the plan's own lines.
    for (const family of ["A", "B", "C"]) {
      let previous = 0;
      for (const l of b.lines.filter((x) => x.family === family)) {
        expect(l.inventory - l.backorders).toBeCloseTo(previous + l.production + l.subcontract - l.demand, 6);
        previous = l.inventory - l.backorders;
      }
    }
    // Capacity: the capacity check run on the recommended production, within rated + overtime.
    for (const cell of b.capacity.cells) {
      const overtime = b.resources.find((r) => r.resource === cell.resource && r.period === cell.period)?.overtimeHours ?? 0;
      expect(cell.load).toBeLessThanOrEqual(cell.ratedCapacity + overtime + 1e-6);
    }
    // The gap table of the balanced plan (in-house + subcontracted) has the same inventory.
    for (const line of b.reconciliation.lines) {
      const l = b.lines.find((x) => x.family === line.family && x.period === line.period);
      expect(line.projectedInventory).toBeCloseTo((l?.inventory ?? 0) - (l?.backorders ?? 0), 6);
    }
  });

  // No capacity at all for A (0 hours, no overtime, no subcontracting): the model is still feasible;
  // every unit of A waits. Backorders at 40 a unit-month: 60 x 3 + 90 x 2 + 140 x 1 = 500 unit-months.
  test("a plan that cannot meet demand ends with backorders, not infeasible", () => {
    const m = handPlan();
    m.capacity = (m.capacity ?? []).map((r) => ({ ...r, availableHours: 0, maxOvertimeHours: 0 }));
    m.finance = (m.finance ?? []).map((f) => ({ ...f, subcontractCost: null }));
    const b = balance(m);
    expect(series(b, "A", "production").every((v) => Math.abs(v) < 1e-9)).toBe(true);
    expect(series(b, "A", "backorders").map((v) => Math.round(v))).toEqual([60, 150, 290]);
    // B (100 a unit-month): 10 + 20 + 30 = 60 unit-months = 6,000; A: 500 x 40 = 20,000; C: 5.
    expect(b.objective).toBeCloseTo(20000 + 6000 + 5, 6);
  });
});
