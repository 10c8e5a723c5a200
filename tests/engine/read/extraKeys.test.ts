/**
 * Extra key columns (SPEC "Input workbook"): Demand split by Region, Supply by Site, Finance by
 * Channel, worked by hand.
 *
 * Kettles 2026-01: EMEA actual 60 / forecast 70 and APAC 40 / 35 -> one row: actual 100, forecast 105.
 * Kettles 2026-02: EMEA 50 / 55, APAC 50 / 50 -> 100 / 105. Kettles 2026-03 (plan): 80 + 40 = 120.
 * Toasters has no Region split; its 2026-02 row is typed twice with the same (blank) Region: a duplicate.
 * Supply: Kettles 2026-03 made at two Sites, 70 + 50 = 120.
 * Finance: Kettles priced 20 in both Channels, budgets 1,000 + 1,400 = 2,400; Toasters' two Channels
 * differ in Unit Price (30 and 32): an error at the later row, which is left out.
 */
import { readPlanningModel } from "../../../src/engine/read";
import { resolveSettings } from "../../../src/engine/settings";
import { grid } from "./grids";

function read(settings = resolveSettings()) {
  return readPlanningModel(
    [
      grid("Demand", [
        ["Family", "Region", "Period", "Actual", "Consensus Forecast"],
        ["Kettles", "EMEA", "2026-01", 60, 70],
        ["Kettles", "APAC", "2026-01", 40, 35],
        ["Kettles", "EMEA", "2026-02", 50, 55],
        ["Kettles", "APAC", "2026-02", 50, 50],
        ["Kettles", "EMEA", "2026-03", null, 80],
        ["Kettles", "APAC", "2026-03", null, 40],
        ["Toasters", null, "2026-01", 30, 30],
        ["Toasters", null, "2026-02", 31, 30],
        ["Toasters", null, "2026-02", 99, 99],
        ["Toasters", null, "2026-03", null, 30],
      ]),
      grid("Supply", [
        ["Family", "Period", "Site", "Planned Production"],
        ["Kettles", "2026-03", "Lyon", 70],
        ["Kettles", "2026-03", "Porto", 50],
        ["Toasters", "2026-03", "Lyon", 30],
      ]),
      grid("Finance", [
        ["Family", "Channel", "Period", "Unit Price", "Budget Revenue"],
        ["Kettles", "Retail", "2026-03", 20, 1000],
        ["Kettles", "Online", "2026-03", 20, 1400],
        ["Toasters", "Retail", "2026-03", 30, 600],
        ["Toasters", "Online", "2026-03", 32, 300],
      ]),
    ],
    settings,
  );
}

describe("rows split by an extra key column", () => {
  const { model, findings } = read();
  const demand = (family: string, period: string) => model.demand.rows.filter((r) => r.family === family && r.period === period);

  it("sums a family's Region rows into one row per month: actuals and forecasts", () => {
    expect(demand("Kettles", "2026-01").map((r) => [r.actual, r.forecasts["Consensus Forecast"]])).toEqual([[100, 105]]);
    expect(demand("Kettles", "2026-02").map((r) => [r.actual, r.forecasts["Consensus Forecast"]])).toEqual([[100, 105]]);
    expect(demand("Kettles", "2026-03").map((r) => r.forecasts["Consensus Forecast"])).toEqual([120]);
  });

  it("says so in one info finding at the Region header, naming the column and the rows", () => {
    const info = findings.filter((f) => f.severity === "info" && f.sheet === "Demand");
    expect(info).toHaveLength(1);
    expect(info[0].cell).toBe("B1");
    // 6 Kettles rows over 3 months are read as 3.
    expect(info[0].message).toMatch(/^rows split by Region: 6 rows of 3 keys are read as 3, the actual and the forecasts summed/);
  });

  it("keeps rows equal in every key column a duplicate, left out with both cells named", () => {
    expect(demand("Toasters", "2026-02").map((r) => r.actual)).toEqual([31]);
    const dup = findings.find((f) => f.sheet === "Demand" && f.cell === "A10")!;
    expect(dup.severity).toBe("error");
    expect(dup.message).toBe(
      "family 'Toasters' in 2026-02 with the same Region (blank) appears twice (first at A9); this later row is left out",
    );
  });

  it("sums Supply over Sites and Finance budgets over Channels where the price agrees", () => {
    expect(model.supply!.filter((r) => r.family === "Kettles").map((r) => r.plannedProduction)).toEqual([120]);
    const kettles = model.finance!.filter((r) => r.family === "Kettles");
    expect(kettles.map((r) => [r.unitPrice, r.budgetRevenue])).toEqual([[20, 2400]]);
  });

  it("refuses a price that differs between Channels for that family, at the later row", () => {
    const f = findings.find((x) => x.sheet === "Finance" && x.cell === "A5")!;
    expect(f.severity).toBe("error");
    expect(f.message).toMatch(
      /^family 'Toasters' in 2026-03: Unit Price differs \(30 and 32\) between its Channel rows \(first at A4\)/,
    );
    expect(model.finance!.filter((r) => r.family === "Toasters").map((r) => r.budgetRevenue)).toEqual([600]);
  });

  it("reads a column the settings name as a key column too", () => {
    const named = readPlanningModel(
      [
        grid("Demand", [
          ["Family", "Period", "Actual", "Key Account"],
          ["Kettles", "2026-01", 10, "Acme"],
          ["Kettles", "2026-01", 15, "Globex"],
        ]),
      ],
      resolveSettings({ keyColumns: ["Key Account"] }),
    );
    expect(named.model.demand.rows.map((r) => r.actual)).toEqual([25]);
    // Without the setting the second row is a duplicate.
    const unnamed = readPlanningModel(
      [
        grid("Demand", [
          ["Family", "Period", "Actual", "Key Account"],
          ["Kettles", "2026-01", 10, "Acme"],
          ["Kettles", "2026-01", 15, "Globex"],
        ]),
      ],
      resolveSettings(),
    );
    expect(unnamed.model.demand.rows.map((r) => r.actual)).toEqual([10]);
  });
});
