/**
 * The four families of the inventory policy worked by hand (see inventoryPolicy.test.ts for the
 * figures): Alpha (A), Beta (B, lead time 2 ± 0.5 from the sheet), Gamma (C, 97.5% from the sheet,
 * no given target) and Delta (no actuals).
 */
import type { DemandRow, FinanceRow, InventoryPolicyRow, PlanningModel, SupplyRow } from "../../../src/engine/model";
import type { PolicySources } from "../../../src/engine/inventory";

export const WINDOW = ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"];
export const PLAN = ["2026-07", "2026-08", "2026-09"];
const ref = (sheet: string, row: number) => ({ sheet, cell: `A${row + 1}`, row });

function demand(family: string, actuals: (number | null)[], consensus: (number | null)[], plan: number[]): DemandRow[] {
  return [
    ...WINDOW.map((period, i) => ({
      family,
      period,
      actual: actuals[i],
      forecasts: { "Consensus Forecast": consensus[i] },
      ref: ref("Demand", i + 1),
    })),
    ...PLAN.map((period, i) => ({
      family,
      period,
      actual: null,
      forecasts: { "Consensus Forecast": plan[i] },
      ref: ref("Demand", 10 + i),
    })),
  ];
}

function supply(family: string, targets: (number | null)[]): SupplyRow[] {
  return PLAN.map((period, i) => ({
    family,
    period,
    plannedProduction: 0,
    beginningInventory: null,
    targetInventory: targets[i],
    ref: ref("Supply", i + 1),
  }));
}

const finance: FinanceRow[] = [
  { family: "Alpha", period: null, unitPrice: 10, unitCost: 4, budgetRevenue: null, budgetUnits: null, ref: ref("Finance", 1) },
  { family: "Beta", period: null, unitPrice: 10, unitCost: null, budgetRevenue: null, budgetUnits: null, ref: ref("Finance", 2) },
  { family: "Gamma", period: null, unitPrice: 5, unitCost: 2, budgetRevenue: null, budgetUnits: null, ref: ref("Finance", 3) },
];

const policy: InventoryPolicyRow[] = [
  { family: "Beta", leadTime: 2, leadTimeSd: 0.5, serviceLevel: null, ref: ref("Inventory Policy", 1) },
  { family: "Gamma", leadTime: null, leadTimeSd: null, serviceLevel: 0.975, ref: ref("Inventory Policy", 2) },
];

const six = (v: number | null) => WINDOW.map(() => v);
export const model: PlanningModel = {
  periods: [...WINDOW, ...PLAN],
  historyPeriods: WINDOW,
  planPeriods: PLAN,
  families: ["Alpha", "Beta", "Gamma", "Delta"],
  demand: {
    sheet: "Demand",
    forecastColumns: ["Consensus Forecast"],
    demandPlanColumn: "Consensus Forecast",
    rows: [
      ...demand("Alpha", six(100), [90, 110, 90, 110, 90, 110], [100, 100, 100]),
      ...demand("Beta", six(50), [null, null, 55, 45, 55, 45], [50, 50, 50]),
      ...demand("Gamma", six(20), six(15), [20, 20, 20]),
      ...demand("Delta", six(null), six(null), [30, 30, 30]),
    ],
  },
  supply: [
    ...supply("Alpha", [15, null, null]),
    ...supply("Beta", [80, 80, 80]),
    ...supply("Gamma", [null, null, null]),
    ...supply("Delta", [10, 10, 10]),
  ],
  capacity: null,
  billOfResources: null,
  finance,
  scenarios: null,
  inventoryPolicy: policy,
  sheets: { demand: "Demand", supply: "Supply", finance: "Finance", inventoryPolicy: "Inventory Policy" },
};

export const sources: PolicySources = {
  window: WINDOW,
  abc: new Map([
    ["Alpha", "A"],
    ["Beta", "B"],
    ["Gamma", "C"],
  ]),
  baselineLag1: new Map([
    ["Alpha", six(100)],
    ["Beta", [70, 30, 70, 30, 70, 30]],
    ["Gamma", six(20)],
  ]),
};
