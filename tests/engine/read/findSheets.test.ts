import { findSheets, readPlanningModel } from "../../../src/engine/read";
import { resolveSettings } from "../../../src/engine/settings";
import { isPackSheetName } from "../../../src/engine/read/synonyms";
import { SheetNames } from "../../../src/report/sheetNames";
import { demandLong, grid, settings } from "./grids";

const header = (cols: string[]) => grid("x", [cols]);
function named(sheet: string, cols: string[]) {
  return { ...header(cols), sheet };
}

describe("input sheets are found by name, ignoring case and spaces, with synonyms", () => {
  test("each role under a synonym; generated sheets such as Capacity Check are not inputs", () => {
    const found = findSheets(
      [
        named("DEMAND", []),
        named("Capacity Check", []),
        named("supply plan", []),
        named(" capacity", []),
        named("Resource Profile", []),
        named("Financials", []),
        named("Scenario", []),
      ],
      settings,
    );
    expect(Object.fromEntries(Object.entries(found.grids).map(([role, g]) => [role, g!.sheet]))).toEqual({
      demand: "DEMAND",
      supply: "supply plan",
      capacity: " capacity",
      billOfResources: "Resource Profile",
      finance: "Financials",
      scenarios: "Scenario",
    });
    expect(found.findings).toEqual([]);
  });

  test("a sheet named in the settings takes the role, even with another name", () => {
    const found = findSheets(
      [named("Demand", []), named("Forecast 2026", []), named("Routing", [])],
      resolveSettings({
        sheetNames: { demand: "forecast 2026" },
      }),
    );
    expect(found.grids.demand!.sheet).toBe("Forecast 2026");
    expect(found.grids.billOfResources!.sheet).toBe("Routing");
  });

  test("a mapped optional sheet that is missing is a warning and the role is absent (no fallback)", () => {
    const found = findSheets([named("Demand", []), named("Supply", [])], resolveSettings({ sheetNames: { supply: "MPS" } }));
    expect(found.grids.supply).toBeUndefined();
    expect(found.findings).toEqual([
      {
        sheet: "MPS",
        cell: "",
        severity: "warning",
        message: "the sheet 'MPS' set as Supply is not in the workbook; it is skipped",
      },
      // The sheet named Supply is not read, and the planner is told why.
      {
        sheet: "Supply",
        cell: "",
        severity: "info",
        message: "looks like a Supply sheet but is not read: the settings choose 'MPS' as the Supply sheet",
      },
    ]);
  });

  test("absent optional sheets give no finding (the pack says which analyses were skipped)", () => {
    const { model, findings } = readPlanningModel([demandLong()], settings);
    expect(findings).toEqual([]);
    expect(model.sheets).toEqual({ demand: "Demand" });
    expect([model.supply, model.capacity, model.billOfResources, model.finance, model.scenarios]).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});

describe("sheets that look like input sheets", () => {
  test("a second Demand-like sheet is listed as not read, naming the sheet used; pack sheets are not", () => {
    const found = findSheets(
      [named("Demand", []), named("Demand 2025 (old)", []), named("Demand Review", []), named("Scen - Optimistic", [])],
      resolveSettings(),
    );
    expect(found.findings).toEqual([
      {
        sheet: "Demand 2025 (old)",
        cell: "",
        severity: "info",
        message:
          "looks like a Demand sheet but is not read: the Demand sheet used is 'Demand'; to use this one instead, choose it as the Demand sheet in the settings",
      },
    ]);
  });

  test("every sheet the pack writes is known to the readers as a pack sheet", () => {
    for (const name of Object.values(SheetNames)) expect(isPackSheetName(name)).toBe(true);
    expect(isPackSheetName("Gap Table (2)")).toBe(true);
    expect(isPackSheetName("Demand 2025")).toBe(false);
  });
});
