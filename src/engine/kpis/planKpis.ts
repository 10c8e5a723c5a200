/**
 * The KPIs planners expect on the summary (SPEC "Conventions"), each from the one module that owns
 * its rule: fill rate (scenarios/fillRate), months of cover (reconcile/monthsOfCover), inventory turns,
 * plan adherence, forecast accuracy (1 − WMAPE of the demand plan, from the demand review) and its
 * trend by month. null where the analysis behind a KPI did not run or has no data.
 */
import type { Analysis } from "../analyze";
import { monthsOfCover } from "../reconcile/monthsOfCover";
import { fillRate } from "../scenarios/fillRate";
import { accuracyTrend, type AccuracyPoint } from "./accuracyTrend";
import { inventoryTurns, type CostedMonth } from "./inventoryTurns";
import { supplyPlanAdherence } from "./planAdherence";

export interface PlanKpis {
  /** Σ met demand / Σ demand over the plan horizon, all families. */
  fillRate: number | null;
  /** Months of following demand the projected inventory of all families at the end of the first plan
   * month covers, walking forward (the last month partly). */
  monthsOfCover: number | null;
  /** 12 × Σ(demand × unit cost) / Σ(projected on-hand inventory × unit cost) over the horizon. */
  inventoryTurns: number | null;
  /** 1 − Σ|actual − planned| / Σ planned over the closed months with Actual Production. */
  planAdherence: number | null;
  /** Closed months the adherence covers. */
  adherenceMonths: number;
  /** 1 − WMAPE of the demand plan column over the review window, all families. */
  forecastAccuracy: number | null;
  accuracyTrend: AccuracyPoint[];
}

export function planKpis(analysis: Analysis): PlanKpis {
  const rec = analysis.reconciliation;
  const review = analysis.demandReview;
  const planColumn = analysis.model.demand.demandPlanColumn;

  let cover: number | null = null;
  if (rec && rec.byPeriod.length > 0) {
    cover = monthsOfCover(
      rec.byPeriod.map((p) => p.projectedInventory),
      rec.byPeriod.map((p) => p.demand),
    )[0];
  }

  let turns: number | null = null;
  if (rec && analysis.finance) {
    const cost = new Map(analysis.finance.lines.map((l) => [`${l.family}\u0000${l.period}`, l.unitCost]));
    const months: CostedMonth[] = rec.lines.map((l) => ({
      demand: l.demand,
      projectedInventory: l.projectedInventory,
      unitCost: cost.get(`${l.family}\u0000${l.period}`) ?? null,
    }));
    turns = inventoryTurns(months);
  }

  const adherence = supplyPlanAdherence(analysis.model);
  const rollup = review?.rollup.find((r) => r.forecast === planColumn);
  return {
    fillRate: rec ? fillRate(rec) : null,
    monthsOfCover: cover,
    inventoryTurns: turns,
    planAdherence: adherence.adherence,
    adherenceMonths: adherence.months,
    forecastAccuracy: rollup && rollup.wmape !== null ? 1 - rollup.wmape : null,
    accuracyTrend: review ? accuracyTrend(analysis.model, review.window) : [],
  };
}
