/** The scenario sheets: valid, unique names; KPIs side by side with the best value highlighted. */
import { parseRangeAddress } from "../../src/engine/a1";
import { runScenarios } from "../../src/engine/scenarios";
import { scenarioComparisonSheet } from "../../src/report/sheets/scenarioComparisonSheet";
import { scenarioSheetNames } from "../../src/report/sheets/scenarioSheetName";
import { scenarioSheets } from "../../src/report/sheets/scenarioSheets";
import type { SheetSpec } from "../../src/report/workbookSpec";
import { scenarioPlan, settingsWith } from "../engine/scenarios/scenarioPlan";

const FIXED = [
  "S&OP Summary",
  "Data Quality",
  "Demand Review",
  "Capacity Check",
  "Gap Table",
  "Financial Gap",
  "Scenario Comparison",
];

function rowStarting(sheet: SheetSpec, label: string): number {
  const r = sheet.rows.findIndex((row) => row[0] === label);
  if (r < 0) throw new Error(`no row ${label}`);
  return r;
}

describe("scenario sheet names", () => {
  it("cuts long names to Excel's 31 characters", () => {
    const [name] = scenarioSheetNames(["Recession with a Paint Shop Upgrade in Q3"], FIXED);
    // "Scen - " (7) + the first 24 characters "Recession with a Paint S" = 31.
    expect(name).toBe("Scen - Recession with a Paint S");
    expect(name.length).toBe(31);
  });

  it("replaces the characters Excel forbids and keeps names unique ignoring case", () => {
    const names = scenarioSheetNames(["Demand +10% / Price: -5%", "Q3 [draft]?", "upside", "Upside", "UPSIDE"], FIXED);
    expect(names).toEqual([
      "Scen - Demand +10% - Price- -5%",
      "Scen - Q3 -draft--",
      "Scen - upside",
      "Scen - Upside (2)",
      "Scen - UPSIDE (3)",
    ]);
    for (const n of names) expect(n).not.toMatch(/[[\]:*?/\\]/);
  });

  it("makes a cut name unique within 31 characters", () => {
    const long = "A very long scenario name that goes on";
    const names = scenarioSheetNames([long, `${long} and on`], FIXED);
    // "Scen - " (7) + the first 24 characters "A very long scenario nam" = 31.
    expect(names[0]).toBe("Scen - A very long scenario nam");
    // Same first 24 characters: the second gets " (2)" within 31: 7 + 20 ("A very long scenario") + 4.
    expect(names[1]).toBe("Scen - A very long scenario (2)");
    expect(names.every((n) => n.length <= 31)).toBe(true);
  });

  it("never takes a fixed sheet name", () => {
    expect(scenarioSheetNames(["x"], ["Scen - X"])).toEqual(["Scen - x (2)"]);
  });
});

describe("Scenario Comparison sheet", () => {
  // Default scenarios on the two-family plan: Kettles [100, 200] at $40, Toasters [50, 50] at $30, Press
  // 100 h, Kettles 0.5 h per unit; supply = the plan's demand. Revenue is what supply can meet: Most
  // Likely $15,000; Optimistic's +10% cannot be met by supply as given, so $15,000 too (a tie); Pessimistic
  // (90%) $13,500.
  // Press load in 2027-02: 200 x 0.5 = 100 h (100%); Optimistic 220 x 0.5 = 110 h (110%); Pessimistic 90%.
  const comparison = runScenarios(scenarioPlan(), settingsWith());
  const names = scenarioSheetNames(
    comparison.results.map((r) => r.definition.name),
    FIXED,
  );
  const sheet = scenarioComparisonSheet(comparison, names);

  it("puts the KPIs side by side, one column per scenario", () => {
    const header = sheet.rows[rowStarting(sheet, "KPI")];
    expect(header).toEqual(["KPI", "Better", "Most Likely", "Optimistic", "Pessimistic"]);
    const revenue = sheet.rows[rowStarting(sheet, "Revenue")];
    expect(revenue[1]).toBe("Higher");
    expect(revenue.slice(2)).toEqual([expect.closeTo(15000, 9), expect.closeTo(15000, 9), expect.closeTo(13500, 9)]);
    // Fill rate: Optimistic meets 400 of its 440 units.
    expect(sheet.rows[rowStarting(sheet, "Fill Rate")].slice(2)).toEqual([1, expect.closeTo(400 / 440, 12), 1]);
  });

  it("highlights the best value of each row, every scenario that ties for it", () => {
    const bestCells = (label: string) => {
      const r = rowStarting(sheet, label);
      return (sheet.styles ?? [])
        .filter((s) => s.fill === "#C6EFCE")
        .map((s) => parseRangeAddress(s.range))
        .filter((a) => a.row1 === r)
        .map((a) => sheet.rows[rowStarting(sheet, "KPI")][a.col1]);
    };
    expect(bestCells("Revenue")).toEqual(["Most Likely", "Optimistic"]);
    expect(bestCells("Maximum Utilization")).toEqual(["Pessimistic"]);
    // Overloads: Most Likely 0 (100% is not above 100%), Optimistic 1, Pessimistic 0: a tie, both shown.
    expect(bestCells("Overloaded Resource-Months")).toEqual(["Most Likely", "Pessimistic"]);
  });

  it("shows each scenario's change against Most Likely", () => {
    const header = rowStarting(sheet, "Change against Most Likely") + 1;
    expect(sheet.rows[header]).toEqual(["KPI", "Better", "Optimistic", "Pessimistic"]);
    const revenue = sheet.rows.findIndex((row, i) => i > header && row[0] === "Revenue");
    // $15,000 - $15,000 = 0; $13,500 - $15,000 = -$1,500.
    expect(sheet.rows[revenue].slice(2)).toEqual([expect.closeTo(0, 9), expect.closeTo(-1500, 9)]);
    // Utilization changes in percentage points: 110% - 100% = +10 pp, 90% - 100% = -10 pp.
    const utilization = sheet.rows.findIndex((row, i) => i > header && row[0] === "Maximum Utilization (pp)");
    expect(sheet.rows[utilization].slice(2)).toEqual([expect.closeTo(10, 9), expect.closeTo(-10, 9)]);
    const format = (sheet.styles ?? []).find(
      (s) => parseRangeAddress(s.range).row1 === utilization && s.numberFormat,
    )?.numberFormat;
    expect(format).toBe('+0.0" pp";-0.0" pp";0.0" pp"');
  });

  it("links each scenario to its own sheet", () => {
    expect((sheet.links ?? []).map((l) => l.sheet)).toEqual(["Scen - Most Likely", "Scen - Optimistic", "Scen - Pessimistic"]);
  });
});

