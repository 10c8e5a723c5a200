/**
 * The cycle service level a family's safety stock protects (SPEC "Inventory policy"): the Inventory
 * Policy sheet's Service Level where it gives one, else the family's ABC class default (settings;
 * A 98%, B 95%, C 90%). A family without a class (no actuals, so no segment) takes the C level.
 */
import type { AbcClass } from "../forecast/segments";
import type { ServiceLevelSettings } from "../settings";

export type ServiceLevelSource = "sheet" | "class";

export function serviceLevelOf(
  abc: AbcClass | null,
  sheetLevel: number | null,
  levels: ServiceLevelSettings,
): { serviceLevel: number; source: ServiceLevelSource } {
  if (sheetLevel !== null) return { serviceLevel: sheetLevel, source: "sheet" };
  return { serviceLevel: levels[abc ?? "C"], source: "class" };
}
