/**
 * The scenarios every pack has (SPEC.md "Conventions"): Most Likely, the plan as given, always; and,
 * unless the Scenarios sheet or the settings define their own, Optimistic (+10% demand) and
 * Pessimistic (-10% demand), the usual upside / downside pair of an S&OP review.
 */
import type { ScenarioSetting } from "../settings";

export const MOST_LIKELY = "Most Likely";

export const DEFAULT_SCENARIOS: readonly ScenarioSetting[] = [
  { name: "Optimistic", demandChange: 0.1 },
  { name: "Pessimistic", demandChange: -0.1 },
];
