/**
 * The task pane's pack thread: the whole run between reading the workbook and writing the pack
 * (planning model, analyses, the balancing LP on HiGHS, the pack description and its summary) runs
 * here, so the pane's UI thread stays free. At 2,000 families that is seconds of work, and Excel
 * desktop restarts an add-in whose pane is unresponsive for 5 s.
 *
 * Messages (workerPack.ts is the other end): the input grids come in row blocks, then a run request;
 * progress goes out by step, then the result (pack, summary, findings, exceptions) in parts of about
 * 100 KB, then "done". Each message is kept small because the pane's thread unpacks every one in a
 * single task.
 */
import type { CellGrid } from "../../engine/grid";
import type { Finding } from "../../engine/model";
import type { Settings } from "../../engine/settings";
import { InputError } from "../../engine/errors";
import { generatePack, type GenerateStep, type RunInfo } from "../../report/generate";
import { planExceptions, type PlanException } from "../../report/exceptions";
import type { SummaryJson } from "../../report/summaryJson";
import { baselineCounts, type BaselineCounts } from "../../report/sheets/baselineSummaryLines";
import type { WorkbookSpec } from "../../report/workbookSpec";
import { highsOnce } from "./highsOnce";
import { splitParts, type Part } from "./messageParts";
import { appendRows } from "./rowBlocks";

/** What the run sends back, in parts. */
export interface PackResultMessage {
  workbook: WorkbookSpec;
  summary: SummaryJson;
  findings: Finding[];
  exceptions: PlanException[];
  baseline?: BaselineCounts;
  /** Whether HiGHS loaded for this run. */
  balanced: boolean;
}

export type ToWorker =
  /** Rows [from, from + rows.length) of input grid `index` (its first block carries the rest of the grid). */
  | { id: number; grid: number; from: number; part: CellGrid }
  /** Run with the grids sent so far; `balance`: the workbook has what balancing needs. */
  | { id: number; run: { settings: Settings; info: RunInfo; balance: boolean } };

export type FromWorker =
  | { id: number; step: GenerateStep }
  /** A part of the result (messageParts.ts); `done` once every part is sent. */
  | { id: number; part: Part }
  | { id: number; done: true }
  | { id: number; error: { name: string; message: string; findings?: Finding[] } };

const post = (message: FromWorker) => postMessage(message);

const grids = new Map<number, CellGrid[]>();

async function run(id: number, settings: Settings, info: RunInfo, balance: boolean): Promise<void> {
  const input = grids.get(id) ?? [];
  grids.delete(id);
  const lp = balance ? await highsOnce() : undefined;
  const pack = generatePack(input, settings, (step) => post({ id, step }), { ...info, solver: lp });
  const result: PackResultMessage = {
    workbook: pack.workbook,
    summary: pack.summary,
    findings: pack.analysis.findings,
    exceptions: planExceptions(pack.analysis),
    baseline: pack.analysis.baseline ? baselineCounts(pack.analysis.baseline) : undefined,
    balanced: lp !== undefined,
  };
  for (const part of splitParts(result)) post({ id, part });
  post({ id, done: true });
}

addEventListener("message", (event: MessageEvent<ToWorker>) => {
  const m = event.data;
  if ("grid" in m) {
    const list = grids.get(m.id) ?? [];
    grids.set(m.id, list);
    if (m.from === 0) list[m.grid] = m.part;
    else {
      appendRows(list[m.grid].values, m.part.values);
      if (list[m.grid].numberFormats) appendRows(list[m.grid].numberFormats ?? [], m.part.numberFormats);
    }
    return;
  }
  const { settings, info, balance } = m.run;
  run(m.id, settings, info, balance).catch((e: unknown) => {
    grids.delete(m.id);
    const error = e instanceof Error ? e : new Error(String(e));
    post({
      id: m.id,
      error: { name: error.name, message: error.message, findings: e instanceof InputError ? e.findings : undefined },
    });
  });
});
