/**
 * The families' baselines fitted in worker threads, for the command line: fitting is nearly all of a
 * run's time on a workbook of actuals (docs/performance-forecast.md), and families are independent.
 *
 * Each thread runs the engine's own fitBaselineJob (baselineWorker.ts) on batches of families taken
 * from a shared queue, so a thread that drew long histories does not hold the others up; the results
 * go back into the jobs' order. The same function on the same numbers: the pack is the one fitted in
 * this thread, to the last bit (tests/cli/baselineThreads.test.ts).
 *
 * In this thread instead: fewer than MIN_FAMILIES_FOR_THREADS families (starting threads would cost
 * more than it saves), one processor, or no built worker script (the sources run by ts-node or jest).
 * A batch whose thread failed is fitted here. SOP_PREP_FIT_THREADS overrides: 0 fits in this thread,
 * N ≥ 1 in N threads whatever the number of families.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { BaselineOptions } from "../engine/forecast/baseline";
import {
  type BaselineJob,
  type BaselineJobResult,
  type FitBaselineJobs,
  fitBaselineJob,
} from "../engine/forecast/familyBaselines";
import type { BaselineBatch, BaselineBatchReply } from "./baselineWorker";

/** The worker's script as built (build/cli/baselineWorker.js). */
export const BASELINE_WORKER = join(__dirname, "baselineWorker.js");
export const MIN_FAMILIES_FOR_THREADS = 50;
/** Families per message: small enough to balance the threads, large enough that messages cost nothing. */
const BATCH = 8;

export interface ThreadFitter {
  fit: FitBaselineJobs;
  /** Families fitted in threads so far (the rest were fitted in this thread). */
  readonly inThreads: number;
}

function inThisThread(jobs: readonly BaselineJob[], options: BaselineOptions): BaselineJobResult[] {
  return jobs.map((job) => fitBaselineJob(job, options));
}

/** Fits in `threads` worker threads started from `workerFile`, where there are at least `minFamilies` families. */
export function threadFitter(workerFile: string, threads: number, minFamilies = MIN_FAMILIES_FOR_THREADS): ThreadFitter {
  let inThreads = 0;
  const fit = async (jobs: BaselineJob[], options: BaselineOptions): Promise<BaselineJobResult[]> => {
    if (threads < 1 || jobs.length === 0 || jobs.length < minFamilies) return inThisThread(jobs, options);
    const results: (BaselineJobResult | undefined)[] = new Array<BaselineJobResult | undefined>(jobs.length);
    const batches = Math.ceil(jobs.length / BATCH);
    let next = 0;
    const runThread = () =>
      new Promise<void>((resolve) => {
        let worker: Worker;
        try {
          worker = new Worker(workerFile);
        } catch {
          resolve(); // its batches go to the other threads, or are fitted here below
          return;
        }
        const send = () => {
          if (next >= batches) {
            void worker.terminate();
            return;
          }
          const batch = next++;
          const message: BaselineBatch = { batch, jobs: jobs.slice(batch * BATCH, (batch + 1) * BATCH), options };
          worker.postMessage(message);
        };
        worker.on("message", (reply: BaselineBatchReply) => {
          // An error reply leaves the batch to this thread, where the same error surfaces as it would unthreaded.
          if ("results" in reply) {
            reply.results.forEach((r, k) => (results[reply.batch * BATCH + k] = r));
            inThreads += reply.results.length;
          }
          send();
        });
        worker.on("error", () => undefined); // the batch it held is fitted here below
        worker.on("exit", () => resolve());
        send();
      });
    await Promise.all(Array.from({ length: Math.min(threads, batches) }, runThread));
    return results.map((r, i) => r ?? fitBaselineJob(jobs[i], options));
  };
  return {
    fit,
    get inThreads() {
      return inThreads;
    },
  };
}

/** The number of threads SOP_PREP_FIT_THREADS asks for, or null when it is not set (or not a number). */
function threadsAskedFor(env: NodeJS.ProcessEnv): number | null {
  const raw = env.SOP_PREP_FIT_THREADS?.trim();
  if (!raw) return null;
  const n = Number(raw);
  return Number.isInteger(n) && n >= 0 ? n : null;
}

/**
 * The command line's fitter: threads as the module comment says, or undefined where the families
 * are fitted in this thread by the analysis itself.
 */
export function commandLineFitter(env: NodeJS.ProcessEnv = process.env, workerFile = BASELINE_WORKER): ThreadFitter | undefined {
  if (!existsSync(workerFile)) return undefined;
  const asked = threadsAskedFor(env);
  if (asked === 0) return undefined;
  if (asked !== null) return threadFitter(workerFile, asked, 0);
  const processors = availableParallelism();
  return processors > 1 ? threadFitter(workerFile, processors) : undefined;
}
