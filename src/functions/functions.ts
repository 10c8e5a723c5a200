/**
 * The SOP.* worksheet formulas. The JSDoc on each function is the single source of Excel's metadata
 * (functions.json is generated from it at build time) and is what a planner reads in autocomplete,
 * so it is written for a planner. Each function is a thin wrapper over src/engine.
 *
 * Errors follow SPEC.md: mismatched range sizes -> #VALUE!, no usable pairs -> #N/A, a zero
 * denominator -> #DIV/0!. See ./errors and ./ranges.
 */
/* global CustomFunctions */
import {
  biasFlagFormula,
  biasFormula,
  biasPctFormula,
  fvaFormula,
  madFormula,
  mapeFormula,
  mpeFormula,
  nfmFormula,
  trackingSignalFormula,
  wmapeFormula,
} from "./demandFormulas";
import { loadFormula, ratedCapacityFormula, utilizationFormula } from "./capacityFormulas";
import { chasePlanFormula, gapFormula, levelPlanFormula, projectedInventoryFormula } from "./reconcileFormulas";
import { adherenceFormula, fillRateFormula, monthsOfCoverFormula, pvmFormula } from "./kpiFormulas";
import { abcFormula, demandPatternFormula, forecastFormula, forecastModelFormula } from "./forecastFormulas";
import { safetyStockFormula } from "./inventoryFormulas";

// The build appends CustomFunctions.associate(...) calls to this file (custom-functions-metadata-plugin).
// In Excel, office.js defines CustomFunctions first; in a plain browser it does not, and the page must
// still load without a script error, so registration becomes a no-op there.
if (typeof CustomFunctions === "undefined") {
  (globalThis as { CustomFunctions?: unknown }).CustomFunctions = { associate: () => undefined };
}

// ---- Demand review ----

/**
 * Forecast bias in units (RSFE, running sum of forecast errors): the sum of actual minus forecast.
 * Negative = forecasts were too high (over-forecast); positive = too low (under-forecast).
 * Periods where either cell is blank are skipped.
 * @customfunction BIAS
 * @param {number[][]} actuals Actual demand, one cell per period (a row or a column).
 * @param {number[][]} forecasts Forecasts for the same periods, same size as actuals.
 * @returns {number} Sum of (actual − forecast), in units.
 */
export function bias(actuals: number[][], forecasts: number[][]): number {
  return biasFormula(actuals, forecasts);
}

/**
 * Forecast bias as a share of demand: sum of (actual − forecast) divided by the sum of actuals.
 * -15% means the forecasts added up to 15% more than the demand that came in (over-forecast).
 * @customfunction BIASPCT
 * @param {number[][]} actuals Actual demand, one cell per period.
 * @param {number[][]} forecasts Forecasts for the same periods, same size as actuals.
 * @returns {number} Bias as a fraction of actual demand (format the cell as %).
 */
export function biasPct(actuals: number[][], forecasts: number[][]): number {
  return biasPctFormula(actuals, forecasts);
}

/**
 * Mean absolute deviation (MAD): the average size of a forecast miss in units, whatever its sign.
 * @customfunction MAD
 * @param {number[][]} actuals Actual demand, one cell per period.
 * @param {number[][]} forecasts Forecasts for the same periods, same size as actuals.
 * @returns {number} Average of |actual − forecast|, in units.
 */
export function mad(actuals: number[][], forecasts: number[][]): number {
  return madFormula(actuals, forecasts);
}

/**
 * Mean absolute percentage error (MAPE): the average miss as a share of each period's actual.
 * Periods with an actual of 0 are skipped; small actuals weigh heavily (WMAPE does not).
 * @customfunction MAPE
 * @param {number[][]} actuals Actual demand, one cell per period.
 * @param {number[][]} forecasts Forecasts for the same periods, same size as actuals.
 * @returns {number} Average of |actual − forecast| / actual (format the cell as %).
 */
export function mape(actuals: number[][], forecasts: number[][]): number {
  return mapeFormula(actuals, forecasts);
}

/**
 * Weighted MAPE: total absolute miss divided by total actual demand, so big months count for more
 * and months of zero demand do no harm. The measure to compare families and forecast steps.
 * @customfunction WMAPE
 * @param {number[][]} actuals Actual demand, one cell per period.
 * @param {number[][]} forecasts Forecasts for the same periods, same size as actuals.
 * @returns {number} Sum of |actual − forecast| / sum of actuals (format the cell as %).
 */
export function wmape(actuals: number[][], forecasts: number[][]): number {
  return wmapeFormula(actuals, forecasts);
}

