import { checkCapacity } from "../../../src/engine/capacity";
import { resolveSettings } from "../../../src/engine/settings";
import { bill, capacity, cellOf, demandPlan, model, supply } from "./planFixture";

const settings = resolveSettings();

describe("a resource with load but no capacity", () => {
  const m = model({
    planPeriods: ["2027-01", "2027-02"],
    supply: supply([
      ["A", "2027-01", 10],
      ["A", "2027-02", 0],
    ]),
    capacity: capacity([
      ["Oven", "2027-01", 0, 0.9, 1, 4],
      ["Oven", "2027-02", 0],
    ]),
    bill: bill([
      ["A", "Oven", 2],
      ["A", "Laser", 1],
    ]),
  });
  const check = checkCapacity(m, settings);

  test("is an overload with infinite utilization, and the whole load is the overload", () => {
    // 10 units x 2 h = 20 h against 0 x 0.9 x 1 = 0 h rated.
    const c = cellOf(check.cells, "Oven", "2027-01");
    expect(c.ratedCapacity).toBe(0);
    expect(c.utilization).toBe(Infinity);
    expect(c.status).toBe("overload");
    expect(c.overloadHours).toBe(20);
    // Levers: 4 h overtime, nothing earlier, 16 h subcontract.
    const o = check.overloads.find((x) => x.resource === "Oven")!;
    expect(o.levers.map((l) => l.hours)).toEqual([4, 0, 16]);
  });

  test("no load and no capacity is 0%, OK — never NaN", () => {
    const c = cellOf(check.cells, "Oven", "2027-02");
    expect(c.utilization).toBe(0);
    expect(c.status).toBe("ok");
    expect(check.cells.some((x) => Number.isNaN(x.utilization))).toBe(false);
  });

  test("a resource only the bill names is checked against 0 hours and reported", () => {
    // Laser: 10 x 1 = 10 h, no Capacity row -> No capacity.
    expect(cellOf(check.cells, "Laser", "2027-01").utilization).toBe(Infinity);
    const f = check.findings.find((x) => x.message.includes('"Laser"'));
    expect(f).toMatchObject({ sheet: "Bill of Resources", severity: "warning" });
  });

  test("infinite utilization ranks the resource as most constrained", () => {
    expect(check.constrained[0].maxUtilization).toBe(Infinity);
    // Both Oven and Laser are infinite; Oven has more overload hours (20 vs 10), so it leads.
    expect(check.resources.slice(0, 2)).toEqual(["Oven", "Laser"]);
  });
});

test("a family without a bill of resources is a warning and loads nothing", () => {
  const m = model({
    planPeriods: ["2027-01"],
    supply: supply([
      ["A", "2027-01", 10],
      ["Gadgets", "2027-01", 500],
    ]),
    capacity: capacity([["Assembly", "2027-01", 100]]),
    bill: bill([["A", "Assembly", 1]]),
  });
  const check = checkCapacity(m, settings);
  const f = check.findings.filter((x) => x.message.includes('"Gadgets"'));
  expect(f).toHaveLength(1);
  expect(f[0]).toMatchObject({ sheet: "Supply", severity: "warning" });
  expect(f[0].cell).toMatch(/^[A-Z]+\d+$/);
  expect(cellOf(check.cells, "Assembly", "2027-01").load).toBe(10); // Gadgets' 500 units add nothing
});

test("missing capacity months are taken as 0 hours and reported once per resource", () => {
  const m = model({
    planPeriods: ["2027-01", "2027-02", "2027-03"],
    supply: supply([["A", "2027-02", 5]]),
    capacity: capacity([["Assembly", "2027-01", 100]]),
    bill: bill([["A", "Assembly", 1]]),
  });
  const check = checkCapacity(m, settings);
  expect(cellOf(check.cells, "Assembly", "2027-02").status).toBe("overload");
  const f = check.findings.filter((x) => x.message.includes("no capacity row"));
  expect(f).toHaveLength(1);
  expect(f[0].message).toContain("2027-02, 2027-03");
});

