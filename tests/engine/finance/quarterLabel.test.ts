import { quarterLabel } from "../../../src/engine/finance/quarter";

describe("quarter labels", () => {
  // The sample's horizon runs 2026-11 to 2028-04: 2026-Q4 has November and December (2 of 3 months),
  // 2028-Q2 has April only (1 of 3); the quarters between are whole.
  const horizon = Array.from({ length: 18 }, (_, i) => {
    const m = 10 + i; // 0-based months from 2026-01
    return `${2026 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}`;
  });

  test("a quarter the horizon covers only in part says how much of it", () => {
    expect(horizon[0]).toBe("2026-11");
    expect(horizon[17]).toBe("2028-04");
    expect(quarterLabel("2026-Q4", horizon)).toBe("2026-Q4 (2 of 3 mo.)");
    expect(quarterLabel("2028-Q2", horizon)).toBe("2028-Q2 (1 of 3 mo.)");
  });

  test("a whole quarter keeps its plain name", () => {
    expect(quarterLabel("2027-Q1", horizon)).toBe("2027-Q1");
    expect(quarterLabel("2028-Q1", horizon)).toBe("2028-Q1");
  });
});