/**
 * Mean percentage error (MPE): the average signed miss as a share of each period's actual.
 * Negative = over-forecast, positive = under-forecast. Periods with an actual of 0 are skipped.
 * @customfunction MPE
 * @param {number[][]} actuals Actual demand, one cell per period.
 * @param {number[][]} forecasts Forecasts for the same periods, same size as actuals.
 * @returns {number} Average of (actual − forecast) / actual (format the cell as %).
 */
export function mpe(actuals: number[][], forecasts: number[][]): number {
  return mpeFormula(actuals, forecasts);
}

/**
 * Tracking signal: the running forecast error (RSFE) divided by MAD. Beyond +4 the forecast is
 * persistently too low, beyond -4 persistently too high. #DIV/0! when every forecast was exact.
 * @customfunction TRACKINGSIGNAL
 * @param {number[][]} actuals Actual demand, one cell per period.
 * @param {number[][]} forecasts Forecasts for the same periods, same size as actuals.
 * @returns {number} RSFE / MAD, in MADs.
 */
export function trackingSignal(actuals: number[][], forecasts: number[][]): number {
  return trackingSignalFormula(actuals, forecasts);
}

/**
 * Normalized forecast metric (NFM): the sum over periods of (actual − forecast) / (actual + forecast).
 * Each period counts between -1 and +1 whatever the volume; beyond ±2 the forecast is biased.
 * @customfunction NFM
 * @param {number[][]} actuals Actual demand, one cell per period.
 * @param {number[][]} forecasts Forecasts for the same periods, same size as actuals.
 * @returns {number} Sum of (actual − forecast) / (actual + forecast).
 */
export function nfm(actuals: number[][], forecasts: number[][]): number {
  return nfmFormula(actuals, forecasts);
}

/**
 * Says whether a forecast is biased: "Over-forecast", "Under-forecast" or "OK". Biased means the
 * tracking signal is beyond ±limit (default 4) or the NFM is beyond ±2.
 * @customfunction BIASFLAG
 * @param {number[][]} actuals Actual demand, one cell per period.
 * @param {number[][]} forecasts Forecasts for the same periods, same size as actuals.
 * @param {number} [limit] Tracking-signal limit; default 4.
 * @returns {string} "Over-forecast", "Under-forecast" or "OK".
 */
export function biasFlag(actuals: number[][], forecasts: number[][], limit?: number): string {
  return biasFlagFormula(actuals, forecasts, limit);
}

/**
 * Forecast value added (FVA): how much more accurate the forecast is than a baseline, as WMAPE of
 * the baseline minus WMAPE of the forecast. Positive = the forecast (or the override that produced
 * it) added value; negative = it made things worse. Without a baseline: the naive forecast (each
 * period's forecast = last period's actual).
 * @customfunction FVA
 * @param {number[][]} actuals Actual demand, one cell per period.
 * @param {number[][]} forecasts The forecast to judge, same size as actuals.
 * @param {number[][]} [baseline] The forecast to compare with (e.g. the statistical forecast), same size; default the naive forecast.
 * @returns {number} WMAPE(baseline) − WMAPE(forecast), in percentage points (format the cell as %).
 */
export function fva(actuals: number[][], forecasts: number[][], baseline?: number[][]): number {
  return fvaFormula(actuals, forecasts, baseline);
}

// ---- Supply review ----

/**
 * Rated capacity of a resource: available hours x utilization x efficiency — the standard hours of
 * work it can really turn out. Utilization and efficiency may be 0.85, 85% or 85 (blank = 100%).
 * Example: =SOP.RATEDCAPACITY(320, 85%, 110%) gives 299.2.
 * @customfunction RATEDCAPACITY
 * @param {number} hours Available hours in the period (e.g. shifts x hours x days).
 * @param {number} [utilization] Share of the available hours actually used for production (default 100%).
 * @param {number} [efficiency] Standard hours earned per hour worked (default 100%).
 * @returns {number} Rated capacity in standard hours.
 */
export function ratedCapacity(hours: number, utilization?: number, efficiency?: number): number {
  return ratedCapacityFormula(hours, utilization, efficiency);
}

/**
 * Load on a resource per period from the production plan and the capacity bill: the sum over
 * families of quantity x hours per unit. Blank cells count as 0.
 * @customfunction LOAD
 * @param {number[][]} quantities Planned units: one row per family, one column per period.
 * @param {number[][]} hoursPerUnit Hours each unit of a family takes on the resource, one per family (same order as the rows).
 * @returns {number[][]} Load in hours for each period (spills as one row).
 */
export function load(quantities: number[][], hoursPerUnit: number[][]): number[][] {
  return loadFormula(quantities, hoursPerUnit);
}

