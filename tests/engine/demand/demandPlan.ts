/** Builds small hand-made planning models for the demand review tests (Demand sheet only). */
import type { DemandRow, PlanningModel } from "../../../src/engine/model";

/** Consecutive months from `start` ("2025-01"), `count` of them. */
export function months(start: string, count: number): string[] {
  const [y, m] = start.split("-").map(Number);
  return Array.from({ length: count }, (_, i) => {
    const k = m - 1 + i;
    return `${y + Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, "0")}`;
  });
}

export interface FamilySeries {
  actual: (number | null)[];
  forecasts: Record<string, (number | null)[]>;
}

export function demandPlan(periods: string[], columns: string[], families: Record<string, FamilySeries>): PlanningModel {
  const rows: DemandRow[] = [];
  let sheetRow = 1;
  for (const [family, s] of Object.entries(families)) {
    periods.forEach((period, i) => {
      const forecasts: Record<string, number | null> = {};
      for (const c of columns) forecasts[c] = s.forecasts[c]?.[i] ?? null;
      rows.push({
        family,
        period,
        actual: s.actual[i] ?? null,
        forecasts,
        ref: { sheet: "Demand", cell: `A${sheetRow + 1}`, row: sheetRow },
      });
      sheetRow++;
    });
  }
  const historyPeriods = periods.filter((p) => rows.some((r) => r.period === p && r.actual !== null));
  return {
    periods,
    historyPeriods,
    planPeriods: periods.filter((p) => !historyPeriods.includes(p)),
    families: Object.keys(families),
    demand: { sheet: "Demand", forecastColumns: columns, demandPlanColumn: columns[columns.length - 1], rows },
    supply: null,
    capacity: null,
    billOfResources: null,
    finance: null,
    scenarios: null,
    sheets: { demand: "Demand" },
  };
}
