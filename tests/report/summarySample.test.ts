/**
 * The executive summary on the sample workbook (samples/sop-sample.xlsx, read with the xlsx host and
 * the readers): it leads with the planted problems (samples/PLANTED.md), in order of money impact.
 *
 * Money at stake by hand from the planted figures (SPEC "Output"):
 * 1. Espresso Machines 2027-Q1: $1,688,240 - $2,138,240 = -$450,000 (PLANTED.md 3): $450,000 short of budget.
 * 2. Paint Shop, 2027-06 to 2027-08: three consecutive overloaded months, one exception (PLANTED.md 2).
 *    Overloads 120 + 200 + 140 = 460 h; overtime 100 h a month covers 300 h at the Overtime Cost of
 *    $60 an hour = $18,000; pre-build covers the other 160 h (June 20 h and July 100 h from May's 148 h
 *    spare, August 28 h from May's rest and 12 h from April), nothing is left uncovered: $18,000.
 * 3. Blenders' Sales Forecast, bias % = -5,613 / 37,420 = -15.0% (PLANTED.md 1), but the demand plan
 *    (Consensus Forecast, errors of 3% with alternating sign) is unbiased: the consensus corrected it,
 *    so it is shown with its FVA and no money (the old rule said 15% x $5,385,600 = $807,840).
 * Nothing else is an exception: no other bias flag, no shortage, every other family-quarter within 1%.
 */
import * as fs from "fs";
import * as path from "path";
import type { CellGrid } from "../../src/engine/grid";
import { resolveSettings } from "../../src/engine/settings";
import { readXlsx } from "../../src/hosts/xlsx";
import { planExceptions } from "../../src/report/exceptions";
import { generatePack, type PackResult } from "../../src/report/generate";
import type { SheetSpec } from "../../src/report/workbookSpec";

const SAMPLE = path.join(__dirname, "..", "..", "samples", "sop-sample.xlsx");
let grids: CellGrid[];
let pack: PackResult;
let summary: SheetSpec;

beforeAll(async () => {
  grids = await readXlsx(fs.readFileSync(SAMPLE));
  pack = generatePack(grids, resolveSettings(), undefined, {
    inputName: "sop-sample.xlsx",
    asOf: new Date("2026-12-01T09:00:00Z"),
  });
  summary = pack.workbook.sheets[0];
});

/** Blenders' consensus over the plan months, from the raw Demand cells (PLANTED.md: family-major,
 * Blenders is family 5, months 24..41 of each family are the plan; Consensus Forecast is column F). */
function blendersPlanUnits(): number {
  const demand = grids.find((g) => g.sheet === "Demand")!;
  let total = 0;
  for (let t = 24; t < 42; t++) {
    const row = demand.values[1 + 42 * 5 + t];
    expect(row[0]).toBe("Blenders");
    total += row[5] as number;
  }
  return total;
}

const rowsAfter = (sheet: SheetSpec, heading: string): (string | number | boolean | Date | null)[][] => {
  const start = sheet.rows.findIndex((r) => r[0] === heading);
  const out = [];
  for (let r = start + 1; r < sheet.rows.length && sheet.rows[r].length > 0; r++) out.push(sheet.rows[r]);
  return out;
};

