import { readPlanningModel } from "../../../src/engine/read";
import { demandLong, grid, settings, where } from "./grids";

// demandLong(): family Widgets, actuals 2026-01..02, plan 2026-03 -> plan horizon ["2026-03"].

describe("Supply", () => {
  test("reads planned production, beginning and target inventory under synonyms", () => {
    const { model, findings } = readPlanningModel(
      [
        demandLong(),
        grid("supply", [
          ["Product Family", "Month", "Production", "Opening Inventory", "Safety Stock"],
          ["Widgets", "Mar 2026", 125, 40, 30],
        ]),
      ],
      settings,
    );
    expect(findings).toEqual([]);
    expect(model.sheets.supply).toBe("supply");
    expect(model.supply).toEqual([
      {
        family: "Widgets",
        period: "2026-03",
        plannedProduction: 125,
        beginningInventory: 40,
        targetInventory: 30,
        actualProduction: null,
        ref: { sheet: "supply", cell: "A2", row: 1 },
      },
    ]);
  });

  test("Actual Production of closed months: read under its synonyms; a negative or text value is a warning at its cell and costs that value only", () => {
    const { model, findings } = readPlanningModel(
      [
        demandLong(),
        grid("Supply", [
          ["Family", "Period", "Planned Production", "Actual Output"],
          ["Widgets", "2026-01", 100, 96],
          ["Widgets", "2026-02", 120, null],
          ["Widgets", "2026-03", 130, -4], // D4
          ["Widgets", "2026-04", 130, "lots"], // D5
        ]),
      ],
      settings,
    );
    expect(where(findings)).toEqual(["Supply!D4 warning", "Supply!D5 warning"]);
    expect(findings[0].message).toBe(
      "Actual Production is negative (-4); the value is left out (the row's other values are kept)",
    );
    // The planned production of March and April is kept; only the bad Actual Production is lost.
    expect(model.supply!.map((r) => [r.period, r.plannedProduction, r.actualProduction])).toEqual([
      ["2026-01", 100, 96],
      ["2026-02", 120, null],
      ["2026-03", 130, null],
      ["2026-04", 130, null],
    ]);
  });

  test("supply after the last actual extends the plan horizon", () => {
    const { model } = readPlanningModel(
      [
        demandLong(),
        grid("Supply", [
          ["Family", "Period", "Planned Production"],
          ["Widgets", "2026-03", 1],
          ["Widgets", "2026-04", 1],
        ]),
      ],
      settings,
    );
    expect(model.planPeriods).toEqual(["2026-03", "2026-04"]);
  });

  test("a required column missing: error finding at the header row, sheet treated as absent", () => {
    const { model, findings } = readPlanningModel(
      [demandLong(), grid("Supply", [[null], ["Family", "Period", "Qty"], ["Widgets", "2026-03", 1]])],
      settings,
    );
    expect(findings).toEqual([
      {
        sheet: "Supply",
        cell: "A2",
        severity: "error",
        message:
          "the header row has no 'Planned Production' column; add it (headers match ignoring case and spaces); the sheet is not used",
      },
    ]);
    expect(model.supply).toBeNull();
    expect(model.sheets.supply).toBeUndefined();
  });

  test("no data rows: error finding, sheet treated as absent", () => {
    const { model, findings } = readPlanningModel(
      [
        demandLong(),
        grid("Supply", [
          ["Family", "Period", "Planned Production"],
          [null, "", null],
        ]),
      ],
      settings,
    );
    expect(findings).toEqual([
      { sheet: "Supply", cell: "A1", severity: "error", message: "no data rows below the header row; the sheet is not used" },
    ]);
    expect(model.supply).toBeNull();
  });

  test("row findings: negative production, duplicate family+period, text, negative opening stock read as backlog", () => {
    const { model, findings } = readPlanningModel(
      [
        demandLong(),
        grid("Supply", [
          ["Family", "Period", "Planned Production", "Beginning Inventory", "Target Inventory"],
          ["Widgets", "2026-03", 100, -20, 30], // D2: backlog, warning, row kept
          ["Widgets", "2026-04", -1, null, 30], // C3: negative production
          ["Widgets", "2026-03", 90, null, 30], // A4: duplicate of A2
          ["Widgets", "2026-05", 100, null, "tbd"], // E5: not a number, in an optional column: that value only
        ]),
      ],
      settings,
    );
    expect(where(findings)).toEqual(["Supply!D2 warning", "Supply!C3 error", "Supply!A4 error", "Supply!E5 warning"]);
    expect(findings[0].message).toBe("Beginning Inventory is negative (-20); it is read as a backlog");
    expect(findings[2].message).toBe("family 'Widgets' in 2026-03 appears twice (first at A2); this later row is left out");
    expect(model.supply!.map((r) => [r.period, r.plannedProduction, r.beginningInventory, r.targetInventory])).toEqual([
      ["2026-03", 100, -20, 30],
      ["2026-05", 100, null, null],
    ]);
  });

  test("all rows unusable: the sheet is treated as absent and says so", () => {
    const { model, findings } = readPlanningModel(
      [
        demandLong(),
        grid("Supply", [
          ["Family", "Period", "Planned Production"],
          ["Widgets", "later", 1],
        ]),
      ],
      settings,
    );
    expect(where(findings)).toEqual(["Supply!A1 error", "Supply!B2 error"]);
    expect(findings[0].message).toBe("none of the 1 data rows can be used (see the findings below); the sheet is not used");
    expect(model.supply).toBeNull();
  });
});

