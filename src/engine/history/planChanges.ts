/**
 * What changed since the last plan: this cycle's demand plan (units and revenue) and supply plan
 * against the previous cycle's, per family over the months both plans cover, largest moves first,
 * and the waterfall of the total (previous plan -> each family's change -> this plan).
 *
 * A family in only one of the two plans is not left out: it counts as a change from (or to) nothing,
 * so the waterfall's changes always add up to the difference of the two totals.
 */
import type { Period } from "../model";
import type { PlanChange, PlanChanges, SnapshotRow, WaterfallStep } from "./types";

interface Sums {
  units: number | null;
  revenue: number | null;
  supply: number | null;
}

const add = (a: number | null, b: number | null): number | null => (b === null ? a : (a ?? 0) + b);

/** Per family, the sums over the given months (null where no row of the family has the figure). */
function sumsByFamily(rows: readonly SnapshotRow[], months: ReadonlySet<Period>): Map<string, Sums> {
  const out = new Map<string, Sums>();
  for (const r of rows) {
    if (!months.has(r.period)) continue;
    const s = out.get(r.family) ?? { units: null, revenue: null, supply: null };
    s.units = add(s.units, r.demandPlan);
    s.revenue = add(s.revenue, r.revenue);
    s.supply = add(s.supply, r.supplyPlan);
    out.set(r.family, s);
  }
  return out;
}

const diff = (now: number | null, before: number | null): number | null =>
  now === null && before === null ? null : (now ?? 0) - (before ?? 0);

/**
 * @param previous the previous cycle's snapshot rows; @param current this cycle's.
 * null when the two plans share no month.
 */
export function planChanges(
  previousCycle: Period,
  cycle: Period,
  previous: readonly SnapshotRow[],
  current: readonly SnapshotRow[],
): PlanChanges | null {
  const before = new Set(previous.map((r) => r.period));
  const periods = [...new Set(current.map((r) => r.period))].filter((p) => before.has(p)).sort();
  if (periods.length === 0) return null;
  const months = new Set(periods);
  const was = sumsByFamily(previous, months);
  const now = sumsByFamily(current, months);
  const families = [...now.keys(), ...[...was.keys()].filter((f) => !now.has(f))];
  const changes: PlanChange[] = families.map((family) => {
    const a = was.get(family);
    const b = now.get(family);
    const previousRevenue = a?.revenue ?? null;
    const revenue = b?.revenue ?? null;
    return {
      family,
      previousUnits: a?.units ?? null,
      units: b?.units ?? null,
      previousRevenue,
      revenue,
      previousSupply: a?.supply ?? null,
      supply: b?.supply ?? null,
      unitsChange: (b?.units ?? 0) - (a?.units ?? 0),
      // A family priced on one side only cannot show a revenue move (it would be its whole revenue).
      revenueChange: (a && previousRevenue === null) || (b && revenue === null) ? null : diff(revenue, previousRevenue),
      supplyChange: diff(b?.supply ?? null, a?.supply ?? null),
      note: !a ? "Added" : !b ? "Dropped" : null,
    };
  });
  const waterfallMeasure = changes.every((c) => c.revenueChange !== null) ? "revenue" : "units";
  const moveOf = (c: PlanChange) => (waterfallMeasure === "revenue" ? (c.revenueChange as number) : c.unitsChange);
  changes.sort((x, y) => Math.abs(moveOf(y)) - Math.abs(moveOf(x)) || x.family.localeCompare(y.family));
  const start = changes.reduce((s, c) => s + ((waterfallMeasure === "revenue" ? c.previousRevenue : c.previousUnits) ?? 0), 0);
  const end = changes.reduce((s, c) => s + ((waterfallMeasure === "revenue" ? c.revenue : c.units) ?? 0), 0);
  const waterfall: WaterfallStep[] = [
    { label: `Plan of ${previousCycle}`, value: start, kind: "start" },
    // A family whose plan did not move adds nothing to the bridge: it is in the table, not drawn.
    ...changes.filter((c) => moveOf(c) !== 0).map((c): WaterfallStep => ({ label: c.family, value: moveOf(c), kind: "change" })),
    { label: `Plan of ${cycle}`, value: end, kind: "end" },
  ];
  return { previousCycle, periods, families: changes, waterfallMeasure, waterfall };
}
