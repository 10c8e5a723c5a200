/**
 * The sample's balancing costs on the Finance sheet (SPEC.md "Balancing"; worked in samples/PLANTED.md,
 * section 5). With Paint Shop overtime at $60 an hour (catalogue.ts), they make the balanced plan cover
 * the Paint Shop overload with all three levers: per Paint Shop hour (Blenders and Juicers take 0.10 h a
 * unit, Kettles and Toasters 0.02 h), pre-building Blenders one month 10 x $5 = $50 < overtime $60 <
 * pre-building Juicers one month $65 < subcontracting Blenders 10 x ($64 - $57) = $70 < pre-building
 * Kettles or Toasters one month 50 x $1.50 = $75 < pre-building Blenders two months $100.
 */

/** Finance's Holding Cost (money per unit a month, or a percentage of Unit Cost) and Subcontract Cost
 * (per unit), by family; families not listed leave the cells blank (the defaults apply). */
export const FAMILY_COSTS: Record<string, { holdingCost?: number; holdingCostPercent?: number; subcontractCost?: number }> = {
  Blenders: { holdingCost: 5, subcontractCost: 64 },
  Juicers: { holdingCost: 6.5, subcontractCost: 88 },
  Kettles: { holdingCost: 1.5 },
  Toasters: { holdingCost: 1.5 },
  // Typed as a percentage ("1.5%"): 1.5% of Unit Cost a month.
  "Stand Mixers": { holdingCostPercent: 0.015 },
};
