import { reconcileFinance } from "../../src/engine/finance";
import { resolveSettings } from "../../src/engine/settings";
import { parseRangeAddress } from "../../src/engine/a1";
import { analyze } from "../../src/engine/analyze";
import { financialGapSheet } from "../../src/report/sheets/financialGapSheet";
import { buildSummaryJson } from "../../src/report/summaryJson";
import { NumberFormats, type SheetSpec } from "../../src/report/workbookSpec";
import { planModel } from "../engine/reconcile/planFixture";

const months = ["2027-01", "2027-02", "2027-03", "2027-04"];
// Espresso Machines $500 (cost $300), budget $50,000 a month; demand 100, 70, 100, 100:
//   revenue 50,000, 35,000, 50,000, 50,000 -> gaps 0, -15,000, 0, 0; Q1 gap -15,000 of 150,000 budget = -10%.
//   margin 100 x 200 = 20,000; 70 x 200 = 14,000.
// Kettles $40 (cost $25), budget 400 a month; demand 10 -> revenue 400, gap 0, margin 150.
const model = planModel({
  periods: months,
  demand: { "Espresso Machines": [100, 70, 100, 100], Kettles: [10, 10, 10, 10] },
  finance: [
    { family: "Espresso Machines", period: null, unitPrice: 500, unitCost: 300, budgetRevenue: 50000 },
    { family: "Kettles", period: null, unitPrice: 40, unitCost: 25, budgetRevenue: 400 },
  ],
});
const sheet = financialGapSheet(reconcileFinance(model, resolveSettings()));

function table(s: SheetSpec, name: string) {
  const t = s.tables!.find((x) => x.name === name)!;
  const r = parseRangeAddress(t.range);
  const header = s.rows[r.row1] as string[];
  return { r, header, body: s.rows.slice(r.row1 + 1, r.row2 + 1), col: (h: string) => header.indexOf(h) };
}

describe("Financial Gap sheet", () => {
  it("shows the quarter view: 2027-Q1 revenue 135,000 + 1,200 against budget 150,000 + 1,200", () => {
    const q = table(sheet, "FinanceQuarters");
    const q1 = q.body.find((row) => row[0] === "2027-Q1")!;
    // Revenue 50,000 + 35,000 + 50,000 + 3 x 400 = 136,200; budget 3 x 50,000 + 3 x 400 = 151,200; gap -15,000.
    expect(q1[q.col("Demand Revenue")]).toBe(136200);
    expect(q1[q.col("Budget Revenue")]).toBe(151200);
    expect(q1[q.col("Revenue Gap")]).toBe(-15000);
    expect(q1[q.col("Gap %")]).toBeCloseTo(-15000 / 151200, 12);
    const fq = table(sheet, "FinanceFamilyQuarters");
    const espressoQ1 = fq.body.find((row) => row[0] === "Espresso Machines" && row[1] === "2027-Q1")!;
    expect(espressoQ1[fq.col("Revenue Gap")]).toBe(-15000);
    expect(espressoQ1[fq.col("Gap %")]).toBeCloseTo(-0.1, 12);
  });

  it("puts the month and family with the largest revenue gap first", () => {
    expect(table(sheet, "FinanceMonths").body[0][0]).toBe("2027-02");
    expect(table(sheet, "FinanceFamilies").body[0][0]).toBe("Espresso Machines");
  });

  it("shows money in currency format and colours a gap more than 1% below budget red", () => {
    const main = table(sheet, "FinancialGap");
    const revenueCol = main.col("Demand Revenue");
    const style = sheet.styles!.find((s) => {
      const x = parseRangeAddress(s.range);
      return x.col1 === revenueCol && x.row1 === main.r.row1 + 1;
    });
    expect(style?.numberFormat).toBe(NumberFormats.money);
    const febRow = main.r.row1 + 1 + main.body.findIndex((row) => row[0] === "Espresso Machines" && row[1] === "2027-02");
    expect(main.body[febRow - main.r.row1 - 1][main.col("Gap %")]).toBeCloseTo(-0.3, 12); // -15,000 / 50,000
    const red = (sheet.conditionalFormats ?? []).find((f) => {
      const x = parseRangeAddress(f.range);
      return (
        f.kind === "cellValue" &&
        f.operator === "lessThan" &&
        febRow >= x.row1 &&
        febRow <= x.row2 &&
        x.col1 === main.col("Gap %")
      );
    });
    expect(red).toMatchObject({ values: [-0.01], fill: "#FFC7CE" });
  });

  it("adds a totals row: revenue 186,600, margin 74,600, gap -15,000", () => {
    // Revenue 185,000 (Espresso) + 1,600 (Kettles) = 186,600.
    // Margin 370 units x 200 = 74,000 + 40 x 15 = 600 -> 74,600. Gap -15,000.
    const main = table(sheet, "FinancialGap");
    const total = sheet.rows[main.r.row2 + 1];
    expect(total[0]).toBe("Total");
    expect(total[main.col("Demand Revenue")]).toBe(186600);
    expect(total[main.col("Margin")]).toBe(74600);
    expect(total[main.col("Revenue Gap")]).toBe(-15000);
  });

  it("fills the JSON summary's finance exactly with the spec's keys", () => {
    const finance = buildSummaryJson(analyze(model, resolveSettings(), [])).finance;
    expect(finance).toHaveLength(8);
    expect(finance.find((f) => f.family === "Espresso Machines" && f.period === "2027-02")).toEqual({
      family: "Espresso Machines",
      period: "2027-02",
      demandRevenue: 35000,
      budgetRevenue: 50000,
      revenueGap: -15000,
      margin: 14000,
    });
  });
});
