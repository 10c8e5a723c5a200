/**
 * Finance's one implementation, for the plan and for every scenario (SPEC.md "Conventions"; Chopra &
 * Meindl, Supply Chain Management, ch. 8-9; Wallace & Stahl, Sales & Operations Planning):
 *   demand revenue = demand x unit price;  cost = demand x unit cost;
 *   margin = demand x (unit price - unit cost);  revenue gap = demand revenue - budget revenue.
 * Money that cannot be computed (no price, cost or budget) is left out of the sums.
 *
 * Prices, costs and budgets are looked up once per model into dense family x period rows (NaN where
 * there is none); a run only multiplies each family's demand and price. reconcileFinance is the view of
 * a run that the Financial Gap, the summary and the history read.
 */
import type { PlanningModel, Period } from "../model";
import { perModel } from "../perModel";
import { adjustmentFactors, type PlanAdjustments } from "../reconcile/planAdjustments";
import { denseDemandPlan } from "../reconcile/demandPlanIndex";
import { planHorizon, positions } from "../reconcile/gapKernel";
import { budgetRevenue } from "./budgetRevenue";
import { priceList } from "./priceList";
import { quarterOf } from "./quarter";

export interface FinanceKernel {
  periods: Period[];
  quarters: string[];
  /** Quarter of each period, as a position in `quarters`. */
  quarterOf: Int32Array;
  /** Demand's families, then those only Finance knows (their budget still counts as a gap). */
  families: string[];
  familyIndex: Map<string, number>;
  /** family x period: unscaled demand plan, unit price, unit cost, budget revenue (NaN where none). */
  demandPlan: Float64Array;
  unitPrice: Float64Array;
  unitCost: Float64Array;
  budget: Float64Array;
}

/** family x period figures of a detailed run (NaN where the money cannot be computed). */
export interface FinanceCells {
  demand: Float64Array;
  /** After the run's price change. */
  unitPrice: Float64Array;
  demandRevenue: Float64Array;
  cost: Float64Array;
  margin: Float64Array;
}

/** Totals per family (and overall); NaN where nothing could be computed (null in the finance sheets). */
export interface FinanceOutcome {
  periods: Period[];
  quarters: string[];
  families: string[];
  familyIndex: Map<string, number>;
  /** family x period: demand revenue - budget revenue (NaN where no price or no budget). */
  revenueGap: Float64Array;
  /** Per family. */
  demandRevenue: Float64Array;
  margin: Float64Array;
  budgetRevenue: Float64Array;
  familyRevenueGap: Float64Array;
  /** family x quarter revenue gap (NaN where none). */
  quarterRevenueGap: Float64Array;
  total: { demandRevenue: number | null; margin: number | null; budgetRevenue: number | null; revenueGap: number | null };
  /** A detailed run only (what the Financial Gap shows line by line). */
  cells?: FinanceCells;
}

function buildFinanceKernel(model: PlanningModel): FinanceKernel {
  const rows = model.finance ?? [];
  const periods = planHorizon(model, rows);
  const quarters: string[] = [];
  const quarterOfPeriod = Int32Array.from(periods, (p) => {
    const q = quarterOf(p);
    const i = quarters.indexOf(q);
    return i >= 0 ? i : quarters.push(q) - 1;
  });

  const families = [...model.families];
  const known = new Set(families.map((f) => f.trim().toLowerCase()));
  for (const row of rows) {
    const k = row.family.trim().toLowerCase();
    if (known.has(k)) continue;
    known.add(k);
    families.push(row.family);
  }

  const P = periods.length;
  const n = families.length * P;
  const unitPrice = new Float64Array(n).fill(NaN);
  const unitCost = new Float64Array(n).fill(NaN);
  const budget = new Float64Array(n).fill(NaN);
  const prices = priceList(rows);
  families.forEach((family, f) => {
    for (let t = 0; t < P; t++) {
      const row = prices.lookup(family, periods[t]);
      if (!row) continue;
      const c = f * P + t;
      unitPrice[c] = row.unitPrice;
      if (row.unitCost !== null) unitCost[c] = row.unitCost;
      budget[c] = budgetRevenue(row) ?? NaN;
    }
  });
  const demandPlan = denseDemandPlan(model, families, periods);
  return {
    periods,
    quarters,
    quarterOf: quarterOfPeriod,
    families,
    familyIndex: positions(families),
    demandPlan,
    unitPrice,
    unitCost,
    budget,
  };
}

/** The model's finance kernel, built once per model. */
export const financeKernel = perModel(
  (m) => [m.planPeriods, m.historyPeriods, m.families, m.finance, m.demand.rows, m.demand.demandPlanColumn],
  buildFinanceKernel,
);

const orNull = (x: number): number | null => (Number.isNaN(x) ? null : x);
/** A running sum that stays NaN (null) until a value is given: NaN + x would stay NaN. */
const add = (sum: number, x: number): number => (Number.isNaN(sum) ? x : sum + x);