describe("Scen - <name> sheets", () => {
  it("show the scenario's projected inventory and revenue by family, one column per month", () => {
    const model = scenarioPlan({ scenarios: [["Kettles Up", 0.1, null, null, "Kettles", null]] });
    const comparison = runScenarios(model, settingsWith());
    const sheets = scenarioSheets(
      comparison,
      scenarioSheetNames(
        comparison.results.map((r) => r.definition.name),
        FIXED,
      ),
    );
    expect(sheets.map((s) => s.name)).toEqual(["Scen - Most Likely", "Scen - Kettles Up"]);
    const up = sheets[1];
    const headers = up.rows.map((r, i) => (r[0] === "Family" ? i : -1)).filter((i) => i >= 0);
    expect(headers).toHaveLength(2);
    const [inventoryHeader, revenueHeader] = headers;
    expect(up.rows[inventoryHeader]).toEqual(["Family", "Demand", "Supply", "Gap", "Shortage Months", "2027-01", "2027-02"]);
    const kettles = up.rows.find((r, i) => i > inventoryHeader && r[0] === "Kettles")!;
    // Demand 100 x 1.1 = 110 and 200 x 1.1 = 220 (total 330); supply as given 100 + 200 = 300; gap 300 - 330 = -30;
    // I(2027-01) = 0 + 100 - 110 = -10; I(2027-02) = -10 + 200 - 220 = -30: two shortage months.
    expect(kettles[1]).toBeCloseTo(330, 9);
    expect(kettles[2]).toBe(300);
    expect(kettles[3]).toBeCloseTo(-30, 9);
    expect(kettles[4]).toBe(2);
    expect(kettles[5]).toBeCloseTo(-10, 9);
    expect(kettles[6]).toBeCloseTo(-30, 9);
    // Toasters are not changed: demand = supply = 50 a month, inventory stays 0.
    const toasters = up.rows.find((r, i) => i > inventoryHeader && i < revenueHeader && r[0] === "Toasters")!;
    expect(toasters.slice(1)).toEqual([100, 100, 0, 0, 0, 0]);
    expect(up.rows[revenueHeader]).toEqual([
      "Family",
      "Demand Revenue",
      "Budget Revenue",
      "Revenue Gap",
      "Margin",
      "2027-01",
      "2027-02",
    ]);
    const kettlesRevenue = up.rows.find((r, i) => i > revenueHeader && r[0] === "Kettles")!;
    // Revenue 330 x $40 = $13,200; margin 330 x ($40 - $25) = $4,950; no budget, so no revenue gap.
    expect(kettlesRevenue[1]).toBeCloseTo(13200, 9);
    expect(kettlesRevenue[2]).toBeNull();
    expect(kettlesRevenue[4]).toBeCloseTo(4950, 9);
    expect(kettlesRevenue.slice(5)).toEqual([null, null]);
    // Backlog shows red across the month columns.
    expect(up.conditionalFormats).toContainEqual(
      expect.objectContaining({
        kind: "cellValue",
        range: `F${inventoryHeader + 2}:G${inventoryHeader + 3}`,
        operator: "lessThan",
        values: [0],
      }),
    );
    expect(up.rows.some((r) => r[0] === "Changes: Demand +10% (Kettles)")).toBe(true);
  });
});
