/**
 * A small plan a planner can check on paper, built straight into the planning model: two families
 * (Kettles $40 / cost $25, Toasters $30 / cost $20), two months, one or two resources, and optional
 * Scenarios sheet rows. Each test overrides what it needs.
 */
import type { PlanningModel, ScenarioRow } from "../../../src/engine/model";
import { resolveSettings, type ScenarioSetting, type Settings } from "../../../src/engine/settings";

let nextRow = 1;
const ref = (sheet: string) => {
  nextRow++;
  return { sheet, cell: `A${nextRow}`, row: nextRow - 1 };
};

export const PERIODS = ["2027-01", "2027-02"];

export interface PlanParts {
  /** Consensus forecast per family, one per period. Default Kettles [100, 200], Toasters [50, 50]. */
  demand?: Record<string, number[]>;
  /** Planned production per family; default = the demand (a chase plan). */
  supply?: Record<string, number[]>;
  beginning?: Record<string, number>;
  target?: Record<string, number>;
  /** [resource, available hours per month]; utilization and efficiency 100%. Default Press 100 h. */
  resources?: [string, number][];
  /** [family, resource, hours per unit]. Default Kettles on Press at 0.5 h. */
  bill?: [string, string, number][];
  prices?: Record<string, { price: number; cost: number; budget?: number }>;
  /** Scenarios sheet rows: [scenario, demand %, price %, capacity %, family, resource] as fractions. */
  scenarios?: [string, number | null, number | null, number | null, string | null, string | null][];
  noCapacity?: boolean;
  noSupply?: boolean;
  noFinance?: boolean;
}

export function scenarioPlan(parts: PlanParts = {}): PlanningModel {
  const demand = parts.demand ?? { Kettles: [100, 200], Toasters: [50, 50] };
  const supply = parts.supply ?? demand;
  const prices = parts.prices ?? { Kettles: { price: 40, cost: 25 }, Toasters: { price: 30, cost: 20 } };
  const families = Object.keys(demand);
  const scenarios: ScenarioRow[] | null = parts.scenarios
    ? parts.scenarios.map(([scenario, demandChange, priceChange, capacityChange, family, resource]) => ({
        scenario,
        demandChange,
        priceChange,
        capacityChange,
        family,
        resource,
        ref: ref("Scenarios"),
      }))
    : null;
  return {
    periods: [...PERIODS],
    historyPeriods: [],
    planPeriods: [...PERIODS],
    families,
    demand: {
      sheet: "Demand",
      forecastColumns: ["Consensus Forecast"],
      demandPlanColumn: "Consensus Forecast",
      rows: families.flatMap((family) =>
        PERIODS.map((period, t) => ({
          family,
          period,
          actual: null,
          forecasts: { "Consensus Forecast": demand[family][t] },
          ref: ref("Demand"),
        })),
      ),
    },
    supply: parts.noSupply
      ? null
      : Object.entries(supply).flatMap(([family, production]) =>
          PERIODS.map((period, t) => ({
            family,
            period,
            plannedProduction: production[t],
            beginningInventory: t === 0 ? (parts.beginning?.[family] ?? 0) : null,
            targetInventory: parts.target?.[family] ?? null,
            ref: ref("Supply"),
          })),
        ),
    capacity: parts.noCapacity
      ? null
      : (parts.resources ?? [["Press", 100]]).flatMap(([resource, hours]) =>
          PERIODS.map((period) => ({
            resource,
            period,
            availableHours: hours,
            utilization: 1,
            efficiency: 1,
            maxOvertimeHours: 0,
            ref: ref("Capacity"),
          })),
        ),
    billOfResources: parts.noCapacity
      ? null
      : (parts.bill ?? [["Kettles", "Press", 0.5]]).map(([family, resource, hoursPerUnit]) => ({
          family,
          resource,
          hoursPerUnit,
          offset: 0,
          ref: ref("Bill of Resources"),
        })),
    finance: parts.noFinance
      ? null
      : Object.entries(prices).map(([family, p]) => ({
          family,
          period: null,
          unitPrice: p.price,
          unitCost: p.cost,
          budgetRevenue: p.budget ?? null,
          budgetUnits: null,
          ref: ref("Finance"),
        })),
    scenarios,
    sheets: {
      demand: "Demand",
      ...(parts.noSupply ? {} : { supply: "Supply" }),
      ...(parts.noCapacity ? {} : { capacity: "Capacity", billOfResources: "Bill of Resources" }),
      ...(parts.noFinance ? {} : { finance: "Finance" }),
      ...(scenarios ? { scenarios: "Scenarios" } : {}),
    },
  };
}

/** Two resources: Press 100 h (Kettles 0.5 h a unit) and Oven 200 h (Toasters 1 h a unit). */
export const PRESS_AND_OVEN: Pick<PlanParts, "resources" | "bill"> = {
  resources: [
    ["Press", 100],
    ["Oven", 200],
  ],
  bill: [
    ["Kettles", "Press", 0.5],
    ["Toasters", "Oven", 1],
  ],
};

export function settingsWith(scenarios: ScenarioSetting[] = []): Settings {
  return resolveSettings({ scenarios });
}
