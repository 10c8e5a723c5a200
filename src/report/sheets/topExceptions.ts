/**
 * The summary is an executive page: it lists the largest exceptions only and sums up the rest, one
 * line per detail sheet, so nothing is dropped without a word (on 2,000 families listing every
 * exception made a 17,000-row summary that nobody reads to the end).
 */
import type { OwnerRole, PlanException } from "../exceptions";

/** Exceptions the summary lists; the rest are summed per detail sheet. */
export const SUMMARY_EXCEPTIONS = 25;
/** Issues the executive agenda lists; the rest are summed per detail sheet. */
export const SUMMARY_AGENDA_ITEMS = 15;

/** The exceptions of one detail sheet left off the summary. */
export interface MoreExceptions {
  sheet: string;
  owner: OwnerRole;
  count: number;
  /** Sum of the priced impacts; null when none of them could be priced. */
  impact: number | null;
  /** How many of them have no money impact (not priced). */
  unpriced: number;
}

export interface TopExceptions {
  listed: PlanException[];
  /** One entry per detail sheet, in the order their largest left-off exception ranks. */
  more: MoreExceptions[];
}

/** The first `limit` of a ranked list and, per detail sheet, the count and total impact of the rest. */
export function topExceptions(ranked: readonly PlanException[], limit: number): TopExceptions {
  const bySheet = new Map<string, MoreExceptions>();
  for (const e of ranked.slice(limit)) {
    let more = bySheet.get(e.sheet);
    if (!more) {
      more = { sheet: e.sheet, owner: e.owner, count: 0, impact: null, unpriced: 0 };
      bySheet.set(e.sheet, more);
    }
    more.count++;
    if (e.impact === null) more.unpriced++;
    else more.impact = (more.impact ?? 0) + e.impact;
  }
  return { listed: ranked.slice(0, limit), more: [...bySheet.values()] };
}