/**
 * Utilization of capacity per period: load / rated capacity, cell by cell (1 = 100%). Above 100% the
 * resource is overloaded. A period with zero capacity shows #DIV/0!; a blank leaves the cell empty.
 * @customfunction UTILIZATION
 * @param {number[][]} load Load in hours, one per period (e.g. from SOP.LOAD).
 * @param {number[][]} capacity Rated capacity in hours, same size as load (or one value for all periods).
 * @returns {any[][]} Utilization for each period (spills).
 */

export function utilization(load: number[][], capacity: number[][]): any[][] {
  return utilizationFormula(load, capacity);
}

// ---- Reconciliation ----

/**
 * Projected inventory per period: last period's inventory plus supply minus demand, starting from the
 * beginning inventory. A negative result is backlog (demand not yet met). Blank cells count as 0.
 * @customfunction PROJECTEDINVENTORY
 * @param {number} beginning Inventory on hand before the first period.
 * @param {number[][]} supply Planned production (or receipts), one value per period.
 * @param {number[][]} demand Demand plan, one value per period, same size as supply.
 * @returns {number[][]} Projected inventory at the end of each period (spills).
 */
export function projectedInventory(beginning: number, supply: number[][], demand: number[][]): number[][] {
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
export function gap(demand: number[][], supply: number[][]): number[][] {
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
export function levelPlan(demand: number[][], opening: number, targetEnding: number, workingDays?: number[][]): number[][] {
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
export function chasePlan(demand: number[][], opening: number, target: number[][]): number[][] {
  return chasePlanFormula(demand, opening, target);
}

// ---- KPIs and the revenue bridge ----

/**
 * Fill rate of a plan: the share of demand met in its own period from the stock on hand at the start
 * of the period (a backlog does not count) plus that period's supply. Blank cells count as 0.
 * Example: =SOP.FILLRATE({50,50}, {20,50}, 10) gives 80%.
 * @customfunction FILLRATE
 * @param {number[][]} demand Demand plan, one value per period.
 * @param {number[][]} supply Supply plan, one value per period, same size as demand.
 * @param {number} opening Inventory on hand before the first period (negative = backlog).
 * @returns {number} Σ met demand / Σ demand.
 */
export function fillRate(demand: number[][], supply: number[][], opening: number): number {
  return fillRateFormula(demand, supply, opening);
}

/**
 * Months of cover per period: how many of the following months' demand the inventory at the end of
 * the month meets, walking forward month by month (the last month partly). Example: inventory 150 with
 * demand 100, 100 next gives 1.5. Empty where no demand follows.
 * @customfunction MONTHSOFCOVER
 * @param {number[][]} inventory Projected inventory at the end of each period (e.g. from SOP.PROJECTEDINVENTORY).
 * @param {number[][]} demand Demand plan, one value per period, same size as inventory.
 * @returns {any[][]} Months of cover for each period (spills).
 */
export function monthsOfCover(inventory: number[][], demand: number[][]): any[][] {
  return monthsOfCoverFormula(inventory, demand);
}

/**
 * Plan adherence of production: 1 − Σ|actual − planned| / Σ planned over the closed months (making
 * more or less than planned both count against it). Months with a blank on either side are skipped.
 * @customfunction ADHERENCE
 * @param {number[][]} planned Planned production, one value per month.
 * @param {number[][]} actual Actual production for the same months, same size as planned.
 * @returns {number} Plan adherence (1 = 100%: made exactly what was planned).
 */
export function adherence(planned: number[][], actual: number[][]): number {
  return adherenceFormula(planned, actual);
}

/**
 * Price / volume / mix bridge of plan revenue against budget, one row per family in: volume (all units
 * at the average budget price), mix (which families the units moved to) and price (selling at other
 * than budget prices). The three add up to plan revenue − budget revenue. A family with a blank is skipped.
 * @customfunction PVM
 * @param {number[][]} budgetUnits Budget units, one per family.
 * @param {number[][]} budgetRevenue Budget revenue, one per family (same order).
 * @param {number[][]} planUnits Plan units, one per family.
 * @param {number[][]} planRevenue Plan revenue, one per family.
 * @returns {number[][]} Volume, mix and price effects (spills as one row of three).
 */
export function pvm(
  budgetUnits: number[][],
  budgetRevenue: number[][],
  planUnits: number[][],
  planRevenue: number[][],
): number[][] {
  return pvmFormula(budgetUnits, budgetRevenue, planUnits, planRevenue);
}

// ---- The statistical baseline (SPEC "Demand review: the statistical baseline") ----

/**
 * The statistical baseline of a monthly history: the same forecast the S&OP pack makes for a family
 * (automatic ETS + Theta for smooth demand, SBA or TSB for intermittent demand). Blanks before the first
 * value are skipped, blanks inside are missing months (filled by linear interpolation), blanks at the end
 * count as 0, negatives (returns) count as 0. With fewer than 3 months it is the last value, and the
 * bounds show #N/A (no interval). Text in the history is #VALUE!; no number at all is #N/A; a horizon
 * outside 1–120 or a level outside 0–100% is #NUM!.
 * @customfunction FORECAST
 * @param {number[][]} history Monthly actuals, oldest first (a row or a column).
 * @param {number} [horizon] Months to forecast, 1 to 120; default 12.
 * @param {number} [level] Prediction interval level, e.g. 0.8 or 80 (80%); with it the result has three columns: baseline, lower and upper bound.
 * @returns {any[][]} The baseline for each month ahead (spills one column; three with a level).
 */
export function forecast(history: number[][], horizon?: number, level?: number): any[][] {
  return forecastFormula(history, horizon, level);
}

/**
 * The method SOP.FORECAST uses for a monthly history, as the pack names it: for example
 * "ETS(A,Ad,N) + Theta", "SBA", "TSB", "Naive" (fewer than 3 months) or "No demand".
 * @customfunction FORECASTMODEL
 * @param {number[][]} history Monthly actuals, oldest first (a row or a column); blanks as in SOP.FORECAST.
 * @returns {string} The name of the baseline method.
 */
export function forecastModel(history: number[][]): string {
  return forecastModelFormula(history);
}

/**
 * The demand pattern of a monthly history (Syntetos, Boylan & Croston): from the first demand on,
 * ADI = months / months with demand and CV² = (standard deviation / mean)² of the non-zero demands.
 * "Smooth" (ADI < 1.32, CV² < 0.49), "Erratic" (ADI < 1.32, CV² ≥ 0.49), "Intermittent" (ADI ≥ 1.32,
 * CV² < 0.49), "Lumpy" (ADI ≥ 1.32, CV² ≥ 0.49), or "No demand".
 * @customfunction DEMANDPATTERN
 * @param {number[][]} history Monthly actuals, oldest first (a row or a column); blanks as in SOP.FORECAST.
 * @returns {string} "Smooth", "Erratic", "Intermittent", "Lumpy" or "No demand".
 */
export function demandPattern(history: number[][]): string {
  return demandPatternFormula(history);
}

/**
 * ABC class of each value (revenue or units per item), as the pack segments families: ranked largest
 * first, an item is A while the cumulative share of the items ranked above it is below aShare (so the
 * item that crosses 80% is A), B while below bShare, C the rest. Equal values rank in the order listed;
 * 0 is always C, and all zeros are all C. Blank cells stay blank.
 * @customfunction ABC
 * @param {number[][]} values One value per item (any shape); the result has the same shape.
 * @param {number} [aShare] Cumulative share for A, e.g. 0.8 or 80; default 80%.
 * @param {number} [bShare] Cumulative share for B, e.g. 0.95 or 95; default 95%.
 * @returns {string[][]} "A", "B" or "C" per value (spills).
 */
export function abc(values: number[][], aShare?: number, bShare?: number): string[][] {
  return abcFormula(values, aShare, bShare);
}

// ---- Inventory policy ----

/**
 * Safety stock that protects a cycle service level, with demand and lead-time uncertainty:
 * z × √(L × σ² + d² × σL²), z = NORM.S.INV(serviceLevel). The pack's Safety Stock sheet uses the same
 * rule, with σ the root mean square of the lag-1 forecast errors. Without leadTimeSd it is z × σ × √L.
 * A service level outside 50%–100% or a negative input is #NUM!; a blank required input is #VALUE!.
 * @customfunction SAFETYSTOCK
 * @param {number} serviceLevel Cycle service level: the share of replenishment cycles without a stock-out, e.g. 0.95 or 95.
 * @param {number} sigma Standard deviation of one month's demand, in units (e.g. of the forecast error).
 * @param {number} leadTime Replenishment lead time in months.
 * @param {number} [meanDemand] Mean monthly demand in units; needed with leadTimeSd.
 * @param {number} [leadTimeSd] Standard deviation of the lead time in months; default 0.
 * @returns {number} The safety stock in units (unrounded).
 */
export function safetyStock(
  serviceLevel: number,
  sigma: number,
  leadTime: number,
  meanDemand?: number,
  leadTimeSd?: number,
): number {
  return safetyStockFormula(serviceLevel, sigma, leadTime, meanDemand, leadTimeSd);
}
