/**
 * The exceptions a planner takes into the pre-S&OP meeting, counted from the JSON summary
 * (SPEC.md "Command line" gives its shape). The summary's row arrays are read defensively: a
 * row that lacks a field is skipped rather than crashing the task pane.
 */
import type { SummaryJson } from "../report/summaryJson";

export interface BiasedForecast {
  family: string;
  forecast: string;
  direction: "over" | "under" | "none";
}

export interface ExceptionCounts {
  /** Distinct families with at least one flagged forecast column (bias rows with flagged = true). */
  biasedFamilies: number;
  biasedForecasts: BiasedForecast[];
  /** Capacity rows (resource x period) whose status is overload. */
  overloadedResourceMonths: number;
  /** Resource -> its overloaded periods, in the summary's order. */
  overloadsByResource: Record<string, string[]>;
  /** Gap rows (family x period) whose projected inventory is negative (status shortage). */
  shortages: number;
  shortageFamilies: string[];
  /** Σ revenue gap (demand revenue − budget revenue) over every finance row; negative = short of budget. */
  revenueGap: number;
  /** The family whose revenue gap is most negative, with that gap; null when no family is short of budget. */
  largestShortfall: { family: string; revenueGap: number } | null;
}

type Row = Record<string, unknown>;

function rows(list: unknown[] | undefined): Row[] {
  return (list ?? []).filter((r): r is Row => typeof r === "object" && r !== null);
}

function text(v: unknown): string {
  return typeof v === "string" ? v : String(v ?? "");
}

function num(v: unknown): number {
  return typeof v === "number" && Number.isFinite(v) ? v : 0;
}

export function countExceptions(summary: SummaryJson): ExceptionCounts {
  const biasedForecasts: BiasedForecast[] = rows(summary.bias)
    .filter((r) => r.flagged === true)
    .map((r) => ({
      family: text(r.family),
      forecast: text(r.forecast),
      direction: r.direction === "over" || r.direction === "under" ? r.direction : "none",
    }));

  const overloadsByResource: Record<string, string[]> = {};
  let overloadedResourceMonths = 0;
  for (const r of rows(summary.capacity)) {
    if (r.status !== "overload") continue;
    overloadedResourceMonths++;
    (overloadsByResource[text(r.resource)] ??= []).push(text(r.period));
  }

  const shortageRows = rows(summary.gaps).filter((r) => r.status === "shortage");

  const gapByFamily = new Map<string, number>();
  let revenueGap = 0;
  for (const r of rows(summary.finance)) {
    const gap = num(r.revenueGap);
    revenueGap += gap;
    const family = text(r.family);
    gapByFamily.set(family, (gapByFamily.get(family) ?? 0) + gap);
  }
  let largestShortfall: ExceptionCounts["largestShortfall"] = null;
  for (const [family, gap] of gapByFamily) {
    if (gap < 0 && (largestShortfall === null || gap < largestShortfall.revenueGap)) {
      largestShortfall = { family, revenueGap: gap };
    }
  }

  return {
    biasedFamilies: new Set(biasedForecasts.map((b) => b.family)).size,
    biasedForecasts,
    overloadedResourceMonths,
    overloadsByResource,
    shortages: shortageRows.length,
    shortageFamilies: [...new Set(shortageRows.map((r) => text(r.family)))],
    revenueGap,
    largestShortfall,
  };
}
