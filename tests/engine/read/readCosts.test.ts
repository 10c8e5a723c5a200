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

  test("a negative, non-numeric or percentage cost is an error at its cell and the row is left out", () => {
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
    expect(where(findings)).toEqual(["Capacity!D2 error", "Capacity!D3 error", "Capacity!D4 error"]);
    expect(findings[0].message).toMatch(/Overtime Cost is negative/);
    expect(findings[1].message).toMatch(/'lots' is not a number/);
    expect(findings[2].message).toMatch(/money per hour, not a percentage/);
    expect(model.capacity?.map((r) => r.resource)).toEqual(["Line 4"]);
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

  test("negative or non-numeric costs are errors at their cells", () => {
    const { findings } = readPlanningModel(
      [
        demandLong(),
        grid("Finance", [
          ["Family", "Unit Price", "Holding Cost", "Subcontract Cost"],
          ["Widgets", 100, "-1", "n/a"],
        ]),
      ],
      settings,
    );
    // The only row is left out, so the sheet has no usable row left (A1: the sheet is not used).
    expect(where(findings)).toEqual(["Finance!A1 error", "Finance!C2 error", "Finance!D2 error"]);
    expect(findings[1].message).toMatch(/Holding Cost is negative/);
  });
});
