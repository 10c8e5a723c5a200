import { ratedCapacity, capacityUtilization, capacityStatus } from "../../../src/engine/capacity";

describe("rated capacity (APICS: available time x utilization x efficiency)", () => {
  test("a two-shift work centre over a four-week month at 85% utilization and 110% efficiency", () => {
    // CPIM-style example: 2 shifts x 8 h x 5 days x 4 weeks = 320 h available.
    // 320 x 0.85 = 272 h actually worked; 272 x 1.10 = 299.2 standard hours of rated capacity.
    const available = 2 * 8 * 5 * 4;
    expect(available).toBe(320);
    expect(ratedCapacity(available, 0.85, 1.1)).toBeCloseTo(299.2, 10);
  });

  test("utilization and efficiency default to 100%", () => {
    expect(ratedCapacity(160)).toBe(160);
  });
});

describe("utilization of capacity = load / rated capacity", () => {
  test("a 272-hour load on the 299.2-hour work centre is 90.9%, a Warning at the 90% threshold", () => {
    // 272 / 299.2 = 0.90909...
    const u = capacityUtilization(272, 299.2);
    expect(u).toBeCloseTo(0.909091, 5);
    expect(capacityStatus(u, 0.9)).toBe("warning");
  });

  test("exactly 100% is not yet an overload; just above is", () => {
    expect(capacityStatus(capacityUtilization(299.2, 299.2), 0.9)).toBe("warning");
    expect(capacityStatus(capacityUtilization(300, 299.2), 0.9)).toBe("overload");
    expect(capacityStatus(capacityUtilization(200, 299.2), 0.9)).toBe("ok"); // 66.8%
  });

  test("load on a resource with no capacity is an infinite overload, never NaN", () => {
    expect(capacityUtilization(10, 0)).toBe(Infinity);
    expect(capacityStatus(Infinity, 0.9)).toBe("overload");
    expect(capacityUtilization(0, 0)).toBe(0);
  });
});
