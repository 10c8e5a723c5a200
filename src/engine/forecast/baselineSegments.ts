/**
 * The pack's ABC / XYZ segments: each fitted family's last 12 months of history, priced as the SPEC
 * says (the month's Unit Price where Finance has that month, else the family's earliest price), handed
 * to segmentFamilies, the one rule (segments.ts) that SOP.ABC shares.
 */
import type { PlanningModel } from "../model";
import { baselineSettings, type Settings } from "../settings";
import type { FamilyBaseline } from "./familyBaselines";
import { unitPriceOf } from "./baselineReview";
import { type FamilySegment, segmentFamilies } from "./segments";
import { shiftPeriod } from "../capacity/shiftPeriod";

export function baselineSegments(
  model: PlanningModel,
  families: readonly FamilyBaseline[],
  settings: Pick<Settings, "baseline">,
): FamilySegment[] {
  const last = model.historyPeriods[model.historyPeriods.length - 1];
  if (last === undefined) return [];
  const price = unitPriceOf(model);
  const inputs = families.map((b) => {
    // The history ends at `last`; its final 12 (or fewer) months, oldest first.
    const units = b.history.slice(-12);
    const prices = units.map((_, k) => price(b.family, shiftPeriod(last, k - units.length + 1)));
    return { family: b.family, last12Units: units, last12Prices: prices, earliestPrice: prices.find((p) => p !== null) ?? null };
  });
  const c = baselineSettings(settings);
  return segmentFamilies(inputs, { aShare: c.abcA, bShare: c.abcB, xyzX: c.xyzX, xyzY: c.xyzY });
}
