import { readPlanningModel } from "../../../src/engine/read";
import { demandLong, grid, settings } from "./grids";

describe("names checked across sheets", () => {
  test("Supply and Finance families not on Demand: one warning per family at its first cell", () => {
    const { model, findings } = readPlanningModel(
      [
        demandLong(),
        grid("Supply", [
          ["Family", "Period", "Planned Production"],
          ["WIDGETS", "2026-03", 10], // known family in another case: takes the Demand spelling
          ["Gizmo", "2026-03", 10], // A3
          ["Gizmo", "2026-04", 10],
        ]),
        grid("Finance", [
          ["Family", "Unit Price"],
          ["Gizmo", 5],
        ]),
      ],
      settings,
    );
    expect(findings).toEqual([
      {
        sheet: "Supply",
        cell: "A3",
        severity: "warning",
        message: "family 'Gizmo' is not on the Demand sheet (2 rows); its supply is not matched to any demand",
      },
      {
        sheet: "Finance",
        cell: "A2",
        severity: "warning",
        message: "family 'Gizmo' is not on the Demand sheet; its prices are not used",
      },
    ]);
    expect(model.supply![0].family).toBe("Widgets");
  });

  test("a scenario restricted to an unknown family or resource is a warning", () => {
    const { findings } = readPlanningModel(
      [
        demandLong(),
        grid("Capacity", [
          ["Resource", "Period", "Available Hours"],
          ["Line 1", "2026-03", 100],
        ]),
        grid("Scenarios", [
          ["Scenario", "Demand Change %", "Capacity Change %", "Family", "Resource"],
          ["Up", 10, null, "Gizmo", null],
          ["More", null, 5, null, "Line 7"],
        ]),
      ],
      settings,
    );
    expect(findings.map((f) => `${f.sheet}!${f.cell} ${f.severity}`)).toEqual(["Scenarios!D2 warning", "Scenarios!E3 warning"]);
  });

  test("without a Capacity sheet, Bill of Resources resources are not reported as unknown", () => {
    const { findings } = readPlanningModel(
      [
        demandLong(),
        grid("Bill of Resources", [
          ["Family", "Resource", "Hours per Unit"],
          ["Widgets", "Line 1", 0.5],
        ]),
      ],
      settings,
    );
    expect(findings).toEqual([]);
  });
});

describe("plan calendar", () => {
  test("with no actuals at all, every month with a demand plan is in the plan horizon", () => {
    const { model } = readPlanningModel(
      [
        grid("Demand", [
          ["Family", "Period", "Actual", "Consensus Forecast"],
          ["W", "2026-02", null, 5],
          ["W", "2026-01", null, 5],
          ["W", "2026-03", null, null],
        ]),
      ],
      settings,
    );
    expect(model.periods).toEqual(["2026-01", "2026-02", "2026-03"]);
    expect(model.historyPeriods).toEqual([]);
    // 2026-03 has neither a plan nor supply, so it is not in the horizon.
    expect(model.planPeriods).toEqual(["2026-01", "2026-02"]);
  });

  test("a month before the last actual is history even where it lacks its own actual", () => {
    const { model } = readPlanningModel(
      [
        grid("Demand", [
          ["Family", "Period", "Actual", "Consensus Forecast"],
          ["A", "2026-01", 1, 1],
          ["B", "2026-02", null, 1], // no actual, but before A's last actual (2026-03): not plan
          ["A", "2026-03", 1, 1],
          ["A", "2026-04", null, 1],
        ]),
      ],
      settings,
    );
    expect(model.historyPeriods).toEqual(["2026-01", "2026-03"]);
    expect(model.planPeriods).toEqual(["2026-04"]);
  });
});
