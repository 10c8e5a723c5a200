/**
 * The PackHost the task pane (and the ribbon command) use inside Excel, over Office.js.
 *
 * It takes the `Excel.run`-like function rather than calling the global, so tests run it against the
 * in-memory stand-in and the end-to-end page can inject one. Every method is one `excelRun` batch.
 */
import { planExceptions } from "../../report/exceptions";
import type { Finding, SheetRole } from "../../engine/model";
import { InputError } from "../../engine/errors";
import { readPlanningModel, type ReadResult } from "../../engine/read/readPlanningModel";
import { ROLE_ORDER } from "../../engine/read/synonyms";
import { resolveSettings, type Settings } from "../../engine/settings";
import { generatePack, type GenerateStep } from "../../report/generate";
import type { CellGrid } from "../../engine/grid";
import type { PreviousPack } from "../../engine/history/types";
import type { PlanException } from "../../report/exceptions";
import { baselineCounts, type BaselineCounts } from "../../report/sheets/baselineSummaryLines";
import type { SummaryJson } from "../../report/summaryJson";
import type { WorkbookSpec } from "../../report/workbookSpec";
import type { SampleSheet } from "../../sample/sampleSheet";
import { inputTemplate, sampleWorkbook } from "../../sample";
import type { GenerateOutcome, InputSheetStatus, PackHost, Progress } from "../packHost";
import { toBase64 } from "./base64";
import { isRequestTooLarge, newWorkbookSizeProblem, newWorkbookTooLargeMessage } from "./newWorkbookSize";
import type { ExcelContext, ExcelRun } from "./excelApi";
import { highsOnce } from "./highsOnce";
import { packForSteps } from "./packSteps";
import { readInputGrids } from "./readInputGrids";
import { packHistory } from "./readPackHistory";
import { loadSettingsSetting, parseSettings, queueSaveSettings } from "./workbookSettings";
import { writeInputSheets } from "./writeInputSheets";
import { writePack } from "./writePack";
import { yieldToUi } from "./yieldToUi";
import { parseRangeAddress } from "../../engine/a1";

/** Office.js reports Excel on the web as the "OfficeOnline" platform. */
function isExcelOnTheWeb(): boolean {
  const office = (globalThis as { Office?: { context?: { platform?: unknown } } }).Office;
  return String(office?.context?.platform ?? "") === "OfficeOnline";
}

export interface OfficeHostOptions {
  /** `Excel.createWorkbook`; injected so tests can see the file that would open. */
  createWorkbook?: (base64: string) => Promise<void>;
  /** Whether this is Excel on the web (its 5 MB request limit applies); asked of Office.js by default. */
  onTheWeb?: boolean;
  /** Sample and template sheets (src/sample by default). */
  sampleSheets?: () => SampleSheet[];
  templateSheets?: () => SampleSheet[];
  /** Fixed temporary-name tag for tests. */
  runTag?: string;
}

const REQUIRED: Record<SheetRole, boolean> = {
  demand: true,
  supply: false,
  capacity: false,
  billOfResources: false,
  finance: false,
  scenarios: false,
  inventoryPolicy: false,
};

/** Progress messages a planner reads while the pack is built, by step. */
const ENGINE_PROGRESS: Record<GenerateStep, Progress> = {
  read: { step: "read", fraction: 0.1, message: "Reading the input sheets" },
  dataQuality: { step: "dataQuality", fraction: 0.2, message: "Checking data quality" },
  demandReview: { step: "demandReview", fraction: 0.3, message: "Reviewing forecast accuracy and bias" },
  capacity: { step: "capacity", fraction: 0.4, message: "Checking capacity" },
  reconciliation: { step: "reconciliation", fraction: 0.5, message: "Reconciling demand, supply and budget" },
  scenarios: { step: "scenarios", fraction: 0.55, message: "Running the scenarios" },
  report: { step: "report", fraction: 0.6, message: "Building the pack" },
};

function abortError(): Error {
  const error = new Error("Generation was cancelled; nothing was written.");
  error.name = "AbortError";
  return error;
}

