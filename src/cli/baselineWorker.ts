/**
 * A worker thread of baselineThreads.ts: fits the batches of families it is sent, one after the
 * other, with the engine's own fitBaselineJob, and posts each batch's results back.
 */
import { parentPort } from "node:worker_threads";
import type { BaselineOptions } from "../engine/forecast/baseline";
import { type BaselineJob, type BaselineJobResult, fitBaselineJob } from "../engine/forecast/familyBaselines";

export interface BaselineBatch {
  batch: number;
  jobs: BaselineJob[];
  options: BaselineOptions;
}

export type BaselineBatchReply = { batch: number; results: BaselineJobResult[] } | { batch: number; error: string };

const port = parentPort;
if (port) {
  port.on("message", ({ batch, jobs, options }: BaselineBatch) => {
    let reply: BaselineBatchReply;
    try {
      reply = { batch, results: jobs.map((job) => fitBaselineJob(job, options)) };
    } catch (e) {
      reply = { batch, error: e instanceof Error ? e.message : String(e) };
    }
    port.postMessage(reply);
  });
}
