/**
 * The balancing cost columns (SPEC.md "Input workbook"): Capacity's Overtime Cost and Finance's Holding,
 * Backorder, Below Target and Subcontract Cost, read like every other input: synonyms, money as numbers
 * or text, percentages (of Unit Cost) where a cost can be one, findings for negative or non-numeric cells.
 */
import { readPlanningModel } from "../../../src/engine/read";
import { demandLong, grid, settings, where } from "./grids";

describe("Capacity: Overtime Cost", () => {
  test("is read under its synonyms, as a number or as money text", () => {
    const { model, findings } = readPlanningModel(
      [
        demandLong(),
        grid("Capacity", [
          ["Work Center", "Month", "Hours", "OT Cost"],
          ["Line 1", "2026-03", 100, 45],
          ["Line 2", "2026-03", 100, "$37.50"],
          ["Line 3", "2026-03", 100, null],
        ]),
      ],
      settings,
    );
    expect(findings).toEqual([]);
    expect(model.capacity?.map((r) => r.overtimeCost)).toEqual([45, 37.5, null]);
  });

  test("a negative, non-numeric or percentage cost is a warning at its cell; the resource keeps its hours", () => {
    const { model, findings } = readPlanningModel(
      [
        demandLong(),
        grid("Capacity", [
          ["Resource", "Period", "Available Hours", "Overtime Cost"],
          ["Line 1", "2026-03", 100, -5],
          ["Line 2", "2026-03", 100, "lots"],
          ["Line 3", "2026-03", 100, "150%"],
          ["Line 4", "2026-03", 100, 40],
        ]),
      ],
      settings,
    );
    expect(where(findings)).toEqual(["Capacity!D2 warning", "Capacity!D3 warning", "Capacity!D4 warning"]);
    expect(findings[0].message).toMatch(/Overtime Cost is negative/);
    expect(findings[1].message).toMatch(/'lots' is not a number/);
    expect(findings[2].message).toMatch(/money per hour, not a percentage/);
    expect(model.capacity?.map((r) => [r.resource, r.availableHours, r.overtimeCost])).toEqual([
      ["Line 1", 100, null],
      ["Line 2", 100, null],
      ["Line 3", 100, null],
      ["Line 4", 100, 40],
    ]);
  });
});

describe("Finance: Holding, Backorder, Below Target and Subcontract Cost", () => {
  test("money, text money and percentages (text or a percent-formatted cell) under synonyms", () => {
    const { model, findings } = readPlanningModel(
      [
        demandLong(),
        grid(
          "Finance",
          [
            [
              "Family",
              "Unit Price",
              "Unit Cost",
              "Carrying Cost",
              "Stockout Cost",
              "Below Safety Stock Cost",
              "Outsourcing Cost",
            ],
            ["Widgets", 100, 60, "2%", 40, 0.03, "$75"],
          ],
          // G2 formatted as a percentage: 0.03 is 3% (of Unit Cost), not $0.03.
          { numberFormats: [[], [null, null, null, null, null, "0%", null]] },
        ),
      ],
      settings,
    );
    expect(findings).toEqual([]);
    const row = model.finance?.[0];
    expect(row?.holdingCost).toEqual({ kind: "percent", value: 0.02 });
    expect(row?.backorderCost).toEqual({ kind: "money", value: 40 });
    expect(row?.belowTargetCost).toEqual({ kind: "percent", value: 0.03 });
    expect(row?.subcontractCost).toEqual({ kind: "money", value: 75 });
  });

  test("negative or non-numeric costs are warnings at their cells; the price is kept", () => {
    const { model, findings } = readPlanningModel(
      [
        demandLong(),
        grid("Finance", [
          ["Family", "Unit Price", "Holding Cost", "Subcontract Cost"],
          ["Widgets", 100, "-1", "n/a"],
        ]),
      ],
      settings,
    );
    // Only the two costs are lost (the documented defaults apply); the Unit Price still counts.
    expect(where(findings)).toEqual(["Finance!C2 warning", "Finance!D2 warning"]);
    expect(findings[0].message).toMatch(/Holding Cost is negative/);
    expect(model.finance?.map((r) => [r.family, r.unitPrice, r.holdingCost, r.subcontractCost])).toEqual([
      ["Widgets", 100, null, null],
    ]);
  });
});
