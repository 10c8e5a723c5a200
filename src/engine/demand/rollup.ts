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
 * All families together for one forecast column. RSFE, MAD, tracking signal, WMAPE, bias % and FVA
 * pool every family-period (so they weigh families by volume by construction); MPE, MAPE and NFM,
 * which are per-family averages or sums, are averaged with each family's actual volume as weight.
 */
export function rollupForecast(forecast: string, evidence: readonly FamilyEvidence[]): DemandReviewRollup {
  const pooled = forecastAccuracy(evidence.flatMap((e) => e.pairs));
  return {
    forecast,
    ...pooled,
    mpe: volumeWeighted(evidence, (r) => r.mpe),
    mape: volumeWeighted(evidence, (r) => r.mape),
    nfm: volumeWeighted(evidence, (r) => r.nfm),
    families: evidence.filter((e) => e.pairs.length > 0).length,
    flaggedFamilies: evidence.filter((e) => e.row.flagged).length,
    direction: biasDirection(pooled.rsfe),
    fva: fva(evidence.flatMap((e) => e.fvaPeriods)),
  };
}
