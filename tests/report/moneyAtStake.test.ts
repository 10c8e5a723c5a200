/**
 * Money at stake on the summary (SPEC "Output"), on a small plan worked by hand, read from sheets the way
 * a user types them. Kettles ($40, cost $25) and Toasters ($30, cost $20); history 2026-01..06, plan
 * 2026-07..08.
 *
 * - Kettles' Sales Forecast is 120 against actuals of 100 in all six history months: e = -20 each,
 *   RSFE = -120, MAD = 20, tracking signal = -6 (|TS| > 4): flagged over-forecast, bias % = -120 / 600
 *   = -20%. The Consensus Forecast (the demand plan) alternates 102 / 98: RSFE = 0, not biased. The old
 *   rule priced the Sales Forecast at 20% x Kettles' plan revenue $21,600 = $4,320; it never reaches
 *   the plan, so it is shown with its FVA and no money.
 * - Press: 100 h a month, up to 40 overtime hours at $50. Kettles 0.5 h per unit, plan 240 and 300 units:
 *   load 120 h and 150 h, 20 h and 50 h over, in consecutive months: one exception.
 *   2026-07: overtime 20 h x $50 = $1,000. 2026-08: overtime 40 h x $50 = $2,000; no spare earlier
 *   (2026-07 is overloaded itself); 10 h uncovered = 10 / 0.5 = 20 Kettles x $40 = $800.
 *   Money at stake = 1,000 + 2,000 + 800 = $3,800.
 * - Kettles 2026-Q3: plan revenue (240 + 300) x $40 = $21,600 against budget 10,000 + 14,000 = $24,000:
 *   $2,400 below budget (-10%), at stake $2,400.
 * - Toasters 2026-Q3: plan (100 + 100) x $30 = $6,000 against budget $5,000: $1,000 above (+20%), upside:
 *   shown, not ranked, not on the agenda.
 * - Plan against the statistical baseline: both histories are constant (Kettles 100, Toasters 50), so
 *   the baseline is that constant with a 95% interval of zero width. Kettles' plan lies above it by
 *   (240 - 100) + (300 - 100) = 340 units x $40 = $13,600; Toasters' by (100 - 50) x 2 = 100 x $30 = $3,000.
 * Ranking: Kettles beyond the baseline $13,600, overload $3,800, Toasters beyond the baseline $3,000,
 * Kettles gap $2,400, then the unpriced: Sales Forecast bias, Toasters upside.
 */
import type { CellValue } from "../../src/engine/grid";
import { resolveSettings } from "../../src/engine/settings";
import { planExceptions } from "../../src/report/exceptions";
import { generatePack } from "../../src/report/generate";
import { grid } from "../engine/read/grids";

const HISTORY = ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"];
const PLAN = ["2026-07", "2026-08"];

function demand(): CellValue[][] {
  const rows: CellValue[][] = [["Family", "Period", "Actual", "Sales Forecast", "Consensus Forecast"]];
  HISTORY.forEach((p, t) => rows.push(["Kettles", p, 100, 120, t % 2 === 0 ? 102 : 98]));
  rows.push(["Kettles", PLAN[0], null, 290, 240], ["Kettles", PLAN[1], null, 360, 300]);
  HISTORY.forEach((p) => rows.push(["Toasters", p, 50, 50, 50]));
  PLAN.forEach((p) => rows.push(["Toasters", p, null, 100, 100]));
  return rows;
}

