/**
 * A larger plan for the balancing checks that do not need a hand-worked answer (the independent
 * solver, the constraints): families x months x resources with offsets, overloads, targets, opening
 * backlog and every cost lever, from a fixed seed so each run sees the same plan.
 */
import type { FinanceRow, PlanningModel } from "../../../src/engine/model";
import { bill, capacity, demandPlan, model, supply } from "../capacity/planFixture";

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomPlan(families: number, months: number, resources: number, seed = 7): PlanningModel {
  const rand = mulberry32(seed);
  const periods = Array.from({ length: months }, (_, t) => `2027-${String(t + 1).padStart(2, "0")}`);
  const names = Array.from({ length: families }, (_, f) => `F${f + 1}`);
  const res = Array.from({ length: resources }, (_, r) => `R${r + 1}`);
  const demand: [string, string, number][] = [];
  const planned: [string, string, number][] = [];
  names.forEach((f) =>
    periods.forEach((p) => {
      const d = Math.round(50 + rand() * 100);
      demand.push([f, p, d]);
      planned.push([f, p, Math.round(d * (0.8 + rand() * 0.4))]);
    }),
  );
  const bor: [string, string, number, number][] = [];
  names.forEach((f, i) => {
    bor.push([f, res[i % resources], Math.round((0.5 + rand()) * 100) / 100, Math.floor(rand() * 3)]);
    if (rand() < 0.5) bor.push([f, res[(i + 1) % resources], Math.round(rand() * 100) / 100, 0]);
  });
  // Capacity around 85% of the average load, so some months overload.
  const cap: [string, string, number, number, number, number][] = [];
  res.forEach((r) =>
    periods.forEach((p) => {
      const load = bor.filter((b) => b[1] === r).reduce((s, b) => s + b[2] * 100, 0);
      cap.push([r, p, Math.round(load * (0.7 + rand() * 0.3)), 0.95, 1, Math.round(load * 0.1)]);
    }),
  );
  const supplyRows = supply(planned).map((row) => ({
    ...row,
    beginningInventory: row.period === periods[0] ? Math.round(rand() * 200 - 50) : null,
    targetInventory: rand() < 0.3 ? Math.round(rand() * 80) : null,
  }));
  const m = model({
    planPeriods: periods,
    demand: demandPlan(demand),
    supply: supplyRows,
    capacity: capacity(cap).map((c) => ({ ...c, overtimeCost: rand() < 0.8 ? Math.round(20 + rand() * 40) : null })),
    bill: bill(bor),
  });
  m.finance = names.map((f): FinanceRow => {
    const price = Math.round(50 + rand() * 100);
    const cost = Math.round(price * (0.5 + rand() * 0.3));
    return {
      family: f,
      period: null,
      unitPrice: price,
      unitCost: cost,
      budgetRevenue: null,
      budgetUnits: null,
      holdingCost: rand() < 0.5 ? { kind: "percent", value: 0.03 } : null,
      subcontractCost: rand() < 0.6 ? { kind: "money", value: Math.round(cost * (1.2 + rand() * 0.5)) } : null,
      ref: { sheet: "Finance", cell: "A2", row: 1 },
    };
  });
  m.sheets.finance = "Finance";
  return m;
}
