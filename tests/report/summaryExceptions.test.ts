/** Exceptions and the executive agenda on a hand-made plan (figures worked out in the comments). */
import { analyze } from "../../src/engine/analyze";
import { planExceptions } from "../../src/report/exceptions";
import { summarySheet } from "../../src/report/sheets/summarySheet";
import { scenarioPlan, settingsWith } from "../engine/scenarios/scenarioPlan";

// Press: 100 h rated, no overtime. Kettles 0.5 h per unit, $40; Toasters $30 (not on Press).
// Kettles production = demand 180, 260: load 90 h (10 h spare), 130 h: 30 h over in 2027-02;
// levers: overtime 0, pre-build 10 h (2027-01), subcontract 20 h.
// Toasters: beginning 10, supply 20, 50 against demand 50, 50:
//   2027-01 met = min(50, 10 + 20) = 30, I = -20; 2027-02 met = min(50, 0 + 50) = 50, I = -20. Unmet 20 units.
const model = scenarioPlan({
  demand: { Kettles: [180, 260], Toasters: [50, 50] },
  supply: { Kettles: [180, 260], Toasters: [20, 50] },
  beginning: { Toasters: 10 },
  scenarios: [["Press Up", null, null, 0.4, null, "Press"]],
});
const analysis = analyze(model, settingsWith(), []);

describe("exceptions of a hand-made plan", () => {
  const exceptions = planExceptions(analysis);

  it("prices the overload as the revenue of the hours nothing covers, and the shortage as unmet units x price", () => {
    // Overload: 30 h, of which pre-build covers 10 h; 20 h / 0.5 h per unit = 40 Kettles x $40 = $1,600.
    // Shortage: 20 Toasters x $30 = $600.
    expect(exceptions.map((e) => [e.kind, e.impact])).toEqual([
      ["overload", expect.closeTo(1600, 9)],
      ["shortage", expect.closeTo(600, 9)],
    ]);
    expect(exceptions[0].decision).toBe(
      "Approve 20 h of subcontracting or reshape demand (after overtime 0 h and pre-build 10 h).",
    );
    expect(exceptions[1].owner).toBe("Supply");
    expect(exceptions[1].sheet).toBe("Gap Table");
  });

  it("puts the overload with a subcontract remainder on the agenda, naming the scenario that removes it", () => {
    // Press Up: 100 x 1.4 = 140 h rated > 130 h: no overload.
    expect(exceptions[0].unresolved).toBe(true);
    expect(exceptions[0].options).toBe(
      "Overtime 0 h, pre-build 10 h (from 2027-01), subcontract or reshape demand 20 h. No overload in scenario: Press Up.",
    );
    const sheet = summarySheet(analysis, ["Data Quality", "Capacity Check", "Gap Table"]);
    const header = sheet.rows.findIndex((r) => r[0] === "#" && r[1] === "Issue");
    expect(sheet.rows[header + 1].slice(0, 3)).toEqual([1, "Press overloaded in 2027-02: 130.0%, 30 h over", "Supply"]);
    expect(sheet.rows[header + 2][1]).toMatch(/^Toasters: projected inventory below zero in 2 month\(s\) from 2027-01/);
  });

  it("says so when there is nothing to decide", () => {
    const calm = analyze(scenarioPlan(), settingsWith(), []);
    expect(planExceptions(calm)).toEqual([]);
    const sheet = summarySheet(calm, []);
    expect(
      sheet.rows.some((r) => r[0] === "None: no biased forecast, overload, shortage or revenue gap beyond 1% of budget."),
    ).toBe(true);
  });
});
