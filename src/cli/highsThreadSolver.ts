/**
 * HiGHS for the command line, in a worker thread of its own for each solve.
 *
 * WebAssembly memory only grows, and V8 returns a dropped WebAssembly memory only after a full garbage
 * collection, which a run may not do again before it ends: solved in the main thread, the memory HiGHS
 * grows to (151 MB on the 2,000-family plan, 376 MB at 5,000 families) stayed through the pack's
 * description and write (src/bench/balanceMemory.ts measures it). A thread's memory ends with the
 * thread: the model goes over as transferred arrays, the answer comes back, the thread ends, and only
 * then does the run go on.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { BalanceError } from "../engine/balance/balancePlan";
import { loadHighs, lpArrays } from "../engine/balance/loadHighs";
import type { LpModel } from "../engine/balance/lpModel";
import type { AsyncLpSolver, LpSolution } from "../engine/balance/solver";
import type { HighsThreadReply } from "./highsWorker";

/** The worker's script as built (build/cli/highsWorker.js). */
export const HIGHS_WORKER = join(__dirname, "highsWorker.js");

/** HiGHS solving each model in a thread started for it from `workerFile`. */
export function highsThreadSolver(workerFile = HIGHS_WORKER): AsyncLpSolver {
  // The version comes with the first answer (the thread loads HiGHS); read after the solve.
  let name = "HiGHS";
  const solve = (lp: LpModel) =>
    new Promise<LpSolution>((resolve, reject) => {
      const model = lpArrays(lp);
      const { colCost, colUpper, rowLower, rowUpper, starts, indices, values } = model;
      const transferList = [colCost, colUpper, rowLower, rowUpper, starts, indices, values].map((a) => a.buffer as ArrayBuffer);
      let answer: HighsThreadReply | null = null;
      let failure: Error | null = null;
      const worker = new Worker(workerFile, { workerData: model, transferList });
      worker.on("message", (m: HighsThreadReply) => (answer = m));
      worker.on("error", (e: Error) => (failure = e));
      // Settled once the thread has ended, so its memory is gone before the balance is read.
      worker.on("exit", () => {
        const got = answer as HighsThreadReply | null;
        if (failure || !got) reject(new BalanceError(`the LP solver's thread failed (${failure?.message ?? "no answer"})`));
        else if ("error" in got) reject(new BalanceError(`the LP solver failed (${got.error})`));
        else {
          name = got.name;
          resolve({ status: got.status, objective: got.objective, values: got.values });
        }
      });
    });
  return {
    get name() {
      return name;
    },
    solve,
  };
}

/**
 * The command line's solver: HiGHS in a thread per solve where the worker's script is built (the
 * installed command), otherwise in this thread (the sources run by ts-node or jest).
 */
export async function commandLineSolver(): Promise<AsyncLpSolver> {
  return existsSync(HIGHS_WORKER) ? highsThreadSolver() : loadHighs();
}
