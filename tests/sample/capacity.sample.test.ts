/**
 * The sample workbook's planted capacity problem (samples/PLANTED.md, problem 2), found by the project's
 * readers and the capacity check: Paint Shop overloaded in exactly 2027-06..08, nothing else above the
 * warning threshold, and levers that add up to each overload.
 */
import * as fs from "fs";
import * as path from "path";
import { readXlsx } from "../../src/hosts/xlsx";
import { readPlanningModel } from "../../src/engine/read";
import { resolveSettings } from "../../src/engine/settings";
import { checkCapacity, type CapacityCheck, type CapacityLever } from "../../src/engine/capacity";
import type { PlanningModel } from "../../src/engine/model";
import type { CellGrid } from "../../src/engine/grid";
import { generatePack } from "../../src/report/generate";

const SAMPLE = path.join(__dirname, "..", "..", "samples", "sop-sample.xlsx");
const settings = resolveSettings();
let model: PlanningModel;
let check: CapacityCheck;
let grids: CellGrid[];

beforeAll(async () => {
  grids = await readXlsx(fs.readFileSync(SAMPLE));
  model = readPlanningModel(grids, settings).model;
  check = checkCapacity(model, settings);
});

const cell = (resource: string, period: string) => check.cells.find((c) => c.resource === resource && c.period === period)!;
const hoursOf = (levers: CapacityLever[], kind: CapacityLever["kind"]) => levers.find((l) => l.kind === kind)!.hours;

test("the plan comes from the Supply sheet over the 18 plan months", () => {
  expect(check.planSource).toBe("supply");
  expect(check.periods).toHaveLength(18);
  expect(check.periods[0]).toBe("2026-11");
  expect(check.periods[17]).toBe("2028-04");
});

test("Paint Shop's rated capacity is 1,000 h x 90% x 90% = 810 h", () => {
  expect(cell("Paint Shop", "2027-06").ratedCapacity).toBeCloseTo(810, 6);
});

test("Paint Shop is overloaded in exactly June, July and August 2027 by 120, 200 and 140 hours", () => {
  // PLANTED.md: June 500 + 252 + 95 + 83 = 930 h; July 550 + 282 + 95 + 83 = 1,010 h;
  // August 500 + 262 + 100 + 88 = 950 h; each against 810 h rated.
  expect(check.overloads.map((o) => [o.resource, o.period])).toEqual([
    ["Paint Shop", "2027-06"],
    ["Paint Shop", "2027-07"],
    ["Paint Shop", "2027-08"],
  ]);
  expect(check.overloads.map((o) => o.load)).toEqual([930, 1010, 950].map((x) => expect.closeTo(x, 6)));
  expect(check.overloads.map((o) => o.overloadHours)).toEqual([120, 200, 140].map((x) => expect.closeTo(x, 6)));
  // 930 / 810 = 114.8%, 1,010 / 810 = 124.7%, 950 / 810 = 117.3%
  expect(cell("Paint Shop", "2027-07").utilization).toBeCloseTo(1.2469, 4);
  expect(check.resources[0]).toBe("Paint Shop");
});

test("the levers add up to each overload: 100 h overtime, the rest pre-built in spare earlier months", () => {
  // Overtime 100 h a month (Max Overtime Hours) leaves 20, 100 and 40 h. May has 810 - 662 = 148 h spare:
  // June takes 20 (128 left), July 100 (28 left); August takes May's last 28 and 12 from April.
  // June and July have no spare (overloaded), so nothing is left to subcontract.
  for (const o of check.overloads) {
    expect(o.levers.reduce((s, l) => s + l.hours, 0)).toBeCloseTo(o.overloadHours, 6);
    expect(hoursOf(o.levers, "overtime")).toBeCloseTo(100, 6);
    expect(hoursOf(o.levers, "subcontract")).toBeCloseTo(0, 6);
  }
  const august = check.overloads[2].levers.find((l) => l.kind === "prebuild");
  expect(august?.kind === "prebuild" && august.from).toEqual([
    { period: "2027-05", hours: expect.closeTo(28, 6) },
    { period: "2027-04", hours: expect.closeTo(12, 6) },
  ]);
});

test("no other resource-month is above the 90% warning threshold", () => {
  const others = check.cells.filter(
    (c) => !(c.resource === "Paint Shop" && ["2027-06", "2027-07", "2027-08"].includes(c.period)),
  );
  expect(others.filter((c) => c.status !== "ok")).toEqual([]);
  // PLANTED.md: the highest elsewhere is Paint Shop 82.5% in 2027-09.
  expect(Math.max(...others.map((c) => c.utilization))).toBeCloseTo(668 / 810, 4);
});

test("Motor Line's past-due load of 369 h is added to 2026-11", () => {
  // Blenders 2,250 x 0.10 + Juicers 1,200 x 0.12 = 225 + 144 = 369 h; 2026-11 load 369 + 374 = 743 h.
  const nov = cell("Motor Line", "2026-11");
  expect(nov.pastDueLoad).toBeCloseTo(369, 6);
  expect(nov.load).toBeCloseTo(743, 6);
  expect(cell("Motor Line", "2028-04").load).toBe(0);
});

test("the sample raises no capacity finding (every family has a routing, every resource capacity)", () => {
  expect(check.findings).toEqual([]);
});

test("the Paint Shop Upgrade scenario (+15%) leaves July 78.5 h and August 18.5 h over", () => {
  // 810 x 1.15 = 931.5 h: June 930 h is 99.8% (Warning), July 1,010 - 931.5 = 78.5, August 950 - 931.5 = 18.5.
  const upgraded = checkCapacity(model, settings, { capacityFactor: { "Paint Shop": 1.15 } });
  expect(upgraded.overloads.map((o) => [o.period, o.overloadHours])).toEqual([
    ["2027-07", expect.closeTo(78.5, 6)],
    ["2027-08", expect.closeTo(18.5, 6)],
  ]);
  expect(upgraded.cells.find((c) => c.resource === "Paint Shop" && c.period === "2027-06")?.status).toBe("warning");
});

test("the generated pack has the Capacity Check sheet and the JSON summary one capacity row per resource-month", () => {
  const { workbook, summary } = generatePack(grids, settings);
  expect(workbook.sheets.map((s) => s.name)).toContain("Capacity Check");
  expect(summary.capacity).toHaveLength(6 * 18); // 6 resources x 18 plan months
  expect(summary.capacity.filter((c) => c.status === "overload").map((c) => [c.resource, c.period, c.overloadHours])).toEqual([
    ["Paint Shop", "2027-06", expect.closeTo(120, 6)],
    ["Paint Shop", "2027-07", expect.closeTo(200, 6)],
    ["Paint Shop", "2027-08", expect.closeTo(140, 6)],
  ]);
  expect(summary.capacity.find((c) => c.resource === "Motor Line" && c.period === "2026-11")?.pastDueLoad).toBeCloseTo(369, 6);
});
