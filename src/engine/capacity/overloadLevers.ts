/**
 * The levers that can cover each overload of one resource, in the order a planner tries them
 * (SPEC.md; Vollmann et al., capacity planning chapter: when the resource profile exceeds capacity,
 * either capacity is added — overtime, subcontracting — or load is moved — earlier production
 * into periods with spare capacity, or a reshaped master schedule):
 *
 * 1. overtime in the period itself, up to Max Overtime Hours (hour for hour);
 * 2. pre-build: spare rated capacity (rated - load) in earlier periods, the latest earlier period
 *    first (least inventory carried). Units built early can only come from a period at or before the
 *    overload, never later. Each period's spare is used once, by the earliest overload that reaches it;
 * 3. what remains: subcontract or reshape demand.
 * The three always add up to the overload hours.
 */
import type { CapacityCell, CapacityOverload } from "./types";

/** @param cells one resource's cells in period order */
export function overloadLevers(cells: CapacityCell[]): CapacityOverload[] {
  const spare = cells.map((c) => Math.max(0, c.ratedCapacity - c.load));
  const overloads: CapacityOverload[] = [];
  cells.forEach((cell, t) => {
    if (!(cell.overloadHours > 0)) return;
    let remaining = cell.overloadHours;
    const overtime = Math.min(remaining, Math.max(0, cell.maxOvertimeHours));
    remaining -= overtime;
    const from: { period: string; hours: number }[] = [];
    let prebuild = 0;
    for (let s = t - 1; s >= 0 && remaining > 0; s--) {
      const take = Math.min(spare[s], remaining);
      if (take <= 0) continue;
      spare[s] -= take;
      remaining -= take;
      prebuild += take;
      from.push({ period: cells[s].period, hours: take });
    }
    overloads.push({
      resource: cell.resource,
      period: cell.period,
      load: cell.load,
      ratedCapacity: cell.ratedCapacity,
      overloadHours: cell.overloadHours,
      levers: [
        { kind: "overtime", hours: overtime },
        { kind: "prebuild", hours: prebuild, from },
        // By subtraction, so the three add up to the overload exactly.
        { kind: "subcontract", hours: Math.max(0, cell.overloadHours - overtime - prebuild) },
      ],
      largestFamily: largestFamily(cell.loadByFamily),
    });
  });
  return overloads;
}

function largestFamily(loadByFamily: Record<string, number>): string | null {
  let best: string | null = null;
  for (const [family, hours] of Object.entries(loadByFamily)) {
    if (best === null || hours > loadByFamily[best]) best = family;
  }
  return best;
}
