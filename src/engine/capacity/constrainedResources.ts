/**
 * One line per resource over the horizon, most constrained first: highest utilization (load with no
 * capacity counts as infinite, so it leads), then most overload hours, then by name.
 */
import type { CapacityCell, ResourceSummary } from "./types";

export function constrainedResources(cellsByResource: Map<string, CapacityCell[]>): ResourceSummary[] {
  const summaries: ResourceSummary[] = [];
  for (const [resource, cells] of cellsByResource) {
    let peak: CapacityCell | null = null;
    for (const c of cells) if (peak === null || c.utilization > peak.utilization) peak = c;
    summaries.push({
      resource,
      maxUtilization: peak ? peak.utilization : 0,
      peakPeriod: peak ? peak.period : null,
      overloadPeriods: cells.filter((c) => c.status === "overload").length,
      warningPeriods: cells.filter((c) => c.status === "warning").length,
      overloadHours: cells.reduce((s, c) => s + c.overloadHours, 0),
      pastDueLoad: cells.reduce((s, c) => s + c.pastDueLoad, 0),
    });
  }
  return summaries.sort(
    (a, b) =>
      compareDesc(a.maxUtilization, b.maxUtilization) ||
      compareDesc(a.overloadHours, b.overloadHours) ||
      a.resource.localeCompare(b.resource),
  );
}

/** Descending, with Infinity above every number (Infinity - Infinity would be NaN). */
function compareDesc(a: number, b: number): number {
  if (a === b) return 0;
  return a > b ? -1 : 1;
}
