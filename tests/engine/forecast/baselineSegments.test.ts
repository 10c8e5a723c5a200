/**
 * The pack's ABC / XYZ segments (SPEC "Segments"), from sheets as a user types them, worked by hand.
 * History 2025-01 .. 2026-02 (14 months); the last 12 are 2025-03 .. 2026-02.
 *
 * - Alpha: 100 units a month. Finance prices it 10 in 2025-01 and 20 in 2026-01. The month's price where
 *   Finance has that month, else the earliest (10): 10 months (2025-03..12) x 100 x 10 = 10,000,
 *   2026-01: 100 x 20 = 2,000, 2026-02: 100 x 10 = 1,000. Revenue 13,000.
 * - Beta: 50, 150, 50, ... (starting 2025-01 with 50): the last 12 months hold six of each, mean 100,
 *   sample standard deviation sqrt(12 x 50^2 / 11) = 52.2, CV 0.522 > 0.5: Y. Price 10: 12,000.
 * - Gamma: 10 units at 50: 6,000, CV 0: X.
 * - Delta: 1,000 units and no price among priced families: counts 0.
 * Total 31,000. Ranked: Alpha (share above 0%: A), Beta (13,000 / 31,000 = 41.9% above: A), Gamma
 * (25,000 / 31,000 = 80.6% above: B), Delta (100% above: C).
 */
import { generatePack } from "../../../src/report/generate";
import { resolveSettings } from "../../../src/engine/settings";
import type { CellValue } from "../../../src/engine/grid";
import { grid } from "../read/grids";

const MONTHS = Array.from({ length: 14 }, (_, i) => (i < 12 ? `2025-${String(i + 1).padStart(2, "0")}` : `2026-0${i - 11}`));

function demand(): CellValue[][] {
  const rows: CellValue[][] = [["Family", "Period", "Actual"]];
  MONTHS.forEach((p, i) => {
    rows.push(["Alpha", p, 100], ["Beta", p, i % 2 === 0 ? 50 : 150], ["Gamma", p, 10], ["Delta", p, 1000]);
  });
  return rows;
}

function segments(settings = resolveSettings()) {
  const finance = grid("Finance", [
    ["Family", "Period", "Unit Price"],
    ["Alpha", "2025-01", 10],
    ["Alpha", "2026-01", 20],
    ["Beta", "2025-01", 10],
    ["Gamma", "2025-01", 50],
  ]);
  const { analysis, summary } = generatePack([grid("Demand", demand()), finance], settings);
  return { segments: analysis.baseline!.segments, json: summary.segments };
}

describe("ABC / XYZ segments in the pack", () => {
  it("prices each month as Finance has it, ranks by revenue and classes A / B / C and X / Y", () => {
    const { segments: s } = segments();
    expect(s.map((x) => [x.family, x.revenue12, x.abc, x.xyz])).toEqual([
      ["Alpha", 13000, "A", "X"],
      ["Beta", 12000, "A", "Y"],
      ["Gamma", 6000, "B", "X"],
      ["Delta", 0, "C", "X"],
    ]);
    expect(s.find((x) => x.family === "Delta")!.priced).toBe(false);
    expect(s.find((x) => x.family === "Beta")!.cv).toBeCloseTo(Math.sqrt((12 * 2500) / 11) / 100, 10);
  });

  it("fills the JSON segments with the same classes", () => {
    const { json } = segments();
    const byFamily = new Map(json!.map((x) => [x.family, x]));
    expect(byFamily.get("Gamma")).toMatchObject({ abc: "B", xyz: "X", revenue12: 6000, pattern: "Smooth" });
    expect(byFamily.get("Beta")).toMatchObject({ abc: "A", xyz: "Y", revenue12: 12000 });
  });

  it("follows the cut-off settings: with A up to 40% Beta becomes B", () => {
    const { segments: s } = segments(resolveSettings({ baseline: { abcA: 0.4 } }));
    // Beta's share above is 41.9% >= 40%, Gamma's 80.6% < 95%.
    expect(s.map((x) => x.abc)).toEqual(["A", "B", "B", "C"]);
  });
});
