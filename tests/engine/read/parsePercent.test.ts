import { parsePercent, RATE_RULE, CHANGE_RULE } from "../../../src/engine/read";

describe("percentages are read as fractions (SPEC: 0.85, 85% or 85)", () => {
  test("a fraction 0.85 is 85%", () => {
    expect(parsePercent(0.85, null, RATE_RULE)).toEqual({ kind: "number", value: 0.85 });
  });
  test("a cell formatted as 85% holds 0.85 and is read as 0.85", () => {
    expect(parsePercent(0.85, "0%", RATE_RULE)).toEqual({ kind: "number", value: 0.85 });
  });
  test("a formatted 150% cell (1.5) stays 1.5, not 1.5%", () => {
    expect(parsePercent(1.5, "0.0%", RATE_RULE)).toEqual({ kind: "number", value: 1.5 });
  });
  test("85 is 85 percent points = 0.85", () => {
    expect(parsePercent(85, null, RATE_RULE)).toEqual({ kind: "number", value: 0.85 });
  });
  test("text '85%' is 0.85", () => {
    expect(parsePercent("85%", null, RATE_RULE)).toEqual({ kind: "number", value: 0.85 });
  });
  test("a utilization of 1.1 (no format) is 110%, within the fraction limit of 2", () => {
    expect(parsePercent(1.1, null, RATE_RULE)).toEqual({ kind: "number", value: 1.1 });
  });
  test("a change of 10 is +10% and 0.1 is +10% too; -5 is -5%", () => {
    expect(parsePercent(10, null, CHANGE_RULE)).toEqual({ kind: "number", value: 0.1 });
    expect(parsePercent(0.1, null, CHANGE_RULE)).toEqual({ kind: "number", value: 0.1 });
    expect(parsePercent(-5, null, CHANGE_RULE)).toEqual({ kind: "number", value: -0.05 });
  });
  test("a change of 1 in a % cell is +100%, unformatted it is +1%", () => {
    expect(parsePercent(1, "0%", CHANGE_RULE)).toEqual({ kind: "number", value: 1 });
    expect(parsePercent(1, null, CHANGE_RULE)).toEqual({ kind: "number", value: 0.01 });
  });
  test("blank stays blank and text is invalid", () => {
    expect(parsePercent(null, null, RATE_RULE)).toEqual({ kind: "blank" });
    expect(parsePercent("high", null, RATE_RULE)).toEqual({ kind: "invalid", shown: "'high'", excelError: false });
    expect(parsePercent("x%", null, RATE_RULE)).toEqual({ kind: "invalid", shown: "'x%'", excelError: false });
  });
});
