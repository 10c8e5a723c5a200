/**
 * The JSON summary written by `sop-prep generate --json` (SPEC.md "Command line").
 * Numbers are plain numbers: fractions, not percents.
 */
import type { Analysis } from "../engine/analyze";
import type { InventoryStatus } from "../engine/reconcile";

export interface DataQualityJson {
  sheet: string;
  cell: string;
  severity: "error" | "warning";
  message: string;
}

/** One family x plan period of the gap table (units). */
export interface GapJson {
  family: string;
  period: string;
  demand: number;
  supply: number;
  /** supply - demand */
  gap: number;
  /** negative = backlog */
  projectedInventory: number;
  /** null where no target inventory is given */
  targetInventory: number | null;
  status: InventoryStatus;
}

/** One family x plan period of the financial gap (money; null where no price / budget / cost). */
export interface FinanceJson {
  family: string;
  period: string;
  demandRevenue: number | null;
  budgetRevenue: number | null;
  /** demand revenue - budget revenue */
  revenueGap: number | null;
  margin: number | null;
}

export interface SummaryJson {
  schemaVersion: 1;
  periods: string[];
  demandPlanColumn: string;
  dataQuality: DataQualityJson[];
  bias: unknown[];
  capacity: unknown[];
  gaps: GapJson[];
  finance: FinanceJson[];
  scenarios: unknown[];
}

export function buildSummaryJson(analysis: Analysis): SummaryJson {
  const summary: SummaryJson = {
    schemaVersion: 1,
    periods: analysis.model.periods,
    demandPlanColumn: analysis.model.demand.demandPlanColumn,
    dataQuality: analysis.findings.map((f) => ({ sheet: f.sheet, cell: f.cell, severity: f.severity, message: f.message })),
    bias: [],
    capacity: [],
    gaps: [],
    finance: [],
    scenarios: [],
  };
  // Each analysis issue fills its key here.
  summary.gaps = (analysis.reconciliation?.lines ?? []).map((l) => ({
    family: l.family,
    period: l.period,
    demand: l.demand,
    supply: l.supply,
    gap: l.gap,
    projectedInventory: l.projectedInventory,
    targetInventory: l.targetInventory,
    status: l.status,
  }));
  summary.finance = (analysis.finance?.lines ?? []).map((l) => ({
    family: l.family,
    period: l.period,
    demandRevenue: l.demandRevenue,
    budgetRevenue: l.budgetRevenue,
    revenueGap: l.revenueGap,
    margin: l.margin,
  }));
  return summary;
}
