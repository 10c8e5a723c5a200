/**
 * Price / volume / mix bridge of the plan against budget (SPEC "Conventions"; the standard variance
 * analysis of management accounting, e.g. Horngren, Cost Accounting, sales-volume and sales-mix
 * variances), over families with both a budget and a price:
 *   budget price P_bud,f = budget revenue_f / budget units_f;  plan price P_plan,f = plan revenue_f / plan units_f
 *   volume = (ΣV_plan − ΣV_bud) × (ΣR_bud / ΣV_bud)             (all units at the average budget price)
 *   mix    = Σ_f (V_plan,f − V_bud,f) × P_bud,f − volume        (which families the units moved to)
 *   price  = Σ_f (P_plan,f − P_bud,f) × V_plan,f                (selling at other than budget prices)
 * volume + mix + price = Σ_f V_plan,f·P_plan,f − Σ_f V_bud,f·P_bud,f = plan revenue − budget revenue.
 */
export interface PvmFamily {
  budgetUnits: number;
  budgetRevenue: number;
  planUnits: number;
  planRevenue: number;
}

export interface PvmEffects {
  budgetRevenue: number;
  volume: number;
  mix: number;
  price: number;
  planRevenue: number;
}

/**
 * @returns null when no family has budget units (no budget price to bridge from). A family with no
 * plan units has no plan price: its price effect is 0 (nothing sold at any price).
 */
export function priceVolumeMix(families: readonly PvmFamily[]): PvmEffects | null {
  let budgetUnits = 0;
  let budgetRevenue = 0;
  let planUnits = 0;
  let planRevenue = 0;
  let atBudgetPrices = 0; // Σ (V_plan − V_bud) × P_bud
  let price = 0;
  let priced = 0;
  for (const f of families) {
    if (!(f.budgetUnits > 0)) continue;
    priced++;
    const budgetPrice = f.budgetRevenue / f.budgetUnits;
    budgetUnits += f.budgetUnits;
    budgetRevenue += f.budgetRevenue;
    planUnits += f.planUnits;
    planRevenue += f.planRevenue;
    atBudgetPrices += (f.planUnits - f.budgetUnits) * budgetPrice;
    // (P_plan − P_bud) × V_plan = R_plan − P_bud × V_plan, which needs no division by V_plan.
    price += f.planRevenue - budgetPrice * f.planUnits;
  }
  if (priced === 0) return null;
  const volume = (planUnits - budgetUnits) * (budgetRevenue / budgetUnits);
  return { budgetRevenue, volume, mix: atBudgetPrices - volume, price, planRevenue };
}
