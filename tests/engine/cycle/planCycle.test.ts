import { planCycle } from "../../../src/engine/cycle";
import type { PlanningModel } from "../../../src/engine/model";

function model(periods: string[], history: string[], plan: string[]): PlanningModel {
  return { periods, historyPeriods: history, planPeriods: plan } as unknown as PlanningModel;
}

describe("the cycle a run belongs to", () => {
  it("is the first plan month, the month after the last actuals", () => {
    expect(planCycle(model(["2026-09", "2026-10", "2026-11"], ["2026-09", "2026-10"], ["2026-11"]), {})).toBe("2026-11");
  });
  it("is the month after the last actuals when nothing is planned yet, across a year end", () => {
    expect(planCycle(model(["2026-11", "2026-12"], ["2026-11", "2026-12"], []), {})).toBe("2027-01");
  });
  it("is what settings name, when they name one", () => {
    expect(planCycle(model(["2026-10", "2026-11"], ["2026-10"], ["2026-11"]), { cycle: "2026-12" })).toBe("2026-12");
  });
});
