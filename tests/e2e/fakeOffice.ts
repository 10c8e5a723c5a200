/**
 * Browser script for the end-to-end test: plays Excel on Windows for Microsoft's own office.js, which
 * the page loads unmodified (the test serves node_modules/@microsoft/office-js/dist where the page asks
 * for the CDN). Two seams of the real library are answered here, before any page script runs:
 *   - `window.external.GetHostInfo()` / `GetContext()`: how office.js learns it runs in Excel on Windows
 *     (host file excel-win32-16.01, the requirement sets the host supports, the UI locale);
 *   - `window._richApiNativeBridge`: every `context.sync()` of `Excel.run`, answered by the
 *     protocol-level Excel (tests/office/excelProtocol.ts) over an in-memory workbook.
 *
 * Bundled by webpack.e2e.config.js into test-results/e2e/fake-office.js and injected with page.addInitScript.
 */
import { FakeWorkbook } from "../office/fakeExcel";
import { ProtocolSession, createRichApiBridge, type ExcelEnums } from "../office/excelProtocol";

const g = globalThis as unknown as Record<string, unknown> & { Excel?: Record<string, unknown> };

/** What Excel on Windows reports it supports (a current Microsoft 365 build). */
export const DESKTOP_REQUIREMENTS = {
  excelapi: "1.17",
  sharedruntime: "1.1",
  customfunctionsruntime: "1.4",
  ribbonapi: "1.1",
  addincommands: "1.1",
  dialogapi: "1.2",
  identityapi: "1.3",
};

const workbook = new FakeWorkbook({ host: "win32" });
const enums = (): ExcelEnums => {
  const out: ExcelEnums = {};
  for (const [k, v] of Object.entries(g.Excel ?? {})) {
    if (v && typeof v === "object" && !Array.isArray(v) && Object.values(v).every((x) => typeof x === "string"))
      out[k] = v as Record<string, string>;
  }
  return out;
};
const session = new ProtocolSession(workbook, enums);
const bridge = createRichApiBridge(() => session);
/** [start, end] (performance.now()) of each request the stand-in Excel processed. Real Excel does this
 * in its own process; here it runs in the page's thread, so the UI-thread figures take it out
 * (tests/e2e/uiTasks.ts). */
const hostIntervals: [number, number][] = [];
const send = bridge.sendMessageToHost.bind(bridge);
bridge.sendMessageToHost = (text: string) => {
  const start = performance.now();
  try {
    send(text);
  } finally {
    hostIntervals.push([start, performance.now()]);
  }
};
g._richApiNativeBridge = bridge;

const settingsStore: Record<string, unknown> = {};
const context = {
  GetAppType: () => 1, // OSF.AppName.Excel
  GetSolutionRef: () => "sop-prep",
  GetAppVersionMajor: () => 16,
  GetAppVersionMinor: () => 0,
  GetAppUILocale: () => "en-US",
  GetAppDataLocale: () => "en-US",
  GetDocUrl: () => "",
  GetAppCapabilities: () => 0,
  GetActivationMode: () => 0,
  GetControlIntegrationLevel: () => 0,
  GetSolutionToken: () => "",
  GetCorrelationId: () => "",
  GetInstanceId: () => "sop-prep-e2e",
  GetTouchEnabled: () => false,
  GetCommerceAllowed: () => false,
  GetSupportedMatrix: () => JSON.stringify(DESKTOP_REQUIREMENTS),
  GetHostCustomMessage: () => "",
  GetHostFullVersion: () => "16.0.17928.20000",
  GetInitialDisplayMode: () => 0,
  GetSettings: () => ({
    Read: (keys: string[], values: unknown[]) => {
      for (const [k, v] of Object.entries(settingsStore)) {
        keys.push(k);
        values.push(v);
      }
    },
    Write: (keys: string[], values: unknown[]) => keys.forEach((k, i) => (settingsStore[k] = values[i])),
  }),
};
const external = ((window as unknown as { external?: Record<string, unknown> }).external ?? {}) as Record<string, unknown>;
external.GetHostInfo = () => "Excel$Win32$16.01$en-US$$$$0";
external.GetContext = () => context;
// The OSF layer's other native calls (document settings, events): no Office document here.
external.Execute = (_id: number, _params: unknown, callback?: (status: number, result: unknown) => void) => callback?.(0, null);
external.RegisterEvent = () => undefined;
external.UnregisterEvent = () => undefined;
try {
  Object.defineProperty(window, "external", { value: external, configurable: true });
} catch {
  // Chromium's window.external takes expandos; the assignments above already landed.
}

/** What the test reads back: sheet names, the active sheet, a sheet's values. */
g.__e2e = {
  /** Input set-up for the benchmark: sheets written straight into the workbook (not through the API). */
  addSheets: (sheets: { name: string; rows: unknown[][]; formats: (string | null)[][] }[]) => {
    for (const s of sheets) workbook.addSheetWithRows(s.name, s.rows, s.formats);
  },
  /** When the stand-in Excel was busy answering a request (see hostIntervals). */
  hostIntervals: () => hostIntervals.slice(),
  sheetNames: () => workbook.sheets.map((s) => s.name),
  activeSheet: () => workbook.sheets.find((s) => s.id === workbook.activeSheetId)?.name ?? null,
  values: (name: string) => workbook.valuesOf(name),
  /** A workbook setting (Office stores the settings the task pane saves there). */
  setting: (key: string) => workbook.settings.get(key) ?? null,
  /** Base64 length of each workbook Excel.createWorkbook opened. */
  createdWorkbooks: () => workbook.createdWorkbooks.map((b) => b.length),
  /** Every request the library sent: bytes, actions, whether Excel refused it. */
  syncs: () => workbook.syncs.map((s) => ({ ...s })),
  /** Office services the library created (not Excel objects), with what it asked of them. */
  newObjects: () => JSON.parse(JSON.stringify(session.newObjects)),
  /** Office.js's own view of the host (proves office.js initialised as Excel on Windows). */
  office: () => {
    const office = g.Office as
      { context?: { platform?: string; requirements?: { isSetSupported(n: string, v: string): boolean } } } | undefined;
    return {
      platform: office?.context?.platform ?? null,
      excelApi18: office?.context?.requirements?.isSetSupported("ExcelApi", "1.8") ?? null,
      excelApi99: office?.context?.requirements?.isSetSupported("ExcelApi", "9.9") ?? null,
    };
  },
};
g.__fakeWorkbook = workbook;
