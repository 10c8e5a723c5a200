/**
 * The SOP.* worksheet formulas. The JSDoc on each function is the single source of Excel's metadata
 * (functions.json is generated from it at build time) and is what a planner reads in autocomplete,
 * so it is written for a planner. Each function is a thin wrapper over src/engine.
 *
 * Errors follow SPEC.md: mismatched range sizes -> #VALUE!, no usable pairs -> #N/A, a zero
 * denominator -> #DIV/0!. See ./errors and ./ranges.
 */
/* global CustomFunctions */
import { chasePlanFormula, gapFormula, levelPlanFormula, projectedInventoryFormula } from "./reconcileFormulas";

// ---- Demand review (issue 3) ----

// ---- Supply review (issue 4) ----

// ---- Reconciliation (issue 5) ----

/**
 * Projected inventory per period: last period's inventory plus supply minus demand, starting from the
 * beginning inventory. A negative result is backlog (demand not yet met). Blank cells count as 0.
 * @customfunction PROJECTEDINVENTORY
 * @param {number} beginning Inventory on hand before the first period.
 * @param {number[][]} supply Planned production (or receipts), one value per period.
 * @param {number[][]} demand Demand plan, one value per period, same size as supply.
 * @returns {number[][]} Projected inventory at the end of each period (spills).
 */
export function PROJECTEDINVENTORY(beginning: number, supply: number[][], demand: number[][]): number[][] {
  return projectedInventoryFormula(beginning, supply, demand);
}

/**
 * Gap per period: supply minus demand. Negative means the supply plan makes less than demand needs.
 * Blank cells count as 0.
 * @customfunction GAP
 * @param {number[][]} demand Demand plan, one value per period.
 * @param {number[][]} supply Supply plan, one value per period, same size as demand.
 * @returns {number[][]} Supply minus demand for each period (spills).
 */
export function GAP(demand: number[][], supply: number[][]): number[][] {
  return gapFormula(demand, supply);
}

/**
 * Level production plan: the same quantity every period (or the same quantity per working day) so
 * that total production = total demand + target ending inventory - opening inventory.
 * @customfunction LEVELPLAN
 * @param {number[][]} demand Demand plan, one value per period.
 * @param {number} opening Inventory on hand before the first period.
 * @param {number} targetEnding Inventory wanted at the end of the last period.
 * @param {number[][]} [workingDays] Working days per period; production is then spread per working day.
 * @returns {number[][]} Production per period (spills).
 */
export function LEVELPLAN(demand: number[][], opening: number, targetEnding: number, workingDays?: number[][]): number[][] {
  return levelPlanFormula(demand, opening, targetEnding, workingDays);
}

/**
 * Chase production plan: produce what demand needs each period while holding the target inventory.
 * The first period brings inventory from the opening level to the target; production is never negative.
 * @customfunction CHASEPLAN
 * @param {number[][]} demand Demand plan, one value per period.
 * @param {number} opening Inventory on hand before the first period.
 * @param {number[][]} target Target inventory: one value for every period, or one per period.
 * @returns {number[][]} Production per period (spills).
 */
export function CHASEPLAN(demand: number[][], opening: number, target: number[][]): number[][] {
  return chasePlanFormula(demand, opening, target);
}
