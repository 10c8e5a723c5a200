/**
 * Review of SPEC.md "Output": the generated sheet names, "Scen - <name>" cut to Excel's 31 characters,
 * and input text that looks like a formula written as text in the .xlsx pack.
 */
import ExcelJS from "exceljs";
import { resolveSettings } from "../../src/engine";
import type { CellGrid } from "../../src/engine";
import { generatePack } from "../../src/report/generate";
import { writePackXlsx } from "../../src/hosts/xlsx/writePackXlsx";

const LONG = "Very Long Promotion Scenario Name For Spring";

function grids(): CellGrid[] {
  return [
    {
      sheet: "Demand",
      values: [
        ["Family", "Period", "Actual", "Consensus Forecast"],
        ["=1+1", "2026-01", 100, 110],
        ["=1+1", "2026-02", null, 120],
        ["@Kettles", "2026-01", 50, 40],
        ["@Kettles", "2026-02", null, 60],
      ],
    },
    // Prices, so the scenarios have an analysis to re-run (a Demand-only pack has no scenario sheets).
    {
      sheet: "Finance",
      values: [
        ["Family", "Unit Price"],
        ["=1+1", 10],
        ["@Kettles", 20],
      ],
    },
    {
      sheet: "Scenarios",
      values: [
        ["Scenario", "Demand Change %"],
        [LONG, 5],
      ],
    },
  ];
}

describe("the pack's sheets", () => {
  const pack = () => generatePack(grids(), resolveSettings());

  it("carries the fixed names and a scenario sheet cut to 31 characters", () => {
    const names = pack().workbook.sheets.map((s) => s.name);
    for (const fixed of ["S&OP Summary", "Data Quality", "Demand Review", "Scenario Comparison", "Scen - Most Likely"]) {
      expect(names).toContain(fixed);
    }
    // "Scen - " (7) + the first 24 characters of the name = 31.
    const scen = names.find((n) => n.startsWith("Scen - Very"))!;
    expect(scen.length).toBeLessThanOrEqual(31);
    expect(scen).toBe(("Scen - " + LONG).slice(0, 31));
    for (const n of names) expect(n.length).toBeLessThanOrEqual(31);
  });

  it("writes a family called =1+1 as the text =1+1, never a formula", async () => {
    const bytes = await writePackXlsx(pack().workbook);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const texts: unknown[] = [];
    let formulas = 0;
    wb.getWorksheet("Demand Review")!.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) formulas++;
        texts.push(cell.value);
      }),
    );
    expect(formulas).toBe(0);
    expect(texts).toContain("=1+1");
    expect(texts).toContain("@Kettles");
  });
});
