/**
 * Data-quality findings of the capacity check: gaps in the capacity bill or the Capacity sheet that
 * make the check leave load out or compare it with zero hours. Warnings: the check still runs.
 */
import type { Finding, PlanningModel, Period } from "../model";

/** Families in Supply or Demand that have no Bill of Resources row: their production loads nothing. */
export function familiesWithoutBill(model: PlanningModel): Finding[] {
  const billed = new Set((model.billOfResources ?? []).map((b) => b.family));
  const billSheet = model.sheets.billOfResources ?? "Bill of Resources";
  // Only unbilled families are remembered (usually none), where their rows start.
  const firstRow = new Map<string, { sheet: string; cell: string }>();
  for (const rows of [model.supply ?? [], model.demand.rows]) {
    for (const row of rows) if (!billed.has(row.family) && !firstRow.has(row.family)) firstRow.set(row.family, row.ref);
  }
  const findings: Finding[] = [];
  for (const [family, ref] of firstRow) {
    findings.push({
      sheet: ref.sheet,
      cell: ref.cell,
      severity: "warning",
      message: `Family "${family}" has no row in ${billSheet}, so its production puts no load on any resource and the capacity check leaves it out. Add its hours per unit to ${billSheet}.`,
    });
  }
  return findings;
}

/** Bill of Resources rows naming a resource the Capacity sheet does not have. */
export function resourcesWithoutCapacity(model: PlanningModel): Finding[] {
  const known = new Set((model.capacity ?? []).map((c) => c.resource));
  const capacitySheet = model.sheets.capacity ?? "Capacity";
  const reported = new Set<string>();
  const findings: Finding[] = [];
  for (const row of model.billOfResources ?? []) {
    if (known.has(row.resource) || reported.has(row.resource)) continue;
    reported.add(row.resource);
    findings.push({
      sheet: row.ref.sheet,
      cell: row.ref.cell,
      severity: "warning",
      message: `Resource "${row.resource}" is not on the ${capacitySheet} sheet, so its load is checked against 0 hours (shown as No capacity). Add its available hours to ${capacitySheet}.`,
    });
  }
  return findings;
}

/** Resources on the Capacity sheet that miss some plan periods: those periods count as 0 hours. */
export function capacityGaps(model: PlanningModel, periods: Period[]): Finding[] {
  const byResource = new Map<string, { ref: { sheet: string; cell: string }; periods: Set<Period> }>();
  for (const row of model.capacity ?? []) {
    const r = byResource.get(row.resource) ?? { ref: row.ref, periods: new Set<Period>() };
    r.periods.add(row.period);
    byResource.set(row.resource, r);
  }
  const findings: Finding[] = [];
  for (const [resource, r] of byResource) {
    const missing = periods.filter((p) => !r.periods.has(p));
    if (missing.length === 0) continue;
    const list = missing.length <= 4 ? missing.join(", ") : `${missing.slice(0, 3).join(", ")} and ${missing.length - 3} more`;
    findings.push({
      sheet: r.ref.sheet,
      cell: r.ref.cell,
      severity: "warning",
      message: `Resource "${resource}" has no capacity row for ${missing.length} plan period(s) (${list}); the capacity check takes 0 available hours there.`,
    });
  }
  return findings;
}

/** All findings of the capacity check, in the order a planner fixes them. */
export function capacityFindings(model: PlanningModel, periods: Period[]): Finding[] {
  return [...familiesWithoutBill(model), ...resourcesWithoutCapacity(model), ...capacityGaps(model, periods)];
}
