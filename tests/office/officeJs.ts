/**
 * Microsoft's Office.js library (`@microsoft/office-js`, node_modules/@microsoft/office-js/dist) loaded
 * unmodified into a jsdom window, its host bridge answered by the protocol-level Excel
 * (tests/office/excelProtocol.ts). `runOnOfficeJs(book, batch)` is the library's own `Excel.run`,
 * acting on `book`.
 *
 * Two host files are exercised: Excel on the web (`excel-web-16.00.debug.js`, the default) and Excel on
 * Windows (`excel-win32-16.01.debug.js`). Each is the file office.js itself would load for that host;
 * it carries the whole Excel API (OfficeExtension, Excel, the custom-functions proxy). One window per
 * host file is loaded once per test file and shared; runs on it are serialised, each answered by the
 * workbook it was started for.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { JSDOM } from "jsdom";
import type { ExcelContext } from "../../src/hosts/office/excelApi";
import { ProtocolSession, createRichApiBridge, type ExcelEnums } from "./excelProtocol";
import type { FakeWorkbook } from "./fakeExcel";

export type OfficeJsHost = "web" | "win32";

export const OFFICE_JS_DIST = join(__dirname, "..", "..", "node_modules", "@microsoft", "office-js", "dist");

export const HOST_FILES: Record<OfficeJsHost, string> = {
  web: "excel-web-16.00.debug.js",
  win32: "excel-win32-16.01.debug.js",
};

/** The library's globals in its window. */
export interface OfficeJsWindow {
  Excel: { run<T>(batch: (context: ExcelContext) => Promise<T>): Promise<T> } & ExcelEnums;
  OfficeExtension: { Error: new (...args: unknown[]) => Error };
  CustomFunctions: {
    associate(id: string, f: (...args: unknown[]) => unknown): void;
    Error: new (code?: string, message?: string) => Error;
    ErrorCode: Record<string, string>;
  };
  _richApiNativeBridge: ReturnType<typeof createRichApiBridge>;
}

interface LoadedLibrary {
  window: OfficeJsWindow & Window;
  /** Results of custom-function invocations the runtime sent back (SetInvocationArrayResults). */
  onResults: ((results: [number, boolean, unknown, number?, unknown?][]) => void) | null;
  /** The workbook the current run acts on. */
  current: FakeWorkbook | null;
  /** Custom-function messages the bridge carried (see customFunctionsHost.ts). */
  onOther: ((message: { id?: number; type: number; message?: unknown }) => void) | null;
  queue: Promise<unknown>;
}

const libraries = new Map<string, LoadedLibrary>();

// office.js keeps timers running in its window; a test file closes the windows it opened.
declare const afterAll: ((f: () => void) => void) | undefined;
if (typeof afterAll === "function") {
  afterAll(() => {
    for (const lib of libraries.values()) lib.window.close();
    libraries.clear();
  });
}
const sessions = new WeakMap<FakeWorkbook, ProtocolSession>();

/** The library's enums, as Excel defines them (ChartType, HorizontalAlignment, ...). */
export function enumsOf(win: Pick<OfficeJsWindow, "Excel">): ExcelEnums {
  const out: ExcelEnums = {};
  for (const [k, v] of Object.entries(win.Excel as unknown as Record<string, unknown>)) {
    if (v && typeof v === "object" && !Array.isArray(v) && Object.values(v).every((x) => typeof x === "string"))
      out[k] = v as Record<string, string>;
  }
  return out;
}

export function sessionOf(book: FakeWorkbook, win: OfficeJsWindow): ProtocolSession {
  let s = sessions.get(book);
  if (!s) {
    s = new ProtocolSession(book, () => enumsOf(win));
    sessions.set(book, s);
  }
  return s;
}

/** Loads the host file into a fresh jsdom window (once per host and test file). With `withOfficeJs`,
 * office.debug.js first (it defines CustomFunctions.associate, which the custom functions need); it
 * finds no Office host in jsdom and stays idle, the host file then brings the Excel API. */
export function officeJsLibrary(host: OfficeJsHost, options: { withOfficeJs?: boolean } = {}): LoadedLibrary {
  const key = `${host}${options.withOfficeJs ? "+office.js" : ""}`;
  const hit = libraries.get(key);
  if (hit) return hit;
  // office.js looks for its own <script> tag to know where it was loaded from.
  const tag = options.withOfficeJs
    ? '<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.debug.js"></script>'
    : "";
  const dom = new JSDOM(`<!doctype html><html><head>${tag}</head><body></body></html>`, {
    runScripts: "outside-only",
    url: "https://localhost:3000/taskpane.html",
    pretendToBeVisual: true,
  });
  const win = dom.window as unknown as OfficeJsWindow & Window & { eval(code: string): unknown };
  const lib: LoadedLibrary = { window: win, current: null, onOther: null, onResults: null, queue: Promise.resolve() };
  // The seam the library offers a native host: defined before the library loads, it carries every
  // request (and the custom functions' invocations) to the host and back.
  win._richApiNativeBridge = createRichApiBridge(
    () => {
      if (!lib.current) throw new Error("officeJs: a request arrived outside a run");
      const session = sessionOf(lib.current, win);
      session.onInvocationResults = (results) => lib.onResults?.(results as [number, boolean, unknown, number?, unknown?][]);
      return session;
    },
    { onOther: (m) => lib.onOther?.(m), schedule: (f) => win.setTimeout(f, 0) },
  );
  if (options.withOfficeJs) win.eval(readFileSync(join(OFFICE_JS_DIST, "office.debug.js"), "utf8"));
  win.eval(readFileSync(join(OFFICE_JS_DIST, HOST_FILES[host]), "utf8"));
  if (typeof win.Excel?.run !== "function") throw new Error(`officeJs: ${HOST_FILES[host]} did not define Excel.run`);
  libraries.set(key, lib);
  return lib;
}

/** Runs `batch` with the library's Excel.run, its requests answered by `book`. */
export function runOnOfficeJs<T>(book: FakeWorkbook, batch: (context: ExcelContext) => Promise<T>): Promise<T> {
  return withLibrary(book, (win) => win.Excel.run(batch));
}

/** The library's `Excel.createWorkbook(base64)`, answered by `book` (which records what would open). */
export function createWorkbookOnOfficeJs(book: FakeWorkbook, base64: string): Promise<void> {
  return withLibrary(book, (win) =>
    (win.Excel as unknown as { createWorkbook(b: string): Promise<void> }).createWorkbook(base64),
  );
}

/** Calls into the library with `book` answering its requests; calls are serialised per window. */
export function withLibrary<T>(
  book: FakeWorkbook,
  f: (win: OfficeJsWindow) => Promise<T>,
  options: { withOfficeJs?: boolean } = {},
): Promise<T> {
  const lib = officeJsLibrary(book.host, options);
  const run = async (): Promise<T> => {
    lib.current = book;
    try {
      return await f(lib.window);
    } finally {
      lib.current = null;
    }
  };
  const result = lib.queue.then(run, run);
  lib.queue = result.catch(() => undefined);
  return result;
}
