import type { SummaryJson } from "../../src/report/summaryJson";
import { countExceptions } from "../../src/taskpane/exceptionCounts";
import { emptySummary } from "./fakeHost";
import { plantedSummary } from "./summaryFixture";

describe("exception counts for the results panel", () => {
  const c = countExceptions(plantedSummary());

  it("counts a family as biased when any of its forecast columns is flagged", () => {
    // Blenders: Sales Forecast flagged, Consensus not; Kettles not flagged -> 1 family.
    expect(c.biasedFamilies).toBe(1);
    expect(c.biasedForecasts).toEqual([{ family: "Blenders", forecast: "Sales Forecast", direction: "over" }]);
  });

  it("counts two flagged forecast columns of one family as one biased family", () => {
    const s = plantedSummary();
    s.bias[1].flagged = true;
    expect(countExceptions(s).biasedFamilies).toBe(1);
    expect(countExceptions(s).biasedForecasts).toHaveLength(2);
  });

  it("counts overloaded resource-months and leaves warnings out", () => {
    // Paint Shop 2027-06, -07, -08 are overload; 2027-05 is only a warning -> 3.
    expect(c.overloadedResourceMonths).toBe(3);
    expect(c.overloadsByResource).toEqual({ "Paint Shop": ["2027-06", "2027-07", "2027-08"] });
  });

  it("counts shortages (negative projected inventory) but not below-target periods", () => {
    expect(c.shortages).toBe(1);
    expect(c.shortageFamilies).toEqual(["Juicers"]);
  });

  it("sums the revenue gap against budget and names the family furthest short", () => {
    // −30,000 − 25,000 + 5,000 − 1,000 = −51,000; Espresso Machines −30,000 − 25,000 = −55,000.
    expect(c.revenueGap).toBe(-51000);
    expect(c.largestShortfall).toEqual({ family: "Espresso Machines", revenueGap: -55000 });
  });

  it("reports no exceptions for an empty summary, and skips malformed rows instead of failing", () => {
    const s = emptySummary();
    // Rows as a hand-edited or older JSON file might hold them.
    s.capacity = [null, "x", { resource: "QA Lab", period: "2027-01", status: "overload" }] as unknown as SummaryJson["capacity"];
    s.finance = [
      { family: "Kettles", revenueGap: "n/a" },
      { family: "Toasters", revenueGap: null },
    ] as unknown as SummaryJson["finance"];
    const e = countExceptions(s);
    expect(e.overloadedResourceMonths).toBe(1);
    expect(e.revenueGap).toBe(0);
    expect(e.largestShortfall).toBeNull();
    expect(e.biasedFamilies).toBe(0);
  });
});
