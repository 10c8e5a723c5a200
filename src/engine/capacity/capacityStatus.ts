import type { CapacityStatus } from "./types";

/** SPEC.md: Overload above 100%, Warning above the warning threshold (default 90%), else OK. */
export function capacityStatus(utilization: number, warningThreshold: number): CapacityStatus {
  if (utilization > 1) return "overload";
  if (utilization > warningThreshold) return "warning";
  return "ok";
}
