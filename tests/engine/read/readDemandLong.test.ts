import { readPlanningModel } from "../../../src/engine/read";
import { grid, settings, where } from "./grids";

describe("long Demand: one row per family and month", () => {
  const demand = grid("Demand", [
    ["Family", "Period", "Actual", "Statistical Forecast", "Sales Forecast", "Consensus Forecast"],
    ["Widgets", "2026-01", 100, 95, 110, 105],
    ["Widgets", "2026-02", 120, 118, 130, 125],
    ["Gadgets", "2026-01", 40, 42, 50, 45],
    ["Gadgets", "2026-02", 0, 41, 50, 44],
    ["Widgets", "2026-03", null, 119, 135, 128],
    ["Gadgets", "2026-03", null, 43, 52, 46],
  ]);

  test("reads every row with its actual and each forecast, named canonically", () => {
    const { model, findings } = readPlanningModel([demand], settings);
    expect(findings).toEqual([]);
    expect(model.demand.forecastColumns).toEqual(["Statistical Forecast", "Sales Forecast", "Consensus Forecast"]);
    expect(model.demand.rows).toHaveLength(6);
    expect(model.demand.rows[0]).toEqual({
      family: "Widgets",
      period: "2026-01",
      actual: 100,
      forecasts: { "Statistical Forecast": 95, "Sales Forecast": 110, "Consensus Forecast": 105 },
      ref: { sheet: "Demand", cell: "A2", row: 1 },
    });
    // A plan month: no actual yet.
    expect(model.demand.rows[4]).toMatchObject({ family: "Widgets", period: "2026-03", actual: null });
    // An actual of 0 is a real zero, not a blank.
    expect(model.demand.rows[3].actual).toBe(0);
  });

  test("the consensus forecast is the demand plan", () => {
    expect(readPlanningModel([demand], settings).model.demand.demandPlanColumn).toBe("Consensus Forecast");
  });

  test("families in first-seen order; periods, history and plan horizon from the data", () => {
    const { model } = readPlanningModel([demand], settings);
    expect(model.families).toEqual(["Widgets", "Gadgets"]);
    expect(model.periods).toEqual(["2026-01", "2026-02", "2026-03"]);
    expect(model.historyPeriods).toEqual(["2026-01", "2026-02"]);
    expect(model.planPeriods).toEqual(["2026-03"]);
    expect(model.sheets).toEqual({ demand: "Demand" });
    expect(model.supply).toBeNull();
    expect(model.capacity).toBeNull();
  });

  test("header synonyms: Product Group, Month, Actuals, Stat Fcst and Demand Plan", () => {
    const { model } = readPlanningModel(
      [
        grid("demand", [
          ["product group", "MONTH", "Actuals", "Stat Fcst", "Demand Plan"],
          ["Widgets", "Jan 2026", 100, 95, 105],
        ]),
      ],
      settings,
    );
    expect(model.demand.sheet).toBe("demand");
    expect(model.demand.forecastColumns).toEqual(["Statistical Forecast", "Demand Plan"]);
    expect(model.demand.demandPlanColumn).toBe("Demand Plan");
    expect(model.demand.rows[0]).toMatchObject({
      family: "Widgets",
      period: "2026-01",
      actual: 100,
      forecasts: { "Statistical Forecast": 95, "Demand Plan": 105 },
    });
  });

  test("without a consensus forecast or demand plan, the last forecast column is the plan", () => {
    const { model } = readPlanningModel(
      [
        grid("Demand", [
          ["Family", "Period", "Actual", "Statistical Forecast", "Sales Forecast", "Customer Forecast (units)"],
          ["Widgets", "2026-01", 100, 95, 110, 99],
        ]),
      ],
      settings,
    );
    // "Customer Forecast (units)" is not one of the four named forecasts: it keeps its header text.
    expect(model.demand.forecastColumns).toEqual(["Statistical Forecast", "Sales Forecast", "Customer Forecast (units)"]);
    expect(model.demand.demandPlanColumn).toBe("Customer Forecast (units)");
  });

  test("the header row below a title and right of a margin, in a grid that starts at C3, gives real sheet addresses", () => {
    // values[0][0] is sheet cell C3; the header is grid row 2 -> sheet row 5; the family column is grid
    // column 1 -> sheet column D; the bad actual is grid (4, 3) -> sheet row 7, column F.
    const { model, findings } = readPlanningModel(
      [
        grid(
          "Demand",
          [
            ["Demand history and plan", null, null, null, null],
            [null, null, null, null, null],
            [null, "Family", "Period", "Actual", "Consensus Forecast"],
            [null, "Widgets", "2026-01", 100, 105],
            [null, "Widgets", "2026-02", "n/a", 106],
          ],
          { origin: { row: 2, col: 2 } },
        ),
      ],
      settings,
    );
    // The bad Actual costs only that measure: February's Consensus Forecast is kept.
    expect(model.demand.rows).toHaveLength(2);
    expect(model.demand.rows[0].ref).toEqual({ sheet: "Demand", cell: "D6", row: 5 });
    expect(model.demand.rows[1].actual).toBeNull();
    expect(model.demand.rows[1].forecasts["Consensus Forecast"]).toBe(106);
    expect(findings).toEqual([
      {
        sheet: "Demand",
        cell: "F7",
        severity: "warning",
        message: "'n/a' is not a number; the value is left out (the row's other values are kept)",
      },
    ]);
  });

  test("each period form in the Period column lands in its month", () => {
    const { model } = readPlanningModel(
      [
        grid("Demand", [
          ["Family", "Date", "Actual", "Consensus Forecast"],
          ["A", 46023, 1, 1], // serial for 2026-01-01 (see parsePeriod.test.ts)
          ["B", new Date(Date.UTC(2026, 1, 1)), 1, 1],
          ["C", "2026-03", 1, 1],
          ["D", "Apr 2026", 1, 1],
          ["E", "May 2026", 1, 1],
          ["F", "June 2026", 1, 1],
          ["G", "2026-07-15", 1, 1],
          ["H", "8/15/2026", 1, 1],
        ]),
      ],
      settings,
    );
    expect(model.demand.rows.map((r) => `${r.family} ${r.period}`)).toEqual([
      "A 2026-01",
      "B 2026-02",
      "C 2026-03",
      "D 2026-04",
      "E 2026-05",
      "F 2026-06",
      "G 2026-07",
      "H 2026-08",
    ]);
  });

  // How fast they are skipped is the bench's business (a timed assertion fails on a busy machine).
  test("50,000 formatted empty rows after the data are skipped silently", () => {
    const values = [
      ["Family", "Period", "Actual", "Consensus Forecast"],
      ["Widgets", "2026-01", 100, 105],
      ...Array.from({ length: 50_000 }, () => [null, null, "", null]),
    ];
    const { model, findings } = readPlanningModel([grid("Demand", values)], settings);
    expect(model.demand.rows).toHaveLength(1);
    expect(findings).toEqual([]);
  });
});

