/**
 * The scenario kernel's types, below both the kernel and the scenario types that carry its outcome,
 * so neither imports the other.
 */
import type { CapacityKernel, CapacityOutcome } from "../../capacity/capacityKernel";
import type { FinanceKernel, FinanceOutcome } from "../../finance/financeKernel";
import type { GapKernel, GapOutcome } from "../../reconcile/gapKernel";

export interface ScenarioKernel {
  /** Present where the analysis runs: Capacity and Bill of Resources; Supply; Finance. */
  capacity?: CapacityKernel;
  gaps?: GapKernel;
  finance?: FinanceKernel;
}

/** A scenario's figures from the kernel: what its sheets and the summary's exceptions read. */
export interface ScenarioOutcome {
  capacity?: CapacityOutcome;
  gaps?: GapOutcome;
  /** The scenario's demand in money (what the Financial Gap of the scenario shows). */
  finance?: FinanceOutcome;
  /** The demand its supply can meet, in money: the revenue KPIs. Without a Supply sheet nothing
   * limits the demand, so this is `finance`. */
  served?: FinanceOutcome;
}
