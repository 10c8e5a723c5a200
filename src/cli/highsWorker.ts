/**
 * The worker thread of highsThreadSolver.ts: loads HiGHS, solves the one model it was started with,
 * posts the answer and ends (nothing is left to run), taking HiGHS's memory with it.
 */
import { parentPort, workerData } from "node:worker_threads";
import { loadHighs, type LpArrays } from "../engine/balance/loadHighs";

export type HighsThreadReply = { name: string; status: string; objective: number; values: Float64Array } | { error: string };

function reply(message: HighsThreadReply, transfer: ArrayBuffer[] = []): void {
  parentPort?.postMessage(message, transfer);
}

if (parentPort) {
  loadHighs().then(
    (solver) => {
      const solution = solver.solveArrays(workerData as LpArrays);
      const values = Float64Array.from(solution.values);
      reply({ name: solver.name, status: solution.status, objective: solution.objective, values }, [values.buffer]);
    },
    (e: unknown) => reply({ error: e instanceof Error ? e.message : String(e) }),
  );
}
