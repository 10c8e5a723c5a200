/**
 * Capacity bills and resource profiles as in Vollmann, Berry, Whybark & Jacobs, "Manufacturing
 * Planning and Control for Supply Chain Management" (capacity planning chapter): the capacity bill
 * multiplies each family's planned units by its standard hours on the resource; the resource profile
 * also time-phases those hours by the lead-time offset. The numbers below are small plans worked by
 * hand with those definitions.
 */
import { capacityBillLoad, checkCapacity } from "../../../src/engine/capacity";
import { shiftPeriod } from "../../../src/engine/capacity/shiftPeriod";
import { resolveSettings } from "../../../src/engine/settings";
import { bill, capacity, cellOf, model, supply } from "./planFixture";

const settings = resolveSettings();

describe("capacity bill: load = sum of units x hours per unit", () => {
  test("two families on one work centre", () => {
    // Family A 0.5 h/unit, family B 1.2 h/unit.
    // Period 1: 100 x 0.5 + 50 x 1.2 = 50 + 60 = 110 h. Period 2: 200 x 0.5 + 0 x 1.2 = 100 h.
    expect(
      capacityBillLoad(
        [
          [100, 200],
          [50, 0],
        ],
        [0.5, 1.2],
      ),
    ).toEqual([110, 100]);
  });

  test("the same plan through checkCapacity gives the same loads", () => {
    const m = model({
      planPeriods: ["2027-01", "2027-02"],
      supply: supply([
        ["A", "2027-01", 100],
        ["A", "2027-02", 200],
        ["B", "2027-01", 50],
        ["B", "2027-02", 0],
      ]),
      capacity: capacity([
        ["Assembly", "2027-01", 160],
        ["Assembly", "2027-02", 160],
      ]),
      bill: bill([
        ["A", "Assembly", 0.5],
        ["B", "Assembly", 1.2],
      ]),
    });
    const check = checkCapacity(m, settings);
    expect(cellOf(check.cells, "Assembly", "2027-01").load).toBeCloseTo(110, 10);
    expect(cellOf(check.cells, "Assembly", "2027-02").load).toBeCloseTo(100, 10);
    // Which family drives the load: 50 h from A and 60 h from B in period 1.
    expect(cellOf(check.cells, "Assembly", "2027-01").loadByFamily).toEqual({ A: 50, B: 60 });
  });
});

describe("resource profile: hours fall `offset` periods before production", () => {
  // Family A: 0.4 h/unit on Machining one period ahead (offset 1), 0.2 h/unit on Assembly in the
  // production period (offset 0). Plan: 100, 200, 300 units in 2027-01..03.
  const m = model({
    planPeriods: ["2027-01", "2027-02", "2027-03"],
    supply: supply([
      ["A", "2027-01", 100],
      ["A", "2027-02", 200],
      ["A", "2027-03", 300],
    ]),
    capacity: capacity([
      ["Machining", "2027-01", 160, 0.9, 0.95],
      ["Machining", "2027-02", 160, 0.9, 0.95],
      ["Machining", "2027-03", 160, 0.9, 0.95],
      ["Assembly", "2027-01", 100],
      ["Assembly", "2027-02", 100],
      ["Assembly", "2027-03", 100],
    ]),
    bill: bill([
      ["A", "Machining", 0.4, 1],
      ["A", "Assembly", 0.2, 0],
    ]),
  });
  const check = checkCapacity(m, settings);

  test("offset 1 moves each period's machining hours one period earlier, and what falls before the horizon is past due", () => {
    // Production 2027-02: 200 x 0.4 = 80 h in 2027-01. Production 2027-03: 300 x 0.4 = 120 h in 2027-02.
    // Production 2027-01: 100 x 0.4 = 40 h would fall in 2026-12, before the first plan period:
    // past due, added to 2027-01 -> 80 + 40 = 120 h. Nothing is produced in 2027-04, so 2027-03 has 0.
    const jan = cellOf(check.cells, "Machining", "2027-01");
    expect(jan.load).toBeCloseTo(120, 10);
    expect(jan.pastDueLoad).toBeCloseTo(40, 10);
    expect(cellOf(check.cells, "Machining", "2027-02").load).toBeCloseTo(120, 10);
    expect(cellOf(check.cells, "Machining", "2027-02").pastDueLoad).toBe(0);
    expect(cellOf(check.cells, "Machining", "2027-03").load).toBe(0);
    expect(check.constrained.find((r) => r.resource === "Machining")?.pastDueLoad).toBeCloseTo(40, 10);
  });

  test("offset 0 keeps the hours in the production period", () => {
    // 100 x 0.2 = 20, 200 x 0.2 = 40, 300 x 0.2 = 60 h.
    expect(["2027-01", "2027-02", "2027-03"].map((p) => cellOf(check.cells, "Assembly", p).load)).toEqual(
      [20, 40, 60].map((x) => expect.closeTo(x, 10)),
    );
  });

  test("rated capacity uses the Capacity sheet's utilization and efficiency, and statuses follow", () => {
    // Machining: 160 h x 0.90 x 0.95 = 136.8 h. 2027-01: 120 / 136.8 = 0.8772 -> OK (not above 90%).
    const jan = cellOf(check.cells, "Machining", "2027-01");
    expect(jan.ratedCapacity).toBeCloseTo(136.8, 10);
    expect(jan.utilization).toBeCloseTo(0.877193, 5);
    expect(jan.status).toBe("ok");
    // With a warning threshold of 85% the same month is a Warning.
    const strict = checkCapacity(m, resolveSettings({ warningThreshold: 0.85 }));
    expect(cellOf(strict.cells, "Machining", "2027-01").status).toBe("warning");
  });

  test("months are shifted across year ends", () => {
    expect(shiftPeriod("2027-01", -1)).toBe("2026-12");
    expect(shiftPeriod("2026-11", 3)).toBe("2027-02");
    expect(shiftPeriod("2027-06", -14)).toBe("2026-04");
  });
});
