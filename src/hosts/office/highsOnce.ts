/**
 * HiGHS for the balancing LP, loaded on the first run that balances and kept for the next: it is its
 * own webpack chunk plus a 3.5 MB WebAssembly file. In the pack worker (packWorker.ts) and, where
 * there is no Worker, in the pane's thread (officeHost.ts). A solver that cannot load is undefined:
 * the pack then comes without the Balanced Plan sheet (the summary says why), never without the pack.
 */
import type { LpSolver } from "../../engine/balance/solver";

let loading: Promise<LpSolver | undefined> | null = null;

export function highsOnce(): Promise<LpSolver | undefined> {
  loading ??= import(/* webpackChunkName: "balance" */ "../../engine/balance/loadHighs")
    .then(({ loadHighs }) => loadHighs())
    .catch(() => {
      loading = null;
      return undefined;
    });
  return loading;
}
