/**
 * The KPIs of one scenario from its re-run capacity check, reconciliation and finance (definitions in
 * ./types.ts). Each KPI is null where its analysis did not run, never a made-up 0.
 */
import type { CapacityCheck } from "../capacity";
import type { FinancialReconciliation } from "../finance";
import type { Reconciliation } from "../reconcile";
import { demandMet, fillRate } from "./fillRate";
import type { ScenarioKpis } from "./types";

export function scenarioKpis(parts: {
  capacity?: CapacityCheck;
  reconciliation?: Reconciliation;
  finance?: FinancialReconciliation;
}): ScenarioKpis {
  const { capacity, reconciliation, finance } = parts;
  let endingTargetInventory: number | null = null;
  for (const f of reconciliation?.families ?? []) {
    const target = f.lines[f.lines.length - 1]?.targetInventory ?? null;
    if (target !== null) endingTargetInventory = (endingTargetInventory ?? 0) + target;
  }
  const money = finance ? servedMoney(finance, reconciliation) : null;
  return {
    revenue: money?.revenue ?? null,
    margin: money?.margin ?? null,
    revenueGap: money?.revenueGap ?? null,
    budgetRevenue: finance?.total.budgetRevenue ?? null,
    fillRate: reconciliation ? fillRate(reconciliation) : null,
    shortages: reconciliation ? reconciliation.lines.filter((l) => l.status === "shortage").length : null,
    overloads: capacity ? capacity.cells.filter((c) => c.status === "overload").length : null,
    maxUtilization: capacity ? capacity.cells.reduce((m, c) => Math.max(m, c.utilization), 0) : null,
    endingInventory: reconciliation ? reconciliation.total.endingInventory : null,
    endingTargetInventory,
  };
}

/**
 * Revenue is what supply can meet (SPEC "Output"): each finance line's units are the demand met in its
 * month (as in the gap table) where the reconciliation has the family, else its demand. Sums that have
 * no term stay null, as in finance.
 */
function servedMoney(
  finance: FinancialReconciliation,
  reconciliation: Reconciliation | undefined,
): { revenue: number | null; margin: number | null; revenueGap: number | null } {
  const met = new Map<string, number>();
  for (const family of reconciliation?.families ?? []) {
    const m = demandMet(family);
    family.lines.forEach((l, t) => met.set(`${family.family}\u0000${l.period}`, m[t]));
  }
  let revenue: number | null = null;
  let margin: number | null = null;
  let revenueGap: number | null = null;
  for (const l of finance.lines) {
    if (l.unitPrice === null) continue;
    const units = reconciliation ? (met.get(`${l.family}\u0000${l.period}`) ?? 0) : l.demand;
    const r = units * l.unitPrice;
    revenue = (revenue ?? 0) + r;
    if (l.unitCost !== null) margin = (margin ?? 0) + units * (l.unitPrice - l.unitCost);
    if (l.budgetRevenue !== null) revenueGap = (revenueGap ?? 0) + r - l.budgetRevenue;
  }
  return { revenue, margin, revenueGap };
}
