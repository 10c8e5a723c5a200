/**
 * The ribbon command's body: generate the pack with the settings saved in the workbook, no task pane.
 * Errors come back as a message for a planner (the command shows it in a dialog or notification).
 */
import type { Settings } from "../../engine/settings";
import { describeFinding, InputError } from "../../engine/errors";
import type { GenerateOutcome } from "../packHost";
import type { ExcelRun } from "./excelApi";
import { createOfficeHost } from "./officeHost";
import { plannerMessage } from "./plannerMessage";

export type GenerateInExcelResult = { ok: true; outcome: GenerateOutcome; message: string } | { ok: false; message: string };

/** `excelRun` defaults to the real `Excel.run` (a compile-time check that Excel.run is an ExcelRun). */
export async function generateInExcel(excelRun: ExcelRun = Excel.run): Promise<GenerateInExcelResult> {
  const host = createOfficeHost(excelRun);
  try {
    const saved: Partial<Settings> = await host.loadSettings();
    const outcome = await host.generate(saved as Settings, {});
    const errors = outcome.findings.filter((f) => f.severity === "error").length;
    const message =
      `Pre-S&OP pack written (${outcome.sheetsWritten.length} sheets)` +
      (errors > 0 ? `; ${errors} data-quality error(s), see the Data Quality sheet.` : ".");
    return { ok: true, outcome, message };
  } catch (error) {
    if (error instanceof InputError) {
      const first = error.findings[0];
      return { ok: false, message: first ? `${error.message} (${describeFinding(first)})` : error.message };
    }
    return { ok: false, message: plannerMessage(error) };
  }
}
