import { readPlanningModel } from "../../../src/engine/read";
import type { CellValue } from "../../../src/engine/grid";
import { grid, settings } from "./grids";

// 5,000 families x 36 months read whole and right. How fast is the bench's business (`npm run bench`,
// the "readers" step: about 250 ms on an idle 2-core machine), not a timed assertion that fails when
// the machine is busy; an accidental quadratic would still show here as a run of minutes.
const FAMILIES = 5000;
const MONTHS = 36;
const month = (m: number) => `${2024 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}`;

describe("reading a large plan", () => {
  test("long Demand, 180,000 rows", () => {
    const values: CellValue[][] = [["Family", "Period", "Actual", "Statistical Forecast", "Consensus Forecast"]];
    for (let f = 0; f < FAMILIES; f++) {
      for (let m = 0; m < MONTHS; m++) values.push([`F${f}`, month(m), m < 24 ? 100 + m : null, 101, 102]);
    }
    const { model, findings } = readPlanningModel([grid("Demand", values)], settings);
    expect(findings).toEqual([]);
    expect(model.demand.rows).toHaveLength(FAMILIES * MONTHS);
    expect(model.families).toHaveLength(FAMILIES);
    expect(model.planPeriods).toHaveLength(12);
  });

  test("wide Demand, 10,000 measure rows x 36 month columns", () => {
    const values: CellValue[][] = [["Family", "Measure", ...Array.from({ length: MONTHS }, (_, m) => month(m))]];
    for (let f = 0; f < FAMILIES; f++) {
      values.push([`F${f}`, "Actual", ...Array.from({ length: MONTHS }, (_, m) => (m < 24 ? 100 : null))]);
      values.push([`F${f}`, "Consensus Forecast", ...Array.from({ length: MONTHS }, () => 101)]);
    }
    const { model } = readPlanningModel([grid("Demand", values)], settings);
    expect(model.demand.rows).toHaveLength(FAMILIES * MONTHS);
  });
});
