/**
 * One Generate in the built task pane, measured as a planner lives it: the time from
 * the click on "Generate pre-S&OP pack" to "Done: … written", the long tasks on the pane's UI thread
 * (PerformanceObserver "longtask", Chromium's > 50 ms tasks) and the progress the pane showed on the way.
 *
 * The stand-in Excel (tests/e2e/fakeOffice.ts) answers each request inside the page's own thread, where
 * real Excel answers from its own process; its time is taken out of every long task it falls in, so a
 * task's "add-in" part is what the pane itself kept the thread busy with (office.js included).
 * Shared by the end-to-end test (the sample) and scripts/bench-taskpane.js (the synthetic workbooks).
 */
import { readFileSync } from "fs";
import type { BrowserContext, Page } from "playwright-core";
import { readXlsx } from "../../src/hosts/xlsx/readXlsx";
import { excelRows } from "../office/workbooks";
import { openTaskPanePage } from "./browser";

/** A UI task longer than this is one the pane should not have (heavy work leaves the thread). */
export const UI_TASK_LIMIT_MS = 200;

/** Installed before any page script: records long tasks, the click, the progress texts and "Done". */
export function runProbe(): void {
  type Run = {
    longTasks: [number, number][];
    progress: [number, string][];
    clickAt: number | null;
    doneAt: number | null;
    /** Requests the stand-in Excel had answered before the click. */
    syncsAtClick: number;
  };
  const run: Run = { longTasks: [], progress: [], clickAt: null, doneAt: null, syncsAtClick: 0 };
  (window as unknown as { __run: Run }).__run = run;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) run.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: "longtask", buffered: true });
  } catch {
    // No Long Tasks API: the report says so (longTasksObserved false).
  }
  document.addEventListener(
    "click",
    (e) => {
      const button = (e.target as Element | null)?.closest?.("button");
      if (button?.textContent === "Generate pre-S&OP pack") {
        run.clickAt = performance.now();
        run.syncsAtClick = (window as unknown as { __e2e?: { syncs(): unknown[] } }).__e2e?.syncs().length ?? 0;
        run.doneAt = null;
        run.progress = [];
      }
    },
    true,
  );
  new MutationObserver(() => {
    const text = document.querySelector('[role="progressbar"]')?.getAttribute("aria-valuetext");
    if (text && run.progress[run.progress.length - 1]?.[1] !== text) run.progress.push([performance.now(), text]);
    if (run.clickAt !== null && run.doneAt === null) {
      const status = document.querySelector('[role="status"]')?.textContent ?? "";
      if (/^Done:/.test(status)) run.doneAt = performance.now();
    }
  }).observe(document, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ["aria-valuetext"],
  });
}

export interface GenerateRunReport {
  /** Click on Generate -> "Done: N sheets written." on screen (the pack is in the workbook by then). */
  generateMs: number;
  /** The longest UI-thread task during the run, less the stand-in Excel's time inside it. */
  longestUiTaskMs: number;
  /** Tasks whose add-in part exceeded UI_TASK_LIMIT_MS. */
  tasksOver200Ms: number;
  /** Click -> "Writing the pack into the workbook" on screen: reading the sheets and building the pack. */
  buildMs: number;
  /** The longest UI task before the writing starts (reading, the pack built in its worker, the pack
   * coming back), and how many of those passed 200 ms. Writing is Office.js serialising each request
   * in one task, as long as the request is large. */
  longestBeforeWriteMs: number;
  tasksOver200MsBeforeWrite: number;
  /** The same longest task with the stand-in's time left in (what Chromium reported). */
  longestRawTaskMs: number;
  /** Time the stand-in Excel spent answering requests during the run (not the add-in's). */
  hostMs: number;
  /** Long tasks (> 50 ms) seen during the run, in order: when (ms after the click), the add-in's
   * part and the whole task. */
  uiTasks: { atMs: number; ms: number; rawMs: number }[];
  /** The progress texts the pane showed, in order, with when (ms after the click). */
  progress: { atMs: number; text: string }[];
  longTasksObserved: boolean;
  /** The requests office.js sent during the run: how many, their bytes in all, the largest. */
  requests: { count: number; bytes: number; largestBytes: number };
}

/** A new page on the served task pane, as in Excel on Windows, with the run probe installed. */
export async function openMeasuredPane(
  context: BrowserContext,
  serverUrl: string,
  fakeOffice: string,
): Promise<{ page: Page; errors: string[]; workers: string[] }> {
  const opened = await openTaskPanePage(context, serverUrl, "excel", [fakeOffice, runProbe]);
  const { page } = opened;
  await page.getByRole("tab", { name: "Pack" }).waitFor({ timeout: 60_000 });
  return opened;
}

