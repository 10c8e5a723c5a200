/**
 * The Capacity Check sheet as a planner reads it. The plan is the lever example of
 * tests/engine/capacity/overloadLevers.test.ts plus a resource with no capacity; the figures are worked
 * by hand there and repeated in the comments here.
 */
import { checkCapacity } from "../../src/engine/capacity";
import { analyze } from "../../src/engine/analyze";
import { resolveSettings } from "../../src/engine/settings";
import { buildPack } from "../../src/report/buildPack";
import { buildSummaryJson } from "../../src/report/summaryJson";
import { capacityCheckSheet } from "../../src/report/sheets/capacityCheckSheet";
import { parseRangeAddress } from "../../src/engine/a1";
import type { ReportValue, SheetSpec } from "../../src/report/workbookSpec";
import { bill, capacity, demandPlan, model, supply } from "../engine/capacity/planFixture";

const periods = ["2027-01", "2027-02", "2027-03", "2027-04", "2027-05"];
const loads = [60, 95, 130, 80, 180]; // Paint: 100 h rated, 10 h overtime a month
const m = model({
  planPeriods: periods,
  demand: demandPlan(periods.map((p) => ["F", p, 100] as [string, string, number])),
  supply: supply(periods.map((p, i) => ["F", p, loads[i]] as [string, string, number])),
  capacity: capacity([
    // Paint's overtime costs $40 an hour; the Oven has no Overtime Cost.
    ...periods.map((p) => ["Paint", p, 100, 1, 1, 10, 40] as [string, string, number, number, number, number, number]),
    ...periods.map((p) => ["Oven", p, 0] as [string, string, number]),
  ]),
  // Oven: 0.1 h/unit one month ahead, so January's 6 h (60 x 0.1) are past due.
  bill: bill([
    ["F", "Paint", 1],
    ["F", "Oven", 0.1, 1],
  ]),
});
const sheet = capacityCheckSheet(checkCapacity(m, resolveSettings()));

/** The body rows of a table, as header -> value records. */
function tableRows(s: SheetSpec, name: string): Record<string, ReportValue>[] {
  const t = s.tables?.find((x) => x.name === name);
  if (!t) throw new Error(`no table ${name}`);
  const r = parseRangeAddress(t.range);
  const header = s.rows[r.row1].slice(r.col1, r.col2 + 1) as string[];
  return s.rows
    .slice(r.row1 + 1, r.row2 + 1)
    .map((row) => Object.fromEntries(header.map((h, i) => [h, row[r.col1 + i] ?? null])));
}
const text = (s: SheetSpec) => s.rows.flat().filter((v): v is string => typeof v === "string");

test("is named Capacity Check and says where the load came from", () => {
  expect(sheet.name).toBe("Capacity Check");
  expect(text(sheet).some((t) => t.includes("Supply sheet's Planned Production"))).toBe(true);
});

test("most constrained resources first: the resource with no capacity leads, shown as No capacity", () => {
  const top = tableRows(sheet, "CapacityConstrained");
  expect(top.map((r) => r.Resource)).toEqual(["Oven", "Paint"]);
  expect(top[0]["Peak Utilization"]).toBe("No capacity");
  // Paint peaks in 2027-05 at 180 / 100 = 180%, 2 overload months (30 + 80 = 110 h), 1 warning month (95%).
  expect(top[1]).toMatchObject({
    "Peak Utilization": 1.8,
    "Peak Period": "2027-05",
    "Overload Months": 2,
    "Warning Months": 1,
    "Overload Hours": 110,
  });
});

test("overloads are listed with hours per lever that add up to the overload", () => {
  const paint = tableRows(sheet, "CapacityOverloads").filter((r) => r.Resource === "Paint");
  // 2027-03: 30 h = overtime 10 + pre-build 20 (5 from Feb, 15 from Jan) + subcontract 0.
  // 2027-05: 80 h = overtime 10 + pre-build 45 (20 from Apr, 25 from Jan) + subcontract 25.
  expect(
    paint.map((r) => [
      r.Period,
      r["Overload (h)"],
      r["1. Overtime (h)"],
      r["2. Pre-build Earlier (h)"],
      r["3. Subcontract / Reshape Demand (h)"],
    ]),
  ).toEqual([
    ["2027-03", 30, 10, 20, 0],
    ["2027-05", 80, 10, 45, 25],
  ]);
  expect(paint[0]["Pre-build From"]).toBe("2027-02: 5 h; 2027-01: 15 h");
  for (const r of tableRows(sheet, "CapacityOverloads")) {
    const sum =
      (r["1. Overtime (h)"] as number) +
      (r["2. Pre-build Earlier (h)"] as number) +
      (r["3. Subcontract / Reshape Demand (h)"] as number);
    expect(sum).toBeCloseTo(r["Overload (h)"] as number, 9);
  }
});

