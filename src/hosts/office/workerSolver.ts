/**
 * HiGHS in a Web Worker (balanceWorker.ts), for the task pane: the same LpModel in and LpSolution out
 * as the in-thread solver, only later. The model goes over as typed arrays (transferred, not copied).
 * Imported lazily (its own chunk) and only where `Worker` exists; jest and the command line solve in
 * their own thread (loadHighs.ts).
 */
import { BalanceError } from "../../engine/balance/balancePlan";
import { lpArrays } from "../../engine/balance/loadHighs";
import type { LpModel } from "../../engine/balance/lpModel";
import type { AsyncLpSolver, LpSolution } from "../../engine/balance/solver";
import type { FromWorker, ToWorker } from "./balanceWorker";

/** Set when a solution came back from the worker: the end-to-end test reads it to know the solve left the UI thread. */
export const WORKER_SOLVED_MARK = "sop-balance-solved-in-worker";

/** Starts the worker and resolves once HiGHS has loaded in it (rejects if it cannot). */
export function startWorkerSolver(): Promise<AsyncLpSolver> {
  // webpack 5 turns this into a worker chunk of its own; tsc checks this file as CommonJS (for jest), where
  // import.meta is not allowed, but jest never loads it (no Worker there).
  // @ts-expect-error -- import.meta: the file is only ever bundled by webpack as an ES module.
  const worker = new Worker(new URL("./balanceWorker.ts", import.meta.url));
  // A worker that fails mid-solve is a BalanceError: the pack comes without the Balanced Plan, saying why.
  const pending = new Map<number, { resolve: (s: LpSolution) => void; reject: (e: Error) => void }>();
  let nextId = 0;
  return new Promise((resolveReady, rejectReady) => {
    worker.addEventListener("error", (e) => {
      const error = new BalanceError(`the balancing worker failed (${e.message})`);
      rejectReady(error);
      pending.forEach((p) => p.reject(error));
      pending.clear();
    });
    worker.addEventListener("message", (event: MessageEvent<FromWorker>) => {
      const m = event.data;
      if ("ready" in m) return resolveReady(solverOn(m.ready));
      if ("loadError" in m) return rejectReady(new Error(m.loadError));
      const waiting = pending.get(m.id);
      pending.delete(m.id);
      if (!waiting) return;
      if ("error" in m) return waiting.reject(new BalanceError(`the LP solver failed in its worker (${m.error})`));
      performance.mark(WORKER_SOLVED_MARK);
      waiting.resolve({ status: m.status, objective: m.objective, values: m.values });
    });
  });

  function solverOn(name: string): AsyncLpSolver {
    return {
      name,
      solve: (lp: LpModel) =>
        new Promise<LpSolution>((resolve, reject) => {
          const id = nextId++;
          pending.set(id, { resolve, reject });
          const model = lpArrays(lp);
          const message: ToWorker = { id, model };
          const { colCost, colUpper, rowLower, rowUpper, starts, indices, values } = model;
          worker.postMessage(message, {
            transfer: [colCost, colUpper, rowLower, rowUpper, starts, indices, values].map((a) => a.buffer),
          });
        }),
    };
  }
}
