/**
 * The JSON summary's money and loop keys (SPEC "Command line", schema version 2): the run's `cycle`, the
 * `exceptions` with their money at stake, the plan's `kpis` and the price / volume / mix bridge `pvm`.
 * Kept apart from summaryJson.ts so each issue's keys live in their own module.
 */
import type { Analysis } from "../engine/analyze";
import { planCycle } from "../engine/cycle";
import { revenueBridge } from "../engine/finance";
import { planKpis } from "../engine/kpis";
import { planExceptions, type ExceptionKind } from "./exceptions";

export interface ExceptionJson {
  kind: ExceptionKind;
  /** The stable key (kind|family or resource|forecast column or quarter or month), as in the agenda's Key column. */
  key: string;
  title: string;
  /** Money at stake; null where it cannot be priced, or it is none (a bias the plan corrected, upside). */
  impact: number | null;
  owner: "Demand" | "Supply" | "Finance";
  /** The pre-S&OP could not resolve it (on the executive agenda unless below materiality). */
  unresolved: boolean;
}

/** Fractions (0.95 for 95%); null where the analysis behind a KPI did not run or has no data. */
export interface KpisJson {
  fillRate: number | null;
  monthsOfCover: number | null;
  inventoryTurns: number | null;
  planAdherence: number | null;
  forecastAccuracy: number | null;
  /** Working capital the recommended safety stocks add (negative: release) over the given targets (v3). */
  workingCapitalChange?: number | null;
}

export interface PvmJson {
  /** "2027-Q1", or "total" for the horizon. */
  quarter: string;
  budgetRevenue: number;
  volume: number;
  mix: number;
  price: number;
  planRevenue: number;
}

export function moneyJson(analysis: Analysis): {
  cycle: string | null;
  exceptions: ExceptionJson[];
  kpis: KpisJson;
  pvm: PvmJson[];
} {
  const k = planKpis(analysis);
  return {
    cycle: planCycle(analysis.model, analysis.settings),
    exceptions: planExceptions(analysis).map((e) => ({
      kind: e.kind,
      key: e.key,
      title: e.title,
      impact: e.impact,
      owner: e.owner,
      unresolved: e.unresolved,
    })),
    kpis: {
      fillRate: k.fillRate,
      monthsOfCover: k.monthsOfCover,
      inventoryTurns: k.inventoryTurns,
      planAdherence: k.planAdherence,
      forecastAccuracy: k.forecastAccuracy,
      workingCapitalChange: analysis.inventoryPolicy?.workingCapitalChange ?? null,
    },
    pvm: analysis.finance
      ? revenueBridge(analysis.model, analysis.finance).map((b) => ({
          quarter: b.quarter,
          budgetRevenue: b.budgetRevenue,
          volume: b.volume,
          mix: b.mix,
          price: b.price,
          planRevenue: b.planRevenue,
        }))
      : [],
  };
}
