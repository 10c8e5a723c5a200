/**
 * A Demand-only workbook: no analysis a scenario re-runs (capacity, gap table, finance) can run, so the
 * pack has no scenario sheets and no scenario options, and the summary says why (SPEC "Output": a sheet
 * whose analysis cannot run is left out, and the summary says why).
 */
import type { CellValue } from "../../src/engine/grid";
import { resolveSettings } from "../../src/engine/settings";
import { planExceptions } from "../../src/report/exceptions";
import { generatePack } from "../../src/report/generate";
import { grid } from "../engine/read/grids";

// Kettles' demand plan is 120 against actuals of 100 in six months: tracking signal -6, biased.
const demand: CellValue[][] = [["Family", "Period", "Actual", "Consensus Forecast"]];
for (const p of ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"]) demand.push(["Kettles", p, 100, 120]);
demand.push(["Kettles", "2026-07", null, 120]);

describe("a Demand-only workbook", () => {
  const pack = generatePack([grid("Demand", demand)], resolveSettings());

  it("gets no scenario sheets, and the summary says why", () => {
    const names = pack.workbook.sheets.map((s) => s.name);
    expect(names.filter((n) => n.startsWith("Scen"))).toEqual([]);
    expect(pack.analysis.skipped.map((s) => s.analysis)).toContain("Scenarios");
    const summary = pack.workbook.sheets[0];
    const skipped = summary.rows.findIndex((r) => r[0] === "Analyses skipped");
    const row = summary.rows.find((r, i) => i > skipped && r[0] === "Scenarios")!;
    expect(row[1]).toMatch(/none of them can run .* so there is nothing to compare/);
    expect(pack.summary.scenarios).toEqual([]);
  });

  it("offers no scenario as an option, and never a revenue of $0", () => {
    const [bias] = planExceptions(pack.analysis);
    expect(bias.kind).toBe("bias");
    expect(bias.impact).toBeNull(); // no Finance sheet: not priced
    expect(bias.options).toBe("Take the bias out of the Consensus Forecast (scale it by actual / forecast).");
    expect(JSON.stringify(pack.workbook)).not.toContain("revenue $0");
  });
});
