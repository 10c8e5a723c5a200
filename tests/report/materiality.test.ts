/**
 * Materiality (SPEC "Output"): an exception below the `materiality` setting (default 0.5% of the
 * horizon's plan revenue, or the unit equivalent without prices) stays on its sheet but not on the
 * agenda. On a small plan worked by hand, read from sheets the way a user types them. History
 * 2026-01..06 (every family's actuals constant, so the statistical baseline is that constant with an
 * interval of zero width, and the plan below lies on it); plan 2026-07..08 (2026-Q3).
 *
 * - Kettles: plan 1,000 + 1,000 at $40 = $80,000 against a budget of 45,000 + 45,000 = $90,000:
 *   $10,000 below budget (−11.1%), at stake $10,000.
 * - Toasters: plan 500 + 500 at $30 = $30,000 against 15,200 + 15,200 = $30,400: $400 below (−1.3%,
 *   beyond the 1% tolerance), at stake $400.
 * - Leaf Blowers: actuals 100, Consensus Forecast 101 in every history month: e = −1 each, RSFE −6,
 *   MAD 1, tracking signal −6 (|TS| > 4), bias % −6 / 600 = −1.0%: the demand plan is biased. Its plan
 *   is 100 + 100 at a Unit Price of $0: plan revenue $0, so −1.0% of it is $0 at stake.
 * Plan revenue of the horizon = 80,000 + 30,000 + 0 = $110,000; materiality = 0.5% x 110,000 = $550.
 * Kettles ($10,000) is above it: on the agenda. Toasters ($400) and Leaf Blowers ($0) are below: on
 * Financial Gap and Demand Review, in the JSON, on the summary's exception list, not on the agenda.
 */
import type { CellValue } from "../../src/engine/grid";
import { resolveSettings, type Settings } from "../../src/engine/settings";
import { planExceptions } from "../../src/report/exceptions";
import { generatePack } from "../../src/report/generate";
import { isMaterial, materialityOf } from "../../src/report/materiality";
import type { SheetSpec } from "../../src/report/workbookSpec";
import { grid } from "../engine/read/grids";

const HISTORY = ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"];
const PLAN = ["2026-07", "2026-08"];

function demand(): CellValue[][] {
  const rows: CellValue[][] = [["Family", "Period", "Actual", "Consensus Forecast"]];
  const family = (name: string, actual: number, forecast: (t: number) => number, plan: number) => {
    HISTORY.forEach((p, t) => rows.push([name, p, actual, forecast(t)]));
    PLAN.forEach((p) => rows.push([name, p, null, plan]));
  };
  // Errors of ±1% with alternating sign: not biased.
  family("Kettles", 1000, (t) => (t % 2 === 0 ? 1010 : 990), 1000);
  family("Toasters", 500, (t) => (t % 2 === 0 ? 505 : 495), 500);
  family("Leaf Blowers", 100, () => 101, 100);
  return rows;
}

function finance(): CellValue[][] {
  const rows: CellValue[][] = [["Family", "Period", "Unit Price", "Unit Cost", "Budget Revenue"]];
  for (const p of PLAN) {
    rows.push(["Kettles", p, 40, 25, 45000], ["Toasters", p, 30, 20, 15200], ["Leaf Blowers", p, 0, 0, null]);
  }
  return rows;
}

function pack(settings: Partial<Settings> = {}) {
  return generatePack([grid("Demand", demand()), grid("Finance", finance())], resolveSettings(settings));
}

const rowsAfter = (sheet: SheetSpec, heading: string) => {
  const start = sheet.rows.findIndex((r) => r[0] === heading);
  expect(start).toBeGreaterThanOrEqual(0);
  const out = [];
  for (let r = start + 1; r < sheet.rows.length && sheet.rows[r].length > 0; r++) out.push(sheet.rows[r]);
  return out;
};
const AGENDA = "Executive agenda: issues the pre-S&OP could not resolve";
const agendaIssues = (summary: SheetSpec) =>
  rowsAfter(summary, AGENDA)
    .filter((r) => typeof r[0] === "number")
    .map((r) => r[1]);