/** Rows, families and periods per input sheet, for the task pane's list. */
function sheetStatuses(
  found: Partial<Record<SheetRole, string>>,
  result: ReadResult | null,
  findings: Finding[],
): InputSheetStatus[] {
  const m = result?.model;
  const tally = (rows: { family?: string; resource?: string; period?: string | null }[] | null | undefined) => ({
    rows: rows?.length ?? 0,
    families: new Set((rows ?? []).map((r) => r.family ?? r.resource).filter(Boolean)).size,
    periods: new Set((rows ?? []).map((r) => r.period).filter(Boolean)).size,
  });
  const byRole: Record<SheetRole, ReturnType<typeof tally>> = {
    demand: tally(m?.demand.rows),
    supply: tally(m?.supply),
    capacity: tally(m?.capacity),
    billOfResources: tally(m?.billOfResources),
    finance: tally(m?.finance),
    scenarios: { rows: m?.scenarios?.length ?? 0, families: 0, periods: 0 },
    inventoryPolicy: tally(m?.inventoryPolicy),
  };
  return ROLE_ORDER.map((role) => {
    const sheet = m?.sheets[role] ?? found[role] ?? null;
    return {
      role,
      sheet,
      required: REQUIRED[role],
      ...byRole[role],
      findings: sheet ? findings.filter((f) => f.sheet === sheet).length : 0,
      errors: sheet ? findings.filter((f) => f.sheet === sheet && f.severity === "error").length : 0,
    };
  });
}

/** True for "C7" or "B2:D9": an address getRange accepts on a sheet. */
function isA1(address: string): boolean {
  try {
    const { row1, col1, row2, col2 } = parseRangeAddress(address);
    return Math.min(row1, col1, row2, col2) >= 0 && Math.max(row1, row2) < 1_048_576 && Math.max(col1, col2) < 16_384;
  } catch {
    return false;
  }
}

/** Whether the workbook has every sheet balancing needs (SPEC.md "Balancing"). */
function canBalance(found: Partial<Record<SheetRole, string>>): boolean {
  const needed: SheetRole[] = ["supply", "capacity", "billOfResources", "finance"];
  return needed.every((role) => found[role]);
}

type RunInputs = {
  grids: CellGrid[];
  workbookName: string;
  inputSheets: Partial<Record<SheetRole, string>>;
  previous: PreviousPack | null;
};
type BuiltPack = {
  workbook: WorkbookSpec;
  summary: SummaryJson;
  findings: Finding[];
  exceptions: PlanException[];
  baseline?: BaselineCounts;
};

/**
 * The pack from the grids read. In the browser the whole run (model, analyses, LP solve, pack
 * description) happens in the pack worker: at 2,000 families it is seconds of work, and Excel restarts
 * a pane unresponsive for 5 s. Where there is no Worker (jest), or the worker cannot start, in this
 * thread, after a turn for the pane (so the progress shown paints and a Cancel is seen first).
 * `balance` false leaves the LP out whatever the sheets (the pack opened as a new workbook, as before).
 */
async function buildPackFor(
  inputs: RunInputs,
  settings: Settings,
  onStep: (step: GenerateStep) => void,
  signal: AbortSignal | undefined,
  balance = canBalance(inputs.inputSheets),
): Promise<BuiltPack> {
  const info = { inputName: inputs.workbookName, previous: inputs.previous };
  if (typeof Worker === "function") {
    const { generateInWorker, PackWorkerError } = await import(/* webpackChunkName: "pack-worker" */ "./workerPack");
    try {
      return await generateInWorker(inputs.grids, settings, info, { balance, onStep, signal });
    } catch (error) {
      if (!(error instanceof PackWorkerError)) throw error;
    }
  }
  await yieldToUi();
  if (signal?.aborted) throw abortError();
  const solver = balance ? await highsOnce() : undefined;
  if (signal?.aborted) throw abortError();
  const pack = generatePack(inputs.grids, settings, onStep, { ...info, solver });
  return {
    workbook: pack.workbook,
    summary: pack.summary,
    findings: pack.analysis.findings,
    exceptions: planExceptions(pack.analysis),
    baseline: pack.analysis.baseline ? baselineCounts(pack.analysis.baseline) : undefined,
  };
}

