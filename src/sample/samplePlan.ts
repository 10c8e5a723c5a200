/**
 * The sample company's numbers before they become sheets: demand history and forecasts, the supply plan,
 * and the budget. Everything is integer arithmetic on a seeded generator, so every planted figure in
 * samples/PLANTED.md is exact and the same on every run.
 */
import {
  BILL_OF_RESOURCES,
  DUPLICATE_SUPPLY,
  ESPRESSO_BUDGET_EXCESS,
  FAMILIES,
  OVER_FORECAST,
  PAINT_SHOP_BALANCING_FAMILY,
  PAINT_SHOP_OVERLOAD_HOURS,
  RESOURCES,
  SEASONALITY,
  type SampleFamily,
} from "./catalogue";
import { ALL_PERIODS, HISTORY_PERIODS, PLAN_PERIODS, calendarMonth } from "./periods";
import { mulberry32 } from "./prng";

export interface SampleDemandRow {
  family: string;
  period: string;
  /** null in the plan horizon. */
  actual: number | null;
  statistical: number;
  sales: number;
  consensus: number;
}

export interface SampleSupplyRow {
  family: string;
  period: string;
  plannedProduction: number;
  beginningInventory: number | null;
  targetInventory: number;
}

export interface SampleBudgetRow {
  family: string;
  period: string;
  unitPrice: number;
  unitCost: number;
  budgetRevenue: number;
}

export interface SamplePlan {
  demand: SampleDemandRow[];
  supply: SampleSupplyRow[];
  budget: SampleBudgetRow[];
}

const roundTo = (x: number, step: number) => Math.round(x / step) * step;

/** Demand before noise: base x seasonal index x compound growth since the first history month. */
function level(family: SampleFamily, periodIndex: number, period: string): number {
  return family.baseUnits * SEASONALITY[family.season][calendarMonth(period)] * Math.pow(1 + family.growth, periodIndex / 12);
}

/**
 * Demand history and forecasts. Unbiased forecast columns miss by a fixed share of actual with the sign
 * alternating month by month, so errors cancel: over any 12 months the tracking signal stays near 0.
 * The planted over-forecast column is exactly 23/20 = 115% of actual (actuals are multiples of 20).
 */
function sampleDemand(): SampleDemandRow[] {
  const rng = mulberry32(20241101);
  const rows: SampleDemandRow[] = [];
  FAMILIES.forEach((family, fi) => {
    const biased = family.name === OVER_FORECAST.family;
    const step = biased ? 20 : 10;
    ALL_PERIODS.forEach((period, t) => {
      const sign = (t + fi) % 2 === 0 ? 1 : -1;
      const noise = (rng() * 2 - 1) * 0.06;
      if (t < HISTORY_PERIODS.length) {
        const actual = roundTo(level(family, t, period) * (1 + noise), step);
        // Forecast = actual - error (error e = A - F, the CPIM convention).
        const statistical = actual - sign * Math.round(0.07 * actual);
        const sales = biased
          ? (actual * OVER_FORECAST.ratioNumerator) / OVER_FORECAST.ratioDenominator
          : actual + sign * Math.round(0.05 * actual);
        const consensus = actual - sign * Math.round(0.03 * actual);
        rows.push({ family: family.name, period, actual, statistical, sales, consensus });
      } else {
        const consensus = roundTo(level(family, t, period), 10);
        const statistical = roundTo(consensus * (sign > 0 ? 0.97 : 1.03), 10);
        const sales = roundTo(consensus * (biased ? 1.15 : 1.02), 10);
        rows.push({ family: family.name, period, actual: null, statistical, sales, consensus });
      }
    });
  });
  return rows;
}

/** Hours (in hundredths) a family's production puts on a resource in plan period index p. */
function centiHours(resource: string, family: string): number {
  return BILL_OF_RESOURCES.find((r) => r.resource === resource && r.family === family)?.centiHoursPerUnit ?? 0;
}