describe("Capacity", () => {
  test("utilization and efficiency in every percent form; defaults 100% and no overtime", () => {
    const { model, findings } = readPlanningModel(
      [
        demandLong(),
        grid(
          "Capacity",
          [
            ["Work Center", "Period", "Available Hours", "Utilization", "Efficiency", "Max Overtime Hours"],
            ["Line 1", "2026-03", 160, 0.85, 95, 20], // 0.85 fraction, 95 points
            ["Line 2", "2026-03", 160, 0.9, "110%", null], // 0.9 in a % cell, text 110%
            ["Line 3", "2026-03", "1,200", null, null, null], // defaults
          ],
          { numberFormats: [[], [], [null, null, null, null, null, null], [null, null, null, "0%", null, null]] },
        ),
      ],
      settings,
    );
    // '1,200' reads as 1,200 hours here, but as 1.2 where the comma is the decimal mark: said, not guessed silently.
    expect(findings).toEqual([
      {
        sheet: "Capacity",
        cell: "C4",
        severity: "warning",
        message:
          "'1,200' could mean 1200 or 1.2 (a decimal point or a thousands separator); read as 1200: type the number without separators to be sure",
      },
    ]);
    expect(model.capacity!.map((r) => [r.resource, r.availableHours, r.utilization, r.efficiency, r.maxOvertimeHours])).toEqual([
      ["Line 1", 160, 0.85, 0.95, 20],
      ["Line 2", 160, 0.9, 1.1, 0],
      ["Line 3", 1200, 1, 1, 0],
    ]);
  });

  test("Overtime Cost per hour: read under its synonyms, blank = not priced, negative or text is a warning at its cell (that cost only is lost)", () => {
    const { model, findings } = readPlanningModel(
      [
        demandLong(),
        grid("Capacity", [
          ["Resource", "Period", "Available Hours", "Max Overtime Hours", "Overtime Rate"],
          ["Line 1", "2026-03", 160, 20, 45], // $45 an overtime hour
          ["Line 2", "2026-03", 160, 10, "$1,250.50"], // text with currency and thousands separator
          ["Line 3", "2026-03", 160, 10, null], // blank: overtime not priced
          ["Line 4", "2026-03", 160, 10, -5], // E5: negative
          ["Line 5", "2026-03", 160, 10, "n/a"], // E6: not a number
        ]),
      ],
      settings,
    );
    expect(where(findings)).toEqual(["Capacity!E5 warning", "Capacity!E6 warning"]);
    expect(findings[0].message).toBe("Overtime Cost is negative (-5); the value is left out (the row's other values are kept)");
    expect(findings[1].message).toBe("'n/a' is not a number; the value is left out (the row's other values are kept)");
    // Lines 4 and 5 keep their hours and overtime allowance; their overtime is just not priced.
    expect(model.capacity!.map((r) => [r.resource, r.maxOvertimeHours, r.overtimeCost])).toEqual([
      ["Line 1", 20, 45],
      ["Line 2", 10, 1250.5],
      ["Line 3", 10, null],
      ["Line 4", 10, null],
      ["Line 5", 10, null],
    ]);
  });

  test("percentages outside 0%..200% are warnings (the default 100% holds), negative hours are errors; duplicates name both cells", () => {
    const { model, findings } = readPlanningModel(
      [
        demandLong(),
        grid("Capacity", [
          ["Resource", "Period", "Available Hours", "Utilization", "Efficiency"],
          ["Line 1", "2026-03", 160, 250, 1], // D2: 250 -> 250% > 200%
          ["Line 2", "2026-03", 160, 0.9, -0.1], // E3: -10% < 0%
          ["Line 3", "2026-03", -8, 0.9, 1], // C4: negative hours
          ["Line 4", "2026-03", 160, 0.9, 1],
          ["line 4", "2026-03", 150, 0.9, 1], // A6: same resource and month as A5
        ]),
      ],
      settings,
    );
    expect(where(findings)).toEqual(["Capacity!D2 warning", "Capacity!E3 warning", "Capacity!C4 error", "Capacity!A6 error"]);
    expect(findings[0].message).toBe(
      "Utilization 250% is outside 0% to 200%; the value is left out (the row's other values are kept)",
    );
    expect(findings[1].message).toBe(
      "Efficiency -10% is outside 0% to 200%; the value is left out (the row's other values are kept)",
    );
    expect(findings[3].message).toBe("resource 'line 4' in 2026-03 appears twice (first at A5); this later row is left out");
    expect(model.capacity!.map((r) => [r.resource, r.utilization, r.efficiency])).toEqual([
      ["Line 1", 1, 1],
      ["Line 2", 0.9, 1],
      ["Line 4", 0.9, 1],
    ]);
  });

  test("the cell's percent format decides: 2.5 in a 0% cell is 250% (out of range), 2.5 unformatted is 2.5 points", () => {
    const { model, findings } = readPlanningModel(
      [
        demandLong(),
        grid(
          "Capacity",
          [
            ["Resource", "Period", "Available Hours", "Utilization"],
            ["Line 1", "2026-03", 160, 2.5],
            ["Line 2", "2026-03", 160, 2.5],
          ],
          { numberFormats: [[], [null, null, null, "0%"], []] },
        ),
      ],
      settings,
    );
    expect(findings).toEqual([
      {
        sheet: "Capacity",
        cell: "D2",
        severity: "warning",
        message: "Utilization 250% is outside 0% to 200%; the value is left out (the row's other values are kept)",
      },
    ]);
    expect(model.capacity!.map((r) => [r.resource, r.utilization])).toEqual([
      ["Line 1", 1],
      ["Line 2", 0.025],
    ]);
  });

  test("capacity for months outside the plan horizon: one warning per resource at its first such cell", () => {
    const { model, findings } = readPlanningModel(
      [
        demandLong(),
        grid("Capacity", [
          ["Resource", "Period", "Available Hours"],
          ["Line 1", "2026-01", 160], // history month: outside the plan (B2)
          ["Line 1", "2026-02", 160],
          ["Line 1", "2026-03", 160],
          ["Line 2", "2026-03", 160],
        ]),
      ],
      settings,
    );
    expect(findings).toEqual([
      {
        sheet: "Capacity",
        cell: "B2",
        severity: "warning",
        message:
          "capacity of resource 'Line 1' for 2 months, 2026-01 to 2026-02 is outside the plan horizon (2026-03 to 2026-03); it is not used",
      },
    ]);
    // A warning does not drop the rows: the capacity analysis simply looks at plan months only.
    expect(model.capacity).toHaveLength(4);
  });
});

