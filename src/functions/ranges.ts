/**
 * Turning the ranges Excel passes to custom functions into numbers, with the spec's rules:
 * ranges may be rows or columns; blanks are skipped in pairs; mismatched sizes give #VALUE!.
 */
import { sopError } from "./errors";

/** What Excel passes for a range argument: rows of cells. Blank cells arrive as "" or null. */
export type RangeArg = unknown[][];

/** A range as one list, row by row (so a row or a column both read in order). */
export function flatten(range: RangeArg | unknown): unknown[] {
  if (!Array.isArray(range)) return [range];
  // Plain loops, not flatMap: a 10,000-cell column is 10,000 one-cell rows, and flatMap's per-row
  // array handling made SOP.TRACKINGSIGNAL miss its 5 ms budget.
  const out: unknown[] = [];
  for (const r of range as unknown[]) {
    if (Array.isArray(r)) for (const v of r) out.push(v);
    else out.push(r);
  }
  return out;
}

/** The value of one cell as a number; null for a blank; #VALUE! for text that is not a number. */
export function cellNumber(v: unknown, argName: string, index: number): number | null {
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw sopError("#NUM!", `${argName}: value ${index + 1} is not a finite number.`);
    return v;
  }
  if (typeof v === "boolean") return null; // Excel's own statistics skip logicals in ranges.
  if (typeof v === "string") {
    const t = v.trim();
    if (t === "") return null;
    const n = Number(t.replace(/,/g, ""));
    if (Number.isFinite(n)) return n;
  }
  throw sopError("#VALUE!", `${argName}: value ${index + 1} ("${String(v)}") is not a number.`);
}

/** A range as numbers, blanks as null. */
export function numbers(range: RangeArg | unknown, argName: string): (number | null)[] {
  const cells = flatten(range);
  const out = new Array<number | null>(cells.length);
  for (let i = 0; i < cells.length; i++) out[i] = cellNumber(cells[i], argName, i);
  return out;
}

/** A range as numbers where every cell must hold one (blanks are an error). */
export function requiredNumbers(range: RangeArg | unknown, argName: string): number[] {
  return numbers(range, argName).map((v, i) => {
    if (v === null) throw sopError("#VALUE!", `${argName}: value ${i + 1} is blank.`);
    return v;
  });
}

/**
 * Two ranges of the same size read as pairs; a pair with a blank on either side is skipped.
 * Mismatched sizes give #VALUE! (naming both sizes); no usable pair gives #N/A.
 */
export function pairs(
  a: RangeArg | unknown,
  b: RangeArg | unknown,
  aName = "actuals",
  bName = "forecasts",
): { a: number[]; b: number[] } {
  const xs = numbers(a, aName);
  const ys = numbers(b, bName);
  if (xs.length !== ys.length) {
    throw sopError("#VALUE!", `${aName} has ${xs.length} cells but ${bName} has ${ys.length}; give ranges of the same size.`);
  }
  const outA: number[] = [];
  const outB: number[] = [];
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    const y = ys[i];
    if (x === null || y === null) continue;
    outA.push(x);
    outB.push(y);
  }
  if (outA.length === 0) throw sopError("#N/A", `No period has both ${aName} and ${bName}.`);
  return { a: outA, b: outB };
}

/** True when the range is a single row (so a spilled result should be a row too). */
export function isRow(range: RangeArg | unknown): boolean {
  return Array.isArray(range) && range.length === 1;
}

/** Lays a list out as Excel should spill it: as a row when the input was a row, else as a column. */
export function spill(values: number[], asRow: boolean): number[][] {
  return asRow ? [values] : values.map((v) => [v]);
}
