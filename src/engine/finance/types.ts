/** The financial reconciliation: the demand plan in money against the budget. */
import type { Finding, Period } from "../model";

/** One family x plan period. Money is null where it cannot be computed (no price, cost or budget). */
export interface FinanceLine {
  family: string;
  period: Period;
  /** "2027-Q1". */
  quarter: string;
  /** Demand plan in units (after any scenario demand change). */
  demand: number;
  /** Unit price used (after any scenario price change); null when Finance has none. */
  unitPrice: number | null;
  unitCost: number | null;
  /** demand x unit price. */
  demandRevenue: number | null;
  /** demand x unit cost. */
  cost: number | null;
  /** demand x (unit price - unit cost). */
  margin: number | null;
  /** Budget Revenue, or Budget Units x the budget price. */
  budgetRevenue: number | null;
  /** demand revenue - budget revenue; negative = the plan falls short of budget. */
  revenueGap: number | null;
}

/** Sums over a group of lines (a family, a month, a quarter, a family-quarter or everything). */
export interface FinanceTotal {
  /** The family, period, quarter, "family|quarter" or "Total". */
  key: string;
  demand: number;
  demandRevenue: number | null;
  cost: number | null;
  margin: number | null;
  budgetRevenue: number | null;
  /** Sum of the gaps of lines that have both a demand revenue and a budget. */
  revenueGap: number | null;
  /** revenueGap / the budget of those same lines. */
  revenueGapPct: number | null;
}

export interface FamilyQuarterTotal extends FinanceTotal {
  family: string;
  quarter: string;
}

export interface FinancialReconciliation {
  periods: Period[];
  quarters: string[];
  lines: FinanceLine[];
  byFamily: FinanceTotal[];
  byPeriod: FinanceTotal[];
  byQuarter: FinanceTotal[];
  byFamilyQuarter: FamilyQuarterTotal[];
  total: FinanceTotal;
  /** Families whose revenue could not be computed in at least one month (no unit price). */
  familiesWithoutPrice: string[];
  findings: Finding[];
  notes: string[];
}