describe("long Demand data-quality findings", () => {
  test("every problem is a finding at its cell; a bad key costs the row, a bad measure only itself", () => {
    const { model, findings } = readPlanningModel(
      [
        grid("Demand", [
          ["Family", "Period", "Actual", "Sales Forecast", "Consensus Forecast"],
          ["Widgets", "2026-01", 100, 110, 105], // row 2: fine
          ["Widgets", "2026-02", "n/a", 110, 105], // row 3: text actual -> C3
          ["Widgets", "2026-03", { error: "#N/A" }, 110, 105], // row 4: Excel error -> C4
          ["Widgets", "2026-04", -5, 110, 105], // row 5: negative actual -> C5
          ["Widgets", "Q2 2026", 100, 110, 105], // row 6: not a month -> B6
          [null, "2026-01", 100, 110, 105], // row 7: blank family -> A7
          ["Widgets", "2026-01", 90, 100, 95], // row 8: duplicate of row 2 -> A8
          ["Widgets", null, 90, 100, 95], // row 9: blank period -> B9
          ["Widgets", "2026-05", null, -1, 105], // row 10: negative forecast -> D10
          [null, null, null, null, null], // row 11: blank row, skipped silently
          ["Gadgets", "2026-01", "1,250", 1300, 1280], // row 12: numeric text is read, with a warning that it is ambiguous
        ]),
      ],
      settings,
    );
    expect(where(findings)).toEqual([
      "Demand!C3 warning",
      "Demand!C4 warning",
      "Demand!C5 warning",
      "Demand!B6 error",
      "Demand!A7 error",
      "Demand!A8 error",
      "Demand!B9 error",
      "Demand!D10 warning",
      "Demand!C12 warning",
    ]);
    expect(findings.map((f) => f.message)).toEqual([
      "'n/a' is not a number; the value is left out (the row's other values are kept)",
      "#N/A is an Excel error, not a number; the value is left out (the row's other values are kept)",
      "Actual is negative (-5); the value is left out (the row's other values are kept)",
      "'Q2 2026' is not a month (use 2026-01, Jan 2026 or a date); the row is left out",
      "the family is blank; the row is left out",
      "family 'Widgets' in 2026-01 appears twice (first at A2); this later row is left out",
      "the period is blank; the row is left out",
      "Sales Forecast is negative (-1); the value is left out (the row's other values are kept)",
      "'1,250' could mean 1250 or 1.25 (a decimal point or a thousands separator); read as 1250: type the number without separators to be sure",
    ]);
    // Rows 3-5 and 10 keep their forecasts; only the bad measure is gone.
    expect(model.demand.rows.map((r) => `${r.family} ${r.period} ${r.actual} ${r.forecasts["Sales Forecast"]}`)).toEqual([
      "Widgets 2026-01 100 110",
      "Widgets 2026-02 null 110",
      "Widgets 2026-03 null 110",
      "Widgets 2026-04 null 110",
      "Widgets 2026-05 null null",
      "Gadgets 2026-01 1250 1300",
    ]);
  });

  test("the same family spelled with another case is the same family (duplicate, one spelling)", () => {
    const { model, findings } = readPlanningModel(
      [
        grid("Demand", [
          ["Family", "Period", "Actual", "Consensus Forecast"],
          ["Widgets", "2026-01", 100, 105],
          ["widgets ", "2026-02", 100, 105],
          ["WIDGETS", "2026-01", 100, 105],
        ]),
      ],
      settings,
    );
    expect(model.families).toEqual(["Widgets"]);
    expect(model.demand.rows.map((r) => r.family)).toEqual(["Widgets", "Widgets"]);
    expect(where(findings)).toEqual(["Demand!A4 error"]);
  });

  test("a second column with the same forecast name is a warning and is ignored", () => {
    const { model, findings } = readPlanningModel(
      [
        grid("Demand", [
          ["Family", "Period", "Actual", "Stat Forecast", "Statistical Forecast"],
          ["Widgets", "2026-01", 100, 105, 999],
        ]),
      ],
      settings,
    );
    expect(findings).toEqual([
      {
        sheet: "Demand",
        cell: "E1",
        severity: "warning",
        message: "a second 'Statistical Forecast' column; only the first is used",
      },
    ]);
    expect(model.demand.rows[0].forecasts).toEqual({ "Statistical Forecast": 105 });
  });
});
