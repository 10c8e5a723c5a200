import { readInputGrids } from "../../src/hosts/office/readInputGrids";
import { createOfficeHost } from "../../src/hosts/office/officeHost";
import { resolveSettings } from "../../src/engine/settings";
import { FakeWorkbook } from "./fakeExcel";
import { sampleWorkbook } from "./workbooks";

describe("Office host: reading the input sheets", () => {
  test("reads a table that does not start at A1, with its origin, number formats and Excel errors", async () => {
    const book = new FakeWorkbook();
    // Header on row 3, from column B; C5 holds Excel's #N/A error, D4 is 85% formatted as a percentage.
    book.addSheetWithRows(
      "demand",
      [[], [], [null, "Family", "Period", "Actual"], [null, "Kettles", 46023, 0.85], [null, "Toasters", "Jan 2026", "#N/A"]],
      [[], [], [], [null, null, "yyyy-mm", "0%"], []],
    );
    book.addSheetWithRows("Notes", [["not an input"]]);
    const inputs = await book.run((ctx) => readInputGrids(ctx, resolveSettings()));
    expect(inputs.inputSheets).toEqual({ demand: "demand" });
    // The input sheet read, and the workbook's other sheet by name only (its cells are not read).
    expect(inputs.grids).toHaveLength(2);
    expect(inputs.grids[1]).toEqual({ sheet: "Notes", values: [] });
    const [grid] = inputs.grids;
    expect(grid.origin).toEqual({ row: 2, col: 1 });
    expect(grid.values).toEqual([
      ["Family", "Period", "Actual"],
      ["Kettles", 46023, 0.85],
      ["Toasters", "Jan 2026", { error: "#N/A" }],
    ]);
    expect(grid.numberFormats?.[1]).toEqual([null, "yyyy-mm", "0%"]);
    expect(book.addinSyncs).toHaveLength(3);
    expect(book.syncs).toHaveLength(4); // and the library's own request releasing the ranges it kept
  });

  test("reads a sheet the settings map to a role, under any name", async () => {
    const book = new FakeWorkbook();
    book.addSheetWithRows("Forecast FY27", [
      ["Family", "Period", "Actual"],
      ["Kettles", "2026-01", 10],
    ]);
    const inputs = await book.run((ctx) => readInputGrids(ctx, resolveSettings({ sheetNames: { demand: "forecast fy27" } })));
    expect(inputs.inputSheets.demand).toBe("Forecast FY27");
  });

  test("finds the planted problems of the sample: Kettles 2025-03 'n/a' and the duplicate Toasters 2027-02 supply row", async () => {
    const book = await sampleWorkbook();
    const statuses = await createOfficeHost(book.run).inspectInputs(resolveSettings());
    const byRole = Object.fromEntries(statuses.map((s) => [s.role, s]));
    // PLANTED.md: Demand has 504 rows (12 families x 42 months); the Kettles 2025-03 row with the text
    // "n/a" as Actual costs that value only: all 504 rows are usable (their forecasts kept).
    expect(byRole.demand).toMatchObject({ sheet: "Demand", required: true, rows: 504, families: 12, periods: 42 });
    expect(byRole.demand.findings).toBeGreaterThanOrEqual(1);
    expect(byRole.supply.sheet).toBe("Supply");
    expect(byRole.supply.findings).toBeGreaterThanOrEqual(1);
    expect(byRole.capacity).toMatchObject({ sheet: "Capacity", rows: 108, families: 6, periods: 18 });
    expect(byRole.billOfResources).toMatchObject({ sheet: "Bill of Resources", rows: 34 });
    expect(byRole.scenarios).toMatchObject({ sheet: "Scenarios", rows: 3 });
  });

  test("a workbook without a Demand sheet is inspected without an exception: Demand shows as missing", async () => {
    const book = new FakeWorkbook();
    book.addSheetWithRows("Supply", [
      ["Family", "Period", "Planned Production"],
      ["Kettles", "2026-01", 10],
    ]);
    const statuses = await createOfficeHost(book.run).inspectInputs(resolveSettings());
    expect(statuses.find((s) => s.role === "demand")).toMatchObject({ sheet: null, required: true, rows: 0 });
  });
});