function moneyPlan() {
  return generatePack(
    [
      grid("Demand", demand()),
      grid("Supply", [
        ["Family", "Period", "Planned Production", "Beginning Inventory"],
        ["Kettles", PLAN[0], 240, 0],
        ["Kettles", PLAN[1], 300, null],
        ["Toasters", PLAN[0], 100, 0],
        ["Toasters", PLAN[1], 100, null],
      ]),
      grid("Capacity", [
        ["Resource", "Period", "Available Hours", "Max Overtime Hours", "Overtime Cost"],
        ["Press", PLAN[0], 100, 40, 50],
        ["Press", PLAN[1], 100, 40, 50],
      ]),
      grid("Bill of Resources", [
        ["Family", "Resource", "Hours per Unit"],
        ["Kettles", "Press", 0.5],
      ]),
      grid("Finance", [
        ["Family", "Period", "Unit Price", "Unit Cost", "Budget Revenue"],
        ["Kettles", PLAN[0], 40, 25, 10000],
        ["Kettles", PLAN[1], 40, 25, 14000],
        ["Toasters", PLAN[0], 30, 20, 2500],
        ["Toasters", PLAN[1], 30, 20, 2500],
      ]),
    ],
    resolveSettings(),
  );
}

describe("money at stake on a plan worked by hand", () => {
  const pack = moneyPlan();
  const exceptions = planExceptions(pack.analysis);

  const ofKind = (kind: string) => exceptions.filter((e) => e.kind === kind);

  it("ranks by money: plans beyond the baseline and the overload, then the shortfall; bias and upside carry none", () => {
    expect(pack.analysis.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(exceptions.map((e) => [e.kind, e.impact])).toEqual([
      ["planOutsideBaseline", expect.closeTo(13600, 9)],
      ["overload", expect.closeTo(3800, 9)],
      ["planOutsideBaseline", expect.closeTo(3000, 9)],
      ["revenueGap", expect.closeTo(2400, 9)],
      ["bias", null],
      ["revenueGap", null],
    ]);
  });

  it("makes one exception of consecutive overloaded months and says how its money is made up", () => {
    const overload = ofKind("overload")[0];
    expect(overload.title).toBe("Press overloaded in 2026-07 to 2026-08 (2 months): up to 150.0%, 70 h over");
    expect(overload.impactBasis).toBe(
      "Overtime 60 h × Overtime Cost = $3,000; 10 h nothing covers: Kettles 20 units of revenue $800.",
    );
    expect(overload.unresolved).toBe(true);
    expect(overload.decision).toBe("Approve 10 h of subcontracting or reshape demand (after overtime 60 h and pre-build 0 h).");
  });

  it("shows the Sales Forecast bias the consensus corrected with its FVA, off the agenda", () => {
    const bias = ofKind("bias")[0];
    expect(bias.title).toBe(
      "Kettles: Sales Forecast over-forecast (bias -20.0%), corrected in the Consensus Forecast (bias 0.0%)",
    );
    // FVA of the Sales Forecast against the naive forecast (last month's actual, 100 every month from
    // 2026-02): WMAPE(naive) = 0 over 2026-02..06, WMAPE(sales) = 20%, so FVA = -20 pp.
    expect(bias.impactBasis).toContain("FVA −20.0 pp against the naive forecast");
    expect(bias.unresolved).toBe(false);
  });

  it("lists a plan above budget as upside, not money at stake, and keeps it off the agenda", () => {
    const upside = ofKind("revenueGap")[1];
    expect(upside.title).toBe("Toasters 2026-Q3: revenue $1,000 above budget (20.0%), upside");
    expect(upside.unresolved).toBe(false);
    expect(exceptions.filter((e) => e.unresolved).map((e) => e.kind)).toEqual([
      "planOutsideBaseline",
      "overload",
      "planOutsideBaseline",
      "revenueGap",
    ]);
  });

  it("asks for the assumption behind a plan the history does not support", () => {
    const [kettles, toasters] = ofKind("planOutsideBaseline");
    expect(kettles.title).toBe("Kettles' Consensus Forecast lies outside the baseline's 95% interval: above in 2026-07, 2026-08");
    expect(toasters.title).toMatch(
      /^Toasters' Consensus Forecast lies outside the baseline's 95% interval: above in 2026-07, 2026-08/,
    );
    expect(kettles.owner).toBe("Demand");
    expect(kettles.sheet).toBe("Baseline Forecast");
  });
});
