/**
 * Turns a failed run or action into what the planner sees in a message bar: what went wrong and
 * what to do next. Hosts already reject with messages that name the sheet and cell; this adds the
 * next step the task pane itself offers.
 */
import type { Finding } from "../engine/model";
import { plannerMessage } from "../hosts/office/plannerMessage";

export interface ErrorAdvice {
  title: string;
  message: string;
  whatToDo: string;
  /** Findings carried by the error (an InputError lists what to fix), for the clickable list. */
  findings: Finding[];
}

/** True when the error is the result of the planner pressing Cancel (AbortController). */
export function isAbort(error: unknown): boolean {
  return (
    typeof error === "object" &&
    error !== null &&
    ((error as { name?: unknown }).name === "AbortError" || /abort|cancel/i.test(String((error as Error).message ?? "")))
  );
}

function findingsOf(error: unknown): Finding[] {
  const f = (error as { findings?: unknown } | null)?.findings;
  return Array.isArray(f) ? (f as Finding[]).filter((x) => x && typeof x.sheet === "string") : [];
}

export function adviseOnError(error: unknown, action: string): ErrorAdvice {
  // Never "undefined", "[object Object]" or a stack: Office.js errors are put in a planner's words.
  const message = plannerMessage(error);
  const findings = findingsOf(error);
  let whatToDo = "Check the sheet and cell named above, correct it, and try again. The workbook was left as it was.";
  if (/missing|not found|no .*sheet|cannot find/i.test(message)) {
    whatToDo =
      "On the Inputs tab, map your sheet to the right role, or use Insert sample data / Create input template to start from a working layout.";
  } else if (/strict/i.test(message)) {
    whatToDo = "Fix the data-quality errors listed below (click one to go to its cell), then generate again.";
  } else if (/busy|edit mode|cell.?edit|InvalidOperation/i.test(message)) {
    whatToDo = "Excel is busy (perhaps a cell is being edited). Press Enter or Esc in the sheet, then try again.";
  } else if (/protect/i.test(message)) {
    whatToDo = "Unprotect the workbook (Review > Protect Workbook), then try again.";
  }
  return { title: `${action} failed`, message, whatToDo, findings };
}
