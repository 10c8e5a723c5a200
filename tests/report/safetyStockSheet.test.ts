/**
 * The Safety Stock sheet, the JSON `inventoryPolicy` and `kpis.workingCapitalChange`, and the
 * `targetBelowRecommended` exception, on the four families worked by hand in
 * tests/engine/inventory/inventoryPolicy.test.ts: Alpha's given 15 is below its 20.537 (shown 21), a
 * difference of 5.537 units × Unit Cost $4 = $22.15; Beta's given 80 is above its 62.092; the change
 * is 22.15 − 179.08 = −$156.93.
 */
import type { Analysis } from "../../src/engine/analyze";
import { planInventoryPolicy } from "../../src/engine/inventory";
import { resolveSettings } from "../../src/engine/settings";
import { planExceptions } from "../../src/report/exceptions";
import { buildSummaryJson } from "../../src/report/summaryJson";
import { SAFETY_STOCK_SHEET, safetyStockSheet } from "../../src/report/sheets/safetyStockSheet";
import { inventoryPolicyLine } from "../../src/report/sheets/summaryInventorySection";
import { SheetBuilder } from "../../src/report/sheets/sheetBuilder";
import { model, sources } from "../engine/inventory/policyFixture";

function analysisOf(targets: "given" | "recommended" = "given"): Analysis {
  const settings = resolveSettings({ targets });
  return { model, settings, findings: [], skipped: [], inventoryPolicy: planInventoryPolicy(model, sources, settings) };
}

describe("Safety Stock sheet", () => {
  const sheet = safetyStockSheet(analysisOf().inventoryPolicy!);
  const headerRow = sheet.rows.findIndex((r) => r[0] === "Family");
  const header = sheet.rows[headerRow] as string[];
  const row = (family: string) => {
    const r = sheet.rows.find((x) => x[0] === family)!;
    return Object.fromEntries(header.map((h, i) => [h, r[i]]));
  };

  test("has the SPEC columns, the recommendation beside the given target", () => {
    expect(sheet.name).toBe(SAFETY_STOCK_SHEET);
    for (const h of [
      "Family",
      "ABC",
      "Service Level",
      "z",
      "Lead Time (months)",
      "σ (units)",
      "σ Source",
      "Mean Demand",
      "Safety Stock",
      "Given Target",
      "Difference (units)",
      "Working Capital Change",
      "Cover (months)",
      "Expected Fill Rate (recommended)",
      "Expected Fill Rate (given)",
    ])
      expect(header).toContain(h);
  });

  test("shows the stock rounded up and the difference against it; money from the unrounded stock", () => {
    expect(row("Alpha")).toMatchObject({
      "Safety Stock": 21,
      "Given Target": 15,
      "Difference (units)": 6,
      "σ Source": "Consensus Forecast (6 months)",
    });
    expect(row("Alpha")["Working Capital Change"]).toBeCloseTo(22.15, 2);
    expect(row("Beta")).toMatchObject({
      "Safety Stock": 63,
      "Difference (units)": -17,
      "σ Source": "Baseline backtest (6 months)",
    });
    expect(row("Gamma")["Note"]).toMatch(/No given target: the recommendation is its target/);
    expect(row("Delta")["Safety Stock"]).toBeNull();
    expect(row("Delta")["Note"]).toMatch(/No recommendation: no actuals/);
  });

  test("says the total working-capital change and the families without a given target", () => {
    const text = sheet.rows.map((r) => String(r[0] ?? "")).join("\n");
    expect(text).toContain("Working-capital change of the recommended targets: -$157 (stock to release)");
    expect(text).toContain("Without a given target (measured against the recommendation, outside the change): Gamma.");
  });
});

describe("JSON and exceptions", () => {
  test("inventoryPolicy carries the unrounded stock; kpis.workingCapitalChange the total", () => {
    const json = buildSummaryJson(analysisOf());
    const alpha = json.inventoryPolicy!.find((f) => f.family === "Alpha")!;
    expect(alpha.safetyStock).toBeCloseTo(20.537, 3);
    expect(alpha.sigmaSource).toBe("demandPlan");
    expect(json.kpis.workingCapitalChange).toBeCloseTo(-156.93, 2);
  });

  test("one targetBelowRecommended exception, for Alpha, its impact the difference's money", () => {
    const list = planExceptions(analysisOf()).filter((e) => e.kind === "targetBelowRecommended");
    expect(list).toHaveLength(1);
    expect(list[0].title).toBe("Alpha's Target Inventory 15 is below the 21 its 98.0% service level needs");
    expect(list[0].impact).toBeCloseTo(22.15, 2);
    expect(list[0].owner).toBe("Supply");
  });

  test("the summary's line says what the recommended targets would cost", () => {
    const b = new SheetBuilder();
    inventoryPolicyLine(analysisOf(), b);
    expect(b.rows[0][0]).toBe(
      "Working-capital change of the recommended safety stocks: -$157 (stock that can be released); 1 given target below the recommendation; 1 family without a given target held at the recommendation: see Safety Stock.",
    );
    expect(b.links).toEqual([{ cell: "A1", sheet: SAFETY_STOCK_SHEET, target: "A1" }]);
  });
});
