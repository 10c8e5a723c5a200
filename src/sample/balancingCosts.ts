/**
 * The sample's balancing costs (SPEC.md "Balancing"; worked in samples/PLANTED.md, "Balanced plan").
 * Chosen so the balanced plan covers the Paint Shop overload with all three levers: per Paint Shop hour
 * (Blenders and Juicers take 0.10 h a unit, Kettles and Toasters 0.02 h), pre-building Blenders one
 * month costs 10 x $2.00 = $20 < overtime $25 < pre-building Juicers one month 10 x $3.00 = $30 <
 * subcontracting Blenders 10 x ($60.50 - $57) = $35 < pre-building Blenders two months $40.
 */

/** Overtime Cost per hour, by resource. */
export const OVERTIME_COST: Record<string, number> = {
  "Assembly A": 38,
  "Assembly B": 38,
  "Motor Line": 42,
  "Paint Shop": 25,
  Packaging: 30,
  "QA Lab": 55,
};

/** Finance's Holding Cost (money per unit a month, or a percentage of Unit Cost) and Subcontract Cost
 * (per unit), by family; families not listed leave the cells blank (the defaults apply). */
export const FAMILY_COSTS: Record<string, { holdingCost?: number; holdingCostPercent?: number; subcontractCost?: number }> = {
  Blenders: { holdingCost: 2, subcontractCost: 60.5 },
  Juicers: { holdingCost: 3, subcontractCost: 86 },
  Kettles: { holdingCost: 1 },
  Toasters: { holdingCost: 1 },
  // Typed as a percentage ("1.5%"): 1.5% of Unit Cost a month.
  "Stand Mixers": { holdingCostPercent: 0.015 },
};
