/**
 * A figure worked out once per planning model and kept with it (the kernels' dense layouts, the demand
 * plan index): the plan, every scenario and every view of the same model share it. A model is not
 * changed after the readers build it, but a caller swapping one of the parts the figure reads (on the
 * same model object) gets a fresh one.
 */
import type { PlanningModel } from "./model";

export function perModel<T>(
  partsOf: (model: PlanningModel) => readonly unknown[],
  build: (model: PlanningModel) => T,
): (model: PlanningModel) => T {
  const cache = new WeakMap<PlanningModel, { parts: readonly unknown[]; value: T }>();
  return (model) => {
    const parts = partsOf(model);
    const hit = cache.get(model);
    if (hit && hit.parts.every((x, i) => x === parts[i])) return hit.value;
    const value = build(model);
    cache.set(model, { parts, value });
    return value;
  };
}
