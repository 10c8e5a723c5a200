/**
 * Finance of a scenario without building a FinancialReconciliation (SPEC.md "Conventions"; Chopra &
 * Meindl, Supply Chain Management, ch. 8-9; Wallace & Stahl, Sales & Operations Planning):
 *   demand revenue = demand x unit price;  margin = demand x (unit price - unit cost);
 *   revenue gap = demand revenue - budget revenue.
 * Money that cannot be computed (no price, cost or budget) is left out of the sums, as in finance.
 *
 * Prices, costs and budgets are looked up once per model into dense family x period rows (NaN where
 * there is none); a scenario only multiplies each family's demand and price.
 */
import type { PlanningModel, Period } from "../../model";
import type { FinanceRow } from "../../model";
import { budgetRevenue, quarterOf } from "../../finance";
import { adjustmentFactors } from "../../reconcile/planAdjustments";
import { denseDemandPlan } from "../../reconcile/demandPlanIndex";

export interface FinanceKernel {
  periods: Period[];
  quarters: string[];
  /** Quarter of each period, as a position in `quarters`. */
  quarterOf: Int32Array;
  /** Demand's families, then those only Finance knows (as reconcileFinance). */
  families: string[];
  /** family x period: unscaled demand plan, unit price, unit cost, budget revenue (NaN where none). */
  demandPlan: Float64Array;
  unitPrice: Float64Array;
  unitCost: Float64Array;
  budget: Float64Array;
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
}

/** Family names match Finance rows case- and space-insensitively, like sheet headers. */
const normFamily = (family: string): string => family.trim().replace(/\s+/g, " ").toLowerCase();

/** The Finance rows by family: per month, and for every month (no period); the first row wins. */
function pricesByFamily(
  rows: readonly FinanceRow[],
): Map<string, { byMonth: Map<Period, FinanceRow>; everyMonth: FinanceRow | null }> {
  const out = new Map<string, { byMonth: Map<Period, FinanceRow>; everyMonth: FinanceRow | null }>();
  for (const row of rows) {
    const f = normFamily(row.family);
    let entry = out.get(f);
    if (!entry) {
      entry = { byMonth: new Map(), everyMonth: null };
      out.set(f, entry);
    }
    if (row.period === null) entry.everyMonth ??= row;
    else if (!entry.byMonth.has(row.period)) entry.byMonth.set(row.period, row);
  }
  return out;
}

export function buildFinanceKernel(model: PlanningModel): FinanceKernel {
  const rows = model.finance ?? [];
  const history = new Set(model.historyPeriods);
  const periods =
    model.planPeriods.length > 0
      ? [...model.planPeriods].sort()
      : [...new Set(rows.map((r) => r.period).filter((p): p is string => p !== null && !history.has(p)))].sort();
  const quarters: string[] = [];
  const quarterIndex = new Map<string, number>();
  const quarterOfPeriod = new Int32Array(periods.length);
  periods.forEach((p, t) => {
    const q = quarterOf(p);
    if (!quarterIndex.has(q)) {
      quarterIndex.set(q, quarters.length);
      quarters.push(q);
    }
    quarterOfPeriod[t] = quarterIndex.get(q)!;
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
  const demandPlan = denseDemandPlan(model, families, periods);
  const unitPrice = new Float64Array(n).fill(NaN);
  const unitCost = new Float64Array(n).fill(NaN);
  const budget = new Float64Array(n).fill(NaN);
  const prices = pricesByFamily(rows);
  families.forEach((family, f) => {
    const entry = prices.get(normFamily(family));
    if (!entry) return;
    for (let t = 0; t < P; t++) {
      // A row for the month wins over a row for every month (as finance's price list).
      const row = entry.byMonth.get(periods[t]) ?? entry.everyMonth;
      if (!row) continue;
      const c = f * P + t;
      unitPrice[c] = row.unitPrice;
      if (row.unitCost !== null) unitCost[c] = row.unitCost;
      const b = budgetRevenue(row);
      if (b !== null) budget[c] = b;
    }
  });
  return { periods, quarters, quarterOf: quarterOfPeriod, families, demandPlan, unitPrice, unitCost, budget };
}

const orNull = (x: number): number | null => (x !== x ? null : x);

/**
 * @param quantities family x period units to price instead of the scaled demand plan (the demand a
 *   scenario's supply can meet, see servedQuantities); NaN where there is none.
 */
export function runFinanceKernel(
  k: FinanceKernel,
  demandFactor: Record<string, number>,
  priceFactor: Record<string, number>,
  quantities?: Float64Array,
): FinanceOutcome {
  const P = k.periods.length;
  const F = k.families.length;
  const Q = k.quarters.length;
  const df = adjustmentFactors(k.families, { demandFactors: demandFactor }, "demand");
  const pf = adjustmentFactors(k.families, { priceFactors: priceFactor }, "price");
  const revenueGap = new Float64Array(F * P).fill(NaN);
  const demandRevenue = new Float64Array(F).fill(NaN);
  const margin = new Float64Array(F).fill(NaN);
  const budgetRevenue = new Float64Array(F).fill(NaN);
  const familyRevenueGap = new Float64Array(F).fill(NaN);
  const quarterRevenueGap = new Float64Array(F * Q).fill(NaN);
  // Running sums that stay NaN (null) until a value is given: NaN + x would stay NaN, so each sum
  // starts from its first value instead.
  const add = (sum: number, x: number): number => (sum !== sum ? x : sum + x);
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
      const d = plan !== plan ? 0 : plan;
      const price = k.unitPrice[c];
      const b = k.budget[c];
      if (b === b) {
        bud = add(bud, b);
        totalBudget = add(totalBudget, b);
      }
      if (price !== price) continue; // no price: no revenue, margin or gap
      const up = price * pf[f];
      const r = d * up;
      rev = add(rev, r);
      totalRevenue = add(totalRevenue, r);
      const uc = k.unitCost[c];
      if (uc === uc) {
        const m = d * (up - uc);
        mar = add(mar, m);
        totalMargin = add(totalMargin, m);
      }
      if (b === b) {
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
  const familyIndex = new Map<string, number>();
  k.families.forEach((family, f) => {
    if (!familyIndex.has(family)) familyIndex.set(family, f);
  });
  return {
    periods: k.periods,
    quarters: k.quarters,
    families: k.families,
    familyIndex,
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
  };
}

/**
 * The demand a scenario's supply can meet (met as in the gap table), laid out as the finance kernel's
 * family x period rows, so "revenue is what supply can meet" (SPEC "Output") is priced by the same
 * loop as demand revenue. Families the gap table does not have (only on Finance) have no demand.
 */
export function servedQuantities(
  k: FinanceKernel,
  gaps: { families: string[]; periods: Period[]; met: Float64Array },
): Float64Array {
  const P = k.periods.length;
  const G = gaps.periods.length;
  const out = new Float64Array(k.families.length * P).fill(NaN);
  const gapFamily = new Map<string, number>();
  gaps.families.forEach((family, g) => {
    if (!gapFamily.has(family)) gapFamily.set(family, g);
  });
  const gapPeriod = new Map(gaps.periods.map((p, t) => [p, t]));
  k.families.forEach((family, f) => {
    const g = gapFamily.get(family);
    if (g === undefined) return;
    for (let t = 0; t < P; t++) {
      const u = gapPeriod.get(k.periods[t]);
      if (u !== undefined) out[f * P + t] = gaps.met[g * G + u];
    }
  });
  return out;
}
