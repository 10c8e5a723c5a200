/**
 * The SOP.* functions called the way Excel calls them: through Microsoft's custom-functions runtime
 * (office.js + excel-win32-16.01, unmodified, tests/office/customFunctionsHost.ts). What is checked is
 * what the cell shows: the error value Excel knows, and the message where Excel keeps one.
 */
import { cellOf, excelCell, invoke } from "../office/customFunctionsHost";

describe("SOP.* errors through the real custom-functions runtime", () => {
  test("SOP.BIAS with no pairs is #N/A with its message", async () => {
    // No period has both an actual and a forecast: nothing to sum, as Excel's own functions say #N/A.
    expect(
      await excelCell("BIAS", [
        [[null], [null]],
        [[10], [null]],
      ]),
    ).toEqual({
      error: "#N/A",
      message: expect.stringMatching(/No period has both/),
    });
  });

  test("SOP.MAPE on all-zero actuals and SOP.TRACKINGSIGNAL with MAD 0 are #DIV/0!", async () => {
    // MAPE divides by each actual: with A = 0 in every period no term exists (SPEC: left out) -> #DIV/0!.
    expect(
      await excelCell("MAPE", [
        [[0], [0]],
        [[5], [7]],
      ]),
    ).toEqual({ error: "#DIV/0!" });
    // A = F in every period: e = 0, MAD = 0, RSFE / MAD = 0 / 0 -> #DIV/0!.
    expect(
      await excelCell("TRACKINGSIGNAL", [
        [[10], [20]],
        [[10], [20]],
      ]),
    ).toEqual({ error: "#DIV/0!" });
  });

  test("SOP.RATEDCAPACITY(-5) is #NUM! and mismatched ranges are #VALUE! with the message", async () => {
    expect(await excelCell("RATEDCAPACITY", [[[-5]], [[1]], [[1]]])).toEqual({ error: "#NUM!" });
    expect(
      await excelCell("BIAS", [
        [[1], [2], [3]],
        [[1], [2]],
      ]),
    ).toEqual({
      error: "#VALUE!",
      message: expect.stringMatching(/3 cells .* 2; give ranges of the same size/),
    });
  });

  test("a value comes back as the number itself", async () => {
    // RSFE = (10 - 8) + (20 - 25) = 2 - 5 = -3.
    const result = await invoke("BIAS", [
      [[10], [20]],
      [[8], [25]],
    ]);
    expect(result[1]).toBe(true);
    expect(cellOf(result)).toBe(-3);
  });

  test("SOP.UTILIZATION spills Excel error values inside its matrix: #DIV/0! on zero capacity, #NUM! on negative", async () => {
    // 80 / 100 = 0.8; 50 on 0 hours -> #DIV/0!; 30 on -10 hours -> #NUM!.
    const result = await invoke("UTILIZATION", [[[80, 50, 30]], [[100, 0, -10]]]);
    expect(cellOf(result)).toEqual([[0.8, { error: "#DIV/0!" }, { error: "#NUM!" }]]);
    // A returned error keeps its message only for #VALUE! and #N/A: the runtime sends none for these.
    const [, , spilled] = result as [number, boolean, { message?: string }[][]];
    expect(spilled[0][1].message).toBeUndefined();
    expect(spilled[0][2].message).toBeUndefined();
  });
});
