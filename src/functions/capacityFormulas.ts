/**
 * The bodies of SOP.RATEDCAPACITY, SOP.LOAD and SOP.UTILIZATION: Excel's arguments in, engine
 * call, Excel's result out, guarded so nothing unexpected escapes; functions.ts carries the JSDoc.
 */
import { capacityBillLoad, capacityUtilization, ratedCapacity } from "../engine/capacity";
import { parsePercent, RATE_RULE } from "../engine/read/parsePercent";
import type { CellValue } from "../engine/grid";
import { guard, sopError } from "./errors";
import { cellNumber, flatten, numbers, type RangeArg } from "./ranges";

/**
 * A utilization or efficiency as a fraction: 0.85, a cell formatted 85% (Excel passes 0.85), the text
 * "85%" or 85 all mean 85%; bare numbers above 2 are percent points (so 1.1 is 110%, as the input
 * sheets read). Blank = 100%.
 */
export function rateArg(v: unknown, argName: string): number {
  if (Array.isArray(v)) {
    const cells = flatten(v);
    if (cells.length !== 1) throw sopError("#VALUE!", `${argName}: give one value, not a range of ${cells.length} cells.`);
    v = cells[0];
  }
  if (v === null || v === undefined || v === "") return 1;
  const parsed = parsePercent(v as CellValue, null, RATE_RULE);
  if (parsed.kind === "blank") return 1;
  if (parsed.kind !== "number") throw sopError("#VALUE!", `${argName} ("${String(v)}") is not a percentage.`);
  if (parsed.value < 0) throw sopError("#NUM!", `${argName} cannot be negative.`);
  return parsed.value;
}

/** SOP.RATEDCAPACITY: available hours x utilization x efficiency. */
export function ratedCapacityFormula(hours: unknown, utilization?: unknown, efficiency?: unknown): number {
  return guard(() => ratedCapacityOf(hours, utilization, efficiency));
}

function ratedCapacityOf(hours: unknown, utilization?: unknown, efficiency?: unknown): number {
  const cells = flatten(hours);
  if (cells.length !== 1) throw sopError("#VALUE!", `hours: give one value, not a range of ${cells.length} cells.`);
  const h = cellNumber(cells[0], "hours", 0);
  if (h === null) throw sopError("#VALUE!", "hours is blank.");
  if (h < 0) throw sopError("#NUM!", "hours cannot be negative.");
  return ratedCapacity(h, rateArg(utilization, "utilization"), rateArg(efficiency, "efficiency"));
}

/**
 * SOP.LOAD: one load per period from a families x periods block of quantities and one hours per unit
 * per family. Families may run down the rows (result: one row) or, when only that fits, across the
 * columns (result: one column). Blank quantities and blank hours count as 0.
 */
export function loadFormula(quantities: RangeArg, hoursPerUnit: RangeArg): number[][] {
  return guard(() => loadOf(quantities, hoursPerUnit));
}

function loadOf(quantities: RangeArg, hoursPerUnit: RangeArg): number[][] {
  const hours = numbers(hoursPerUnit, "hoursPerUnit").map((h) => h ?? 0);
  const rows: unknown[][] = Array.isArray(quantities)
    ? (quantities as unknown[]).map((r) => (Array.isArray(r) ? r : [r]))
    : [[quantities]];
  let index = 0;
  const q = rows.map((r) => r.map((v) => cellNumber(v, "quantities", index++) ?? 0));
  const width = q.reduce((n, r) => Math.max(n, r.length), 0);
  if (q.length === hours.length) return [capacityBillLoad(q, hours)];
  if (width === hours.length) {
    const byFamily = hours.map((_, f) => q.map((r) => r[f] ?? 0));
    return capacityBillLoad(byFamily, hours).map((l) => [l]);
  }
  throw sopError(
    "#VALUE!",
    `quantities has ${q.length} row(s) x ${width} column(s) but hoursPerUnit has ${hours.length} value(s); give one hours per unit per family (one per row of quantities).`,
  );
}

/**
 * SOP.UTILIZATION: load / capacity cell by cell, in the shape of the load range. A blank on either
 * side leaves that cell empty. Zero capacity gives #DIV/0! in that cell only — as =load/capacity
 * would in Excel — while the other cells still show their ratio (the pack shows "No capacity").
 */
export function utilizationFormula(load: RangeArg, capacity: RangeArg): (number | string | Error)[][] {
  return guard(() => utilizationOf(load, capacity));
}

function utilizationOf(load: RangeArg, capacity: RangeArg): (number | string | Error)[][] {
  const rows: unknown[][] = Array.isArray(load) ? (load as unknown[]).map((r) => (Array.isArray(r) ? r : [r])) : [[load]];
  const caps = numbers(capacity, "capacity");
  const count = rows.reduce((n, r) => n + r.length, 0);
  if (caps.length !== count && caps.length !== 1) {
    throw sopError(
      "#VALUE!",
      `load has ${count} cells but capacity has ${caps.length}; give ranges of the same size (or one capacity for all).`,
    );
  }
  let index = 0;
  let usable = 0;
  const result = rows.map((r) =>
    r.map((v): number | string | Error => {
      const i = index++;
      const l = cellNumber(v, "load", i);
      const c = caps.length === 1 ? caps[0] : caps[i];
      if (l === null || c === null) return "";
      usable++;
      if (c < 0) return sopError("#NUM!", `capacity in cell ${i + 1} is negative.`);
      if (c === 0) return sopError("#DIV/0!", `No capacity in cell ${i + 1}: ${l} hours of load on 0 hours.`);
      return capacityUtilization(l, c);
    }),
  );
  if (usable === 0) throw sopError("#N/A", "No cell has both a load and a capacity.");
  return result;
}