/**
 * @param quantities family x period units to price instead of the adjusted demand plan (the demand a
 *   scenario's supply can meet, see servedQuantities); NaN where there is none.
 * @param detail also the figures of every family-month (the view's lines)
 */
export function runFinanceKernel(
  k: FinanceKernel,
  adjustments: PlanAdjustments,
  { quantities, detail = false }: { quantities?: Float64Array; detail?: boolean } = {},
): FinanceOutcome {
  const P = k.periods.length;
  const F = k.families.length;
  const Q = k.quarters.length;
  const df = adjustmentFactors(k.families, adjustments, "demand");
  const pf = adjustmentFactors(k.families, adjustments, "price");
  const revenueGap = new Float64Array(F * P).fill(NaN);
  const demandRevenue = new Float64Array(F).fill(NaN);
  const margin = new Float64Array(F).fill(NaN);
  const budgetRevenue = new Float64Array(F).fill(NaN);
  const familyRevenueGap = new Float64Array(F).fill(NaN);
  const quarterRevenueGap = new Float64Array(F * Q).fill(NaN);
  const cells: FinanceCells | undefined = detail
    ? {
        demand: new Float64Array(F * P),
        unitPrice: new Float64Array(F * P).fill(NaN),
        demandRevenue: new Float64Array(F * P).fill(NaN),
        cost: new Float64Array(F * P).fill(NaN),
        margin: new Float64Array(F * P).fill(NaN),
      }
    : undefined;
  let totalRevenue = NaN;
  let totalMargin = NaN;
  let totalBudget = NaN;
  let totalGap = NaN;
  for (let f = 0; f < F; f++) {
    let rev = NaN;
    let mar = NaN;
    let bud = NaN;
    let gap = NaN;
    for (let t = 0; t < P; t++) {
      const c = f * P + t;
      const plan = quantities ? quantities[c] : k.demandPlan[c] * df[f];
      const d = Number.isNaN(plan) ? 0 : plan;
      const b = k.budget[c];
      if (cells) cells.demand[c] = d;
      if (!Number.isNaN(b)) {
        bud = add(bud, b);
        totalBudget = add(totalBudget, b);
      }
      const price = k.unitPrice[c];
      if (Number.isNaN(price)) continue; // no price: no revenue, margin or gap
      const up = price * pf[f];
      const r = d * up;
      rev = add(rev, r);
      totalRevenue = add(totalRevenue, r);
      const uc = k.unitCost[c];
      if (cells) {
        cells.unitPrice[c] = up;
        cells.demandRevenue[c] = r;
        cells.cost[c] = d * uc;
      }
      if (!Number.isNaN(uc)) {
        const m = d * (up - uc);
        mar = add(mar, m);
        totalMargin = add(totalMargin, m);
        if (cells) cells.margin[c] = m;
      }
      if (!Number.isNaN(b)) {
        const g = r - b;
        revenueGap[c] = g;
        gap = add(gap, g);
        totalGap = add(totalGap, g);
        const q = f * Q + k.quarterOf[t];
        quarterRevenueGap[q] = add(quarterRevenueGap[q], g);
      }
    }
    demandRevenue[f] = rev;
    margin[f] = mar;
    budgetRevenue[f] = bud;
    familyRevenueGap[f] = gap;
  }
  return {
    periods: k.periods,
    quarters: k.quarters,
    families: k.families,
    familyIndex: k.familyIndex,
    revenueGap,
    demandRevenue,
    margin,
    budgetRevenue,
    familyRevenueGap,
    quarterRevenueGap,
    total: {
      demandRevenue: orNull(totalRevenue),
      margin: orNull(totalMargin),
      budgetRevenue: orNull(totalBudget),
      revenueGap: orNull(totalGap),
    },
    cells,
  };
}

/**
 * The demand a scenario's supply can meet (met as in the gap table), laid out as the finance kernel's
 * family x period rows, so "revenue is what supply can meet" (SPEC "Output") is priced by the same
 * loop as demand revenue. Families the gap table does not have (only on Finance) have no demand.
 */
export function servedQuantities(
  k: FinanceKernel,
  gaps: { familyIndex: Map<string, number>; periods: Period[]; met: Float64Array },
): Float64Array {
  const P = k.periods.length;
  const G = gaps.periods.length;
  const out = new Float64Array(k.families.length * P).fill(NaN);
  const gapPeriod = new Map(gaps.periods.map((p, t) => [p, t]));
  k.families.forEach((family, f) => {
    const g = gaps.familyIndex.get(family);
    if (g === undefined) return;
    for (let t = 0; t < P; t++) {
      const u = gapPeriod.get(k.periods[t]);
      if (u !== undefined) out[f * P + t] = gaps.met[g * G + u];
    }
  });
  return out;
}
