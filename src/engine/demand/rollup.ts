import type { Period } from "../model";
import { forecastAccuracy } from "./accuracy";
import { biasDirection } from "./direction";
import { type ForecastPair, totalActual } from "./forecastPair";
import { fva, type FvaPeriod } from "./fva";
import { ratio } from "./ratio";
import type { DemandReviewRollup, DemandReviewRow } from "./types";

/** One family's pairs and FVA periods for a forecast column, as the review gathered them. */
export interface FamilyEvidence {
  row: DemandReviewRow;
  pairs: ForecastPair[];
  /** The period of each pair (same order). */
  pairPeriods: Period[];
  fvaPeriods: FvaPeriod[];
}

/**
 * Volume-weighted mean of one per-family figure: Σ (family volume × figure) / Σ volume, over the
 * families where the figure exists. Big families count for more, as they do in the business.
 */
function volumeWeighted(evidence: readonly FamilyEvidence[], figure: (r: DemandReviewRow) => number | null): number | null {
  let weighted = 0;
  let volume = 0;
  for (const e of evidence) {
    const v = figure(e.row);
    if (v === null) continue;
    const w = totalActual(e.pairs);
    weighted += w * v;
    volume += w;
  }
  return ratio(weighted, volume);
}

/**
 * The all-families total per period: Σ actuals and Σ forecasts of the families that have both, in
 * period order. Its errors are the sum of the families' errors, so over-forecasts in one family and
 * under-forecasts in another offset each other, as they do in the total the business plans on.
 */
export function totalSeries(evidence: readonly Pick<FamilyEvidence, "pairs" | "pairPeriods">[]): ForecastPair[] {
  const byPeriod = new Map<Period, ForecastPair>();
  for (const e of evidence) {
    for (let i = 0; i < e.pairs.length; i++) {
      let total = byPeriod.get(e.pairPeriods[i]);
      if (!total) {
        total = { actual: 0, forecast: 0 };
        byPeriod.set(e.pairPeriods[i], total);
      }
      total.actual += e.pairs[i].actual;
      total.forecast += e.pairs[i].forecast;
    }
  }
  return [...byPeriod.keys()].sort().map((k) => byPeriod.get(k) as ForecastPair);
}

/** Every family's list as one list, in family order (a plain loop: flatMap is several times slower
 * on the tens of thousands of family-periods of a large plan). */
function concat<T>(lists: readonly (readonly T[])[]): T[] {
  const out: T[] = [];
  for (const list of lists) for (const item of list) out.push(item);
  return out;
}

/**
 * All families together for one forecast column.
 * - n, RSFE, MAD and tracking signal are those of the all-families total per period. Pooling every
 *   family-period instead would divide one RSFE by a per-family MAD and let the signal grow with the
 *   number of families (12 families x 12 months read like a 144-period run), so a 1% bias in the total
 *   would look like a −30 signal; the total keeps the signal on the same ±limit scale as a family row.
 * - WMAPE, bias % and FVA pool every family-period, so they weigh families by volume by construction
 *   and a miss in one family is not hidden by an opposite miss in another.
 * - MPE, MAPE and NFM, which are per-family averages or sums, are averaged with each family's actual
 *   volume as weight.
 */
export function rollupForecast(forecast: string, evidence: readonly FamilyEvidence[]): DemandReviewRollup {
  const pooled = forecastAccuracy(concat(evidence.map((e) => e.pairs)));
  const total = forecastAccuracy(totalSeries(evidence));
  return {
    forecast,
    ...pooled,
    n: total.n,
    rsfe: total.rsfe,
    mad: total.mad,
    trackingSignal: total.trackingSignal,
    familyPeriods: pooled.n,
    mpe: volumeWeighted(evidence, (r) => r.mpe),
    mape: volumeWeighted(evidence, (r) => r.mape),
    nfm: volumeWeighted(evidence, (r) => r.nfm),
    families: evidence.filter((e) => e.pairs.length > 0).length,
    flaggedFamilies: evidence.filter((e) => e.row.flagged).length,
    direction: biasDirection(pooled.rsfe),
    fva: fva(concat(evidence.map((e) => e.fvaPeriods))),
  };
}
