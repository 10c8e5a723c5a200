import { goldenSection, nelderMead } from "../../../src/engine/forecast/optimize";

describe("nelderMead", () => {
  it("finds the minimum of a shifted quadratic bowl: (x − 3)² + 2(y + 1)² has its minimum 0 at (3, −1)", () => {
    const r = nelderMead(([x, y]) => (x - 3) ** 2 + 2 * (y + 1) ** 2, [0, 0], { maxIter: 1000, tol: 1e-14, step: 1 });
    expect(r.x[0]).toBeCloseTo(3, 5);
    expect(r.x[1]).toBeCloseTo(-1, 5);
    expect(r.value).toBeLessThan(1e-9);
  });

  it("walks Rosenbrock's valley to (1, 1) from the classic start (−1.2, 1)", () => {
    const rosen = ([x, y]: number[]): number => 100 * (y - x * x) ** 2 + (1 - x) ** 2;
    const r = nelderMead(rosen, [-1.2, 1], { maxIter: 5000, tol: 1e-16 });
    expect(r.x[0]).toBeCloseTo(1, 3);
    expect(r.x[1]).toBeCloseTo(1, 3);
  });

  it("treats NaN as +Infinity, so a penalty region is avoided: minimum of x² restricted to x >= 1 is at 1", () => {
    const r = nelderMead(([x]) => (x >= 1 ? x * x : NaN), [3], { maxIter: 500, tol: 1e-14, step: 0.5 });
    expect(r.x[0]).toBeGreaterThanOrEqual(1);
    expect(r.x[0]).toBeCloseTo(1, 4);
  });

  it("works in one dimension and with a zero start (default step 0.1)", () => {
    const r = nelderMead(([x]) => (x - 0.25) ** 2, [0]);
    expect(r.x[0]).toBeCloseTo(0.25, 4);
  });
});

describe("goldenSection", () => {
  it("finds the minimum 2 of (x − 2)² on [0, 5]", () => {
    const r = goldenSection((x) => (x - 2) ** 2, 0, 5);
    expect(r.x).toBeCloseTo(2, 6);
  });

  it("returns the end point when the function is monotone on the bracket: x on [1, 4] → 1", () => {
    expect(goldenSection((x) => x, 1, 4).x).toBeCloseTo(1, 6);
  });
});
