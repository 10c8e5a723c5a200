/**
 * The Inventory Policy sheet (SPEC "Input workbook", "Inventory policy"): Family, Lead Time (months,
 * default 1), Lead Time Std Dev (default 0), Service Level (0.95, 95% or 95). A bad value costs its
 * row (the family then takes the defaults), with an error naming sheet and cell; nothing else is lost.
 */
import { readPlanningModel } from "../../../src/engine/read";
import { demandLong, grid, settings, where } from "./grids";

function demandTwoFamilies() {
  return grid("Demand", [
    ["Family", "Period", "Actual", "Consensus Forecast"],
    ["Widgets", "2026-01", 100, 110],
    ["Gadgets", "2026-01", 50, 55],
    ["Widgets", "2026-02", null, 130],
    ["Gadgets", "2026-02", null, 60],
  ]);
}

describe("Inventory Policy sheet", () => {
  test("reads lead times and service levels given as 0.95, 95% (formatted or text) and 95, under synonyms", () => {
    const { model, findings } = readPlanningModel(
      [
        demandTwoFamilies(),
        grid(
          "inventory policy",
          [
            ["Product Family", "Lead Time (months)", "Lead Time SD", "Cycle Service Level"],
            ["widgets", 2, 0.5, 0.95],
            ["Gadgets", null, null, 97.5],
          ],
          {},
        ),
      ],
      settings,
    );
    expect(findings).toEqual([]);
    expect(model.sheets.inventoryPolicy).toBe("inventory policy");
    expect(model.inventoryPolicy).toEqual([
      // The Demand spelling of the family wins, as on every other sheet.
      {
        family: "Widgets",
        leadTime: 2,
        leadTimeSd: 0.5,
        serviceLevel: 0.95,
        ref: { sheet: "inventory policy", cell: "A2", row: 1 },
      },
      {
        family: "Gadgets",
        leadTime: null,
        leadTimeSd: null,
        serviceLevel: 0.975,
        ref: { sheet: "inventory policy", cell: "A3", row: 2 },
      },
    ]);
  });

  test("a percent-formatted cell and text '95%' are both 95%", () => {
    const { model } = readPlanningModel(
      [
        demandTwoFamilies(),
        grid(
          "Inventory Policy",
          [
            ["Family", "Service Level"],
            ["Widgets", 0.95],
            ["Gadgets", "95%"],
          ],
          {
            numberFormats: [
              [null, null],
              [null, "0%"],
              [null, null],
            ],
          },
        ),
      ],
      settings,
    );
    expect(model.inventoryPolicy!.map((r) => r.serviceLevel)).toEqual([0.95, 0.95]);
  });

  test("bad lead times and service levels: an error at the cell each, the row left out, the rest kept", () => {
    const { model, findings } = readPlanningModel(
      [
        demandLong(),
        grid("Inventory Policy", [
          ["Family", "Lead Time", "Lead Time Std Dev", "Service Level"],
          ["Widgets", -1, 0, 0.95], // B2: negative
          ["Widgets", "two", 0, 0.95], // B3: not a number
          ["Widgets", 1, -0.5, 0.95], // C4: negative
          ["Widgets", 1, 0, 0.5], // D5: 50% is outside (50%, 100%)
          ["Widgets", 1, 0, 100], // D6: 100%
          ["Widgets", 1, 0, "high"], // D7: not a number
          ["Widgets", 1.5, 0.25, "99%"], // kept
        ]),
      ],
      settings,
    );
    expect(where(findings)).toEqual([
      "Inventory Policy!B2 error",
      "Inventory Policy!B3 error",
      "Inventory Policy!C4 error",
      "Inventory Policy!D5 error",
      "Inventory Policy!D6 error",
      "Inventory Policy!D7 error",
    ]);
    for (const f of findings) expect(f.message).toMatch(/the row is left out$/);
    expect(findings[0].message).toBe("Lead Time is negative (-1 months); give it in months, 0 or more; the row is left out");
    expect(findings[3].message).toMatch(/^Service Level 0.5 \(50%\) is outside 50% to 100% \(both excluded\)/);
    expect(model.inventoryPolicy).toEqual([
      {
        family: "Widgets",
        leadTime: 1.5,
        leadTimeSd: 0.25,
        serviceLevel: 0.99,
        ref: { sheet: "Inventory Policy", cell: "A8", row: 7 },
      },
    ]);
    // Nothing else is lost: the Demand sheet is read as always.
    expect(model.demand.rows).toHaveLength(3);
  });

  test("a family not on the Demand sheet: a warning at its Family cell, its row left out", () => {
    const { model, findings } = readPlanningModel(
      [
        demandLong(),
        grid("Inventory Policy", [
          ["Family", "Lead Time"],
          ["Widgets", 2],
          ["Sprockets", 3],
        ]),
      ],
      settings,
    );
    expect(where(findings)).toEqual(["Inventory Policy!A3 warning"]);
    expect(findings[0].message).toBe(
      "family 'Sprockets' is not on the Demand sheet; its inventory policy is not used and the row is left out",
    );
    expect(model.inventoryPolicy!.map((r) => r.family)).toEqual(["Widgets"]);
  });

  test("the same family twice: the later row is left out, naming the first", () => {
    const { model, findings } = readPlanningModel(
      [
        demandLong(),
        grid("Inventory Policy", [
          ["Family", "Lead Time"],
          ["Widgets", 2],
          ["WIDGETS", 3],
        ]),
      ],
      settings,
    );
    expect(where(findings)).toEqual(["Inventory Policy!A3 error"]);
    expect(findings[0].message).toMatch(/appears twice \(first at A2\)/);
    expect(model.inventoryPolicy!.map((r) => r.leadTime)).toEqual([2]);
  });

  test("without a Family column the sheet is not used, and the finding says why", () => {
    const { model, findings } = readPlanningModel([demandLong(), grid("Inventory Policy", [["Lead Time"], [2]])], settings);
    expect(where(findings)).toEqual(["Inventory Policy!A1 error"]);
    expect(model.inventoryPolicy).toBeUndefined();
    expect(model.rejectedSheets?.inventoryPolicy?.sheet).toBe("Inventory Policy");
  });
});
