/**
 * The KPIs of one scenario from its re-run capacity check, reconciliation and finance (definitions in
 * ./types.ts). Each KPI is null where its analysis did not run, never a made-up 0.
 */
import type { CapacityCheck } from "../capacity";
import type { FinancialReconciliation } from "../finance";
import type { Reconciliation } from "../reconcile";
import { fillRate } from "./fillRate";
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
  return {
    revenue: finance?.total.demandRevenue ?? null,
    margin: finance?.total.margin ?? null,
    revenueGap: finance?.total.revenueGap ?? null,
    budgetRevenue: finance?.total.budgetRevenue ?? null,
    fillRate: reconciliation ? fillRate(reconciliation) : null,
    shortages: reconciliation ? reconciliation.lines.filter((l) => l.status === "shortage").length : null,
    overloads: capacity ? capacity.cells.filter((c) => c.status === "overload").length : null,
    maxUtilization: capacity ? capacity.cells.reduce((m, c) => Math.max(m, c.utilization), 0) : null,
    endingInventory: reconciliation ? reconciliation.total.endingInventory : null,
    endingTargetInventory,
  };
}
