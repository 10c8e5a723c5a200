/**
 * SOP.SAFETYSTOCK between Excel's cells and the engine (SPEC "Inventory policy"): the rule the pack's
 * Safety Stock sheet uses, safetyStock() of src/engine/inventory, with the service level read as the
 * Inventory Policy sheet reads it (0.95, "95%" or 95; strictly between 50% and 100%).
 * functions.ts only forwards to this and carries the JSDoc.
 */
import { safetyStock } from "../engine/inventory/safetyStock";
import { guard, sopError } from "./errors";
import { cellNumber, flatten } from "./ranges";

/** One cell of a scalar argument (Excel may pass a one-cell range as [[v]]); null when blank or omitted. */
function scalarNumber(v: unknown, argName: string): number | null {
  let cell = v;
  if (Array.isArray(v)) {
    const cells = flatten(v);
    if (cells.length !== 1) throw sopError("#VALUE!", `${argName}: give one value, not a range of ${cells.length} cells.`);
    cell = cells[0];
  }
  if (typeof cell === "string" && cell.trim().endsWith("%")) {
    const n = Number(cell.trim().slice(0, -1).replace(/,/g, ""));
    if (!Number.isFinite(n)) throw sopError("#VALUE!", `${argName} ("${cell}") is not a percentage.`);
    return n / 100;
  }
  return cellNumber(cell, argName, 0);
}

function required(v: unknown, argName: string, what: string): number {
  const n = scalarNumber(v, argName);
  if (n === null) throw sopError("#VALUE!", `${argName} is blank: give ${what}.`);
  return n;
}

function nonNegative(n: number, argName: string): number {
  if (n < 0) throw sopError("#NUM!", `${argName} cannot be negative (got ${n}).`);
  return n;
}

function safetyStockBody(
  serviceLevel: unknown,
  sigma: unknown,
  leadTime: unknown,
  meanDemand?: unknown,
  leadTimeSd?: unknown,
): number {
  const raw = required(serviceLevel, "serviceLevel", "the cycle service level, e.g. 0.95 or 95%");
  // As on the Inventory Policy sheet: a bare number above 1 is percent points (95 = 95%).
  const level = raw > 1 ? raw / 100 : raw;
  if (!(level > 0.5 && level < 1)) {
    throw sopError("#NUM!", `serviceLevel must be above 50% and below 100% (0.95 or 95); got ${raw}.`);
  }
  const s = nonNegative(required(sigma, "sigma", "the standard deviation of monthly demand (forecast error)"), "sigma");
  const l = nonNegative(required(leadTime, "leadTime", "the lead time in months"), "leadTime");
  const d = scalarNumber(meanDemand, "meanDemand");
  const sdL = scalarNumber(leadTimeSd, "leadTimeSd");
  if (sdL !== null && sdL !== 0 && d === null) {
    throw sopError(
      "#VALUE!",
      "leadTimeSd needs meanDemand: lead-time variability is d² × σL², so give the mean monthly demand too.",
    );
  }
  return safetyStock({
    serviceLevel: level,
    sigma: s,
    leadTime: l,
    meanDemand: nonNegative(d ?? 0, "meanDemand"),
    leadTimeSd: nonNegative(sdL ?? 0, "leadTimeSd"),
  }).safetyStock;
}

// Guarded so a formula never fails with an unhandled exception (anything unexpected -> #VALUE!).
export const safetyStockFormula = (
  serviceLevel: unknown,
  sigma: unknown,
  leadTime: unknown,
  meanDemand?: unknown,
  leadTimeSd?: unknown,
): number => guard(() => safetyStockBody(serviceLevel, sigma, leadTime, meanDemand, leadTimeSd));
