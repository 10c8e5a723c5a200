/**
 * A Due typed as text is read where it can only mean one day (SPEC "Nothing typed into the pack is
 * lost"): 2026-10-15, 15 Oct 2026, Oct 15 2026, 15/10/2026 (the day above 12). 05/10/2026 is the 5th
 * of October or the 10th of May: not guessed, said. Anything else is kept as typed, with what to type.
 */
import { dueFromText, isDueBefore, readDue } from "../../src/engine/history";

describe("a Due typed as text", () => {
  it.each([
    ["2026-10-15"],
    ["2026/10/15"],
    ["15 Oct 2026"],
    ["15 October 2026"],
    ["15-Oct-2026"],
    ["15th of October, 2026"],
    ["Thu 15 Oct 2026"],
    ["Oct 15 2026"],
    ["Oct 15, 2026"],
    ["October 15th 2026"],
    ["  oct 15 2026 "],
    ["15/10/2026"],
    ["15.10.2026"],
    ["15-10-2026"],
    ["10/15/2026"],
  ])("reads %p as 2026-10-15", (typed) => {
    expect(dueFromText(typed)).toEqual({ kind: "date", date: "2026-10-15" });
    expect(readDue(typed)).toEqual({ due: "2026-10-15", problem: null });
  });

  it("reads a day and month that are the same either way round (05/05/2026)", () => {
    expect(readDue("05/05/2026")).toEqual({ due: "2026-05-05", problem: null });
  });

  it("does not guess 05/10/2026: it is kept as typed, with both readings to choose from", () => {
    expect(dueFromText("05/10/2026")).toEqual({ kind: "ambiguous", dates: ["2026-10-05", "2026-05-10"] });
    expect(readDue("05/10/2026")).toEqual({
      due: "05/10/2026",
      problem: "Due '05/10/2026' could be 5 October or 10 May 2026; type it as 2026-10-05 or 2026-05-10",
    });
  });

  it("keeps text that is no date as typed and says what to type, from the month it names", () => {
    // The month nearest the cycle's: October is a month before cycle 2026-11, March four months after.
    expect(readDue("end of Oct", null, "2026-11")).toEqual({
      due: "end of Oct",
      problem: "Due 'end of Oct' is not a date; type it as 2026-10-31",
    });
    expect(readDue("end of March", null, "2026-11").problem).toBe("Due 'end of March' is not a date; type it as 2027-03-31");
    expect(readDue("mid Feb 2027", null, "2026-11").problem).toBe("Due 'mid Feb 2027' is not a date; type it as 2027-02-15");
    expect(readDue("early December", null, "2026-11").problem).toBe("Due 'early December' is not a date; type it as 2026-12-01");
    // A day the month does not have, and text that names no month.
    expect(readDue("31 Apr 2026").problem).toBe("Due '31 Apr 2026' is not a date; type it as 2026-04-30");
    expect(readDue("31/02/2026").problem).toBe(
      "Due '31/02/2026' is not a date; type it as a date (such as 2026-10-31 or 31 Oct 2026)",
    );
    expect(readDue("next week")).toEqual({
      due: "next week",
      problem: "Due 'next week' is not a date; type it as a date (such as 2026-10-31 or 31 Oct 2026)",
    });
    expect(readDue("15/10/26").due).toBe("15/10/26"); // two-digit years are not read
  });

  it("reads dates and serials as before, and a blank Due as none", () => {
    // 2026-11-20 is 46,346 days after 1899-12-30.
    expect(readDue(46346, "yyyy-mm-dd")).toEqual({ due: "2026-11-20", problem: null });
    expect(readDue(new Date(Date.UTC(2026, 10, 20)))).toEqual({ due: "2026-11-20", problem: null });
    expect(readDue("  ")).toEqual({ due: null, problem: null });
    expect(readDue(12, "0").problem).toBe("Due 12 is not a date; type it as a date (such as 2026-10-31 or 31 Oct 2026)");
  });

  it("makes a Due read from text a date that can be Overdue", () => {
    const due = readDue("15 Oct 2026").due;
    expect(isDueBefore(due, "2026-11")).toBe(true); // 2026-10-15 is before 2026-11-01
    expect(isDueBefore(due, "2026-10")).toBe(false);
    expect(isDueBefore(readDue("05/10/2026").due, "2026-11")).toBe(false); // kept as text: never Overdue
  });
});