export function createOfficeHost(excelRun: ExcelRun, options: OfficeHostOptions = {}): PackHost {
  const createWorkbook = options.createWorkbook ?? ((base64: string) => Excel.createWorkbook(base64));

  /** The input sheets and, before it is replaced, the history the pack in the workbook carries. */
  const readRunInputs = async (context: ExcelContext, settings: Settings): Promise<RunInputs> => {
    const inputs = await readInputGrids(context, settings, { withPack: true });
    return {
      grids: inputs.grids,
      workbookName: inputs.workbookName,
      inputSheets: inputs.inputSheets,
      previous: packHistory(inputs),
    };
  };

  return {
    listSheets: () =>
      excelRun(async (context) => {
        const worksheets = context.workbook.worksheets;
        worksheets.load("items/name");
        await context.sync();
        return worksheets.items.map((ws) => ws.name);
      }),

    inspectInputs: (settings) =>
      excelRun(async (context) => {
        const inputs = await readInputGrids(context, settings);
        try {
          const result = readPlanningModel(inputs.grids, settings);
          return sheetStatuses(inputs.inputSheets, result, result.findings);
        } catch (error) {
          if (error instanceof InputError) return sheetStatuses(inputs.inputSheets, null, error.findings);
          throw error;
        }
      }),

    generate: (settings, { steps, onProgress = () => undefined, signal } = {}) =>
      excelRun(async (context): Promise<GenerateOutcome> => {
        const resolved = resolveSettings(settings);
        onProgress({ step: "read", fraction: 0, message: "Reading the input sheets" });
        const inputs = await readRunInputs(context, resolved);
        const pack = await buildPackFor(inputs, resolved, (step) => onProgress(ENGINE_PROGRESS[step]), signal);
        onProgress({ step: "write", fraction: 0.7, message: "Writing the pack into the workbook" });
        await yieldToUi();
        if (signal?.aborted) throw abortError();
        const written = await writePack(context, packForSteps(pack.workbook, steps), {
          settings: resolved,
          runTag: options.runTag,
        });
        onProgress({ step: "done", fraction: 1, message: `Pack written: ${written.sheetsWritten.length} sheets` });
        return {
          summary: pack.summary,
          findings: pack.findings,
          exceptions: pack.exceptions,
          baseline: pack.baseline,
          ...written,
        };
      }),

    insertSampleData: () =>
      excelRun(async (context) => {
        await writeInputSheets(context, (options.sampleSheets ?? sampleWorkbook)());
      }),

    createInputTemplate: () =>
      excelRun(async (context) => {
        await writeInputSheets(context, (options.templateSheets ?? inputTemplate)());
      }),

    loadSettings: () =>
      excelRun(async (context) => {
        const setting = loadSettingsSetting(context);
        await context.sync();
        return parseSettings(setting);
      }),

    saveSettings: (settings) =>
      excelRun(async (context) => {
        queueSaveSettings(context, settings);
        await context.sync();
      }),

    select: (sheet, cell) =>
      excelRun(async (context) => {
        const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
        ws.load("name");
        await context.sync();
        if (ws.isNullObject) throw new Error(`There is no sheet named "${sheet}" in this workbook any more.`);
        ws.activate();
        // A finding's cell comes from the engine; one Excel cannot parse must not make the click fail.
        if (cell && isA1(cell)) ws.getRange(cell).select();
        await context.sync();
      }),

    openPackAsNewWorkbook: async (settings) => {
      const resolved = resolveSettings(settings);
      const inputs = await excelRun((context) => readRunInputs(context, resolved));
      const pack = (await buildPackFor(inputs, resolved, () => undefined, undefined, false)).workbook;
      // Input links point into this workbook; the new one holds the pack only.
      // The .xlsx writer and JSZip: loaded only when a planner asks for the pack as a new workbook.
      const { writePackXlsx } = await import(/* webpackChunkName: "xlsx-pack" */ "../xlsx/writePackXlsx");
      const { checkPackageBound } = await import(/* webpackChunkName: "xlsx-pack" */ "../xlsx/packageLimits");
      // The file travels in one request: compressed as far as deflate goes (the command line favours speed).
      const bytes = await writePackXlsx(pack, { zipLevel: 9 });
      // The same bound as on every package read, before Excel is handed the file.
      await checkPackageBound(bytes);
      const base64 = toBase64(bytes);
      const tooLarge = newWorkbookSizeProblem(base64.length, options.onTheWeb ?? isExcelOnTheWeb());
      if (tooLarge) throw new Error(tooLarge);
      try {
        await createWorkbook(base64);
      } catch (error) {
        throw isRequestTooLarge(error) ? new Error(newWorkbookTooLargeMessage(base64.length)) : error;
      }
    },
  };
}
