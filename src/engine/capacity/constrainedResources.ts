/**
 * One line per resource over the horizon, for "most constrained resources first" (the capacity
 * kernel puts them in that order: highest utilization, then most overload hours, then by name).
 */
import type { CapacityCell, ResourceSummary } from "./types";

/** @param cells the resource's cells in period order */
export function resourceSummary(resource: string, cells: readonly CapacityCell[]): ResourceSummary {
  let peak: CapacityCell | null = null;
  for (const c of cells) if (peak === null || c.utilization > peak.utilization) peak = c;
  return {
    resource,
    maxUtilization: peak ? peak.utilization : 0,
    peakPeriod: peak ? peak.period : null,
    overloadPeriods: cells.filter((c) => c.status === "overload").length,
    warningPeriods: cells.filter((c) => c.status === "warning").length,
    overloadHours: cells.reduce((s, c) => s + c.overloadHours, 0),
    pastDueLoad: cells.reduce((s, c) => s + c.pastDueLoad, 0),
  };
}
