/**
 * The unit costs balancing weighs, per family and month, with the defaults of SPEC.md "Balancing":
 * Holding Cost = 2% of Unit Cost a month (of Unit Price without a cost); Backorder Cost = Unit Price -
 * Unit Cost a month (25% of price without a cost); Below Target Cost = the mean of the two. A
 * percentage typed in a cost column is of Unit Cost (of Unit Price without a cost). Subcontracting
 * counts its premium over Unit Cost, since in-house production costs the same whenever it happens.
 * Every cost is >= 0 (the reader rejects negatives; a premium below 0 is taken as 0), which keeps the
 * model bounded: nothing can earn money by being done more.
 */
import type { CostInput, Period } from "../model";
import type { PriceList } from "../finance/priceList";

export interface UnitCosts {
  holding: number;
  backorder: number;
  belowTarget: number;
  /** Subcontract Cost - Unit Cost (>= 0); null where no Subcontract Cost is given (the lever is not used). */
  subcontractPremium: number | null;
}

/** Which defaults a run used, in family-months, for the sheet. */
export interface DefaultsUsed {
  holding: number;
  backorder: number;
  belowTarget: number;
  /** Family-months with neither price nor cost (no Finance row): their costs are 0. */
  unpriced: number;
  /** Subcontract Cost below Unit Cost, taken as a premium of 0. */
  negativePremium: number;
}

function fromInput(input: CostInput | null | undefined, base: number | null): number | null {
  if (!input) return null;
  if (input.kind === "money") return input.value;
  return base === null ? null : input.value * base;
}

export const DEFAULT_HOLDING_RATE = 0.02;
export const DEFAULT_BACKORDER_RATE_OF_PRICE = 0.25;

export function unitCosts(prices: PriceList | null, family: string, period: Period, used: DefaultsUsed): UnitCosts {
  const row = prices?.lookup(family, period) ?? null;
  const price = row?.unitPrice ?? null;
  const cost = row?.unitCost ?? null;
  const base = cost ?? price;
  if (base === null) used.unpriced++;
  let holding = fromInput(row?.holdingCost, base);
  if (holding === null) {
    holding = DEFAULT_HOLDING_RATE * (base ?? 0);
    used.holding++;
  }
  let backorder = fromInput(row?.backorderCost, base);
  if (backorder === null) {
    backorder = price === null ? 0 : cost === null ? DEFAULT_BACKORDER_RATE_OF_PRICE * price : Math.max(0, price - cost);
    used.backorder++;
  }
  let belowTarget = fromInput(row?.belowTargetCost, base);
  if (belowTarget === null) {
    belowTarget = (holding + backorder) / 2;
    used.belowTarget++;
  }
  const subcontract = fromInput(row?.subcontractCost, base);
  let subcontractPremium: number | null = null;
  if (subcontract !== null) {
    subcontractPremium = subcontract - (cost ?? 0);
    if (subcontractPremium < 0) {
      used.negativePremium++;
      subcontractPremium = 0;
    }
  }
  return { holding, backorder, belowTarget, subcontractPremium };
}
