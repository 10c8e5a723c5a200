/**
 * A small plan worked by hand for the balancing tests (three months, one line, three families).
 *
 * Line: rated 120 / 100 / 100 h (available hours, 100% utilization and efficiency); Max Overtime Hours
 * 0 / 0 / 20 at an Overtime Cost of 30 an hour.
 * A: 1 h a unit on Line, offset 0; price 100, cost 60, Holding Cost 2, Subcontract Cost 95 (premium 35),
 *    Backorder Cost by default 100 - 60 = 40; demand 60 / 90 / 140.
 * B: 2 h a unit on Line, offset 1 (the work falls the month before production, so production in month 1
 *    loads month 0: past due, counted in month 1); price 50, cost 30, Holding Cost 50, Backorder Cost 100;
 *    demand 10 / 10 / 10.
 * C: no bill of resources; price 20, cost 10, Holding Cost 1, Below Target Cost 0.5; demand 5 / 5 / 5,
 *    Target Inventory 10 in month 3.
 * Opening stock 0 everywhere. Supply plan as given: A 60 / 90 / 140, B 10 / 10 / 10, C 5 / 5 / 5.
 */
import type { FinanceRow, PlanningModel } from "../../../src/engine/model";
import { checkCapacity } from "../../../src/engine/capacity";
import { reconcile } from "../../../src/engine/reconcile";
import { resolveSettings } from "../../../src/engine/settings";
import { balancePlan, type LpSolver } from "../../../src/engine/balance";
import { bill, capacity, demandPlan, model, supply } from "../capacity/planFixture";

export const PERIODS = ["2027-01", "2027-02", "2027-03"];

const money = (value: number) => ({ kind: "money" as const, value });

function finance(family: string, unitPrice: number, unitCost: number, costs: Partial<FinanceRow>): FinanceRow {
  return {
    family,
    period: null,
    unitPrice,
    unitCost,
    budgetRevenue: null,
    budgetUnits: null,
    ...costs,
    ref: { sheet: "Finance", cell: "A2", row: 1 },
  };
}

export function handPlan(): PlanningModel {
  const demand: [string, string, number][] = [];
  const planned: [string, string, number][] = [];
  const series: Record<string, number[]> = { A: [60, 90, 140], B: [10, 10, 10], C: [5, 5, 5] };
  for (const [family, values] of Object.entries(series)) {
    PERIODS.forEach((p, t) => {
      demand.push([family, p, values[t]]);
      planned.push([family, p, values[t]]);
    });
  }
  const supplyRows = supply(planned).map((r) => ({
    ...r,
    beginningInventory: r.period === PERIODS[0] ? 0 : null,
    targetInventory: r.family === "C" && r.period === PERIODS[2] ? 10 : null,
  }));
  const m = model({
    planPeriods: PERIODS,
    demand: demandPlan(demand),
    supply: supplyRows,
    capacity: capacity([
      ["Line", PERIODS[0], 120, 1, 1, 0],
      ["Line", PERIODS[1], 100, 1, 1, 0],
      ["Line", PERIODS[2], 100, 1, 1, 20],
    ]).map((r) => ({ ...r, overtimeCost: 30 })),
    bill: bill([
      ["A", "Line", 1, 0],
      ["B", "Line", 2, 1],
    ]),
  });
  m.finance = [
    finance("A", 100, 60, { holdingCost: money(2), subcontractCost: money(95) }),
    finance("B", 50, 30, { holdingCost: money(50), backorderCost: money(100) }),
    finance("C", 20, 10, { holdingCost: money(1), belowTargetCost: money(0.5) }),
  ];
  m.sheets.finance = "Finance";
  return m;
}

/** Balances a plan as the pack does: default settings, the capacity check and gap table it builds on. */
export function balanceWith(solver: LpSolver, m: PlanningModel) {
  const settings = resolveSettings();
  return balancePlan(
    { model: m, settings, capacity: checkCapacity(m, settings), reconciliation: reconcile(m, settings) },
    solver,
  );
}