describe("materiality on a plan worked by hand", () => {
  const p = pack();
  const exceptions = planExceptions(p.analysis);
  const summary = p.workbook.sheets.find((s) => s.name === "S&OP Summary")!;

  it("is 0.5% of the horizon's plan revenue", () => {
    expect(p.analysis.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(p.analysis.finance!.total.demandRevenue).toBeCloseTo(110000, 9);
    expect(materialityOf(p.analysis)).toEqual({
      threshold: expect.closeTo(550, 9),
      measure: "money",
      basis: "0.5% of plan revenue",
    });
  });

  it("judges each exception by its money at stake: $0 is never material", () => {
    expect(exceptions.map((e) => [e.title, e.impact, e.unresolved, e.material])).toEqual([
      ["Kettles 2026-Q3: revenue $10,000 below budget (-11.1%)", expect.closeTo(10000, 9), true, true],
      ["Toasters 2026-Q3: revenue $400 below budget (-1.3%)", expect.closeTo(400, 9), true, false],
      ["Leaf Blowers: Consensus Forecast over-forecast (bias -1.0%)", 0, true, false],
    ]);
  });

  it("keeps the one below materiality on its sheet, in the JSON and on the summary's list, but off the agenda", () => {
    const gap = p.workbook.sheets.find((s) => s.name === "Financial Gap")!;
    const toasters = rowsAfter(gap, "By family and quarter").find((r) => r[0] === "Toasters")!;
    expect(toasters).toContain(-400);
    const review = p.workbook.sheets.find((s) => s.name === "Demand Review")!;
    expect(review.rows.some((r) => r[0] === "Leaf Blowers" && r.includes("Consensus Forecast"))).toBe(true);
    expect(p.summary.exceptions.map((e) => [e.kind, e.impact, e.unresolved])).toEqual([
      ["revenueGap", expect.closeTo(10000, 9), true],
      ["revenueGap", expect.closeTo(400, 9), true],
      ["bias", 0, true],
    ]);
    // As many as fit stand before the agenda on the first printed page; the rest continue after it.
    const continued = summary.rows.find((r) => String(r[0]).startsWith("Exceptions that need a decision, continued"));
    const list = [
      ...rowsAfter(summary, "Exceptions that need a decision (largest money impact first)"),
      ...(continued ? rowsAfter(summary, String(continued[0])) : []),
    ].filter((r) => typeof r[0] === "number");
    expect(list).toHaveLength(3);
    expect(agendaIssues(summary)).toEqual(["Kettles 2026-Q3: revenue $10,000 below budget (-11.1%)"]);
  });

  it("says in one line how many were left off and the threshold", () => {
    expect(rowsAfter(summary, AGENDA)[0]).toEqual([
      "2 exceptions below materiality ($550, 0.5% of plan revenue) are on their sheets, not on the agenda.",
    ]);
  });

  it("takes the materiality setting instead of the default", () => {
    const low = pack({ materiality: 300 });
    const lowSummary = low.workbook.sheets[0];
    expect(materialityOf(low.analysis)).toEqual({ threshold: 300, measure: "money", basis: "the materiality setting" });
    // $400 is above $300 now; $0 still is not.
    expect(agendaIssues(lowSummary)).toEqual([
      "Kettles 2026-Q3: revenue $10,000 below budget (-11.1%)",
      "Toasters 2026-Q3: revenue $400 below budget (-1.3%)",
    ]);
    expect(rowsAfter(lowSummary, AGENDA)[0]).toEqual([
      "1 exception below materiality ($300, the materiality setting) is on its sheet, not on the agenda.",
    ]);

    const high = pack({ materiality: 20000 });
    const highSummary = high.workbook.sheets[0];
    expect(agendaIssues(highSummary)).toEqual([]);
    expect(rowsAfter(highSummary, AGENDA)).toEqual([
      ["3 exceptions below materiality ($20,000, the materiality setting) are on their sheets, not on the agenda."],
      ["Nothing to escalate above materiality."],
    ]);

    // Materiality 0: everything with money at stake is on the agenda, but $0 still is not.
    const none = pack({ materiality: 0 });
    expect(planExceptions(none.analysis).map((e) => e.material)).toEqual([true, true, false]);
  });

  it("never leaves off an exception whose impact cannot be measured", () => {
    const m = { threshold: 550, measure: "money" as const, basis: "" };
    expect(isMaterial({ impact: null, unitImpact: null }, m)).toBe(true);
    expect(isMaterial({ impact: 0, unitImpact: 5 }, { ...m, threshold: 0 })).toBe(false);
    expect(isMaterial({ impact: -550, unitImpact: null }, m)).toBe(true);
    expect(isMaterial({ impact: 549.99, unitImpact: null }, m)).toBe(false);
  });
});

/**
 * Without prices (no Finance sheet) the unit equivalent applies. Same demand, and a Supply sheet:
 * - Kettles: beginning inventory 0, production 1,000 then 900: met 1,000 and min(1,000, 0 + 900) = 900,
 *   100 units not met (projected inventory −100 in 2026-08);
 * - Toasters: production 500 then 495: 5 units not met;
 * - Leaf Blowers: production 100 and 100, all met.
 * Plan units = 2,000 + 1,000 + 200 = 3,200; materiality = 0.5% x 3,200 = 16 units. Kettles' shortage
 * (100 units) is on the agenda, Toasters' (5 units) is not; Leaf Blowers' bias is 1.0% x 200 = 2 units,
 * below too.
 */
describe("materiality without prices", () => {
  const supply: CellValue[][] = [["Family", "Period", "Planned Production", "Beginning Inventory"]];
  const production: Record<string, number[]> = { Kettles: [1000, 900], Toasters: [500, 495], "Leaf Blowers": [100, 100] };
  for (const [family, [a, b]] of Object.entries(production)) supply.push([family, PLAN[0], a, 0], [family, PLAN[1], b, null]);
  const p = generatePack([grid("Demand", demand()), grid("Supply", supply)], resolveSettings({ materiality: 300 }));
  const summary = p.workbook.sheets[0];

  it("compares each exception's units with 0.5% of the horizon's demand plan units", () => {
    expect(p.analysis.findings.filter((f) => f.severity === "error")).toEqual([]);
    // A setting in money cannot be compared with units: the unit equivalent applies, and the line says so.
    expect(materialityOf(p.analysis)).toMatchObject({ threshold: expect.closeTo(16, 9), measure: "units" });
    const exceptions = planExceptions(p.analysis);
    expect(exceptions.map((e) => [e.kind, e.unitImpact, e.material])).toEqual([
      ["bias", expect.closeTo(2, 9), false],
      ["shortage", 100, true],
      ["shortage", 5, false],
    ]);
    expect(agendaIssues(summary)).toHaveLength(1);
    expect(agendaIssues(summary)[0]).toMatch(/^Kettles: projected inventory below zero/);
    expect(rowsAfter(summary, AGENDA)[0]).toEqual([
      "2 exceptions below materiality (16 units, 0.5% of the plan's demand units: without prices the $300 setting cannot be compared) are on their sheets, not on the agenda.",
    ]);
  });
});
