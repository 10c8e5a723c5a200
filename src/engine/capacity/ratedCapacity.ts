/**
 * Rated capacity = available time x utilization x efficiency.
 *
 * APICS Dictionary / CPIM ("rated capacity", also "calculated capacity"): the expected output of a
 * resource, where utilization is the share of available time actually used for production and
 * efficiency is standard hours earned per hour worked. E.g. 2 shifts x 8 h x 5 days x 4 weeks
 * = 320 h available; at 85% utilization and 110% efficiency rated capacity is 299.2 standard hours.
 */
export function ratedCapacity(availableHours: number, utilization = 1, efficiency = 1): number {
  return availableHours * utilization * efficiency;
}
