/**
 * Levers for overloads, in the order a planner tries them (SPEC.md): overtime up to Max Overtime
 * Hours, pre-build in earlier periods with spare rated capacity (latest first, each spare hour used
 * once), the rest subcontract / reshape demand.
 */
import { checkCapacity, type CapacityLever } from "../../../src/engine/capacity";
import { resolveSettings } from "../../../src/engine/settings";
import { bill, capacity, cellOf, model, supply } from "./planFixture";

const periods = ["2027-01", "2027-02", "2027-03", "2027-04", "2027-05"];
// Paint: 100 h rated every month, 10 h overtime allowed. Family F takes 1 h/unit, so units = hours.
// Load: 60, 95, 130, 80, 180 h -> spare 40, 5, 0, 20, 0; overloads 30 h (2027-03) and 80 h (2027-05).
const loads = [60, 95, 130, 80, 180];
const m = model({
  planPeriods: periods,
  supply: supply(periods.map((p, i) => ["F", p, loads[i]] as [string, string, number])),
  capacity: capacity(periods.map((p) => ["Paint", p, 100, 1, 1, 10] as [string, string, number, number, number, number])),
  bill: bill([["F", "Paint", 1]]),
});
const check = checkCapacity(m, resolveSettings());
const lever = (levers: CapacityLever[], kind: CapacityLever["kind"]) => levers.find((l) => l.kind === kind)!;

test("statuses and overload hours per month", () => {
  expect(check.cells.map((c) => c.status)).toEqual(["ok", "warning", "overload", "ok", "overload"]);
  expect(check.cells.map((c) => c.overloadHours)).toEqual([0, 0, 30, 0, 80]);
  expect(check.overloads.map((o) => [o.period, o.overloadHours])).toEqual([
    ["2027-03", 30],
    ["2027-05", 80],
  ]);
});

test("the first overload: 10 h overtime, then pre-build from the latest earlier month first", () => {
  // 30 h over: overtime 10 -> 20 left; 2027-02 has 5 h spare -> 15 left; 2027-01 has 40 -> takes 15.
  const o = check.overloads[0];
  expect(o.levers.map((l) => l.kind)).toEqual(["overtime", "prebuild", "subcontract"]);
  expect(lever(o.levers, "overtime").hours).toBe(10);
  const prebuild = lever(o.levers, "prebuild") as Extract<CapacityLever, { kind: "prebuild" }>;
  expect(prebuild.hours).toBe(20);
  expect(prebuild.from).toEqual([
    { period: "2027-02", hours: 5 },
    { period: "2027-01", hours: 15 },
  ]);
  expect(lever(o.levers, "subcontract").hours).toBe(0);
});

test("the second overload uses only spare left over and only from earlier months; the rest is subcontract", () => {
  // 80 h over: overtime 10 -> 70; 2027-04 spare 20 -> 50; 2027-03 none; 2027-02 used up by the first
  // overload; 2027-01 has 40 - 15 = 25 left -> 25; subcontract / reshape demand 25 h.
  const o = check.overloads[1];
  expect(lever(o.levers, "overtime").hours).toBe(10);
  const prebuild = lever(o.levers, "prebuild") as Extract<CapacityLever, { kind: "prebuild" }>;
  expect(prebuild.from).toEqual([
    { period: "2027-04", hours: 20 },
    { period: "2027-01", hours: 25 },
  ]);
  expect(prebuild.hours).toBe(45);
  expect(lever(o.levers, "subcontract").hours).toBe(25);
});

test("levers add up to each overload", () => {
  for (const o of check.overloads) {
    expect(o.levers.reduce((s, l) => s + l.hours, 0)).toBeCloseTo(o.overloadHours, 9);
  }
});

test("pre-build never comes from a later month, nor spends more than a month's spare", () => {
  // The first overload (2027-03) does not touch 2027-04's 20 spare hours even though it needs them.
  const used = new Map<string, number>();
  for (const o of check.overloads) {
    const prebuild = lever(o.levers, "prebuild") as Extract<CapacityLever, { kind: "prebuild" }>;
    for (const f of prebuild.from) {
      expect(f.period < o.period).toBe(true);
      used.set(f.period, (used.get(f.period) ?? 0) + f.hours);
    }
  }
  for (const [period, hours] of used) {
    const c = cellOf(check.cells, "Paint", period);
    expect(hours).toBeLessThanOrEqual(c.ratedCapacity - c.load + 1e-9);
  }
  expect(used.get("2027-01")).toBe(40); // 15 + 25: all of January's spare, once
});

test("an overload in the first month can only use overtime and subcontract", () => {
  const first = model({
    planPeriods: ["2027-01", "2027-02"],
    supply: supply([
      ["F", "2027-01", 150],
      ["F", "2027-02", 10],
    ]),
    capacity: capacity([
      ["Paint", "2027-01", 100, 1, 1, 20],
      ["Paint", "2027-02", 100, 1, 1, 20],
    ]),
    bill: bill([["F", "Paint", 1]]),
  });
  // 150 - 100 = 50 h over: overtime 20, no earlier month, 30 h to subcontract (February's 90 spare
  // hours are later, so they cannot pre-build January's units).
  const o = checkCapacity(first, resolveSettings()).overloads[0];
  expect(o.levers.map((l) => l.hours)).toEqual([20, 0, 30]);
});
