/**
 * The sample's month-over-month loop (samples/PLANTED.md §"Month over month"), as `npm run demo` runs
 * it: last month's input (samples/sop-sample-previous.xlsx, cycle 2026-10) -> its pack -> a decision
 * typed into its agenda (scripts/demo-decision.ts) -> this month's input with --previous.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import type { SummaryJson } from "../../src/report/summaryJson";
import { DEMO_DECISION, typeDemoDecision } from "../../scripts/demo-decision";

const SAMPLES = join(__dirname, "..", "..", "samples");

let summary: SummaryJson;
let issue: string;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "sop-demo-"));
  const previous = join(dir, "sop-pack-previous.xlsx");
  const quiet = () => undefined;
  expect(await main(["generate", join(SAMPLES, "sop-sample-previous.xlsx"), "-o", previous], quiet, quiet)).toBe(0);
  issue = await typeDemoDecision(previous);
  const json = join(dir, "sop-summary.json");
  const args = [
    "generate",
    join(SAMPLES, "sop-sample.xlsx"),
    "--previous",
    previous,
    "-o",
    join(dir, "pack.xlsx"),
    "--json",
    json,
  ];
  expect(await main(args, quiet, quiet)).toBe(0);
  summary = JSON.parse(readFileSync(json, "utf8"));
}, 60_000);

describe("the sample's two consecutive cycles", () => {
  it("shows the planted plan changes over the 17 months both plans cover (2026-11 .. 2028-03)", () => {
    const change = (family: string) => summary.planChanges.find((c) => c.family === family)!;
    // Espresso Machines: last month's plan was 50 units a month lower: +50 x 17 = +850 units, x $449 = +$381,650.
    const espresso = change("Espresso Machines");
    expect(espresso.units! - espresso.previousUnits!).toBe(850);
    expect(espresso.revenue! - espresso.previousRevenue!).toBeCloseTo(381650, 6);
    // Air Fryers: last month's plan was 100 units a month higher: -100 x 17 = -1,700 units, x $119 = -$202,300.
    const airFryers = change("Air Fryers");
    expect(airFryers.units! - airFryers.previousUnits!).toBe(-1700);
    expect(airFryers.revenue! - airFryers.previousRevenue!).toBeCloseTo(-202300, 6);
    // Largest moves first; every other family's demand plan is unchanged.
    expect(summary.planChanges.slice(0, 2).map((c) => c.family)).toEqual(["Espresso Machines", "Air Fryers"]);
    for (const c of summary.planChanges.slice(2)) expect(c.units).toBe(c.previousUnits);
    // The total: +381,650 - 202,300 = +$179,350.
    const total = (k: "revenue" | "previousRevenue") => summary.planChanges.reduce((s, c) => s + c[k]!, 0);
    expect(total("revenue") - total("previousRevenue")).toBeCloseTo(179350, 6);
  });

  it("measures lag-0 accuracy of last month's plan for 2026-10 against its actuals", () => {
    const lag0 = (family: string) => summary.lagAccuracy.find((r) => r.family === family && r.lag === 0)!;
    expect([...new Set(summary.lagAccuracy.map((r) => r.lag))]).toEqual([0]);
    // Air Fryers: plan 4,944 + 100 = 5,044 against 4,800: e = -244, WMAPE 244 / 4,800, over-forecast.
    expect(lag0("Air Fryers")).toEqual({
      family: "Air Fryers",
      lag: 0,
      n: 1,
      wmape: expect.closeTo(244 / 4800, 12),
      biasPct: expect.closeTo(-244 / 4800, 12),
      trackingSignal: -1,
    });
    // Espresso Machines: plan 1,926 - 50 = 1,876 against 1,870: e = -6.
    expect(lag0("Espresso Machines").wmape).toBeCloseTo(6 / 1870, 12);
    // All families: actuals 34,650, plans 34,701, sum of |e| 1,089 (PLANTED.md).
    expect(lag0("total")).toEqual({
      family: "total",
      lag: 0,
      n: 1,
      wmape: expect.closeTo(1089 / 34650, 12),
      biasPct: expect.closeTo(-51 / 34650, 12),
      trackingSignal: -1,
    });
  });

  it("carries the decision typed into last month's agenda, Overdue (due 2026-10-23, before cycle 2026-11)", () => {
    expect(summary.decisions).toEqual([
      {
        cycle: "2026-10",
        issue,
        decision: DEMO_DECISION.decision,
        owner: DEMO_DECISION.owner,
        due: "2026-10-23",
        status: "overdue",
      },
    ]);
  });
});
