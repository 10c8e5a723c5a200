/**
 * Hand-made planning models for the capacity tests: only what the capacity check reads.
 * Rows are written as plain tuples so each test shows its data at a glance.
 */
import type { BillOfResourcesRow, CapacityRow, DemandRow, PlanningModel, SupplyRow } from "../../../src/engine/model";

let row = 1;
const ref = (sheet: string) => ({ sheet, cell: `A${++row}`, row: row - 1 });

/** [family, period, planned production] */
export function supply(rows: [string, string, number][]): SupplyRow[] {
  return rows.map(([family, period, plannedProduction]) => ({
    family,
    period,
    plannedProduction,
    beginningInventory: null,
    targetInventory: null,
    ref: ref("Supply"),
  }));
}

/** [resource, period, available hours, utilization?, efficiency?, max overtime hours?] */
export function capacity(rows: [string, string, number, number?, number?, number?, number?][]): CapacityRow[] {
  return rows.map(([resource, period, availableHours, utilization = 1, efficiency = 1, maxOvertimeHours = 0, overtimeCost]) => ({
    resource,
    period,
    availableHours,
    utilization,
    efficiency,
    maxOvertimeHours,
    ...(overtimeCost === undefined ? {} : { overtimeCost }),
    ref: ref("Capacity"),
  }));
}

/** [family, resource, hours per unit, offset?] */
export function bill(rows: [string, string, number, number?][]): BillOfResourcesRow[] {
  return rows.map(([family, resource, hoursPerUnit, offset = 0]) => ({
    family,
    resource,
    hoursPerUnit,
    offset,
    ref: ref("Bill of Resources"),
  }));
}

/** [family, period, consensus forecast] — plan periods only (no actuals). */
export function demandPlan(rows: [string, string, number][]): DemandRow[] {
  return rows.map(([family, period, consensus]) => ({
    family,
    period,
    actual: null,
    forecasts: { "Consensus Forecast": consensus },
    ref: ref("Demand"),
  }));
}

export function model(parts: {
  planPeriods: string[];
  demand?: DemandRow[];
  supply?: SupplyRow[] | null;
  capacity?: CapacityRow[] | null;
  bill?: BillOfResourcesRow[] | null;
}): PlanningModel {
  const demand = parts.demand ?? [];
  const families = [...new Set([...demand.map((d) => d.family), ...(parts.supply ?? []).map((s) => s.family)])];
  return {
    periods: [...parts.planPeriods],
    historyPeriods: [],
    planPeriods: [...parts.planPeriods],
    families,
    demand: { sheet: "Demand", forecastColumns: ["Consensus Forecast"], demandPlanColumn: "Consensus Forecast", rows: demand },
    supply: parts.supply === undefined ? null : parts.supply,
    capacity: parts.capacity ?? null,
    billOfResources: parts.bill ?? null,
    finance: null,
    scenarios: null,
    sheets: {
      demand: "Demand",
      ...(parts.supply ? { supply: "Supply" } : {}),
      ...(parts.capacity ? { capacity: "Capacity" } : {}),
      ...(parts.bill ? { billOfResources: "Bill of Resources" } : {}),
    },
  };
}

/** The cell of one resource x period. */
export function cellOf<T extends { resource: string; period: string }>(cells: T[], resource: string, period: string): T {
  const c = cells.find((x) => x.resource === resource && x.period === period);
  if (!c) throw new Error(`no cell ${resource} ${period}`);
  return c;
}
