/**
 * The lag-accuracy table's tracking signal over too few months (SPEC "Output": a figure that cannot be
 * computed is "n/a" with its reason, right-aligned like the numbers). Over one month RSFE / MAD is
 * e / |e| = ±1 whatever the error; the table says "n/a (n = 1)" instead, from three months on the figure.
 */
import type { CycleLoop, LagAccuracy } from "../../src/engine/history";
import { resolveSettings } from "../../src/engine/settings";
import { generatePack } from "../../src/report/generate";
import { lagAccuracySection } from "../../src/report/sheets/lagAccuracySection";
import { SheetBuilder } from "../../src/report/sheets/sheetBuilder";
import type { SheetSpec } from "../../src/report/workbookSpec";
import { cycleInput } from "../history/threeCycles";

/** A loop holding only the lag accuracy given (the section reads nothing else). */
function loopWith(lagAccuracy: LagAccuracy): CycleLoop {
  return { lagAccuracy, lagAccuracyReason: null } as CycleLoop;
}

/** The body rows of the LagAccuracy table, and the sheet. */
function lagTable(sheet: SheetSpec): { rows: (string | number | null)[][]; first: number } {
  const range = sheet.tables!.find((t) => t.name === "LagAccuracy")!.range;
  const [first, last] = range.split(":").map((a) => Number(/\d+/.exec(a)![0]) - 1);
  return { rows: sheet.rows.slice(first + 1, last + 1) as (string | number | null)[][], first: first + 1 };
}

describe("the lag-accuracy table's tracking signal", () => {
  // Family X, lag 1: one month, e = −10: RSFE −10, MAD 10, TS −1. Family Y: two months, e = +5, +5:
  // RSFE 10, MAD 5, TS 2. Family Z: three months, e = +10, +10, −5: RSFE 15, MAD 25/3, TS 1.8.
  const lag: LagAccuracy = {
    lags: [1],
    periods: ["2026-01", "2026-02", "2026-03"],
    rows: [
      { family: "X", lag: 1, n: 1, wmape: 0.1, biasPct: -0.1, trackingSignal: -1 },
      { family: "Y", lag: 1, n: 2, wmape: 0.05, biasPct: 0.05, trackingSignal: 2 },
      { family: "Z", lag: 1, n: 3, wmape: 0.0833, biasPct: 0.05, trackingSignal: 1.8 },
    ],
    trend: [],
  };

  test("fewer than 3 months: the text n/a (n = …), right-aligned; from 3 months the figure", () => {
    const b = new SheetBuilder();
    lagAccuracySection(b, loopWith(lag), 4);
    const sheet = b.sheet({ name: "Demand Review" });
    const { rows, first } = lagTable(sheet);
    expect(rows.map((r) => [r[0], r[2], r[6]])).toEqual([
      ["X", 1, "n/a (n = 1)"],
      ["Y", 2, "n/a (n = 2)"],
      ["Z", 3, 1.8],
    ]);
    // Column G of X's and Y's rows (0-based rows first, first + 1) is aligned right, Z's number is not touched.
    const right = (sheet.styles ?? []).filter((s) => s.horizontalAlignment === "right").map((s) => s.range);
    expect(right).toEqual([`G${first + 1}`, `G${first + 2}`]);
  });

  test("beyond ±4 in red on numbers only: the rule tests ISNUMBER, so the n/a text is never red", () => {
    const b = new SheetBuilder();
    lagAccuracySection(b, loopWith(lag), 4);
    const sheet = b.sheet({ name: "Demand Review" });
    const { first } = lagTable(sheet);
    const rules = (sheet.conditionalFormats ?? []).filter((cf) => cf.range.startsWith(`G${first + 1}:`));
    expect(rules).toEqual([
      expect.objectContaining({ kind: "expression", formula: `=AND(ISNUMBER(G${first + 1}),ABS(G${first + 1})>4)` }),
    ]);
  });

  test("the loop's second cycle (tests/history/threeCycles.ts): one month of lag 0, n/a on the sheet, the JSON unchanged", () => {
    const settings = resolveSettings();
    const january = generatePack(cycleInput("2026-01"), settings);
    const grid = (name: string) => {
      const s = january.workbook.sheets.find((x) => x.name === name)!;
      return { sheet: s.name, values: s.rows as (string | number | boolean | null)[][] };
    };
    const february = generatePack(cycleInput("2026-02"), settings, undefined, {
      previous: { source: "test", history: grid("S&OP History"), summary: grid("S&OP Summary") },
    });
    const review = february.workbook.sheets.find((s) => s.name === "Demand Review")!;
    // January, lag 0 (cycle 2026-01's plan): A F 100, A 90, e −10; B F 50, A 60, e +10; all families 150 vs 150.
    expect(lagTable(review).rows.map((r) => [r[0], r[1], r[2], r[6]])).toEqual([
      ["All families", "Lag 0", 1, "n/a (n = 1)"],
      ["A", "Lag 0", 1, "n/a (n = 1)"],
      ["B", "Lag 0", 1, "n/a (n = 1)"],
    ]);
    // The JSON keeps the figure as computed: A's RSFE −10 / MAD 10 = −1, B's +1, the total's e 0: MAD 0, null.
    const ts = (family: string) => february.summary.lagAccuracy.find((r) => r.family === family && r.lag === 0)!.trackingSignal;
    expect([ts("A"), ts("B"), ts("total")]).toEqual([-1, 1, null]);
  });
});
