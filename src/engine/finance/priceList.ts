/**
 * The Finance sheet as a lookup: the row that applies to a family in a month. A row for the family and
 * that month wins over a row for the family without a period (a price for every month). Family names
 * match case- and space-insensitively, like sheet headers.
 */
import type { FinanceRow, Period } from "../model";

const norm = (family: string): string => family.trim().replace(/\s+/g, " ").toLowerCase();

export interface PriceList {
  /** The Finance row for the family in the period, or null when there is none. */
  lookup(family: string, period: Period): FinanceRow | null;
  /** True when the Finance sheet has at least one row for the family. */
  has(family: string): boolean;
}

export function priceList(rows: readonly FinanceRow[]): PriceList {
  // Finance rows and lookups repeat each family once per month: normalize each name once, and look
  // rows up by family then month (no "family|month" key strings built per row or per lookup).
  const normalized = new Map<string, string>();
  const normOnce = (family: string): string => {
    let f = normalized.get(family);
    if (f === undefined) {
      f = norm(family);
      normalized.set(family, f);
    }
    return f;
  };
  const byMonth = new Map<string, Map<Period, FinanceRow>>();
  const byFamily = new Map<string, FinanceRow>();
  const families = new Set<string>();
  for (const row of rows) {
    const f = normOnce(row.family);
    families.add(f);
    // The first row wins; duplicates are reported by the reader.
    if (row.period === null) {
      if (!byFamily.has(f)) byFamily.set(f, row);
    } else {
      let months = byMonth.get(f);
      if (!months) byMonth.set(f, (months = new Map()));
      if (!months.has(row.period)) months.set(row.period, row);
    }
  }
  return {
    lookup: (family, period) => {
      const f = normOnce(family);
      return byMonth.get(f)?.get(period) ?? byFamily.get(f) ?? null;
    },
    has: (family) => families.has(normOnce(family)),
  };
}
