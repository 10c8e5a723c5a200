/**
 * A PackHost for component tests: records every call, answers from fields the test sets, and lets a
 * test hold a run open (to see the progress bar and press Cancel) before it finishes.
 */
import type { AnalysisStep } from "../../src/engine/analyze";
import type { Settings } from "../../src/engine/settings";
import type { GenerateOutcome, InputSheetStatus, PackHost, Progress } from "../../src/hosts/packHost";
import type { SummaryJson } from "../../src/report/summaryJson";

export interface GenerateCall {
  settings: Settings;
  steps?: AnalysisStep[];
  signal?: AbortSignal;
  onProgress?: (p: Progress) => void;
}

/** A run the test finishes by hand. */
export interface HeldRun {
  call: GenerateCall;
  resolve: (o: GenerateOutcome) => void;
  reject: (e: unknown) => void;
}

export function emptySummary(): SummaryJson {
  return {
    schemaVersion: 3,
    periods: [],
    demandPlanColumn: "Consensus Forecast",
    dataQuality: [],
    bias: [],
    capacity: [],
    gaps: [],
    finance: [],
    scenarios: [],
    cycle: null,
    exceptions: [],
    kpis: { fillRate: null, monthsOfCover: null, inventoryTurns: null, planAdherence: null, forecastAccuracy: null },
    pvm: [],
    planChanges: [],
    lagAccuracy: [],
    decisions: [],
  };
}

export function outcomeOf(
  summary: SummaryJson,
  sheetsWritten: string[],
  sheetNameMap: Record<string, string> = {},
): GenerateOutcome {
  const map: Record<string, string> = {};
  for (const s of sheetsWritten) map[s] = sheetNameMap[s] ?? s;
  return {
    summary,
    findings: summary.dataQuality.map((f) => ({ ...f })),
    sheetsWritten: sheetsWritten.map((s) => map[s]),
    sheetNameMap: map,
  };
}

export class FakeHost implements PackHost {
  sheets: string[] = [];
  statuses: InputSheetStatus[] = [];
  saved: Partial<Settings> = {};
  outcome: GenerateOutcome = outcomeOf(emptySummary(), []);
  /** When set, generate rejects with it. */
  failWith: unknown = null;
  /** When true, generate waits for the test to call held.resolve / held.reject. */
  hold = false;
  held: HeldRun | null = null;

  readonly generateCalls: GenerateCall[] = [];
  readonly selectCalls: { sheet: string; cell?: string }[] = [];
  readonly savedSettings: Settings[] = [];
  readonly inspectCalls: Settings[] = [];
  insertSampleCalls = 0;
  templateCalls = 0;
  openAsWorkbookCalls = 0;

  async listSheets(): Promise<string[]> {
    return [...this.sheets];
  }

  async inspectInputs(settings: Settings): Promise<InputSheetStatus[]> {
    this.inspectCalls.push(settings);
    return this.statuses.map((s) => ({ ...s }));
  }

  generate(
    settings: Settings,
    options: { steps?: AnalysisStep[]; onProgress?: (p: Progress) => void; signal?: AbortSignal },
  ): Promise<GenerateOutcome> {
    const call: GenerateCall = { settings, ...options };
    this.generateCalls.push(call);
    if (this.hold) {
      return new Promise<GenerateOutcome>((resolve, reject) => {
        this.held = { call, resolve, reject };
        // Like the Office host: an abort before writing rejects with an AbortError.
        options.signal?.addEventListener("abort", () => reject(new DOMException("The run was cancelled.", "AbortError")));
      });
    }
    if (this.failWith) return Promise.reject(this.failWith);
    options.onProgress?.({ step: "done", fraction: 1, message: "Done" });
    return Promise.resolve(this.outcome);
  }

  async insertSampleData(): Promise<void> {
    this.insertSampleCalls++;
  }

  async createInputTemplate(): Promise<void> {
    this.templateCalls++;
  }

  async loadSettings(): Promise<Partial<Settings>> {
    return { ...this.saved };
  }

  async saveSettings(settings: Settings): Promise<void> {
    this.savedSettings.push(settings);
    this.saved = settings;
  }

  async select(sheet: string, cell?: string): Promise<void> {
    this.selectCalls.push(cell === undefined ? { sheet } : { sheet, cell });
  }

  async openPackAsNewWorkbook(): Promise<void> {
    this.openAsWorkbookCalls++;
  }
}