test("the resource x month grid holds load, rated capacity, utilization and status, never NaN", () => {
  const detail = tableRows(sheet, "CapacityCheck");
  expect(detail).toHaveLength(2 * 5);
  const may = detail.find((r) => r.Resource === "Paint" && r.Period === "2027-05")!;
  expect(may).toMatchObject({
    "Rated Capacity": 100,
    "Planned Load": 180,
    Utilization: 1.8,
    Status: "Overload",
    "Overload Hours": 80,
  });
  expect(may["Required Load (Consensus Forecast, h)"]).toBe(100); // demand plan 100 units x 1 h
  const ovenJan = detail.find((r) => r.Resource === "Oven" && r.Period === "2027-01")!;
  // Oven January: Feb production 95 x 0.1 = 9.5 h + past due (Jan production 60 x 0.1 = 6 h) = 15.5 h on 0 h.
  expect(ovenJan["Planned Load"]).toBeCloseTo(15.5, 10);
  expect(ovenJan["Past-Due Load (h)"]).toBeCloseTo(6, 10);
  expect(ovenJan.Utilization).toBe("No capacity");
  expect(sheet.rows.flat().some((v) => typeof v === "number" && !Number.isFinite(v))).toBe(false);
  expect(text(sheet).some((t) => t.startsWith("Past-due load: Oven 6 h"))).toBe(true);
});

test("utilization gets a green-amber-red heat map pinned at 0, the warning threshold and 100%", () => {
  const scales = (sheet.conditionalFormats ?? []).filter((c) => c.kind === "colorScale");
  expect(scales.length).toBeGreaterThanOrEqual(2);
  for (const s of scales) {
    if (s.kind !== "colorScale") continue;
    expect([s.min.value, s.mid?.value, s.max.value]).toEqual([0, 0.9, 1]);
  }
  const heat = tableRows(sheet, "CapacityHeatMap");
  expect(heat.find((r) => r.Resource === "Paint")).toMatchObject({ "2027-02": 0.95, "2027-03": 1.3 });
});

test("without a Supply sheet the sheet says the load came from the demand plan", () => {
  const noSupply = capacityCheckSheet(checkCapacity({ ...m, supply: null }, resolveSettings()));
  expect(text(noSupply).some((t) => t.startsWith("No Supply sheet: load from the demand plan (Consensus Forecast)"))).toBe(true);
});

test("the pack carries the sheet and the JSON summary's capacity key follows SPEC.md", () => {
  const analysis = analyze(m, resolveSettings(), []);
  expect(buildPack(analysis).sheets.map((s) => s.name)).toContain("Capacity Check");
  const json = buildSummaryJson(analysis).capacity;
  expect(json).toHaveLength(10);
  const paintMay = json.find((c) => c.resource === "Paint" && c.period === "2027-05")!;
  expect(paintMay).toEqual({
    resource: "Paint",
    period: "2027-05",
    availableHours: 100,
    ratedCapacity: 100,
    load: 180,
    utilization: 1.8,
    status: "overload",
    overloadHours: 80,
    pastDueLoad: 0,
  });
  // Infinite utilization is null in JSON (JSON has no Infinity), and it survives a round trip.
  const ovenJan = JSON.parse(JSON.stringify(json)).find(
    (c: { resource: string; period: string }) => c.resource === "Oven" && c.period === "2027-01",
  );
  expect(ovenJan.utilization).toBeNull();
  expect(ovenJan.pastDueLoad).toBeCloseTo(6, 10);
});

test("the capacity check is skipped, with the reason, when there is no Bill of Resources", () => {
  const analysis = analyze({ ...m, billOfResources: null }, resolveSettings(), []);
  expect(analysis.capacity).toBeUndefined();
  expect(analysis.skipped.find((s) => s.analysis === "Capacity check")?.reason).toContain("Bill of Resources");
  expect(buildPack(analysis).sheets.map((s) => s.name)).not.toContain("Capacity Check");
});

test("each resource-month shows its Overtime Cost beside the overtime hours it may buy, empty where none is given", () => {
  const rows = tableRows(sheet, "CapacityCheck");
  const paint = rows.filter((r) => r.Resource === "Paint");
  expect(paint.map((r) => [r["Max Overtime Hours"], r["Overtime Cost ($/h)"]])).toEqual(periods.map(() => [10, 40]));
  expect(rows.filter((r) => r.Resource === "Oven").map((r) => r["Overtime Cost ($/h)"])).toEqual(periods.map(() => null));
  // Shown as dollars and cents, like the Capacity sheet's cost.
  const t = sheet.tables!.find((x) => x.name === "CapacityCheck")!;
  const r = parseRangeAddress(t.range);
  const col = (sheet.rows[r.row1] as string[]).indexOf("Overtime Cost ($/h)");
  const styled = (sheet.styles ?? []).filter((st) => {
    const a = parseRangeAddress(st.range);
    return a.col1 <= col && col <= a.col2 && a.row1 <= r.row1 + 1 && r.row1 + 1 <= a.row2 && st.numberFormat;
  });
  expect(styled.at(-1)?.numberFormat).toBe('"$"#,##0.00;[Red]-"$"#,##0.00');
});
