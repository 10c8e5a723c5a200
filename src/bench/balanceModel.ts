/**
 * A synthetic plan for balancing (SPEC.md "Balancing"), built in memory: families x months x resources
 * with offsets, overloads (capacity at 70-100% of the average load, 95% utilization), targets, opening
 * stock or backlog and every cost lever (overtime costs on 80% of resource-months, subcontract costs on
 * 60% of families, holding costs as money or percentages), from a fixed seed. Used by the balancing
 * benchmark and by the tests that need a larger plan than one worked by hand.
 */
import type { FinanceRow, PlanningModel } from "../engine/model";

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function balanceBenchModel(families: number, months: number, resources: number, seed = 7): PlanningModel {
  const rand = mulberry32(seed);
  const periods = Array.from(
    { length: months },
    (_, t) => `${2027 + Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, "0")}`,
  );
  const names = Array.from({ length: families }, (_, f) => `F${f + 1}`);
  const res = Array.from({ length: resources }, (_, r) => `R${r + 1}`);
  const ref = (sheet: string, row: number) => ({ sheet, cell: `A${row + 1}`, row });
  const model: PlanningModel = {
    periods,
    historyPeriods: [],
    planPeriods: periods,
    families: names,
    demand: { sheet: "Demand", forecastColumns: ["Consensus Forecast"], demandPlanColumn: "Consensus Forecast", rows: [] },
    supply: [],
    capacity: [],
    billOfResources: [],
    finance: [],
    scenarios: null,
    sheets: {
      demand: "Demand",
      supply: "Supply",
      capacity: "Capacity",
      billOfResources: "Bill of Resources",
      finance: "Finance",
    },
  };
  names.forEach((family, f) =>
    periods.forEach((period, t) => {
      const d = Math.round(50 + rand() * 100);
      const row = f * months + t + 1;
      model.demand.rows.push({ family, period, actual: null, forecasts: { "Consensus Forecast": d }, ref: ref("Demand", row) });
      model.supply!.push({
        family,
        period,
        plannedProduction: Math.round(d * (0.8 + rand() * 0.4)),
        beginningInventory: t === 0 ? Math.round(rand() * 200 - 50) : null,
        targetInventory: rand() < 0.3 ? Math.round(rand() * 80) : null,
        ref: ref("Supply", row),
      });
    }),
  );
  const loadOf = new Array<number>(resources).fill(0);
  names.forEach((family, i) => {
    const add = (r: number, hoursPerUnit: number, offset: number) => {
      loadOf[r] += hoursPerUnit * 100;
      model.billOfResources!.push({
        family,
        resource: res[r],
        hoursPerUnit,
        offset,
        ref: ref("Bill of Resources", model.billOfResources!.length + 1),
      });
    };
    add(i % resources, Math.round((0.5 + rand()) * 100) / 100, Math.floor(rand() * 3));
    if (rand() < 0.5) add((i + 1) % resources, Math.round(rand() * 100) / 100, 0);
  });
  res.forEach((resource, r) =>
    periods.forEach((period) => {
      model.capacity!.push({
        resource,
        period,
        availableHours: Math.round(loadOf[r] * (0.7 + rand() * 0.3)),
        utilization: 0.95,
        efficiency: 1,
        maxOvertimeHours: Math.round(loadOf[r] * 0.1),
        overtimeCost: rand() < 0.8 ? Math.round(20 + rand() * 40) : null,
        ref: ref("Capacity", model.capacity!.length + 1),
      });
    }),
  );
  model.finance = names.map((family, f): FinanceRow => {
    const price = Math.round(50 + rand() * 100);
    const cost = Math.round(price * (0.5 + rand() * 0.3));
    return {
      family,
      period: null,
      unitPrice: price,
      unitCost: cost,
      budgetRevenue: null,
      budgetUnits: null,
      holdingCost: rand() < 0.5 ? { kind: "percent", value: 0.03 } : null,
      subcontractCost: rand() < 0.6 ? { kind: "money", value: Math.round(cost * (1.2 + rand() * 0.5)) } : null,
      ref: ref("Finance", f + 1),
    };
  });
  return model;
}