/** The input sheets of an .xlsx file as the stand-in Excel holds them (dates as serials). */
export async function inputSheetsOf(file: string): Promise<{ name: string; rows: unknown[][]; formats: (string | null)[][] }[]> {
  const grids = await readXlsx(readFileSync(file));
  return grids
    .map((g) => ({ name: g.sheet, ...excelRows(g) }))
    .map((s) => ({
      ...s,
      rows: s.rows.map((row) => row.map((v) => (v instanceof Date ? v.getTime() / 86_400_000 + 25_569 : v))),
    }));
}

/** Clicks Generate on the Pack tab, waits for "Done" (or an error) and reports the run. */
export async function measureGenerate(page: Page, timeoutMs = 600_000): Promise<GenerateRunReport> {
  await page.getByRole("tab", { name: "Pack" }).click();
  await page.getByRole("button", { name: "Generate pre-S&OP pack" }).click();
  return generateRunReport(page, timeoutMs);
}

/** The last Generate clicked in a page opened with runProbe, once it is done (rejects if it failed). */
export async function generateRunReport(page: Page, timeoutMs = 600_000): Promise<GenerateRunReport> {
  await page.waitForFunction(
    () => (window as any).__run.doneAt !== null || document.querySelector('[role="alert"]') !== null,
    undefined,
    { timeout: timeoutMs, polling: 250 },
  );
  const failed = await page.evaluate(() => document.querySelector('[role="alert"]')?.textContent ?? null);
  if (failed) throw new Error(`Generate failed in the task pane: ${failed}`);
  // Long task entries are delivered after their task ends: give the observer a turn.
  await page.waitForTimeout(300);
  const run: {
    longTasks: [number, number][];
    progress: [number, string][];
    clickAt: number;
    doneAt: number;
    syncsAtClick: number;
  } = await page.evaluate(() => (window as any).__run);
  const host: [number, number][] = await page.evaluate(() => (window as any).__e2e.hostIntervals());
  const syncs: { requestBytes: number }[] = await page.evaluate(() => (window as any).__e2e.syncs());
  const runSyncs = syncs.slice(run.syncsAtClick);
  const during = (start: number, end: number) => start < run.doneAt && end > run.clickAt;
  const overlap = (start: number, end: number) =>
    host.reduce((sum, [h0, h1]) => sum + Math.max(0, Math.min(end, h1) - Math.max(start, h0)), 0);
  const tasks = run.longTasks
    .filter(([start, duration]) => during(start, start + duration))
    .map(([start, duration]) => ({
      atMs: Math.round(start - run.clickAt),
      ms: Math.round(duration - overlap(start, start + duration)),
      rawMs: Math.round(duration),
    }));
  const uiTasksMs = tasks.map((t) => t.ms).sort((a, b) => b - a);
  const writeAt = run.progress.find(([, text]) => text.startsWith("Writing the pack"))?.[0] ?? run.doneAt;
  const beforeWrite = tasks.filter((t) => t.atMs + t.rawMs <= writeAt - run.clickAt).map((t) => t.ms);
  return {
    generateMs: run.doneAt - run.clickAt,
    longestUiTaskMs: uiTasksMs[0] ?? 0,
    tasksOver200Ms: uiTasksMs.filter((t) => t > UI_TASK_LIMIT_MS).length,
    buildMs: writeAt - run.clickAt,
    longestBeforeWriteMs: Math.max(0, ...beforeWrite),
    tasksOver200MsBeforeWrite: beforeWrite.filter((t) => t > UI_TASK_LIMIT_MS).length,
    longestRawTaskMs: Math.max(0, ...tasks.map((t) => t.rawMs)),
    hostMs: host.filter(([h0, h1]) => during(h0, h1)).reduce((sum, [h0, h1]) => sum + (h1 - h0), 0),
    uiTasks: tasks,
    progress: run.progress.map(([at, text]) => ({ atMs: at - run.clickAt, text })),
    requests: {
      count: runSyncs.length,
      bytes: runSyncs.reduce((sum, s) => sum + s.requestBytes, 0),
      largestBytes: Math.max(0, ...runSyncs.map((s) => s.requestBytes)),
    },
    longTasksObserved: await page.evaluate(() => PerformanceObserver.supportedEntryTypes.includes("longtask")),
  };
}
