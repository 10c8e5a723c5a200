/** Which scenarios a run compares, and what happens to bad scenario rows. */
import { adjustDemand, adjustPrice } from "../../../src/engine/reconcile";
import { analyze } from "../../../src/engine/analyze";
import { runScenarios, scenarioDefinitions, unreportedFindings } from "../../../src/engine/scenarios";
import { scenarioPlan, settingsWith } from "./scenarioPlan";

describe("scenario definitions", () => {
  it("uses Most Likely, Optimistic (+10%) and Pessimistic (-10%) when nothing defines scenarios", () => {
    const { definitions, findings } = scenarioDefinitions(scenarioPlan(), settingsWith());
    expect(definitions.map((d) => [d.name, d.demandFactor.Kettles, d.demandFactor.Toasters])).toEqual([
      ["Most Likely", 1, 1],
      ["Optimistic", 1.1, 1.1],
      ["Pessimistic", 0.9, 0.9],
    ]);
    expect(definitions[0].source).toBe("plan");
    expect(findings).toEqual([]);
  });

  it("drops the defaults as soon as the Scenarios sheet defines one scenario", () => {
    const model = scenarioPlan({ scenarios: [["Paint Upgrade", null, null, 0.15, null, "Press"]] });
    const { definitions } = scenarioDefinitions(model, settingsWith());
    expect(definitions.map((d) => d.name)).toEqual(["Most Likely", "Paint Upgrade"]);
    expect(definitions[1].capacityFactor).toEqual({ Press: 1.15 });
    expect(definitions[1].description).toBe("Capacity +15% (Press)");
  });

  it("lets a settings scenario replace the sheet's scenario of the same name, and adds new ones", () => {
    const model = scenarioPlan({
      scenarios: [
        ["Optimistic", 0.1, null, null, null, null],
        ["Price Rise", null, 0.05, null, null, null],
      ],
    });
    const settings = settingsWith([
      { name: "optimistic", demandChange: 0.25 },
      { name: "Big Order", demandChange: 0.5, family: "kettles" },
    ]);
    const { definitions, findings } = scenarioDefinitions(model, settings);
    expect(definitions.map((d) => [d.name, d.source])).toEqual([
      ["Most Likely", "plan"],
      ["Price Rise", "sheet"],
      ["optimistic", "settings"],
      ["Big Order", "settings"],
    ]);
    expect(definitions[2].demandFactor.Kettles).toBeCloseTo(1.25, 12);
    // The settings' "kettles" takes the Demand sheet's spelling.
    expect(definitions[3].demandFactor).toEqual({ Kettles: 1.5, Toasters: 1 });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ sheet: "Scenarios", severity: "warning" });
    expect(findings[0].message).toMatch(/also defined in the settings/);
  });

  it("turns bad rows into findings and still runs the rest of the scenario", () => {
    const model = scenarioPlan({
      scenarios: [
        ["Stress", 0.1, null, null, null, null],
        ["Stress", 0.2, null, null, "Waffle Irons", null],
        ["Stress", null, null, -0.2, null, "Laser Cutter"],
        ["Stress", null, null, null, "Kettles", null],
      ],
    });
    const settings = settingsWith([
      { name: "Collapse", demandChange: -1.5 },
      { name: "Odd", priceChange: Number.NaN },
      { name: "Most Likely", demandChange: 0.3 },
    ]);
    const comparison = runScenarios(model, settings);
    const messages = comparison.findings.map((f) => `${f.sheet}!${f.cell} ${f.severity}: ${f.message}`);
    expect(messages).toHaveLength(6);
    const rowCell = (i: number) => model.scenarios![i].ref.cell;
    expect(messages[0]).toBe(
      `Scenarios!${rowCell(1)} warning: Scenario 'Stress': family 'Waffle Irons' is not on the Demand sheet, so this row is left out; the rest of the scenario still runs.`,
    );
    expect(messages[1]).toMatch(
      new RegExp(`^Scenarios!${rowCell(2)} warning: .*resource 'Laser Cutter' is not on the Capacity sheet`),
    );
    expect(messages[2]).toMatch(new RegExp(`^Scenarios!${rowCell(3)} warning: .*changes nothing`));
    expect(messages[3]).toMatch(
      /^Settings! error: Scenario 'Collapse' in the settings: a demand change of -150% would make demand negative/,
    );
    expect(messages[4]).toMatch(/^Settings! error: Scenario 'Odd' in the settings: the price change 'NaN' is not a number/);
    expect(messages[5]).toMatch(
      /^Settings! warning: Scenario 'Most Likely' in the settings: 'Most Likely' is always the plan as given/,
    );
    // Stress keeps its good row: demand +10% on every family (Kettles 330, Toasters 110 units), against
    // the Supply plan as given (Kettles 100 + 200, Toasters 50 + 50): 400 of the 440 units are met.
    const stress = comparison.results.find((r) => r.definition.name === "Stress")!;
    expect(stress.definition.changes).toHaveLength(1);
    expect(stress.kpis.fillRate).toBeCloseTo(400 / 440, 12);
    // Collapse and Odd still run, unchanged (all their rows were bad); Most Likely stays the plan as given.
    expect(comparison.results.map((r) => r.definition.name)).toEqual(["Most Likely", "Stress", "Collapse", "Odd"]);
    expect(comparison.results[0].kpis.revenue).toBeCloseTo(15000, 9);
    expect(comparison.results[2].kpis.revenue).toBeCloseTo(15000, 9);
  });

  it("adds the scenarios and their findings to the analysis, without repeating a problem the readers reported", () => {
    const model = scenarioPlan({ scenarios: [["Stress", 0.2, null, null, "Waffle Irons", null]] });
    const cell = model.scenarios![0].ref.cell;
    const readerFinding = {
      sheet: "Scenarios",
      cell: `E${cell.slice(1)}`,
      severity: "warning" as const,
      message: "family 'Waffle Irons' is not on the Demand sheet",
    };
    const analysis = analyze(model, settingsWith(), [readerFinding]);
    expect(analysis.scenarios!.results.map((r) => r.definition.name)).toEqual(["Most Likely", "Stress"]);
    expect(analysis.findings.filter((f) => f.sheet === "Scenarios")).toEqual([readerFinding]);
    // Without the reader's finding the scenario engine's own is kept.
    expect(unreportedFindings([], analysis.scenarios!.findings)).toHaveLength(1);
  });
});

describe("per-family plan adjustments (used by scenarios; backwards compatible)", () => {
  it("multiplies demand and price by the family's factor, matching names ignoring case", () => {
    expect(adjustDemand(100, "Kettles", { demandFactors: { kettles: 1.2 } })).toBeCloseTo(120, 12);
    expect(adjustDemand(100, "Toasters", { demandFactors: { Kettles: 1.2 } })).toBe(100);
    expect(adjustPrice(40, "Kettles", { priceFactors: { Kettles: 0.9 } })).toBeCloseTo(36, 12);
    // With the old single change too: 100 x 1.1 x 1.2 = 132.
    expect(adjustDemand(100, "Kettles", { demandChange: 0.1, demandFactors: { Kettles: 1.2 } })).toBeCloseTo(132, 12);
    // Without factors nothing changes (the behaviour before scenarios).
    expect(adjustDemand(100, "Kettles", { demandChange: 0.1, family: "Toasters" })).toBe(100);
  });
});
