/**
 * Calls the SOP.* functions the way Excel does: through Microsoft's custom-functions runtime (office.js
 * and the Excel host file, loaded unmodified into jsdom, tests/office/officeJs.ts).
 *
 * Excel sends an invocation over the host bridge (`{type: 3, message: {entries: [[1, 1000, "", [id,
 * "SOP.BIAS", [args], "Sheet1!A1", flags]]]}}`); the runtime calls the function registered with
 * `CustomFunctions.associate`, serialises what it returned or threw, and sends it back in a
 * `SetInvocationArrayResults` request: `[invocationId, succeeded, value, errorCode?]`. `cellOf` reads that
 * the way Excel shows it in the cell: the error value and the message Excel keeps (#VALUE! and #N/A only).
 */
import { readFileSync } from "fs";
import { join } from "path";
import * as functions from "../../src/functions/functions";
import { FakeWorkbook } from "./fakeExcel";
import { officeJsLibrary, withLibrary, type OfficeJsHost } from "./officeJs";

const FUNCTIONS_SOURCE = join(__dirname, "..", "..", "src", "functions", "functions.ts");

/** What the runtime sent back for one invocation. */
export type InvocationResult = [id: number, succeeded: boolean, value: unknown, errorCode?: number, outboundData?: unknown];

/** A cell as Excel shows it: a value, or an error value with the message Excel keeps for it. */
export type ExcelCell = number | string | boolean | { error: string; message?: string };

/** The runtime's internal result codes for a failed invocation -> the error value Excel shows. */
const FAILED_CODES: Record<number, string> = { 1: "#N/A", 5: "#DIV/0!", 6: "#NUM!", 7: "#VALUE!", 8: "#NULL!" };
/** Error values a custom function may hand Excel (CustomFunctions.ErrorCode, output errors). */
const EXCEL_ERRORS = new Set(["#VALUE!", "#N/A", "#DIV/0!", "#NUM!", "#NULL!"]);
/** Excel shows a custom message only with these (CustomFunctions.ErrorCode documentation). */
const MESSAGE_KEPT = new Set(["#VALUE!", "#N/A"]);

/** "@customfunction BIAS" + "export function bias(" pairs in functions.ts: the ids Excel calls. */
export function functionIds(): Record<string, string> {
  const source = readFileSync(FUNCTIONS_SOURCE, "utf8");
  const ids: Record<string, string> = {};
  const re = /@customfunction\s+(\w+)[\s\S]*?export function (\w+)\(/g;
  for (let m = re.exec(source); m; m = re.exec(source)) ids[m[1]] = m[2];
  return ids;
}

let registered: OfficeJsHost | null = null;
let nextInvocation = 1;
const pending = new Map<number, (result: InvocationResult) => void>();
const resultsBook = new FakeWorkbook({ host: "win32" });

/** office.js (for CustomFunctions.associate) and the Excel host file in one window, every SOP function
 * associated as the build's generated code does. */
function runtime(host: OfficeJsHost) {
  const lib = officeJsLibrary(host, { withOfficeJs: true });
  if (registered !== host) {
    const g = globalThis as { CustomFunctions?: unknown };
    // The functions' code runs in the page, where CustomFunctions is the runtime's.
    g.CustomFunctions = lib.window.CustomFunctions;
    for (const [id, name] of Object.entries(functionIds())) {
      const f = (functions as Record<string, unknown>)[name];
      if (typeof f !== "function") throw new Error(`customFunctionsHost: functions.ts has no export ${name} for ${id}`);
      lib.window.CustomFunctions.associate(id, f as (...args: unknown[]) => unknown);
    }
    lib.onResults = (results) => {
      for (const r of results) {
        pending.get(r[0])?.(r);
        pending.delete(r[0]);
      }
    };
    registered = host;
  }
  return lib;
}

/** Invokes `id` (BIAS, UTILIZATION, ...) with Excel's argument values; resolves with the runtime's answer. */
export function invoke(id: string, args: unknown[], host: OfficeJsHost = "win32"): Promise<InvocationResult> {
  const lib = runtime(host);
  const invocationId = nextInvocation++;
  return withLibrary(
    resultsBook,
    () => {
      const answered = new Promise<InvocationResult>((resolve) => pending.set(invocationId, resolve));
      const entry = [1, 1000, "", JSON.stringify([invocationId, id, args, "Sheet1!A1", 0]), invocationId];
      lib.window._richApiNativeBridge.onMessageFromHost?.(JSON.stringify({ type: 3, message: { entries: [entry] } }));
      return answered;
    },
    { withOfficeJs: true },
  );
}

function cellFromValue(v: unknown): ExcelCell {
  if (v !== null && typeof v === "object" && (v as { type?: string }).type === "Error") {
    const e = v as { basicValue?: string; message?: string };
    // An error object whose value Excel does not know: Excel has no cell for it.
    if (!e.basicValue || !EXCEL_ERRORS.has(e.basicValue)) return { error: `<not an Excel error: ${String(e.basicValue)}>` };
    return { error: e.basicValue, ...(e.message && MESSAGE_KEPT.has(e.basicValue) ? { message: e.message } : {}) };
  }
  return v as ExcelCell;
}

/** The cell (or spilled cells) Excel shows for an invocation's result. */
export function cellOf(result: InvocationResult): ExcelCell | ExcelCell[][] {
  const [, succeeded, value, errorCode] = result;
  if (!succeeded) {
    const error = FAILED_CODES[errorCode ?? 0] ?? "#VALUE!";
    return { error, ...(typeof value === "string" && value !== "" && MESSAGE_KEPT.has(error) ? { message: value } : {}) };
  }
  if (Array.isArray(value)) return (value as unknown[][]).map((row) => row.map(cellFromValue));
  return cellFromValue(value);
}

/** Invoke and read the cell. */
export async function excelCell(id: string, args: unknown[], host: OfficeJsHost = "win32"): Promise<ExcelCell | ExcelCell[][]> {
  return cellOf(await invoke(id, args, host));
}