describe("Bill of Resources", () => {
  const capacity = grid("Capacity", [
    ["Resource", "Period", "Available Hours"],
    ["Line 1", "2026-03", 160],
  ]);

  test("found under the name Routing; hours per unit and offset", () => {
    const { model, findings } = readPlanningModel(
      [
        demandLong(),
        capacity,
        grid("Routing", [
          ["Family", "Resource", "Hours/Unit", "Offset"],
          ["Widgets", "Line 1", 0.25, 1],
          ["Widgets", "Line 1 ", 0.5, null],
        ]),
      ],
      settings,
    );
    expect(model.sheets.billOfResources).toBe("Routing");
    expect(where(findings)).toEqual(["Routing!A3 error"]); // same family and resource as row 2
    expect(model.billOfResources).toEqual([
      { family: "Widgets", resource: "Line 1", hoursPerUnit: 0.25, offset: 1, ref: { sheet: "Routing", cell: "A2", row: 1 } },
    ]);
  });

  test("unknown resource and unknown family are warnings at their cells; a differently cased name takes the known spelling", () => {
    const { model, findings } = readPlanningModel(
      [
        demandLong(),
        capacity,
        grid("Bill of Resources", [
          ["Family", "Resource", "Hours per Unit"],
          ["widgets", "LINE 1", 0.25], // known names in another case: no finding
          ["Widgets", "Line 9", 0.1], // B3: not on Capacity
          ["Gizmos", "Line 1", 0.2], // A4: not on Demand
        ]),
      ],
      settings,
    );
    expect(findings).toEqual([
      {
        sheet: "Bill of Resources",
        cell: "B3",
        severity: "warning",
        message: "resource 'Line 9' is not on the Capacity sheet; its load cannot be checked against capacity",
      },
      {
        sheet: "Bill of Resources",
        cell: "A4",
        severity: "warning",
        message: "family 'Gizmos' is not on the Demand sheet; it adds no load",
      },
    ]);
    expect(model.billOfResources!.map((r) => `${r.family}/${r.resource}`)).toEqual([
      "Widgets/Line 1",
      "Widgets/Line 9",
      "Gizmos/Line 1",
    ]);
  });

  test("an offset must be a whole number of periods", () => {
    const { findings } = readPlanningModel(
      [
        demandLong(),
        grid("Capacity Bill", [
          ["Family", "Resource", "Hours per Unit", "Offset"],
          ["Widgets", "Line 1", 0.25, 1.5],
          ["Widgets", "Line 2", 0.25, 2],
        ]),
      ],
      settings,
    );
    expect(findings[0]).toEqual({
      sheet: "Capacity Bill",
      cell: "D2",
      severity: "warning",
      message: "Offset must be a whole number of periods, not 1.5; the value is left out (the row's other values are kept)",
    });
  });
});