describe("plan source", () => {
  const parts = {
    planPeriods: ["2027-01", "2027-02"],
    demand: demandPlan([
      ["A", "2027-01", 120],
      ["A", "2027-02", 80],
    ]),
    capacity: capacity([
      ["Assembly", "2027-01", 100],
      ["Assembly", "2027-02", 100],
    ]),
    bill: bill([["A", "Assembly", 0.5]]),
  };

  test("without a Supply sheet the demand plan loads the resources and the result says so", () => {
    const check = checkCapacity(model(parts), settings);
    expect(check.planSource).toBe("demandPlan");
    expect(check.planSourceNote).toContain("Consensus Forecast");
    // 120 x 0.5 = 60 h, 80 x 0.5 = 40 h.
    expect(check.cells.map((c) => c.load)).toEqual([60, 40]);
    expect(check.cells.map((c) => c.requiredLoad)).toEqual([60, 40]);
  });

  test("with Supply the planned load comes from production and the demand plan's load stands beside it", () => {
    const check = checkCapacity(
      model({
        ...parts,
        supply: supply([
          ["A", "2027-01", 100],
          ["A", "2027-02", 100],
        ]),
      }),
      settings,
    );
    expect(check.planSource).toBe("supply");
    // Planned: 100 x 0.5 = 50 h each month. Required (demand plan): 60 h and 40 h.
    expect(check.cells.map((c) => c.load)).toEqual([50, 50]);
    expect(check.cells.map((c) => c.requiredLoad)).toEqual([60, 40]);
    expect(check.cells.map((c) => c.requiredUtilization)).toEqual([0.6, 0.4]);
  });

  test("a duplicated Supply row counts once", () => {
    const check = checkCapacity(
      model({
        ...parts,
        supply: supply([
          ["A", "2027-01", 100],
          ["A", "2027-01", 100],
          ["A", "2027-02", 100],
        ]),
      }),
      settings,
    );
    expect(check.cells[0].load).toBe(50);
  });
});

describe("scenario options", () => {
  const m = model({
    planPeriods: ["2027-01"],
    supply: supply([["A", "2027-01", 100]]),
    demand: demandPlan([["A", "2027-01", 100]]),
    capacity: capacity([
      ["Paint", "2027-01", 100],
      ["Assembly", "2027-01", 100],
    ]),
    bill: bill([
      ["A", "Paint", 1.1],
      ["A", "Assembly", 0.5],
    ]),
  });

  test("a +15% capacity change on one resource lifts only its rated capacity", () => {
    // Paint: 100 x 1.1 = 110 h load on 100 h -> 110%, overload. With +15%: 115 h rated -> 95.65%, Warning.
    const base = checkCapacity(m, settings);
    expect(cellOf(base.cells, "Paint", "2027-01").status).toBe("overload");
    const upgraded = checkCapacity(m, settings, { capacityFactor: { Paint: 1.15 } });
    expect(cellOf(upgraded.cells, "Paint", "2027-01").ratedCapacity).toBeCloseTo(115, 10);
    expect(cellOf(upgraded.cells, "Paint", "2027-01").status).toBe("warning");
    expect(cellOf(upgraded.cells, "Assembly", "2027-01").ratedCapacity).toBe(100);
  });

  test("a -10% demand change scales the demand plan and, by default, production", () => {
    // 90 units: Paint 99 h, required 99 h.
    const c = cellOf(checkCapacity(m, settings, { demandFactor: 0.9 }).cells, "Paint", "2027-01");
    expect(c.load).toBeCloseTo(99, 10);
    expect(c.requiredLoad).toBeCloseTo(99, 10);
    const held = cellOf(checkCapacity(m, settings, { demandFactor: 0.9, productionFactor: 1 }).cells, "Paint", "2027-01");
    expect(held.load).toBeCloseTo(110, 10);
    expect(held.requiredLoad).toBeCloseTo(99, 10);
  });

  test("the check does not change the model", () => {
    const before = JSON.stringify(m);
    checkCapacity(m, settings, { capacityFactor: 2, demandFactor: 2 });
    expect(JSON.stringify(m)).toBe(before);
  });
});
