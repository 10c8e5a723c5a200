/**
 * What the task pane (and the ribbon command) need from a workbook host. The Office host implements it
 * over Office.js; tests and the end-to-end page use the same implementation over an in-memory Excel
 * stand-in, or a fake. React components get a PackHost as a prop and never call Office.js themselves.
 */
import type { AnalysisStep } from "../engine/analyze";
import type { Finding, SheetRole } from "../engine/model";
import type { Settings } from "../engine/settings";
import type { PlanException } from "../report/exceptions";
import type { BaselineCounts } from "../report/sheets/baselineSummaryLines";
import type { SummaryJson } from "../report/summaryJson";

/** One input sheet as the task pane lists it. */
export interface InputSheetStatus {
  role: SheetRole;
  /** The workbook sheet used for this role, or null when none was found. */
  sheet: string | null;
  required: boolean;
  rows: number;
  families: number;
  periods: number;
  /** Data-quality findings on this sheet. */
  findings: number;
  /** Of those, errors (rows left out); absent from hosts that do not count them. */
  errors?: number;
}

/** Progress of a run, reported by step so the task pane can show a progress bar. */
export interface Progress {
  step: "read" | AnalysisStep | "report" | "write" | "done";
  /** 0..1 */
  fraction: number;
  message: string;
}

export interface GenerateOutcome {
  summary: SummaryJson;
  findings: Finding[];
  /** The generated sheets' names as written (a user's own sheet with a generated name makes ours differ). */
  sheetsWritten: string[];
  /** Generated sheet name -> the name it was written under. */
  sheetNameMap: Record<string, string>;
  /** The exceptions ranked by money at stake, with the decision each needs (the summary's list). */
  exceptions?: PlanException[];
  /** The statistical baseline in figures (patterns, ABC, plan months outside it); absent without actuals. */
  baseline?: BaselineCounts;
}

export interface PackHost {
  /** Names of all sheets in the workbook, for mapping a differently named input sheet. */
  listSheets(): Promise<string[]>;
  /** The input sheets found and their status (rows, families, periods, findings). */
  inspectInputs(settings: Settings): Promise<InputSheetStatus[]>;
  /**
   * Generates the pack (or only the given steps) into the workbook. Rejects with an Error whose
   * message says what to fix; the workbook is then as it was. Aborting via the signal stops before
   * anything is written.
   */
  generate(
    settings: Settings,
    options: { steps?: AnalysisStep[]; onProgress?: (p: Progress) => void; signal?: AbortSignal },
  ): Promise<GenerateOutcome>;
  /** Writes the sample input sheets into the open workbook. */
  insertSampleData(): Promise<void>;
  /** Writes empty input sheets with headers and a short explanation row. */
  createInputTemplate(): Promise<void>;
  /** Settings saved in the workbook by an earlier run (empty when none). */
  loadSettings(): Promise<Partial<Settings>>;
  saveSettings(settings: Settings): Promise<void>;
  /** Selects a cell (for a data-quality finding) or activates a sheet (cell omitted). */
  select(sheet: string, cell?: string): Promise<void>;
  /** Builds the pack as .xlsx and opens it as a new workbook (Excel.createWorkbook). */
  openPackAsNewWorkbook(settings: Settings): Promise<void>;
}
