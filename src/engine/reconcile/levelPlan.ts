/**
 * Level production plan (level strategy): the same output every period, or the same output per
 * working day, so that the horizon ends at the target inventory.
 *   total production = sum(demand) + target ending inventory - opening inventory
 *   per period        = total / number of periods
 *   with working days = total / sum(working days) x working days(t)
 * Source: Heizer & Render, Operations Management, ch. 13, Example "Plan 1" (constant workforce:
 * 6,200 units / 124 production days = 50 units per day).
 *
 * When the opening inventory already covers all demand and the target, nothing needs to be made and
 * the plan is zero (production cannot be negative).
 */
export function levelPlan(
  demand: readonly number[],
  opening: number,
  targetEnding: number,
  workingDays?: readonly number[],
): number[] {
  const total = Math.max(0, demand.reduce((s, d) => s + d, 0) + targetEnding - opening);
  if (workingDays && workingDays.length > 0) {
    if (workingDays.length !== demand.length) {
      throw new RangeError(`working days has ${workingDays.length} values but demand has ${demand.length}`);
    }
    const days = workingDays.reduce((s, d) => s + d, 0);
    if (days <= 0) throw new RangeError("the working days add up to zero");
    const perDay = total / days;
    return workingDays.map((d) => perDay * d);
  }
  if (demand.length === 0) return [];
  return demand.map(() => total / demand.length);
}
