/**
 * This cycle's snapshot: per family and plan month, the demand plan, supply plan, projected inventory
 * and demand revenue exactly as this run planned them (the same figures as the Gap Table and the
 * Financial Gap), so next month's run can compare with them and measure lag accuracy against them.
 */
import type { FinancialReconciliation } from "../finance";
import type { Period, PlanningModel } from "../model";
import type { Reconciliation } from "../reconcile";
import { demandPlanIndex } from "../reconcile/demandPlanIndex";
import type { SnapshotRow } from "./types";

export function planSnapshot(
  cycle: Period,
  model: PlanningModel,
  reconciliation: Reconciliation | undefined,
  finance: FinancialReconciliation | undefined,
): SnapshotRow[] {
  const plan = demandPlanIndex(model);
  const gap = new Map((reconciliation?.lines ?? []).map((l) => [`${l.family}|${l.period}`, l]));
  const money = new Map((finance?.lines ?? []).map((l) => [`${l.family}|${l.period}`, l]));
  const families = [...model.families];
  for (const f of reconciliation?.families ?? []) if (!families.includes(f.family)) families.push(f.family);
  const rows: SnapshotRow[] = [];
  for (const family of families) {
    for (const period of model.planPeriods) {
      const key = `${family}|${period}`;
      const g = gap.get(key);
      const row: SnapshotRow = {
        cycle,
        family,
        period,
        demandPlan: plan.byFamily.get(family)?.get(period) ?? null,
        supplyPlan: g ? g.supply : null,
        projectedInventory: g ? g.projectedInventory : null,
        revenue: money.get(key)?.demandRevenue ?? null,
      };
      if (row.demandPlan !== null || row.supplyPlan !== null || row.revenue !== null) rows.push(row);
    }
  }
  return rows;
}
