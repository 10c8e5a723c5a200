/**
 * The reconciliation formulas' work between Excel's ranges and the engine: SOP.PROJECTEDINVENTORY,
 * SOP.GAP, SOP.LEVELPLAN and SOP.CHASEPLAN. functions.ts only forwards to these.
 *
 * These formulas return one value per period, so a blank period is not skipped (that would shift
 * every later period): a blank supply, demand or working-day cell counts as 0. Sizes must match
 * (#VALUE! otherwise); ranges with no number at all give #N/A. The result spills in the orientation
 * of the demand range (a row stays a row, a column a column).
 */
import { chasePlan, levelPlan, projectedInventory, supplyGap } from "../engine/reconcile";
import { guard, sopError } from "./errors";
import { cellNumber, flatten, isRow, numbers, spill, type RangeArg } from "./ranges";

/** A single-value argument (a number or a one-cell range); blank counts as 0. */
function scalar(value: unknown, argName: string): number {
  const cells = flatten(value);
  if (cells.length !== 1) throw sopError("#VALUE!", `${argName} must be a single value, not a range of ${cells.length} cells.`);
  return cellNumber(cells[0], argName, 0) ?? 0;
}

/** One value per period, blanks as 0; #N/A when the range holds no number at all. */
function periodValues(range: RangeArg | unknown, argName: string): number[] {
  const values = numbers(range, argName);
  if (values.every((v) => v === null)) throw sopError("#N/A", `${argName} has no numbers.`);
  return values.map((v) => v ?? 0);
}

function sameSize(a: readonly unknown[], b: readonly unknown[], aName: string, bName: string): void {
  if (a.length !== b.length) {
    throw sopError("#VALUE!", `${aName} has ${a.length} cells but ${bName} has ${b.length}; give one value per period in each.`);
  }
}

function projectedInventoryBody(beginning: unknown, supply: RangeArg, demand: RangeArg): number[][] {
  const opening = scalar(beginning, "beginning");
  const s = numbers(supply, "supply");
  const d = numbers(demand, "demand");
  sameSize(s, d, "supply", "demand");
  if ([...s, ...d].every((v) => v === null)) throw sopError("#N/A", "supply and demand have no numbers.");
  return spill(
    projectedInventory(
      opening,
      s.map((v) => v ?? 0),
      d.map((v) => v ?? 0),
    ),
    isRow(demand),
  );
}

function gapBody(demand: RangeArg, supply: RangeArg): number[][] {
  const d = numbers(demand, "demand");
  const s = numbers(supply, "supply");
  sameSize(d, s, "demand", "supply");
  if ([...s, ...d].every((v) => v === null)) throw sopError("#N/A", "demand and supply have no numbers.");
  return spill(
    supplyGap(
      d.map((v) => v ?? 0),
      s.map((v) => v ?? 0),
    ),
    isRow(demand),
  );
}

function levelPlanBody(demand: RangeArg, opening: unknown, targetEnding: unknown, workingDays?: RangeArg | null): number[][] {
  const d = periodValues(demand, "demand");
  const open = scalar(opening, "opening");
  const target = scalar(targetEnding, "targetEnding");
  let days: number[] | undefined;
  if (workingDays !== undefined && workingDays !== null) {
    const w = numbers(workingDays, "workingDays");
    sameSize(w, d, "workingDays", "demand");
    if (w.some((v) => v !== null && v < 0)) throw sopError("#NUM!", "workingDays cannot be negative.");
    days = w.map((v) => v ?? 0);
    if (days.reduce((s, v) => s + v, 0) === 0) throw sopError("#DIV/0!", "The working days add up to zero.");
  }
  return spill(levelPlan(d, open, target, days), isRow(demand));
}

function chasePlanBody(demand: RangeArg, opening: unknown, target: RangeArg | number | null): number[][] {
  const d = periodValues(demand, "demand");
  const open = scalar(opening, "opening");
  const targetCells = flatten(target);
  let targets: number | number[];
  if (targetCells.length === 1) {
    targets = scalar(target, "target");
  } else {
    const t = numbers(target, "target");
    sameSize(t, d, "target", "demand");
    targets = t.map((v) => v ?? 0);
  }
  return spill(chasePlan(d, open, targets), isRow(demand));
}

// Guarded here so a formula never fails with an unhandled exception (anything unexpected -> #VALUE!).
export const projectedInventoryFormula = (beginning: unknown, supply: RangeArg, demand: RangeArg): number[][] =>
  guard(() => projectedInventoryBody(beginning, supply, demand));
export const gapFormula = (demand: RangeArg, supply: RangeArg): number[][] => guard(() => gapBody(demand, supply));
export const levelPlanFormula = (
  demand: RangeArg,
  opening: unknown,
  targetEnding: unknown,
  workingDays?: RangeArg | null,
): number[][] => guard(() => levelPlanBody(demand, opening, targetEnding, workingDays));
export const chasePlanFormula = (demand: RangeArg, opening: unknown, target: RangeArg | number | null): number[][] =>
  guard(() => chasePlanBody(demand, opening, target));