describe("the executive summary on the sample workbook", () => {
  it("ranks the planted problems by money impact", () => {
    expect(blendersPlanUnits()).toBe(54400);
    const exceptions = planExceptions(pack.analysis);
    expect(exceptions.map((e) => [e.kind, e.owner, e.sheet])).toEqual([
      ["revenueGap", "Finance", "Financial Gap"],
      ["overload", "Supply", "Capacity Check"],
      ["bias", "Demand", "Demand Review"],
    ]);
    expect(exceptions.map((e) => e.impact)).toEqual([expect.closeTo(450000, 6), expect.closeTo(300 * 60, 9), null]);
    // The money the old rule put first: 15% of Blenders' plan revenue, 54,400 units x $99.
    expect(0.15 * 99 * blendersPlanUnits()).toBeCloseTo(807840, 6);
    expect(exceptions[0].title).toMatch(/^Espresso Machines 2027-Q1: revenue \$450,000 below budget/);
    expect(exceptions[1].title).toBe("Paint Shop overloaded in 2027-06 to 2027-08 (3 months): up to 124.7%, 460 h over");
    expect(exceptions[2].title).toMatch(
      /^Blenders: Sales Forecast over-forecast \(bias -15\.0%\), corrected in the Consensus Forecast/,
    );
  });

  it("lists the exceptions on the summary with the decision, the owner role and a link to the detail sheet", () => {
    // Under the heading, two lines say how money at stake is priced, then the table.
    const section = rowsAfter(summary, "Exceptions that need a decision (largest money impact first)");
    expect(String(section[0][0])).toMatch(/^Money at stake in the plan as given: bias/);
    expect(String(section[1][0])).toMatch(/^overload = overtime hours × Overtime Cost/);
    const table = section.slice(2);
    expect(table[0][0]).toBe("#");
    // As many as fit stand on the first printed page with the agenda; the rest continue after it.
    const continued = summary.rows.findIndex((r) => String(r[0]).startsWith("Exceptions that need a decision, continued"));
    const body = [...table.slice(1), ...(continued >= 0 ? rowsAfter(summary, String(summary.rows[continued][0])).slice(1) : [])];
    expect(body.map((r) => [r[0], r[2]])).toEqual([
      [1, "Finance"],
      [2, "Supply"],
      [3, "Demand"],
    ]);
    expect(body[0][3]).toBeCloseTo(450000, 6);
    expect(body[1][5]).toBe("Approve overtime 300 h and pre-building 160 h (from 2027-04, 2027-05).");
    const headerRow = summary.rows.findIndex((r) => r[0] === "#" && r[1] === "Exception");
    const linked = (summary.links ?? []).filter((l) => Number(l.cell.slice(1)) - 1 > headerRow && l.cell.startsWith("G"));
    expect(linked.map((l) => l.sheet)).toEqual(["Financial Gap", "Capacity Check", "Demand Review"]);
  });

  it("puts on the executive agenda only what the pre-S&OP could not resolve, with empty Decision / Owner / Due", () => {
    const section = rowsAfter(summary, "Executive agenda: issues the pre-S&OP could not resolve");
    // Materiality: 0.5% of plan revenue $65,751,840 = $328,759.20. The Espresso gap ($450,000) is above
    // it; the Paint Shop overload ($18,000) is below, but it is resolved, so off the agenda anyway.
    expect(section[0]).toEqual(["No exception was left off the agenda as below materiality ($328,759, 0.5% of plan revenue)."]);
    const agenda = section.slice(1);
    expect(agenda[0]).toEqual([
      "#",
      "Issue",
      "Raised By",
      "Money Impact",
      "Options Found",
      "Decision",
      "Owner",
      "Due",
      "Decided",
      "Key",
    ]);
    // The Paint Shop overloads are covered by overtime and pre-build (no subcontract remainder), and the
    // consensus corrected Blenders' Sales Forecast, so both stay off.
    expect(agenda.slice(1).map((r) => (r[1] as string).split(":")[0])).toEqual(["Espresso Machines 2027-Q1"]);
    // Decision, Owner, Due and Decided empty; the key last.
    for (const r of agenda.slice(1)) expect(r.slice(5)).toEqual([null, null, null, null, "revenueGap|Espresso Machines|2027-Q1"]);
    // Options: the family's own figures, the Espresso gap of the quarter in each scenario (not the
    // scenarios' revenue over all families). Optimistic: 3,760 x 1.1 x $449 - $2,138,240 = -$281,176.
    expect(agenda[1][4]).toContain("; Espresso Machines 2027-Q1 gap in the scenarios: Optimistic -$281,176,");
  });

  it("shows the key figures at the top", () => {
    const figures = rowsAfter(summary, "Key figures").slice(1);
    const figure = (label: string) => figures.find((r) => r[0] === label)!;
    expect(figure("Families with a biased forecast").slice(1, 2)).toEqual([1]);
    expect(figure("Overloaded resource-months")[1]).toBe(3);
    expect(figure("Overloaded resource-months")[5]).toBe("Paint Shop: 2027-06, 2027-07, 2027-08");
    expect(figure("Shortage family-months")[1]).toBe(0);
    const accuracy = figure("Forecast accuracy (1 − WMAPE)")[1] as number;
    // Consensus errors are 3% of actual with alternating sign (PLANTED.md 1), so WMAPE is about 3%.
    expect(accuracy).toBeGreaterThan(0.965);
    expect(accuracy).toBeLessThan(0.975);
  });

  it("draws revenue vs budget, the most constrained resources' utilization, the accuracy trend and the scenarios from data kept on the sheet", () => {
    expect(summary.charts!.map((c) => c.title)).toEqual([
      "Revenue and margin vs budget by month",
      "Utilization of the most constrained resources (100% = rated capacity)",
      "Forecast accuracy by month (1 − WMAPE, Consensus Forecast)",
      "Revenue and margin by scenario",
      "Revenue bridge: budget → volume → mix → price → plan",
    ]);
    const [revenue, utilization, accuracy, scenarios, bridge] = summary.charts!;
    const headerOf = (range: string) => {
      const row = Number(/\d+/.exec(range)![0]) - 1;
      return summary.rows[row];
    };
    expect(headerOf(revenue.dataRange)).toEqual(["Period", "Revenue", "Budget Revenue", "Margin", "Budget Margin"]);
    // Paint Shop is the most constrained resource (124.7% in 2027-07).
    expect(headerOf(utilization.dataRange)[1]).toBe("Paint Shop");
    const july = summary.rows.find((r, i) => i > Number(/\d+/.exec(utilization.dataRange)![0]) - 1 && r[0] === "2027-07")!;
    // 1,010 / 810 = 124.69%, a percentage kept to 6 decimals in the pack (1.2469135... -> 1.246914).
    expect(july[1]).toBe(1.246914);
    // The last 12 months of history, each about 97% accurate (Consensus errors are about 3% of actual).
    const trendStart = Number(/\d+/.exec(accuracy.dataRange)![0]);
    const trend = summary.rows.slice(trendStart, trendStart + 12);
    expect(trend.map((r) => r[0])).toEqual([
      "2025-11",
      "2025-12",
      ...Array.from({ length: 10 }, (_, i) => `2026-${String(i + 1).padStart(2, "0")}`),
    ]);
    for (const r of trend) expect(Math.abs((r[1] as number) - 0.97)).toBeLessThan(0.015);
    expect(headerOf(scenarios.dataRange)).toEqual(["Scenario", "Revenue", "Margin"]);
    // The charts sit in the band under the agenda, three across columns A-H, inside the printed page.
    expect(summary.charts!.map((c) => c.anchor.replace(/\d+/, ""))).toEqual(["A", "C", "F", "A", "C"]);
    // The bridge starts at the budget ($66,147,427) and ends at the plan ($65,751,840), the key figures'
    // revenue: its steps (increases − decreases) add up to the gap, −$395,587.
    expect(bridge.type).toBe("waterfall");
    const bridgeStart = Number(/\d+/.exec(bridge.dataRange)![0]);
    const steps = summary.rows.slice(bridgeStart, bridgeStart + 5);
    expect(steps.map((r) => r[0])).toEqual(["Budget", "Volume", "Mix", "Price", "Plan"]);
    expect(steps[0][4]).toBeCloseTo(66_147_427, 0);
    expect(steps[4][4]).toBeCloseTo(65_751_840, 0);
    const moved = steps.slice(1, 4).reduce((sum, r) => sum + ((r[2] as number | null) ?? 0) - ((r[3] as number | null) ?? 0), 0);
    expect(moved).toBeCloseTo(65_751_840 - 66_147_427, 0);
    const printedRows = Number(/\d+$/.exec(summary.page!.printArea!)![0]);
    for (const c of summary.charts!) expect(Number(/\d+/.exec(c.anchor)![0]) + c.height! - 1).toBeLessThanOrEqual(printedRows);
  });

  it("says which cycle, as of when and from which input, and prints landscape, fit to its width", () => {
    expect(summary.rows[1][0]).toBe("Cycle 2026-11 · as of 2026-12-01 · input: sop-sample.xlsx");
    // Fit to its width (8 columns, about 170 characters: 9-point text), the charts on a page of their own.
    expect(summary.page).toMatchObject({ orientation: "landscape", fit: "width", printArea: expect.stringMatching(/^A1:H\d+$/) });
    expect(summary.page?.scale).toBeUndefined();
    expect(summary.page?.rowBreaks).toHaveLength(2);
  });

  it("writes the scenarios into the JSON summary", () => {
    const s = pack.summary.scenarios;
    expect(s.map((x) => x.name)).toEqual(["Most Likely", "Optimistic", "Pessimistic", "Paint Shop Upgrade"]);
    // Revenue is what supply can meet. Most Likely's supply meets all its demand (fill rate 100%), so its
    // revenue is the plan's: the Financial Gap total. Optimistic's +10% runs into the supply plan as
    // given (141 shortage family-months): less than 1.1 x Most Likely's revenue.
    expect(s[0].revenue!).toBeCloseTo(pack.analysis.finance!.total.demandRevenue!, 4);
    expect(s[1].shortages).toBe(141);
    expect(s[1].revenue!).toBeLessThan(1.1 * s[0].revenue!);
    expect(pack.analysis.scenarios!.results[1].kpis.fillRate!).toBeLessThan(0.95);
    expect(s[0].overloads).toBe(3);
    // Paint Shop Upgrade: 810 x 1.15 = 931.5 h rated; June 930 h is no longer an overload, July and August are.
    expect(s[3].overloads).toBe(2);
    // Its highest utilization: July 1,010 / 931.5 = 108.4%.
    expect(s[3].maxUtilization!).toBeCloseTo(1010 / 931.5, 9);
    expect(s[0].maxUtilization!).toBeCloseTo(1010 / 810, 9);
    // The supply plan as given meets every month of the plan (PLANTED.md "Supply against the demand plan").
    expect(s[0].shortages).toBe(0);
  });

  it("adds the scenario sheets after Financial Gap", () => {
    const names = pack.workbook.sheets.map((x) => x.name);
    expect(names.slice(names.indexOf("Financial Gap"))).toEqual([
      "Financial Gap",
      "Scenario Comparison",
      "Scen - Most Likely",
      "Scen - Optimistic",
      "Scen - Pessimistic",
      "Scen - Paint Shop Upgrade",
      "S&OP History",
    ]);
  });
});
