/**
 * The task pane's balancing solver thread: HiGHS (and highs.wasm, which webpack emits beside this
 * worker's chunk) loads here, so a 2,000-family solve (~10 s) never blocks the pane; Excel desktop
 * restarts an add-in whose pane is unresponsive for 5 s. Messages: the model's arrays in (LpArrays),
 * the solution out (values as a transferred Float64Array). workerSolver.ts is the other end.
 */
import { loadHighs, type LpArrays } from "../../engine/balance/loadHighs";

export type ToWorker = { id: number; model: LpArrays };
export type FromWorker =
  | { ready: string }
  | { loadError: string }
  | { id: number; status: string; objective: number; values: Float64Array }
  | { id: number; error: string };

const loading = loadHighs();
loading.then(
  (solver) => postMessage({ ready: solver.name } satisfies FromWorker),
  (e: unknown) => postMessage({ loadError: String(e) } satisfies FromWorker),
);

addEventListener("message", (event: MessageEvent<ToWorker>) => {
  const { id, model } = event.data;
  loading
    .then((solver) => {
      const solution = solver.solveArrays(model);
      const values = Float64Array.from(solution.values);
      const reply: FromWorker = { id, status: solution.status, objective: solution.objective, values };
      postMessage(reply, { transfer: [values.buffer] });
    })
    .catch((e: unknown) => postMessage({ id, error: String(e) } satisfies FromWorker));
});
