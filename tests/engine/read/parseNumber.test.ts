import { parseNumber } from "../../../src/engine/read";

describe("numbers in quantity columns", () => {
  test.each([
    ["a number", 1250, 1250],
    ["zero", 0, 0],
    ["numeric text", "1250", 1250],
    ["text with thousands separators", "1,234,567.5", 1234567.5],
    ["text with spaces as thousands separators", "1 234", 1234],
    ["a currency amount", "$12.50", 12.5],
    ["an accounting negative", "(150)", -150],
    ["a signed number", "-3.5", -3.5],
    ["a number with spaces around it", " 42 ", 42],
  ])("%s is read", (_label, value, expected) => {
    expect(parseNumber(value)).toEqual({ kind: "number", value: expected });
  });

  test("blank cells and cells of spaces are blank, not zero", () => {
    expect(parseNumber(null)).toEqual({ kind: "blank" });
    expect(parseNumber("   ")).toEqual({ kind: "blank" });
  });

  test.each([
    ["text", "n/a", "'n/a'", false],
    ["a misplaced thousands separator", "12,34", "'12,34'", false],
    ["an Excel error value", { error: "#N/A" }, "#N/A", true],
    ["a division error", { error: "#DIV/0!" }, "#DIV/0!", true],
    ["a boolean", true, "TRUE", false],
    ["a date", new Date(Date.UTC(2026, 0, 1)), "2026-01-01", false],
  ])("%s is not a number and is shown as the planner sees it", (_label, value, shown, excelError) => {
    expect(parseNumber(value as never)).toEqual({ kind: "invalid", shown, excelError });
  });
});
