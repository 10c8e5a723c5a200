/**
 * The LP solver as the engine sees it: the model in (LpModel, flat arrays), a status, the objective
 * and the value of each column out. The engine stays free of any host or loader; the hosts hand it a
 * loaded solver (HiGHS, see loadHighs.ts), loaded only when a run balances a plan.
 */
import type { LpModel } from "./lpModel";

export interface LpSolution {
  /** "Optimal" when solved; otherwise the solver's status in words. */
  status: string;
  objective: number;
  /** The value of each column, in the model's column order. */
  values: ArrayLike<number>;
}

export interface LpSolver {
  /** Name and version, shown on the sheet ("HiGHS 1.11.0"). */
  readonly name: string;
  solve(lp: LpModel): LpSolution;
}

/**
 * The same solver seen from the task pane, where a 2,000-family solve takes ~10 s and must not run on
 * the UI thread: the answer comes later (from a Web Worker). An in-thread LpSolver is one too, so the
 * host has one interface and two transports (hosts/office/workerSolver.ts, loadHighs.ts).
 */
export interface AsyncLpSolver {
  readonly name: string;
  solve(lp: LpModel): LpSolution | Promise<LpSolution>;
}