/**
 * Supply plan: a chase plan in lots of 50 that keeps projected inventory near the beginning inventory
 * (1.3 x target), so reconciliation is OK almost everywhere. In the Paint Shop peak months the balancing
 * family's production is set so that Paint Shop load = rated capacity + the planted overload exactly.
 */
function sampleSupply(demand: SampleDemandRow[]): SampleSupplyRow[] {
  const paint = RESOURCES.find((r) => r.name === "Paint Shop")!;
  // Rated capacity in hundredths of an hour: 1000 h x 90% x 90% = 810 h.
  const ratedCenti = Math.round(paint.availableHours * paint.utilization * paint.efficiencyCell * 100);
  const production = new Map<string, number[]>();
  const rowsByFamily = new Map<string, SampleSupplyRow[]>();
  const order = [
    ...FAMILIES.filter((f) => f.name !== PAINT_SHOP_BALANCING_FAMILY),
    FAMILIES.find((f) => f.name === PAINT_SHOP_BALANCING_FAMILY)!,
  ];
  for (const family of order) {
    const plan = demand.filter((d) => d.family === family.name && d.actual === null).map((d) => d.consensus);
    const target = roundTo((plan.reduce((a, b) => a + b, 0) / plan.length) * 0.5, 10);
    const beginning = roundTo(target * 1.3, 10);
    let inventory = beginning;
    const made: number[] = [];
    const rows: SampleSupplyRow[] = [];
    PLAN_PERIODS.forEach((period, p) => {
      let qty = Math.max(0, roundTo(plan[p] + beginning - inventory, 50));
      const overload = PAINT_SHOP_OVERLOAD_HOURS[period];
      if (family.name === PAINT_SHOP_BALANCING_FAMILY && overload !== undefined) {
        let otherCenti = 0;
        for (const [other, q] of production) otherCenti += q[p] * centiHours("Paint Shop", other);
        qty = (ratedCenti + overload * 100 - otherCenti) / centiHours("Paint Shop", family.name);
      }
      made.push(qty);
      inventory += qty - plan[p];
      rows.push({
        family: family.name,
        period,
        plannedProduction: qty,
        beginningInventory: p === 0 ? beginning : null,
        targetInventory: target,
      });
    });
    production.set(family.name, made);
    rowsByFamily.set(family.name, rows);
  }
  const out: SampleSupplyRow[] = [];
  for (const family of FAMILIES) {
    for (const row of rowsByFamily.get(family.name)!) {
      out.push(row);
      // Planted data-quality error: the same row pasted twice.
      if (row.family === DUPLICATE_SUPPLY.family && row.period === DUPLICATE_SUPPLY.period) out.push({ ...row });
    }
  }
  return out;
}

/**
 * Budget revenue per family and plan month: demand revenue (consensus x price) with up to +/-0.8% noise,
 * so every quarter is within 1% of budget, except the planted Espresso Machines gap in 2027-Q1.
 */
function sampleBudget(demand: SampleDemandRow[]): SampleBudgetRow[] {
  const rng = mulberry32(20261102);
  const rows: SampleBudgetRow[] = [];
  for (const family of FAMILIES) {
    for (const d of demand.filter((x) => x.family === family.name && x.actual === null)) {
      const demandRevenue = d.consensus * family.unitPrice;
      const noise = (rng() * 2 - 1) * 0.008;
      const planted = family.name === ESPRESSO_BUDGET_EXCESS.family && ESPRESSO_BUDGET_EXCESS.periods.includes(d.period);
      const budgetRevenue = planted ? demandRevenue + ESPRESSO_BUDGET_EXCESS.amount : Math.round(demandRevenue * (1 + noise));
      rows.push({ family: family.name, period: d.period, unitPrice: family.unitPrice, unitCost: family.unitCost, budgetRevenue });
    }
  }
  return rows;
}

export function samplePlan(): SamplePlan {
  const demand = sampleDemand();
  return { demand, supply: sampleSupply(demand), budget: sampleBudget(demand) };
}