describe("Finance", () => {
  test("prices for all months and by month; duplicates by family and period", () => {
    const { model, findings } = readPlanningModel(
      [
        demandLong(),
        grid("Finance", [
          ["Family", "Period", "Price", "Unit Cost", "Budget Revenue", "Budget Units"],
          ["Widgets", null, "$12.50", 7, 15000, 1200],
          ["Widgets", "2026-03", 13, 7, null, null],
          ["Widgets", null, 12, 7, null, null], // A4: second all-months price
          ["Widgets", "2026-04", { error: "#VALUE!" }, 7, null, null], // C5
        ]),
      ],
      settings,
    );
    // The budget on the row without a Period is annual: 15,000 / 12 = 1,250 and 1,200 / 12 = 100 a month.
    expect(where(findings)).toEqual(["Finance!E2 warning", "Finance!F2 warning", "Finance!A4 error", "Finance!C5 error"]);
    expect(findings[0].message).toBe(
      "Budget Revenue 15,000 of 'Widgets' has no Period: read as an annual amount, one twelfth (1,250) in each plan month",
    );
    expect(findings[2].message).toBe("family 'Widgets' appears twice (first at A2); this later row is left out");
    expect(model.finance!.map((r) => [r.period, r.unitPrice, r.unitCost, r.budgetRevenue, r.budgetUnits])).toEqual([
      [null, 12.5, 7, 1250, 100],
      ["2026-03", 13, 7, null, null],
    ]);
  });
});

describe("Scenarios", () => {
  test("change percentages in each form, restricted to a family or resource", () => {
    const { model, findings } = readPlanningModel(
      [
        demandLong(),
        grid("Scenarios", [
          ["Scenario", "Demand Change %", "Price Change %", "Capacity Change %", "Family", "Resource"],
          ["Promo", 15, "-5%", null, "Widgets", null], // 15 points, text percent
          ["Promo", null, null, 0.1, null, "Line 1"], // fraction; another row of the same scenario
          ["Crash", -150, null, null, null, null], // B4: -150% is below -100%
          ["Promo", 1, null, null, "Widgets", null], // A5: same scenario and family as row 2
        ]),
      ],
      settings,
    );
    expect(where(findings)).toEqual(["Scenarios!B4 warning", "Scenarios!A5 error"]);
    expect(findings[0].message).toBe(
      "Demand Change % -150% is outside -100% to 200%; the value is left out (the row's other values are kept)",
    );
    expect(
      model.scenarios!.map((r) => [r.scenario, r.demandChange, r.priceChange, r.capacityChange, r.family, r.resource]),
    ).toEqual([
      ["Promo", 0.15, -0.05, null, "Widgets", null],
      ["Promo", null, null, 0.1, null, "Line 1"],
      // Crash is still listed (the warning says its change was not used), so nothing typed is lost.
      ["Crash", null, null, null, null, null],
    ]);
  });
});

describe("findings are ordered by sheet (S&OP cycle order) then row", () => {
  test("Demand before Supply before Capacity, whatever the workbook order", () => {
    const { findings } = readPlanningModel(
      [
        grid("Capacity", [
          ["Resource", "Period", "Available Hours"],
          ["L", "2026-03", "x"],
        ]),
        grid("Supply", [
          ["Family", "Period", "Planned Production"],
          ["Widgets", "2026-03", 1],
          ["Widgets", "2026-03", "y"],
        ]),
        grid("Demand", [
          ["Family", "Period", "Actual", "Consensus Forecast"],
          ["Widgets", "2026-03", null, 1],
          ["Widgets", "2026-04", null, "z"],
        ]),
      ],
      settings,
    );
    expect(where(findings)).toEqual(["Demand!D3 warning", "Supply!C3 error", "Capacity!A1 error", "Capacity!C2 error"]);
  });
});
