/**
 * Building the pack never computes the full analyses of a what-if scenario: the scenario sheets and
 * the summary's exceptions read the scenario kernel's figures (ScenarioResult.outcome). A full analysis
 * is a lazy property that replaces its getter with the computed value on first read, so a getter still
 * in place after the build proves nobody read it.
 *
 * Plan (tests/report/summaryExceptions.test.ts): Press 100 h, Kettles 0.5 h per unit, demand 180 / 260
 * (load 90 h, 130 h: 30 h over in 2027-02); Toasters short 20 units. Scenarios:
 * - "Press Up" (+40% capacity on Press): 140 h rated > 130 h, so no overload;
 * - "Toasters Up" (+10% Toasters demand): 55 / 55 against supply 20 / 50 with 10 on hand:
 *   I = 10 + 20 - 55 = -25, then -25 + 50 - 55 = -30: still two shortage months.
 */
import { analyze } from "../../src/engine/analyze";
import type { ScenarioResult } from "../../src/engine/scenarios";
import { buildPack } from "../../src/report/buildPack";
import { scenarioPlan, settingsWith } from "../engine/scenarios/scenarioPlan";

const FULL = ["capacity", "reconciliation", "finance"] as const;

/** True while the full analysis is still an uncomputed lazy getter. */
const notComputed = (r: ScenarioResult, key: (typeof FULL)[number]): boolean =>
  typeof Object.getOwnPropertyDescriptor(r, key)?.get === "function";

function plan() {
  return scenarioPlan({
    demand: { Kettles: [180, 260], Toasters: [50, 50] },
    supply: { Kettles: [180, 260], Toasters: [20, 50] },
    beginning: { Toasters: 10 },
    prices: { Kettles: { price: 40, cost: 25, budget: 9000 }, Toasters: { price: 30, cost: 20, budget: 1000 } },
    scenarios: [
      ["Press Up", null, null, 0.4, null, "Press"],
      ["Toasters Up", 0.1, null, null, "Toasters", null],
    ],
  });
}

describe("the pack of a plan with what-if scenarios", () => {
  const analysis = analyze(plan(), settingsWith(), []);
  const whatIfs = analysis.scenarios!.results.slice(1);

  it("starts with every what-if scenario's full analyses not computed", () => {
    expect(whatIfs.map((r) => r.definition.name)).toEqual(["Press Up", "Toasters Up"]);
    for (const r of whatIfs) for (const key of FULL) expect(notComputed(r, key)).toBe(true);
  });

  it("is built without reading any of them", () => {
    const pack = buildPack(analysis);
    for (const r of whatIfs)
      for (const key of FULL) expect([r.definition.name, key, notComputed(r, key)]).toEqual([r.definition.name, key, true]);

    // ...and still shows the scenarios' figures. Scen - Press Up: no overload (140 h rated > 130 h).
    const pressUp = pack.sheets.find((s) => s.name === "Scen - Press Up")!;
    expect(pressUp.rows.some((r) => r[0] === "None: every resource stays within its rated capacity.")).toBe(true);
    // Scen - Toasters Up: Toasters' projected inventory -25, -30 (two shortage months).
    const toastersUp = pack.sheets.find((s) => s.name === "Scen - Toasters Up")!;
    const toasters = toastersUp.rows.find((r) => r[0] === "Toasters" && r.length === 7)!;
    expect(toasters.slice(4)).toEqual([2, expect.closeTo(-25, 9), expect.closeTo(-30, 9)]);
    // The summary's overload names the scenario that removes it, from the kernel's status.
    const summary = pack.sheets[0];
    expect(summary.rows.some((r) => typeof r[4] === "string" && r[4].endsWith("No overload in scenario: Press Up."))).toBe(true);
    // Kettles 2027-Q1: (180 + 260) x $40 = $17,600 against 2 x $9,000 = $18,000: -$400 (2.2% > 1%), the
    // same in both scenarios (neither changes Kettles' demand or price), from the kernel's quarter gaps.
    expect(
      summary.rows.some(
        (r) =>
          r[4] ===
          "Price or promotion actions, or a budget revision; Kettles 2027-Q1 gap in the scenarios: Press Up -$400, Toasters Up -$400.",
      ),
    ).toBe(true);
  });

  it("computes a full analysis when something does read it (so the check above can fail)", () => {
    const r = whatIfs[0];
    // Press Up's capacity check: 2027-02 load 130 h on 140 h rated, 92.9%: a warning, not an overload.
    const cell = r.capacity!.cells.find((c) => c.period === "2027-02")!;
    expect(cell.ratedCapacity).toBeCloseTo(140, 9);
    expect(cell.status).toBe("warning");
    expect(notComputed(r, "capacity")).toBe(false);
  });
});
