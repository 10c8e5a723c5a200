/**
 * "Open pack as a new workbook" hands Excel the whole .xlsx as base64, one argument of one request
 * (`Excel.createWorkbook`). Excel on the web refuses a request over 5 MB, so a pack whose base64 does
 * not fit cannot open that way there; this says so before trying, in a planner's words, with the ways
 * that do work. Elsewhere Excel is asked, and the same message answers its refusal.
 */

/** Excel on the web's request limit, less room for the request around the file. */
export const NEW_WORKBOOK_BASE64_LIMIT = 5 * 1024 * 1024 - 16 * 1024;

/** Excel's error codes for a request that was too large. */
const TOO_LARGE_CODES = new Set(["RequestPayloadSizeLimitExceeded", "PayloadTooLarge"]);

export function isRequestTooLarge(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && TOO_LARGE_CODES.has(code);
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

/** What a planner reads when the pack is too large to open as a new workbook. */
export function newWorkbookTooLargeMessage(base64Length: number): string {
  return (
    `The pack is too large to open as a new workbook here: it is ${megabytes(base64Length)} MB to send, ` +
    `and Excel on the web takes at most 5 MB at once. Use "Generate pre-S&OP pack" to write it into this workbook ` +
    `(Save a copy first to keep the inputs apart), or open this workbook in Excel on Windows or Mac, ` +
    "or run the command line on a saved copy: sop-prep generate <workbook.xlsx> -o <pack.xlsx>."
  );
}

/** The message when the pack is known not to fit (Excel on the web), else null. */
export function newWorkbookSizeProblem(base64Length: number, onTheWeb: boolean): string | null {
  return onTheWeb && base64Length > NEW_WORKBOOK_BASE64_LIMIT ? newWorkbookTooLargeMessage(base64Length) : null;
}
