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
  const byMonth = new Map<string, FinanceRow>();
  const byFamily = new Map<string, FinanceRow>();
  const families = new Set<string>();
  for (const row of rows) {
    const f = norm(row.family);
    families.add(f);
    // The first row wins; duplicates are reported by the reader.
    if (row.period === null) {
      if (!byFamily.has(f)) byFamily.set(f, row);
    } else {
      const key = `${f}\u0000${row.period}`;
      if (!byMonth.has(key)) byMonth.set(key, row);
    }
  }
  // Finance asks for the same family once per month: normalize each name once, not per lookup.
  const normalized = new Map<string, string>();
  const normOnce = (family: string): string => {
    let f = normalized.get(family);
    if (f === undefined) {
      f = norm(family);
      normalized.set(family, f);
    }
    return f;
  };
  return {
    lookup: (family, period) => {
      const f = normOnce(family);
      return byMonth.get(`${f}\u0000${period}`) ?? byFamily.get(f) ?? null;
    },
    has: (family) => families.has(normOnce(family)),
  };
}
