/**
 * The pane's end of the pack worker (packWorker.ts): grids in, the pack description and its summary
 * out, the LP solve inside. Imported lazily (its own chunk) and only where `Worker` exists; jest and
 * the command line build the pack in their own thread (report/generate.ts).
 *
 * Grids go over in row blocks with a turn for the pane between them (rowBlocks.ts), and the result comes
 * back in parts of about 100 KB (messageParts.ts): each postMessage and each message received is one
 * task on this thread.
 */
import type { CellGrid } from "../../engine/grid";
import type { Finding } from "../../engine/model";
import type { Settings } from "../../engine/settings";
import { InputError } from "../../engine/errors";
import type { GenerateStep, RunInfo } from "../../report/generate";
import { PartsAssembler } from "./messageParts";
import type { FromWorker, PackResultMessage, ToWorker } from "./packWorker";
import { gridBlocks } from "./rowBlocks";
import { yieldToUi } from "./yieldToUi";

/** Set when a pack came back from the worker: the end-to-end test reads it to know the run left the UI thread. */
export const WORKER_PACK_MARK = "sop-pack-generated-in-worker";

export type WorkerPack = PackResultMessage;

/** The worker itself failed (could not start, or died): not a problem with the workbook. */
export class PackWorkerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PackWorkerError";
  }
}

export interface WorkerRunOptions {
  /** Whether the workbook has every sheet balancing needs (HiGHS loads in the worker only then). */
  balance: boolean;
  onStep?: (step: GenerateStep) => void;
  /** Aborting stops the run at once: the worker is ended (a new one starts on the next run). */
  signal?: AbortSignal;
}

let worker: Worker | null = null;
let nextId = 0;

function packWorker(): Worker {
  // webpack 5 turns this into a worker chunk of its own; tsc checks this file as CommonJS (for jest), where
  // import.meta is not allowed, but jest never loads it (no Worker there).
  // @ts-expect-error -- import.meta: the file is only ever bundled by webpack as an ES module.
  worker ??= new Worker(new URL("./packWorker.ts", import.meta.url));
  return worker;
}

function endWorker(w: Worker): void {
  w.terminate();
  if (worker === w) worker = null;
}

function abortError(): Error {
  const error = new Error("Generation was cancelled; nothing was written.");
  error.name = "AbortError";
  return error;
}

/** The error the worker reported, as the host would have thrown it in this thread. */
function rebuilt(e: { name: string; message: string; findings?: Finding[] }): Error {
  if (e.name === "InputError") return new InputError(e.message, e.findings ?? []);
  const error = new Error(e.message);
  error.name = e.name;
  return error;
}

export async function generateInWorker(
  grids: CellGrid[],
  settings: Settings,
  info: RunInfo,
  { balance, onStep = () => undefined, signal }: WorkerRunOptions,
): Promise<WorkerPack> {
  if (signal?.aborted) throw abortError();
  const w = packWorker();
  const id = nextId++;
  let settle: { resolve: (p: WorkerPack) => void; reject: (e: Error) => void } = {
    resolve: () => undefined,
    reject: () => undefined,
  };
  const result = new Promise<WorkerPack>((resolve, reject) => (settle = { resolve, reject }));
  // Settled early (abort, a dead worker) while grids are still going over: awaited below all the same.
  result.catch(() => undefined);
  const parts = new PartsAssembler();
  const onMessage = (event: MessageEvent<FromWorker>) => {
    const m = event.data;
    if (m.id !== id) return;
    if ("step" in m) onStep(m.step);
    else if ("part" in m) parts.add(m.part);
    else if ("done" in m) {
      const result = parts.root as PackResultMessage | undefined;
      if (!result?.workbook?.sheets) return settle.reject(new PackWorkerError("the pack worker sent an incomplete pack"));
      performance.mark(WORKER_PACK_MARK);
      settle.resolve(result);
    } else settle.reject(rebuilt(m.error));
  };
  const onError = (e: ErrorEvent) => {
    endWorker(w);
    settle.reject(new PackWorkerError(`the pack worker failed (${e.message || "no details"})`));
  };
  const onAbort = () => {
    endWorker(w);
    settle.reject(abortError());
  };
  w.addEventListener("message", onMessage);
  w.addEventListener("error", onError);
  signal?.addEventListener("abort", onAbort);
  try {
    for (let g = 0; g < grids.length; g++) {
      for (const { from, block } of gridBlocks(grids[g])) {
        w.postMessage({ id, grid: g, from, part: block } satisfies ToWorker);
        await yieldToUi();
        if (signal?.aborted) throw abortError();
      }
    }
    w.postMessage({ id, run: { settings, info, balance } } satisfies ToWorker);
    return await result;
  } finally {
    w.removeEventListener("message", onMessage);
    w.removeEventListener("error", onError);
    signal?.removeEventListener("abort", onAbort);
  }
}
