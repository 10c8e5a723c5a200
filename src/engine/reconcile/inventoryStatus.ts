/**
 * Status of one period's projected inventory against the target (SPEC.md "Conventions"):
 * Shortage (I < 0: backlog), Below target (I < target), Excess (I > 2 x target, only where a target
 * exists), else OK; Unknown from a month whose Supply row could not be read (its supply, so every
 * projected inventory from then on, is not known). The target is the planner's safety stock / target inventory.
 */
export type InventoryStatus = "ok" | "shortage" | "below-target" | "excess" | "unknown";

/** How many times the target an inventory may reach before it counts as excess. */
export const EXCESS_MULTIPLE = 2;

export function inventoryStatus(projected: number, target: number | null): InventoryStatus {
  if (projected < 0) return "shortage";
  if (target === null) return "ok";
  if (projected < target) return "below-target";
  if (projected > EXCESS_MULTIPLE * target) return "excess";
  return "ok";
}

/** The words a planner sees in the pack. */
export const InventoryStatusLabels: Record<InventoryStatus, string> = {
  ok: "OK",
  shortage: "Shortage",
  "below-target": "Below target",
  excess: "Excess",
  unknown: "Unknown",
};
