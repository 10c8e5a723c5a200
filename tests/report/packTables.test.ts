/**
 * Excel refuses (or silently renames) table headers that are empty or repeated, which would make the
 * pack written into Excel differ from the pack file. Every table of the sample's pack must have
 * unique, non-empty text headers and a name Excel accepts.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseRangeAddress } from "../../src/engine/a1";
import { resolveSettings } from "../../src/engine/settings";
import { readXlsx } from "../../src/hosts/xlsx/readXlsx";
import { generatePack } from "../../src/report/generate";

describe("the tables of the sample's pack", () => {
  it("have unique, non-empty headers and valid, unique names", async () => {
    const grids = await readXlsx(readFileSync(join(__dirname, "..", "..", "samples", "sop-sample.xlsx")));
    const { workbook } = generatePack(grids, resolveSettings());
    const names = new Set<string>();
    let tables = 0;
    for (const sheet of workbook.sheets) {
      for (const table of sheet.tables ?? []) {
        tables++;
        expect(table.name).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
        expect(names.has(table.name.toLowerCase())).toBe(false);
        names.add(table.name.toLowerCase());
        const { row1, col1, col2 } = parseRangeAddress(table.range);
        const headers = sheet.rows[row1].slice(col1, col2 + 1);
        expect(headers).toHaveLength(col2 - col1 + 1);
        for (const h of headers) expect(typeof h === "string" && h.trim() !== "").toBe(true);
        const lower = headers.map((h) => String(h).trim().toLowerCase());
        expect([sheet.name, table.name, new Set(lower).size]).toEqual([sheet.name, table.name, lower.length]);
      }
    }
    expect(tables).toBeGreaterThan(5);
  });
});
