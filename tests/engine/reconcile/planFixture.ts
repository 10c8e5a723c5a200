/**
 * Hand-made planning models for reconciliation and finance tests: small plans a planner could check on
 * paper, built straight into the model (no workbook reading involved).
 */
import type { DemandRow, FinanceRow, PlanningModel, SupplyRow } from "../../../src/engine/model";

let nextRow = 1;
const ref = (sheet: string) => {
  nextRow++;
  return { sheet, cell: `A${nextRow}`, row: nextRow - 1 };
};

export interface PlanInput {
  /** Plan periods, sorted ("2027-01", ...). */
  periods: string[];
  /** Demand plan (Consensus Forecast) per family, one value per period. */
  demand: Record<string, number[]>;
  supply?: {
    family: string;
    production: number[];
    beginning?: number | null;
    /** One target for every period, or one per period (null = blank). */
    target?: number | (number | null)[] | null;
  }[];
  finance?: {
    family: string;
    period: string | null;
    unitPrice: number;
    unitCost?: number | null;
    budgetRevenue?: number | null;
    budgetUnits?: number | null;
  }[];
}

export function planModel(input: PlanInput): PlanningModel {
  const demandRows: DemandRow[] = [];
  for (const [family, values] of Object.entries(input.demand)) {
    input.periods.forEach((period, t) => {
      demandRows.push({ family, period, actual: null, forecasts: { "Consensus Forecast": values[t] }, ref: ref("Demand") });
    });
  }
  const supply: SupplyRow[] | null = input.supply
    ? input.supply.flatMap((s) =>
        input.periods.map((period, t) => ({
          family: s.family,
          period,
          plannedProduction: s.production[t],
          beginningInventory: t === 0 ? (s.beginning ?? null) : null,
          targetInventory:
            s.target === undefined || s.target === null ? null : typeof s.target === "number" ? s.target : (s.target[t] ?? null),
          ref: ref("Supply"),
        })),
      )
    : null;
  const finance: FinanceRow[] | null = input.finance
    ? input.finance.map((f) => ({
        family: f.family,
        period: f.period,
        unitPrice: f.unitPrice,
        unitCost: f.unitCost ?? null,
        budgetRevenue: f.budgetRevenue ?? null,
        budgetUnits: f.budgetUnits ?? null,
        ref: ref("Finance"),
      }))
    : null;
  return {
    periods: input.periods,
    historyPeriods: [],
    planPeriods: input.periods,
    families: Object.keys(input.demand),
    demand: {
      sheet: "Demand",
      forecastColumns: ["Consensus Forecast"],
      demandPlanColumn: "Consensus Forecast",
      rows: demandRows,
    },
    supply,
    capacity: null,
    billOfResources: null,
    finance,
    scenarios: null,
    sheets: { demand: "Demand", ...(supply ? { supply: "Supply" } : {}), ...(finance ? { finance: "Finance" } : {}) },
  };
}
