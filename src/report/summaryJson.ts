/**
 * The JSON summary written by `sop-prep generate --json` (SPEC.md "Command line").
 * Numbers are plain numbers: fractions, not percents.
 */
import { inventoryPolicyJson, type InventoryPolicyJson } from "./inventoryPolicyJson";
import { moneyJson, type ExceptionJson, type KpisJson, type PvmJson } from "./moneyJson";
import type { Analysis } from "../engine/analyze";
import type { InventoryStatus } from "../engine/reconcile";
import { type DecisionJson, type LagAccuracyJson, loopJson, type PlanChangeJson } from "./loopJson";

export interface DataQualityJson {
  sheet: string;
  cell: string;
  severity: "error" | "warning" | "info";
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

/** One resource x plan period of the capacity check (hours; utilization a fraction). */
export interface CapacityJson {
  resource: string;
  period: string;
  availableHours: number;
  ratedCapacity: number;
  /** planned load, past-due load included */
  load: number;
  /** load / rated capacity; null where there is load but no capacity (infinite) */
  utilization: number | null;
  status: "ok" | "warning" | "overload";
  overloadHours: number;
  /** load that fell before the first plan period (offsets), added to this period */
  pastDueLoad: number;
}

/** One family x forecast column of the demand review (SPEC.md "bias"); fractions, null where undefined. */
export interface BiasJson {
  family: string;
  forecast: string;
  n: number;
  rsfe: number | null;
  mad: number | null;
  /** RSFE / MAD; null when MAD is 0 (the forecast equalled every actual). */
  trackingSignal: number | null;
  mpe: number | null;
  mape: number | null;
  wmape: number | null;
  biasPct: number | null;
  nfm: number | null;
  direction: "over" | "under" | "none";
  flagged: boolean;
  /** WMAPE(naive forecast, or the baseline column in settings) − WMAPE(forecast). */
  fva: number | null;
}

/** One scenario's KPIs (SPEC.md "scenarios"); null where the analysis behind a KPI could not run. */
export interface ScenarioJson {
  name: string;
  /** Demand revenue over the plan horizon. */
  revenue: number | null;
  margin: number | null;
  /** revenue - budget revenue */
  revenueGap: number | null;
  /** overloaded resource-months */
  overloads: number | null;
  /** shortage family-months */
  shortages: number | null;
  /** highest load / rated capacity; null where infinite (load on no capacity) or no capacity check */
  maxUtilization: number | null;
  /** projected inventory of all families in the last plan period */
  endingInventory: number | null;
}

/** The balanced plan (SPEC.md "Balancing"): money in the Finance sheet's currency, units, hours. */
export interface BalanceJson {
  /** Minimum cost of the balanced plan. */
  objective: number;
  /** The plan as given, costed the same way (uncovered overload hours not costed). */
  planCost: number;
  overtimeHours: number;
  subcontractUnits: number;
  /** Σ backorders over families and months (units waiting, counted each month). */
  backorderUnitMonths: number;
  plan: { family: string; period: string; production: number; subcontract: number; inventory: number; backorders: number }[];
}

export interface BaselineJson {
  family: string;
  model: string;
  pattern: string;
  months: number;
  periods: string[];
  forecast: number[];
  lo80: number[] | null;
  hi80: number[] | null;
  lo95: number[] | null;
  hi95: number[] | null;
  backtest: { lag1Wmape: number | null; lag3Wmape: number | null; lag1Rmse: number | null };
}

export interface SegmentJson {
  family: string;
  abc: string | null;
  xyz: string | null;
  pattern: string;
  adi: number | null;
  cv2: number | null;
  revenue12: number | null;
  noRecentDemand: boolean;
}

export interface FvaJson {
  family: string;
  step: string;
  wmape: number | null;
  fvaPrevious: number | null;
  fvaBaseline: number | null;
}

export interface SummaryJson {
  schemaVersion: 3;
  periods: string[];
  demandPlanColumn: string;
  dataQuality: DataQualityJson[];
  bias: BiasJson[];
  capacity: CapacityJson[];
  gaps: GapJson[];
  finance: FinanceJson[];
  scenarios: ScenarioJson[];
  cycle: string | null;
  exceptions: ExceptionJson[];
  kpis: KpisJson;
  pvm: PvmJson[];
  planChanges: PlanChangeJson[];
  lagAccuracy: LagAccuracyJson[];
  decisions: DecisionJson[];
  /** null when the run did not balance (no solver, or sheets missing: see the summary's skipped list). */
  balance?: BalanceJson | null;
  /** The statistical baseline per family (schema 3); empty when no month has actuals. */
  baseline?: BaselineJson[];
  segments?: SegmentJson[];
  fva?: FvaJson[];
  /** The recommended safety stock per family (schema 3); empty when no month has actuals. */
  inventoryPolicy?: InventoryPolicyJson[];
}

export function buildSummaryJson(analysis: Analysis): SummaryJson {
  const summary: SummaryJson = {
    schemaVersion: 3,
    periods: analysis.model.periods,
    demandPlanColumn: analysis.model.demand.demandPlanColumn,
    dataQuality: analysis.findings.map((f) => ({ sheet: f.sheet, cell: f.cell, severity: f.severity, message: f.message })),
    bias: [],
    capacity: [],
    gaps: [],
    finance: [],
    scenarios: [],
    ...moneyJson(analysis),
    ...loopJson(analysis.loop),
  };
  // Each analysis issue fills its key here.
  summary.bias = (analysis.demandReview?.rows ?? []).map((r) => ({
    family: r.family,
    forecast: r.forecast,
    n: r.n,
    rsfe: r.rsfe,
    mad: r.mad,
    trackingSignal: r.trackingSignal,
    mpe: r.mpe,
    mape: r.mape,
    wmape: r.wmape,
    biasPct: r.biasPct,
    nfm: r.nfm,
    direction: r.direction,
    flagged: r.flagged,
    fva: r.fva,
  }));
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
  summary.scenarios = (analysis.scenarios?.results ?? []).map(({ definition, kpis }) => ({
    name: definition.name,
    revenue: kpis.revenue,
    margin: kpis.margin,
    revenueGap: kpis.revenueGap,
    overloads: kpis.overloads,
    shortages: kpis.shortages,
    maxUtilization: kpis.maxUtilization !== null && Number.isFinite(kpis.maxUtilization) ? kpis.maxUtilization : null,
    endingInventory: kpis.endingInventory,
  }));
  summary.capacity = (analysis.capacity?.cells ?? []).map((c) => ({
    resource: c.resource,
    period: c.period,
    availableHours: c.availableHours,
    ratedCapacity: c.ratedCapacity,
    load: c.load,
    utilization: Number.isFinite(c.utilization) ? c.utilization : null,
    status: c.status,
    overloadHours: c.overloadHours,
    pastDueLoad: c.pastDueLoad,
  }));
  summary.balance = balanceJson(analysis);
  Object.assign(summary, baselineJson(analysis));
  summary.inventoryPolicy = inventoryPolicyJson(analysis);
  return summary;
}

function balanceJson({ balance }: Analysis): BalanceJson | null {
  if (!balance) return null;
  return {
    objective: balance.objective,
    planCost: balance.planCost,
    overtimeHours: balance.totals.overtimeHours,
    subcontractUnits: balance.totals.subcontractUnits,
    backorderUnitMonths: balance.totals.backorderUnitMonths,
    plan: balance.lines.map((l) => ({
      family: l.family,
      period: l.period,
      production: l.production,
      subcontract: l.subcontract,
      inventory: l.inventory,
      backorders: l.backorders,
    })),
  };
}

function baselineJson({ baseline }: Analysis): Pick<SummaryJson, "baseline" | "segments" | "fva"> {
  if (!baseline) return { baseline: [], segments: [], fva: [] };
  const segment = new Map(baseline.segments.map((s) => [s.family, s]));
  return {
    baseline: baseline.baselines.families.map((b) => ({
      family: b.family,
      model: b.model,
      pattern: b.pattern,
      months: b.months,
      periods: b.periods,
      forecast: b.forecast,
      lo80: b.lo80,
      hi80: b.hi80,
      lo95: b.lo95,
      hi95: b.hi95,
      backtest: baseline.review.accuracy.get(b.family) ?? { lag1Wmape: null, lag3Wmape: null, lag1Rmse: null },
    })),
    segments: baseline.baselines.families.map((b) => ({
      family: b.family,
      abc: segment.get(b.family)?.abc ?? null,
      xyz: segment.get(b.family)?.xyz ?? null,
      pattern: b.pattern,
      adi: b.adi,
      cv2: b.cv2,
      revenue12: segment.get(b.family)?.revenue12 ?? null,
      noRecentDemand: b.noRecentDemand,
    })),
    fva: baseline.review.fva.map(({ family, step, wmape, fvaPrevious, fvaBaseline }) => ({
      family,
      step,
      wmape,
      fvaPrevious,
      fvaBaseline,
    })),
  };
}
