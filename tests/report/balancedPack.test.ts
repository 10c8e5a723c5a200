/**
 * The balanced plan in the pack generated from the sample (samples/PLANTED.md, section 5): the Balanced
 * Plan sheet's cost by lever, the Balanced column of Scenario Comparison and the summary's Paint Shop
 * exception naming what balancing costs and saves.
 */
import * as fs from "fs";
import * as path from "path";
import { readXlsx } from "../../src/hosts/xlsx";
import { generatePack, type PackResult } from "../../src/report/generate";
import { resolveSettings } from "../../src/engine/settings";
import { loadHighs } from "../../src/engine/balance/loadHighs";
import type { SheetSpec } from "../../src/report/workbookSpec";

const SAMPLE = path.join(__dirname, "..", "..", "samples", "sop-sample.xlsx");
let pack: PackResult;
beforeAll(async () => {
  const grids = await readXlsx(fs.readFileSync(SAMPLE));
  pack = generatePack(grids, resolveSettings(), undefined, { solver: await loadHighs() });
}, 120_000);

const sheet = (name: string): SheetSpec => pack.workbook.sheets.find((s) => s.name === name)!;
const rowStarting = (s: SheetSpec, text: string) => s.rows.find((r) => r[0] === text);

test("Balanced Plan: cost by lever worked by hand (PLANTED.md section 5)", () => {
  const s = sheet("Balanced Plan");
  // Overtime 200 h x $60 = $12,000; subcontracting 1,432 Blenders x ($64 - $57) = $10,024.
  expect(rowStarting(s, "Overtime")?.[1]).toBeCloseTo(12000, 6);
  expect(rowStarting(s, "Subcontracting (premium over Unit Cost)")?.[1]).toBeCloseTo(10024, 6);
  expect(rowStarting(s, "Backorders (units waiting, per month)")?.[1]).toBeCloseTo(0, 6);
  // The defaults are said on the sheet: Holding Cost blank for 7 of the 12 families x 18 months.
  const text = s.rows
    .flat()
    .filter((c) => typeof c === "string")
    .join("\n");
  expect(text).toMatch(/Holding Cost not given for 126 family-month\(s\): 2% of Unit Cost/);
  expect(text).toMatch(/Subcontracting not used for Espresso Machines/);
});

test("Scenario Comparison has a Balanced column: every order met in its month", () => {
  const s = sheet("Scenario Comparison");
  const header = s.rows.find((r) => r[0] === "KPI" && r.includes("Balanced"))!;
  const col = header.indexOf("Balanced");
  expect(col).toBeGreaterThan(2);
  const fill = s.rows.find((r) => r[0] === "Fill rate" || r[0] === "Fill Rate");
  expect(fill?.[col]).toBeCloseTo(1, 9);
});

test("the summary's Paint Shop overload cites the balanced plan's levers, cost and saving", () => {
  const text = sheet("S&OP Summary")
    .rows.flat()
    .filter((c) => typeof c === "string")
    .join("\n");
  expect(text).toContain("Balanced Plan: 200 h overtime ($12,000), 1,250 units pre-built, 1,432 units subcontracted");
  const saving = Math.round(pack.analysis.balance!.planCost - pack.analysis.balance!.objective);
  expect(text).toContain(`saves $${saving.toLocaleString("en-US")}`);
});
