/**
 * Balancing as a step of the run: when it can run (capacity check, gap table and Finance sheet all
 * there) and what it says when it cannot.
 */
import type { CapacityCheck } from "../capacity";
import type { FinancialReconciliation } from "../finance";
import type { PlanningModel } from "../model";
import type { Reconciliation } from "../reconcile";
import type { Settings } from "../settings";
import { BalanceError, balancePlan, balancePlanAsync } from "./balancePlan";
import type { AsyncLpSolver, LpSolver } from "./solver";
import type { Balance } from "./types";

export type { AsyncLpSolver, Balance, LpSolver };

interface Parts {
  model: PlanningModel;
  settings: Settings;
  capacity?: CapacityCheck;
  reconciliation?: Reconciliation;
  finance?: FinancialReconciliation;
}

/** null when balancing can run; else why not, for the summary's skipped list. */
export function balanceSkipReason(parts: Parts): string | null {
  const missing = [
    !parts.capacity && "a capacity check (Capacity and Bill of Resources sheets)",
    !parts.reconciliation && "a Supply sheet (beginning inventory, targets and the plan as given)",
    !(parts.model.finance && parts.model.finance.length > 0) &&
      "a Finance sheet (Unit Price and Unit Cost set the default costs)",
  ].filter(Boolean);
  if (missing.length > 0) return `Balancing needs ${missing.join(", ")}.`;
  if ((parts.reconciliation?.periods.length ?? 0) === 0) return "There are no plan months to balance.";
  return null;
}

export function runBalance(parts: Parts, solver: LpSolver): { balance: Balance } | { reason: string } {
  const { model, settings, capacity, reconciliation, finance } = parts;
  if (!capacity || !reconciliation) return { reason: balanceSkipReason(parts) ?? "" };
  try {
    return { balance: balancePlan({ model, settings, capacity, reconciliation, finance }, solver) };
  } catch (e) {
    return notFinished(e);
  }
}

/** runBalance with the solve in another thread (the task pane's Web Worker). */
export async function runBalanceAsync(parts: Parts, solver: AsyncLpSolver): Promise<{ balance: Balance } | { reason: string }> {
  const { model, settings, capacity, reconciliation, finance } = parts;
  if (!capacity || !reconciliation) return { reason: balanceSkipReason(parts) ?? "" };
  try {
    return { balance: await balancePlanAsync({ model, settings, capacity, reconciliation, finance }, solver) };
  } catch (e) {
    return notFinished(e);
  }
}

function notFinished(e: unknown): { reason: string } {
  if (e instanceof BalanceError) return { reason: `Balancing did not finish: ${e.message}.` };
  throw e;
}
