/**
 * The words a planner sees for a failed action. Office.js rejects with OfficeExtension.Error, whose
 * message is sometimes empty or generic ("An internal error has occurred.") and whose `code` says
 * what really happened; other code may throw strings, plain objects or nothing at all. None of that
 * may reach the task pane as "undefined", "[object Object]" or a stack trace.
 */

/** What to say for the Office.js error codes a planner can do something about. */
const OFFICE_CODE_MESSAGES: Record<string, string> = {
  // The task pane's advice adds what to do (Enter or Esc); the message says what happened.
  InvalidOperationInCellEditMode: "Excel is busy: a cell is being edited, so the workbook cannot be changed.",
  AccessDenied: "Excel refused the change: the workbook or a sheet may be protected, or the file is open read-only.",
  RequestPayloadSizeLimitExceeded:
    "The workbook sent or asked for more data in one step than Excel allows. Remove empty rows and columns beyond the tables and try again.",
  ResponsePayloadSizeLimitExceeded:
    "The workbook sent or asked for more data in one step than Excel allows. Remove empty rows and columns beyond the tables and try again.",
  PayloadTooLarge:
    "The workbook sent or asked for more data in one step than Excel allows. Remove empty rows and columns beyond the tables and try again.",
  ItemNotFound: "A sheet or cell the add-in needed is no longer in the workbook (it may have been renamed or deleted).",
  Unauthenticated: "Excel could not confirm access to this workbook. Close and reopen it, then try again.",
  ApiNotFound: "This version of Excel lacks a feature the add-in needs (Excel API 1.8 or later).",
  NotImplemented: "This version of Excel lacks a feature the add-in needs (Excel API 1.8 or later).",
};

const NO_DETAILS = "Something unexpected went wrong and Excel gave no details. The workbook was left as it was; try again.";

/** The first line of a message, without a stack trace or the JavaScript error-class prefix. */
function firstLine(text: string): string {
  const lines = text.split(/\r?\n/).filter((l) => !/^\s*at\s/.test(l));
  return lines
    .join(" ")
    .replace(/^(Type|Reference|Syntax|Range)Error:\s*/, "")
    .trim();
}

function isUseless(text: string): boolean {
  return text === "" || text === "undefined" || text === "null" || text === "[object Object]";
}

export function plannerMessage(error: unknown): string {
  if (error === null || error === undefined) return NO_DETAILS;
  if (typeof error === "string") return isUseless(firstLine(error)) ? NO_DETAILS : firstLine(error);
  if (typeof error !== "object") return isUseless(String(error)) ? NO_DETAILS : String(error);
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === "string" && OFFICE_CODE_MESSAGES[code]) return OFFICE_CODE_MESSAGES[code];
  const text = typeof message === "string" ? firstLine(message) : "";
  if (!isUseless(text)) return text;
  return typeof code === "string" && code !== "" ? `${NO_DETAILS} (Excel error code: ${code})` : NO_DETAILS;
}
