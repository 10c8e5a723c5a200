import { readPlanningModel } from "../../../src/engine/read";
import { grid, settings, where } from "./grids";

describe("wide Demand: Family, Measure, then one column per month", () => {
  const wide = grid("Demand", [
    ["Family", "Measure", "Jan 2026", "Feb 2026", "Mar 2026"],
    ["Widgets", "Actual", 100, 120, null],
    ["Widgets", "Statistical Forecast", 95, 118, 119],
    ["Widgets", "Sales Forecast", 110, 130, 135],
    ["Gadgets", "Actual", 40, 0, null],
    ["Gadgets", "Sales Forecast", 50, 50, 52],
  ]);

  test("folds each family's measures into one row per month", () => {
    const { model, findings } = readPlanningModel([wide], settings);
    expect(findings).toEqual([]);
    expect(model.demand.forecastColumns).toEqual(["Statistical Forecast", "Sales Forecast"]);
    expect(model.demand.rows.map((r) => [r.family, r.period, r.actual, r.forecasts])).toEqual([
      ["Widgets", "2026-01", 100, { "Statistical Forecast": 95, "Sales Forecast": 110 }],
      ["Widgets", "2026-02", 120, { "Statistical Forecast": 118, "Sales Forecast": 130 }],
      ["Widgets", "2026-03", null, { "Statistical Forecast": 119, "Sales Forecast": 135 }],
      ["Gadgets", "2026-01", 40, { "Statistical Forecast": null, "Sales Forecast": 50 }],
      ["Gadgets", "2026-02", 0, { "Statistical Forecast": null, "Sales Forecast": 50 }],
      ["Gadgets", "2026-03", null, { "Statistical Forecast": null, "Sales Forecast": 52 }],
    ]);
    // The value's own cell: Widgets' first value for Feb 2026 is the Actual in D2.
    expect(model.demand.rows[1].ref).toEqual({ sheet: "Demand", cell: "D2", row: 1 });
  });

  test("without consensus or demand plan the last forecast measure is the plan", () => {
    const { model } = readPlanningModel([wide], settings);
    expect(model.demand.demandPlanColumn).toBe("Sales Forecast");
    expect(model.historyPeriods).toEqual(["2026-01", "2026-02"]);
    expect(model.planPeriods).toEqual(["2026-03"]);
  });

  test("month headers may be dates, serials or text; the Consensus measure is the plan", () => {
    const { model } = readPlanningModel(
      [
        grid(
          "Demand",
          [
            ["Product Family", "Key Figure", new Date(Date.UTC(2026, 0, 1)), 46054, "2026-03"], // 46054 = 1 Feb 2026
            ["Widgets", "Actuals", 100, 120, null],
            ["Widgets", "Consensus", 105, 125, 130],
            ["Widgets", "Stat Fcst", 95, 118, 119],
          ],
          { numberFormats: [[null, null, "mmm-yy", "mmm-yy", null]] },
        ),
      ],
      settings,
    );
    expect(model.periods).toEqual(["2026-01", "2026-02", "2026-03"]);
    expect(model.demand.forecastColumns).toEqual(["Consensus Forecast", "Statistical Forecast"]);
    expect(model.demand.demandPlanColumn).toBe("Consensus Forecast");
    expect(model.demand.rows[2]).toMatchObject({
      period: "2026-03",
      actual: null,
      forecasts: { "Consensus Forecast": 130, "Statistical Forecast": 119 },
    });
  });

  test("header not at A1 with an origin offset: findings point at sheet cells", () => {
    // Grid starts at B2 (origin row 1, col 1); header on grid row 1 = sheet row 3; "x" sits at grid (3, 3) = E5.
    const { model, findings } = readPlanningModel(
      [
        grid(
          "Demand",
          [
            ["Weekly S&OP input", null, null, null],
            ["Family", "Measure", "2026-01", "2026-02"],
            ["Widgets", "Actual", 100, 110],
            ["Widgets", "Consensus Forecast", 105, "x"],
          ],
          { origin: { row: 1, col: 1 } },
        ),
      ],
      settings,
    );
    expect(findings).toEqual([
      {
        sheet: "Demand",
        cell: "E5",
        severity: "warning",
        message: "'x' is not a number; the value is left out (the row's other values are kept)",
      },
    ]);
    expect(model.demand.rows.map((r) => r.ref.cell)).toEqual(["D4", "E4"]);
    expect(model.demand.rows[1].forecasts["Consensus Forecast"]).toBeNull();
  });

  test("wide data-quality findings: bad values, negatives, unknown or blank measures, duplicates, blank family, repeated month", () => {
    const { model, findings } = readPlanningModel(
      [
        grid("Demand", [
          ["Family", "Measure", "2026-01", "2026-02", "2026-02"], // E1: a second 2026-02 column
          ["Widgets", "Actual", { error: "#REF!" }, 120, 1], // C2: Excel error
          ["Widgets", "Consensus Forecast", -3, 125, 1], // C3: negative
          ["Widgets", "Orders", 1, 2, 3], // B4: measure not used (warning)
          ["Widgets", "Actual", 1, 2, 3], // B5: duplicate of row 2
          [null, "Actual", 1, 2, 3], // A6: blank family
          ["Gadgets", null, 1, 2, 3], // B7: blank measure
          ["Gadgets", "Consensus Forecast", 10, 11, 12],
        ]),
      ],
      settings,
    );
    expect(where(findings)).toEqual([
      "Demand!E1 error",
      "Demand!C2 warning",
      "Demand!C3 warning",
      "Demand!B4 warning",
      "Demand!B5 error",
      "Demand!A6 error",
      "Demand!B7 error",
    ]);
    expect(findings[0].message).toBe("2026-02 has a second column (first at D1); this column is left out");
    expect(findings[1].message).toBe(
      "#REF! is an Excel error, not a number; the value is left out (the row's other values are kept)",
    );
    expect(findings[2].message).toBe(
      "Consensus Forecast is negative (-3); the value is left out (the row's other values are kept)",
    );
    expect(findings[3].message).toBe("measure 'Orders' is neither Actual nor a forecast; the row is left out");
    expect(findings[4].message).toBe("Actual of family 'Widgets' appears twice (first at B2); this later row is left out");
    expect(model.demand.rows.map((r) => [r.family, r.period, r.actual, r.forecasts["Consensus Forecast"]])).toEqual([
      ["Widgets", "2026-02", 120, 125],
      ["Gadgets", "2026-01", null, 10],
      ["Gadgets", "2026-02", null, 11],
    ]);
  });
});
