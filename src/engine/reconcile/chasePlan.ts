/**
 * Chase production plan (chase strategy): make what demand needs each period while holding the
 * target inventory. The first period brings inventory from the opening level to the target; after that
 * production equals demand plus any change in the target:
 *   P(t) = max(0, D(t) + target(t) - I(t-1)),   I(t) = I(t-1) + P(t) - D(t),   I(0) = opening.
 * With opening = target = 0 this is P(t) = D(t), Heizer & Render, Operations Management, ch. 13,
 * "Plan 3" (production matches demand, no inventory). Production is never negative: when the opening
 * stock is above demand plus target, nothing is made until it is used down.
 */
export function chasePlan(demand: readonly number[], opening: number, target: number | readonly number[]): number[] {
  const targets = typeof target === "number" ? demand.map(() => target) : target;
  if (targets.length !== demand.length) {
    throw new RangeError(`target has ${targets.length} values but demand has ${demand.length}`);
  }
  let inventory = opening;
  return demand.map((d, t) => {
    const make = Math.max(0, d + targets[t] - inventory);
    inventory = inventory + make - d;
    return make;
  });
}
