/**
 * Writes the pack into the open workbook as one all-or-nothing change:
 *   1. one round trip to learn the sheets, tables and which sheets we generated before;
 *   2. the new pack is written under temporary sheet (and table) names, calculation suspended,
 *      in as few requests as the size limit allows (one for a pack of ordinary size);
 *   3. one round trip swaps it in: the earlier generated sheets for the same pack sheets are deleted,
 *      the new ones get their final names, and the marker lists them.
 * Any failure deletes the temporary sheets, so the workbook is left as it was.
 * Input sheets and the user's own sheets are never touched.
 */
import type { Settings } from "../../engine/settings";
import type { WorkbookSpec } from "../../report/workbookSpec";
import type { ExcelContext, TableLike, WorksheetLike } from "./excelApi";
import { loadMarker, parseMarker, saveMarker, type GeneratedSheet } from "./generatedSheets";
import { planSheetNames, uniqueName } from "./planSheetNames";
import { renderSheet } from "./renderSheet";
import { RequestBudget } from "./requestBudget";
import { queueSaveSettings } from "./workbookSettings";
import { yieldToUi } from "./yieldToUi";

export interface WritePackResult {
  /** Pack sheet name -> the name written in the workbook. */
  sheetNameMap: Record<string, string>;
  sheetsWritten: string[];
}

export interface WritePackOptions {
  /** Saved in the workbook with the swap, so the ribbon command reuses them. */
  settings?: Settings;
  /** Temporary names start with this; fixed in tests, random otherwise. */
  runTag?: string;
  /** Whether Excel has the page layout API (ExcelApi 1.9); asked of Office.js when not given. */
  pageLayoutSupported?: boolean;
}

/** Page layout (print settings) needs ExcelApi 1.9; the manifest asks for 1.8, so Excel is asked. */
export function hasPageLayoutApi(): boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  return office?.context?.requirements?.isSetSupported?.("ExcelApi", "1.9") ?? false;
}

const TEMP_PREFIX = "~SOP ";

export async function writePack(
  context: ExcelContext,
  spec: WorkbookSpec,
  options: WritePackOptions = {},
): Promise<WritePackResult> {
  // Round trip 1: the workbook as it is.
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/id");
  const tables = context.workbook.tables;
  tables.load("items/name");
  const markerSetting = loadMarker(context);
  await context.sync();

  const existing = worksheets.items.map((ws) => ({ id: ws.id, name: ws.name, ws }));
  const marker = parseMarker(markerSetting);
  const plan = planSheetNames(
    spec.sheets.map((s) => ({ name: s.name, tables: (s.tables ?? []).map((t) => t.name) })),
    existing,
    marker,
    tables.items.map((t) => t.name),
  );
  const tag = options.runTag ?? Math.random().toString(36).slice(2, 6);
  const taken = new Set(existing.map((s) => s.name.toLowerCase()));
  const tempNames = spec.sheets.map((_, i) => {
    const name = uniqueName(`${TEMP_PREFIX}${tag} ${i + 1}`, (n) => taken.has(n.toLowerCase()));
    taken.add(name.toLowerCase());
    return name;
  });

  const suspendCalculation = () => context.workbook.application.suspendApiCalculationUntilNextSync();
  const budget = new RequestBudget(() => context.sync(), suspendCalculation);
  const pageLayoutSupported = options.pageLayoutSupported ?? hasPageLayoutApi();
  const written: { ws: WorksheetLike; packName: string; tables: { table: TableLike; name: string }[] }[] = [];
  try {
    // Round trip 2 (more only when the pack is too large for one request): the new pack, hidden
    // behind temporary names.
    suspendCalculation();
    for (let i = 0; i < spec.sheets.length; i++) {
      // A turn for the pane between sheets: building a request's sheets and Office.js serialising it
      // are not one long task (the request itself is one task, as long as it is large).
      if (i > 0) await yieldToUi();
      const sheet = spec.sheets[i];
      const ws = worksheets.add(tempNames[i]);
      ws.load("id");
      const rendered = await renderSheet(ws, sheet, {
        budget,
        sheetName: (packName) => plan.sheetNames[packName] ?? packName,
        temporaryTableName: (name) => `${name}_${tag}_tmp`.replace(/[^A-Za-z0-9_]/g, "_"),
        pageLayoutSupported,
      });
      written.push({ ws, packName: sheet.name, tables: rendered.tables });
    }
    await context.sync();

    // Round trip 3: the swap. Old generated sheets go first so their names and table names are free.
    const replacedIds = new Set(plan.replaced.map((g) => g.id));
    for (const old of existing) if (replacedIds.has(old.id)) old.ws.delete();
    const generated: GeneratedSheet[] = [...plan.kept];
    for (const w of written) {
      w.ws.name = plan.sheetNames[w.packName];
      for (const t of w.tables) t.table.name = plan.tableNames[t.name];
      generated.push({ id: w.ws.id, packName: w.packName, tables: w.tables.map((t) => plan.tableNames[t.name]) });
    }
    saveMarker(context, { version: 1, sheets: generated });
    if (options.settings) queueSaveSettings(context, options.settings);
    if (written.length > 0) written[0].ws.activate();
    await context.sync();
  } catch (error) {
    await removeSheets(context, tempNames);
    throw error;
  }
  return {
    sheetNameMap: { ...plan.sheetNames },
    sheetsWritten: spec.sheets.map((s) => plan.sheetNames[s.name]),
  };
}

/** Deletes whichever of the temporary sheets exist; a failure here must not hide the first error. */
async function removeSheets(context: ExcelContext, names: string[]): Promise<void> {
  try {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    await context.sync();
    const doomed = new Set(names.map((n) => n.toLowerCase()));
    for (const ws of worksheets.items) if (doomed.has(ws.name.toLowerCase())) ws.delete();
    await context.sync();
  } catch {
    // The workbook may already be unreachable; nothing more can be done from here.
  }
}
