import { analyze } from "../../../src/engine/analyze";
import { scenarioPlan, settingsWith } from "./scenarioPlan";

describe("Most Likely in a full analysis", () => {
  it("is the plan's own gap table, capacity check and finance, not a second run of them", () => {
    const analysis = analyze(scenarioPlan(), settingsWith(), []);
    const mostLikely = analysis.scenarios!.results[0];
    expect(mostLikely.definition.name).toBe("Most Likely");
    // The same results the Gap Table, Capacity Check and Financial Gap sheets show.
    expect(mostLikely.reconciliation).toBe(analysis.reconciliation);
    expect(mostLikely.capacity).toBe(analysis.capacity);
    expect(mostLikely.finance).toBe(analysis.finance);
    // Revenue: Kettles (100 + 200) x $40 = $12,000 plus Toasters (50 + 50) x $30 = $3,000 -> $15,000.
    expect(mostLikely.kpis.revenue).toBeCloseTo(15000, 9);
  });

  it("leaves the other scenarios computed on their own figures", () => {
    const analysis = analyze(scenarioPlan(), settingsWith(), []);
    const optimistic = analysis.scenarios!.results.find((r) => r.definition.name === "Optimistic")!;
    expect(optimistic.reconciliation).not.toBe(analysis.reconciliation);
    // +10% demand: $15,000 x 1.1 = $16,500 of demand, in its own Financial Gap.
    expect(optimistic.finance!.total.demandRevenue).toBeCloseTo(16500, 9);
  });
});
