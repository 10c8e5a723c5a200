import { InputError } from "../../../src/engine/errors";
import { readPlanningModel } from "../../../src/engine/read";
import { resolveSettings } from "../../../src/engine/settings";
import type { CellGrid } from "../../../src/engine/grid";
import { demandLong, grid, settings } from "./grids";

function inputError(grids: CellGrid[], s = settings): InputError {
  try {
    readPlanningModel(grids, s);
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error("expected an InputError");
}

describe("input that cannot be used stops the run with a message naming sheet, cell and fix", () => {
  test("no Demand sheet", () => {
    const e = inputError([grid("Supply", [["Family", "Period", "Planned Production"]])]);
    expect(e.message).toBe(
      "no Demand sheet (sheets: 'Supply'); add a sheet named Demand or choose the demand sheet in the settings",
    );
    expect(e.findings).toEqual([{ sheet: "Demand", cell: "", severity: "error", message: e.message }]);
  });

  test("a Demand sheet mapped in the settings that is not in the workbook", () => {
    const e = inputError([demandLong()], resolveSettings({ sheetNames: { demand: "Forecast 2026" } }));
    expect(e.message).toBe("the sheet 'Forecast 2026' set as Demand is not in the workbook (sheets: 'Demand')");
  });

  test("Demand without an Actual column names the header row's cell", () => {
    const e = inputError([
      grid("Demand", [["S&OP demand input"], ["Family", "Period", "Consensus Forecast"], ["Widgets", "2026-01", 100]]),
    ]);
    expect(e.message).toBe("Demand!A2: the header row lacks 'Actual'; add it (headers match ignoring case and spaces)");
    expect(e.findings).toEqual([
      {
        sheet: "Demand",
        cell: "A2",
        severity: "error",
        message: "the header row lacks 'Actual'; add it (headers match ignoring case and spaces)",
      },
    ]);
  });

  test("Demand with actuals only is read: the statistical baseline becomes the demand plan", () => {
    const model = readPlanningModel(
      [
        grid("Demand", [
          ["Family", "Period", "Actual"],
          ["Widgets", "2026-01", 1],
        ]),
      ],
      settings,
    ).model;
    expect(model.demand.forecastColumns).toEqual([]);
    expect(model.demand.demandPlanColumn).toBe("Baseline");
  });

  test("Demand with no recognisable header at all, in a grid starting at B3", () => {
    const e = inputError([
      grid(
        "Demand",
        [
          ["Item", "Qty"],
          ["x", 1],
        ],
        { origin: { row: 2, col: 1 } },
      ),
    ]);
    expect(e.message).toBe(
      "Demand!B3: no header row with Family, Period and Actual (or Family, Measure and one column per month) in the first 20 rows; add one",
    );
  });

  test("a header below the first 20 rows is not looked for", () => {
    const filler = Array.from({ length: 20 }, () => ["note"]);
    const e = inputError([
      grid("Demand", [...filler, ["Family", "Period", "Actual", "Consensus Forecast"], ["W", "2026-01", 1, 1]]),
    ]);
    expect(e.findings[0]).toMatchObject({ sheet: "Demand", cell: "A1", severity: "error" });
    // The same table one row higher (header on row 20) is found.
    const ok = readPlanningModel(
      [grid("Demand", [...filler.slice(1), ["Family", "Period", "Actual", "Consensus Forecast"], ["W", "2026-01", 1, 1]])],
      settings,
    );
    expect(ok.model.demand.rows[0].ref.cell).toBe("A21");
  });

  test("wide Demand without month columns", () => {
    const e = inputError([
      grid("Demand", [
        ["Family", "Measure", "Total"],
        ["Widgets", "Actual", 1],
      ]),
    ]);
    expect(e.findings[0]).toMatchObject({ sheet: "Demand", cell: "A1", severity: "error" });
    expect(e.message).toContain("one column per month");
  });

  test("Demand with a header but no data rows", () => {
    const e = inputError([
      grid("Demand", [
        ["Family", "Period", "Actual", "Consensus Forecast"],
        [null, null, null, null],
      ]),
    ]);
    expect(e.message).toBe("Demand!A1: no data rows below the header row; add the demand history and plan");
  });

  test("Demand whose every row has an error: nothing usable is left", () => {
    const e = inputError([
      grid("Demand", [
        ["Family", "Period", "Actual", "Consensus Forecast"],
        ["Widgets", "soon", 1, 1],
        ["Widgets", "2026-13", 1, 1],
      ]),
    ]);
    expect(e.message).toBe(
      "Demand!A1: none of the 2 data rows can be used (first problem: Demand!B2: 'soon' is not a month (use 2026-01, Jan 2026 or a date); the row is left out)",
    );
    // The row findings travel with the error so the host can list them.
    expect(e.findings.map((f) => `${f.sheet}!${f.cell} ${f.severity}`)).toEqual([
      "Demand!B2 error",
      "Demand!B3 error",
      "Demand!A1 error",
    ]);
  });

  test("wide Demand with only Actual rows is read as actuals only", () => {
    const model = readPlanningModel(
      [
        grid("Demand", [
          ["Family", "Measure", "2026-01"],
          ["Widgets", "Actual", 1],
        ]),
      ],
      settings,
    ).model;
    expect(model.demand.forecastColumns).toEqual([]);
    expect(model.demand.rows.map((r) => [r.family, r.period, r.actual])).toEqual([["Widgets", "2026-01", 1]]);
  });
});
