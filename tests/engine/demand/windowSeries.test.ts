import type { DemandRow } from "../../../src/engine/model";
import { windowSeries } from "../../../src/engine/demand/windowSeries";

function row(family: string, period: string, actual: number | null, consensus: number | null, sheetRow: number): DemandRow {
  return {
    family,
    period,
    actual,
    forecasts: { Consensus: consensus },
    ref: { sheet: "Demand", cell: `A${sheetRow + 1}`, row: sheetRow },
  };
}

describe("window series (the values the demand review reads per family)", () => {
  // Blenders: Dec 100, Jan 120, Feb 90; window = Jan, Feb. The naive forecast of Jan is Dec's
  // actual (100, a month before the window), of Feb is Jan's actual (120).
  const rows = [
    row("Blenders", "2025-12", 100, 95, 1),
    row("Blenders", "2026-01", 120, 110, 2),
    row("Toasters", "2026-01", 40, null, 3),
    row("Blenders", "2026-02", 90, 105, 4),
    row("Blenders", "2026-02", 999, 999, 5), // duplicate family x period: the first row (90) wins
  ];
  const [blenders, toasters] = windowSeries(rows, ["Blenders", "Toasters"], ["Consensus"], ["2026-01", "2026-02"]);

  it("lines each family's actuals and forecasts up with the window months", () => {
    expect(blenders.actual).toEqual([120, 90]);
    expect(blenders.forecasts.get("Consensus")).toEqual([110, 105]);
    expect(blenders.rows.map((r) => r?.ref.cell)).toEqual(["A3", "A5"]);
  });

  it("takes the naive forecast from the month before, inside or outside the window", () => {
    expect(blenders.naive).toEqual([100, 120]);
  });

  it("leaves months a family has no row or value for empty", () => {
    expect(toasters.actual).toEqual([40, null]);
    expect(toasters.forecasts.get("Consensus")).toEqual([null, null]);
    // Toasters has no December row and February's month before is Toasters' January (40).
    expect(toasters.naive).toEqual([null, 40]);
  });
});
