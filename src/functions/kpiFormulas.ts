/**
 * The KPI formulas' work between Excel's ranges and the engine: SOP.FILLRATE, SOP.MONTHSOFCOVER,
 * SOP.ADHERENCE and SOP.PVM (SPEC "Conventions"). functions.ts only forwards to these; every rule is
 * the engine's (reconcile/demandMet, reconcile/monthsOfCover, kpis/planAdherence, finance/priceVolumeMix).
 *
 * Per-period series (fill rate, months of cover) keep blank periods as 0, so later periods do not
 * shift; adherence skips blanks in pairs, as the accuracy formulas do. Sizes must match (#VALUE!).
 */
import { priceVolumeMix } from "../engine/finance/priceVolumeMix";
import { planAdherence } from "../engine/kpis/planAdherence";
import { monthsOfCover } from "../engine/reconcile/monthsOfCover";
import { seriesFillRate } from "../engine/reconcile/demandMet";
import { guard, sopError } from "./errors";
import { cellNumber, flatten, isRow, numbers, pairs, spill, type RangeArg } from "./ranges";

function sameSize(sizes: number[], names: string[]): void {
  if (sizes.some((n) => n !== sizes[0])) {
    const list = names.map((name, i) => `${name} has ${sizes[i]}`).join(", ");
    throw sopError("#VALUE!", `The ranges must be the same size: ${list} cells.`);
  }
}

/** One value per period, blanks as 0; #N/A when the range holds no number at all. */
function series(range: RangeArg, name: string): number[] {
  const values = numbers(range, name);
  if (values.every((v) => v === null)) throw sopError("#N/A", `${name} has no numbers.`);
  return values.map((v) => v ?? 0);
}

function fillRateBody(demand: RangeArg, supply: RangeArg, opening: unknown): number {
  const d = series(demand, "demand");
  const s = numbers(supply, "supply").map((v) => v ?? 0);
  sameSize([d.length, s.length], ["demand", "supply"]);
  const cells = flatten(opening);
  if (cells.length !== 1) throw sopError("#VALUE!", `opening must be a single value, not a range of ${cells.length} cells.`);
  const rate = seriesFillRate(cellNumber(cells[0], "opening", 0) ?? 0, s, d);
  if (rate === null) throw sopError("#DIV/0!", "There is no demand to fill.");
  return rate;
}

function monthsOfCoverBody(inventory: RangeArg, demand: RangeArg): (number | string)[][] {
  const inv = series(inventory, "inventory");
  const d = numbers(demand, "demand").map((v) => v ?? 0);
  sameSize([inv.length, d.length], ["inventory", "demand"]);
  // No demand after a period: cover is unlimited, so the cell stays empty rather than show a number.
  const cover = monthsOfCover(inv, d).map((c) => (c === null ? "" : c));
  return isRow(inventory) ? [cover] : cover.map((c) => [c]);
}

function adherenceBody(planned: RangeArg, actual: RangeArg): number {
  const { a: plan, b: done } = pairs(planned, actual, "planned", "actual");
  const value = planAdherence(plan, done);
  if (value === null) throw sopError("#DIV/0!", "Nothing was planned in the months given.");
  return value;
}

function pvmBody(budgetUnits: RangeArg, budgetRevenue: RangeArg, planUnits: RangeArg, planRevenue: RangeArg): number[][] {
  const columns = [
    numbers(budgetUnits, "budgetUnits"),
    numbers(budgetRevenue, "budgetRevenue"),
    numbers(planUnits, "planUnits"),
    numbers(planRevenue, "planRevenue"),
  ];
  sameSize(
    columns.map((c) => c.length),
    ["budgetUnits", "budgetRevenue", "planUnits", "planRevenue"],
  );
  // A family with a blank in any of its four cells is skipped (blanks are skipped together).
  const families = columns[0].flatMap((bu, i) => {
    const [br, pu, pr] = [columns[1][i], columns[2][i], columns[3][i]];
    return bu === null || br === null || pu === null || pr === null
      ? []
      : [{ budgetUnits: bu, budgetRevenue: br, planUnits: pu, planRevenue: pr }];
  });
  if (families.length === 0)
    throw sopError("#N/A", "No family has all four of budget units, budget revenue, plan units and plan revenue.");
  if (families.some((f) => f.budgetUnits < 0 || f.planUnits < 0)) throw sopError("#NUM!", "Units cannot be negative.");
  const effects = priceVolumeMix(families);
  if (effects === null) throw sopError("#DIV/0!", "No family has budget units, so there is no budget price to bridge from.");
  return spill([effects.volume, effects.mix, effects.price], true);
}

// Guarded here so a formula never fails with an unhandled exception (anything unexpected -> #VALUE!).
export const fillRateFormula = (demand: RangeArg, supply: RangeArg, opening: unknown): number =>
  guard(() => fillRateBody(demand, supply, opening));
export const monthsOfCoverFormula = (inventory: RangeArg, demand: RangeArg): (number | string)[][] =>
  guard(() => monthsOfCoverBody(inventory, demand));
export const adherenceFormula = (planned: RangeArg, actual: RangeArg): number => guard(() => adherenceBody(planned, actual));
export const pvmFormula = (
  budgetUnits: RangeArg,
  budgetRevenue: RangeArg,
  planUnits: RangeArg,
  planRevenue: RangeArg,
): number[][] => guard(() => pvmBody(budgetUnits, budgetRevenue, planUnits, planRevenue));
