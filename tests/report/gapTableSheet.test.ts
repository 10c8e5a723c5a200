import { reconcile } from "../../src/engine/reconcile";
import { resolveSettings } from "../../src/engine/settings";
import { parseRangeAddress } from "../../src/engine/a1";
import { analyze } from "../../src/engine/analyze";
import { gapTableSheet } from "../../src/report/sheets/gapTableSheet";
import { buildSummaryJson } from "../../src/report/summaryJson";
import { NumberFormats, type SheetSpec } from "../../src/report/workbookSpec";
import { planModel } from "../engine/reconcile/planFixture";

const months = ["2027-01", "2027-02", "2027-03"];
// Kettles: beginning 20, supply 50, demand 60, 60, 60 -> I = 10, 0, -10; target 15 ->
//   Below target (10 < 15), Below target (0), Shortage (-10). Gaps -10 each, total -30.
// Toasters: beginning 100, supply 40, demand 30 -> I = 110, 120, 130; target 50 -> Excess (> 100) x3.
//   Gaps +10 each, total +30.
// Juicers: beginning 30, supply 20, demand 20 -> I = 30 each; target 20 -> OK. Gap 0.
const model = planModel({
  periods: months,
  demand: { Kettles: [60, 60, 60], Toasters: [30, 30, 30], Juicers: [20, 20, 20] },
  supply: [
    { family: "Kettles", production: [50, 50, 50], beginning: 20, target: 15 },
    { family: "Toasters", production: [40, 40, 40], beginning: 100, target: 50 },
    { family: "Juicers", production: [20, 20, 20], beginning: 30, target: 20 },
  ],
});
const sheet = gapTableSheet(reconcile(model, resolveSettings()));

function mainTable(s: SheetSpec) {
  const t = s.tables!.find((x) => x.name === "GapTable")!;
  const r = parseRangeAddress(t.range);
  const header = s.rows[r.row1] as string[];
  const body = s.rows.slice(r.row1 + 1, r.row2 + 1);
  return { r, header, body, col: (name: string) => header.indexOf(name) };
}

function formatsCovering(s: SheetSpec, row: number, col: number) {
  return (s.conditionalFormats ?? []).filter((f) => {
    const r = parseRangeAddress(f.range);
    return row >= r.row1 && row <= r.row2 && col >= r.col1 && col <= r.col2;
  });
}

describe("Gap Table sheet", () => {
  it("lists every family x month with demand, supply, gap, projected inventory, target and status", () => {
    const { body, col } = mainTable(sheet);
    expect(body).toHaveLength(9);
    const kettles = body.filter((row) => row[col("Family")] === "Kettles");
    expect(kettles.map((row) => row[col("Projected Inventory")])).toEqual([10, 0, -10]);
    expect(kettles.map((row) => row[col("Gap")])).toEqual([-10, -10, -10]);
    expect(kettles.map((row) => row[col("Status")])).toEqual(["Below target", "Below target", "Shortage"]);
    expect(body.filter((row) => row[0] === "Toasters").map((row) => row[col("Status")])).toEqual(["Excess", "Excess", "Excess"]);
    expect(body.filter((row) => row[0] === "Juicers").map((row) => row[col("Status")])).toEqual(["OK", "OK", "OK"]);
  });

  it("colours a shortage red, below target amber and excess blue", () => {
    const { r, body, col } = mainTable(sheet);
    const rowOf = (family: string, status: string) =>
      r.row1 + 1 + body.findIndex((row) => row[0] === family && row[col("Status")] === status);
    const fillFor = (family: string, status: string) =>
      formatsCovering(sheet, rowOf(family, status), col("Status")).find((f) => f.kind === "textEquals" && f.text === status);
    expect(fillFor("Kettles", "Shortage")).toMatchObject({ fill: "#FFC7CE" });
    expect(fillFor("Kettles", "Below target")).toMatchObject({ fill: "#FFEB9C" });
    expect(fillFor("Toasters", "Excess")).toMatchObject({ fill: "#DDEBF7" });
  });

  it("adds a totals row under the table: demand 330, supply 330, gap 0", () => {
    // Demand 3 x (60 + 30 + 20) = 330; supply 3 x (50 + 40 + 20) = 330; gap -30 + 30 + 0 = 0;
    // ending inventory -10 + 130 + 30 = 150.
    const { r, col } = mainTable(sheet);
    const total = sheet.rows[r.row2 + 1];
    expect(total[0]).toBe("Total");
    expect([total[col("Demand")], total[col("Supply")], total[col("Gap")], total[col("Projected Inventory")]]).toEqual([
      330, 330, 0, 150,
    ]);
  });

  it("shows units in a thousands format", () => {
    const { r, col } = mainTable(sheet);
    const style = sheet.styles!.find((s) => {
      const x = parseRangeAddress(s.range);
      return x.col1 === col("Demand") && x.row1 === r.row1 + 1 && s.numberFormat;
    });
    expect(style?.numberFormat).toBe(NumberFormats.units);
  });

  it("puts the families with the largest gaps at the top, largest first, and the months demand cannot be met", () => {
    const fam = sheet.tables!.find((t) => t.name === "GapFamilies")!;
    const main = sheet.tables!.find((t) => t.name === "GapTable")!;
    const f = parseRangeAddress(fam.range);
    expect(f.row1).toBeLessThan(parseRangeAddress(main.range).row1);
    // |gap| Kettles 30 = Toasters 30 > Juicers 0.
    const names = sheet.rows.slice(f.row1 + 1, f.row2 + 1).map((row) => row[0]);
    expect(names.slice(0, 2).sort()).toEqual(["Kettles", "Toasters"]);
    expect(names[2]).toBe("Juicers");
    const shortages = sheet.tables!.find((t) => t.name === "GapShortages")!;
    const s = parseRangeAddress(shortages.range);
    expect(sheet.rows.slice(s.row1 + 1, s.row2 + 1)).toEqual([["Kettles", "2027-03", 60, 10]]);
  });

  it("fills the JSON summary's gaps exactly with the spec's keys", () => {
    const analysis = analyze(model, resolveSettings(), []);
    const gaps = buildSummaryJson(analysis).gaps;
    expect(gaps).toHaveLength(9);
    expect(gaps.find((g) => g.family === "Kettles" && g.period === "2027-03")).toEqual({
      family: "Kettles",
      period: "2027-03",
      demand: 60,
      supply: 50,
      gap: -10,
      projectedInventory: -10,
      targetInventory: 15,
      status: "shortage",
    });
  });
});
