import { parsePeriod, isDateFormat } from "../../../src/engine/read";

// Excel serials (1900 date system): DATE(2024,1,1) = 45292 (Microsoft, "DATE function" examples);
// 2024 is a leap year, so 2025-01-01 = 45292 + 366 = 45658 and 2026-01-01 = 45658 + 365 = 46023.
describe("a period cell is bucketed to its month", () => {
  test.each([
    ["an Excel date serial for 1 Jan 2026", 46023, "2026-01"],
    ["a serial for 31 Jan 2026 (46023 + 30)", 46053, "2026-01"],
    ["a serial for 1 Feb 2026 (46023 + 31)", 46054, "2026-02"],
    ["a serial with a time of day", 46053.75, "2026-01"],
    ["a yyyymm number", 202603, "2026-03"],
    ["text 2026-01", "2026-01", "2026-01"],
    ["text 2026-1", "2026-1", "2026-01"],
    ["text 2026/07", "2026/07", "2026-07"],
    ["an ISO date inside the month", "2026-01-15", "2026-01"],
    ["an ISO date-time", "2026-11-30T00:00:00", "2026-11"],
    ["Jan 2026", "Jan 2026", "2026-01"],
    ["January 2026", "January 2026", "2026-01"],
    ["Sept 2026", "Sept 2026", "2026-09"],
    ["dec-2025 in lower case", "dec-2025", "2025-12"],
    ["Excel's mmm-yy display Jan-26", "Jan-26", "2026-01"],
    ["15-Jan-2026", "15-Jan-2026", "2026-01"],
    ["2026 Mar", "2026 Mar", "2026-03"],
    ["month/year 03/2026", "03/2026", "2026-03"],
    ["US month/day/year 1/15/2026", "1/15/2026", "2026-01"],
    ["US month/day/year 2/1/2026 is February", "2/1/2026", "2026-02"],
    ["day/month/year when the first number cannot be a month", "15/02/2026", "2026-02"],
    ["text with surrounding spaces", "  2026-04 ", "2026-04"],
    ["a serial as text", "46023", "2026-01"],
  ])("%s", (_label, value, expected) => {
    expect(parsePeriod(value)).toBe(expected);
  });

  test("a JS Date at UTC midnight (as ExcelJS gives it) stays in its month", () => {
    expect(parsePeriod(new Date(Date.UTC(2026, 0, 1)))).toBe("2026-01");
    expect(parsePeriod(new Date(Date.UTC(2026, 0, 31)))).toBe("2026-01");
  });

  test("a JS Date at local midnight on the 1st stays in its month whatever the time zone (+-12 h)", () => {
    // 1 Feb 2026 00:00 at UTC+2 is 31 Jan 22:00 UTC; at UTC-5 it is 1 Feb 05:00 UTC.
    expect(parsePeriod(new Date(Date.UTC(2026, 0, 31, 22)))).toBe("2026-02");
    expect(parsePeriod(new Date(Date.UTC(2026, 1, 1, 5)))).toBe("2026-02");
  });

  test("a small number in a date-formatted cell is still read as a serial", () => {
    // 36526 = 1 Jan 2000 (46023 minus 26 years of 365 days and 7 leap days 2000..2024 = 9497 days).
    expect(parsePeriod(36526, "mmm-yy")).toBe("2000-01");
  });

  test.each([
    ["a quantity that is not a plausible serial", 1250],
    ["a month number alone", 13],
    ["text that is not a month", "n/a"],
    ["a month name without a year", "Jan"],
    ["month 13", "2026-13"],
    ["day 32", "2026-01-32"],
    ["a word that only starts like a month", "Marchx 2026"],
    ["an Excel error", { error: "#N/A" }],
    ["a boolean", true],
    ["blank", null],
  ])("%s is not a period", (_label, value) => {
    expect(parsePeriod(value as never)).toBeNull();
  });
});

describe("date number formats", () => {
  test("are told apart from number and percent formats", () => {
    expect(isDateFormat("mmm-yy")).toBe(true);
    expect(isDateFormat("yyyy-mm-dd")).toBe(true);
    expect(isDateFormat("m/d/yyyy")).toBe(true);
    expect(isDateFormat("#,##0")).toBe(false);
    expect(isDateFormat("0.0%")).toBe(false);
    expect(isDateFormat('[Red]#,##0;"days"')).toBe(false);
  });
});
