/**
 * The recommended safety stock as the Target Inventory the plan holds (SPEC "Inventory policy"):
 * every Supply row of a family whose policy uses the recommendation (`targetUsed`: the setting
 * `targets: "recommended"`, or a family without a given target) carries it as its target, so the gap
 * table, its statuses and exceptions, the scenarios and balancing all measure against it. The input
 * rows are copied, never changed; a family without Supply rows has no target to carry.
 */
import type { PlanningModel } from "../model";
import type { InventoryPolicy } from "./inventoryPolicy";

export function withPolicyTargets(model: PlanningModel, policy: InventoryPolicy): PlanningModel {
  if (!model.supply) return model;
  const recommended = new Map<string, number>();
  for (const f of policy.families)
    if (f.targetUsed === "recommended" && f.safetyStock !== null) recommended.set(f.family, f.safetyStock);
  if (recommended.size === 0) return model;
  const supply = model.supply.map((row) => {
    const target = recommended.get(row.family);
    return target === undefined ? row : { ...row, targetInventory: target };
  });
  return { ...model, supply };
}
