/**
 * The agenda's options for a family's exception quote that family's own figures in each scenario, not
 * the scenario's revenue over all families. A plan worked by hand: Kettles ($40) and Toasters ($30);
 * history 2026-01..06, plan 2026-07..08; no Scenarios sheet, so the defaults run: Optimistic (+10%
 * demand, all families) and Pessimistic (−10%).
 *
 * - Kettles' Consensus Forecast (the demand plan) is 120 against actuals of 100 in every history month:
 *   tracking signal −6, bias % −20%: the demand plan is biased, on the agenda. Its plan: 240 and 300.
 *   Plan revenue (240 + 300) x $40 = $21,600; Optimistic 1.1 x 21,600 = $23,760; Pessimistic $19,440.
 * - Toasters: actuals 50, Consensus 51 / 49 by turns (not biased); plan 100 and 100: $6,000.
 * All families: $27,600 as given, Optimistic $30,360, Pessimistic $24,840: the figures the options
 * quoted before, which are not Kettles'.
 */
import type { CellValue } from "../../src/engine/grid";
import { resolveSettings } from "../../src/engine/settings";
import { generatePack } from "../../src/report/generate";
import type { CellGrid } from "../../src/engine/grid";
import { grid } from "../engine/read/grids";

const HISTORY = ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"];
const PLAN = ["2026-07", "2026-08"];

function sheets(withSupply: boolean): CellGrid[] {
  const demand: CellValue[][] = [["Family", "Period", "Actual", "Consensus Forecast"]];
  HISTORY.forEach((p) => demand.push(["Kettles", p, 100, 120]));
  demand.push(["Kettles", PLAN[0], null, 240], ["Kettles", PLAN[1], null, 300]);
  HISTORY.forEach((p, t) => demand.push(["Toasters", p, 50, t % 2 === 0 ? 51 : 49]));
  PLAN.forEach((p) => demand.push(["Toasters", p, null, 100]));
  const out = [
    grid("Demand", demand),
    grid("Finance", [
      ["Family", "Unit Price", "Unit Cost"],
      ["Kettles", 40, 25],
      ["Toasters", 30, 20],
    ]),
  ];
  if (withSupply)
    out.push(
      grid("Supply", [
        ["Family", "Period", "Planned Production", "Beginning Inventory"],
        ["Kettles", PLAN[0], 240, 0],
        ["Kettles", PLAN[1], 300, null],
        ["Toasters", PLAN[0], 100, 0],
        ["Toasters", PLAN[1], 100, null],
      ]),
    );
  return out;
}

/** The Options Found of the agenda row whose issue starts with `issue`. */
function agendaOptions(grids: CellGrid[], issue: string): string {
  const summary = generatePack(grids, resolveSettings()).workbook.sheets[0];
  const header = summary.rows.findIndex((r) => r[0] === "#" && r[1] === "Issue");
  expect(header).toBeGreaterThanOrEqual(0);
  const row = summary.rows.slice(header + 1).find((r) => typeof r[1] === "string" && r[1].startsWith(issue));
  expect(row).toBeDefined();
  return row![4] as string;
}

describe("the options of a family's exception", () => {
  it("quote the family's revenue in each scenario that changes its demand, and as given", () => {
    const options = agendaOptions(sheets(false), "Kettles: Consensus Forecast over-forecast (bias -20.0%)");
    expect(options).toBe(
      "Take the bias out of the Consensus Forecast (scale it by actual / forecast); scenarios that change Kettles' demand: " +
        "Optimistic (Kettles revenue $23,760), Pessimistic (Kettles revenue $19,440), against $21,600 in Most Likely.",
    );
    // Not the all-families revenue of the scenarios.
    for (const total of ["$30,360", "$24,840", "$27,600"]) expect(options).not.toContain(total);
  });

  it("count the family's revenue as what supply can meet", () => {
    // Supply as given: Kettles 240 and 300 from no stock. Optimistic's demand 264 and 330: met 240, then
    // min(330, max(0, −24) + 300) = 300: 540 x $40 = $21,600. Pessimistic's 216 and 270: met 216, then
    // min(270, 24 + 300) = 270: 486 x $40 = $19,440. Most Likely meets 240 + 300: $21,600.
    const options = agendaOptions(sheets(true), "Kettles: Consensus Forecast over-forecast (bias -20.0%)");
    expect(options).toContain(
      "Optimistic (Kettles revenue $21,600), Pessimistic (Kettles revenue $19,440), against $21,600 in Most Likely.",
    );
  });
});
