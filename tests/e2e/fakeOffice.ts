/**
 * Browser script for the end-to-end test: installs the in-memory Excel stand-in (tests/office/
 * fakeExcel.ts) and a minimal `Office` global before the task pane's own scripts run, so the built
 * task pane runs in headless Chromium exactly as in Excel, with no network and no Office.
 *
 * Bundled by webpack.e2e.config.js into test-results/e2e/fake-office.js and injected with page.addInitScript.
 */
import { FakeWorkbook } from "../office/fakeExcel";

// fakeExcel measures request sizes with Node's Buffer.byteLength; the browser has TextEncoder.
const g = globalThis as unknown as Record<string, unknown>;
if (typeof g.Buffer === "undefined") {
  const encoder = new TextEncoder();
  g.Buffer = { byteLength: (s: string) => encoder.encode(s).length };
}

const workbook = new FakeWorkbook();
const createdWorkbooks: number[] = [];

g.__fakeWorkbook = workbook;
/** What the test reads back: sheet names, the active sheet, a sheet's values. */
g.__e2e = {
  sheetNames: () => workbook.sheets.map((s) => s.name),
  activeSheet: () => workbook.sheets.find((s) => s.id === workbook.activeSheetId)?.name ?? null,
  values: (name: string) => workbook.valuesOf(name),
  /** A workbook setting (Office stores the settings the task pane saves there). */
  setting: (key: string) => workbook.settings.get(key) ?? null,
  createdWorkbooks: () => [...createdWorkbooks],
};
g.Excel = {
  run: workbook.run,
  // Excel.createWorkbook(base64): the stand-in records the size of the file that would open.
  createWorkbook: async (base64: string) => {
    createdWorkbooks.push(base64.length);
  },
};
g.Office = {
  HostType: { Excel: "Excel" },
  onReady: (callback?: (info: { host: string; platform: string }) => void) => {
    const info = { host: "Excel", platform: "OfficeOnline" };
    return Promise.resolve(info).then((i) => {
      callback?.(i);
      return i;
    });
  },
};
