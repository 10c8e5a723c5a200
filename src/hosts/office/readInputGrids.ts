/**
 * Reads the input sheets of the open workbook into cell grids, in a fixed number of round trips:
 *   1. sheet names and ids, and the generated-sheets marker;
 *   2. the used range (address, size) of each input sheet;
 *   3. values and number formats of every input sheet, in row blocks, all in one request unless the
 *      data is so large that it must be split to stay under Excel's request limits (chunking).
 * When generating, the pack already in the workbook (its S&OP History and S&OP Summary, found through
 * the generated-sheets marker) is read in the same round trips and the same blocks: a history of many
 * cycles is chunked like a large input, and costs no round trip of its own.
 * Blocks keep each range read far below Excel's 5 million cells, and the request under ~4 MB.
 */
import type { CellGrid } from "../../engine/grid";
import { HISTORY_SHEET, SUMMARY_SHEET_NAME } from "../../engine/history";
import type { SheetRole } from "../../engine/model";
import type { Settings } from "../../engine/settings";
import { parseRangeAddress, rangeAddress } from "../../engine/a1";
import type { ExcelContext, RangeLike, WorksheetLike } from "./excelApi";
import { fromExcelValue } from "./cellValues";
import { loadMarker, parseMarker, type GeneratedSheetsMarker } from "./generatedSheets";
import { findInputSheets } from "./inputSheets";
import { checkReadSize, type UsedArea } from "./readLimits";
import { REQUEST_PAYLOAD_LIMIT } from "./requestBudget";

/** A cell's value and number format as JSON weigh about this much on average (values up to ~20
 * characters, formats like "#,##0.00"); reads are planned with it since sizes are unknown before. */
const ESTIMATED_BYTES_PER_CELL = 40;
/** Cells per range read: far below Excel's 5 million, and small enough to plan requests finely. */
const CELLS_PER_BLOCK = 20_000;

export interface WorkbookInputs {
  /** Every sheet in the workbook, in tab order. */
  sheetNames: string[];
  /** The input sheet found for each role. */
  inputSheets: Partial<Record<SheetRole, string>>;
  grids: CellGrid[];
  marker: GeneratedSheetsMarker;
  /** The workbook's name (e.g. "Plan.xlsx"), printed on the summary as the input. */
  workbookName: string;
  /** Worksheet id -> name, for finding the generated sheets the marker lists. */
  namesById: Map<string, string>;
  /** The pack already in the workbook, read when asked (`withPack`): its S&OP History and S&OP Summary
   * sheets, null where there is none (the first run, or a pack sheet deleted). */
  pack: { history: CellGrid | null; summary: CellGrid | null };
}

/** The generated sheets the next cycle reads back: the pack's name -> the sheet's name in this workbook. */
function packSheets(marker: GeneratedSheetsMarker, namesById: Map<string, string>): Map<string, string> {
  const found = new Map<string, string>();
  for (const packName of [HISTORY_SHEET, SUMMARY_SHEET_NAME]) {
    const entry = marker.sheets.find((s) => s.packName === packName);
    const name = entry ? namesById.get(entry.id) : undefined;
    if (name) found.set(packName, name);
  }
  return found;
}

/** "'Bill of Resources'!B2:F40" -> "B2:F40". */
export function stripSheetName(address: string): string {
  return address.slice(address.lastIndexOf("!") + 1);
}

interface PlannedBlock {
  sheet: string;
  range: RangeLike;
  rowOffset: number;
}

export async function readInputGrids(
  context: ExcelContext,
  settings: Pick<Settings, "sheetNames">,
  /** withPack: also read the pack in the workbook (generating; not when only checking the inputs). */
  options: { withPack?: boolean } = {},
): Promise<WorkbookInputs> {
  // Round trip 1: what sheets there are, and which of them we generated.
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/id");
  context.workbook.load("name");
  const markerSetting = loadMarker(context);
  await context.sync();

  const marker = parseMarker(markerSetting);
  const generatedIds = new Set(marker.sheets.map((s) => s.id));
  const sheetNames = worksheets.items.map((ws) => ws.name);
  const generatedNames = new Set(worksheets.items.filter((ws) => generatedIds.has(ws.id)).map((ws) => ws.name));
  const inputSheets = findInputSheets(sheetNames, settings, generatedNames);
  const inputNames = [...new Set(Object.values(inputSheets))];
  const namesById = new Map(worksheets.items.map((ws) => [ws.id, ws.name]));
  const pack = options.withPack ? packSheets(marker, namesById) : new Map<string, string>();
  // A pack sheet is never an input sheet (findInputSheets skips generated sheets): no name is read twice.
  const names = [...inputNames, ...pack.values()];

  // Round trip 2: each input sheet's used range (cells holding values; formatting alone does not count).
  const sheets = new Map<string, WorksheetLike>();
  const used = new Map<string, RangeLike>();
  for (const name of names) {
    const ws = worksheets.items.find((w) => w.name === name) as WorksheetLike;
    sheets.set(name, ws);
    const range = ws.getUsedRangeOrNullObject(true);
    range.load("address,rowCount,columnCount");
    used.set(name, range);
  }
  await context.sync();

  const origins = new Map<string, { row: number; col: number; rows: number; cols: number }>();
  const areas: UsedArea[] = [];
  for (const name of names) {
    const range = used.get(name) as RangeLike;
    if (range.isNullObject) continue;
    const { row1, col1 } = parseRangeAddress(stripSheetName(range.address));
    origins.set(name, { row: row1, col: col1, rows: range.rowCount, cols: range.columnCount });
    // The size check is about the planner's input (its message says what to delete there); our own
    // pack sheets are read in blocks like the rest, whatever their size.
    if (inputNames.includes(name))
      areas.push({ sheet: name, row: row1, col: col1, rows: range.rowCount, cols: range.columnCount });
  }
  // A stray value at XFD1048576 makes a used range of 17 billion cells: say so before reading any.
  checkReadSize(areas);

  // Round trip 3 (split only for very large inputs): all blocks of all sheets.
  const blocks: PlannedBlock[] = [];
  let requestBytes = 0;
  for (const name of names) {
    const origin = origins.get(name);
    if (!origin) continue;
    const { row: row1, col: col1, rows, cols } = origin;
    const rowsPerBlock = Math.max(1, Math.floor(CELLS_PER_BLOCK / cols));
    for (let r = 0; r < rows; r += rowsPerBlock) {
      const n = Math.min(rowsPerBlock, rows - r);
      const bytes = n * cols * ESTIMATED_BYTES_PER_CELL;
      if (requestBytes > 0 && requestBytes + bytes > REQUEST_PAYLOAD_LIMIT) {
        // Chunking, by design: a request that would pass Excel's size limit is sent first, so only
        // very large inputs add syncs (the number does not grow with rows otherwise).
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        requestBytes = 0;
      }
      requestBytes += bytes;
      const block = (sheets.get(name) as WorksheetLike).getRange(blockAddress(row1 + r, col1, n, cols));
      block.load("values,numberFormat");
      blocks.push({ sheet: name, range: block, rowOffset: r });
    }
  }
  if (blocks.length > 0) await context.sync();

  const grid = (name: string): CellGrid => {
    const origin = origins.get(name);
    if (!origin) return { sheet: name, values: [], numberFormats: [], origin: { row: 0, col: 0 } };
    const values: CellGrid["values"] = new Array(origin.rows);
    const numberFormats: (string | null)[][] = new Array(origin.rows);
    for (const block of blocks.filter((b) => b.sheet === name)) {
      const v = block.range.values;
      const f = block.range.numberFormat;
      for (let i = 0; i < v.length; i++) {
        values[block.rowOffset + i] = v[i].map(fromExcelValue);
        numberFormats[block.rowOffset + i] = (f[i] ?? []).map((x: unknown) =>
          typeof x === "string" && x !== "" && x !== "General" ? x : null,
        );
      }
    }
    return { sheet: name, values, numberFormats, origin: { row: origin.row, col: origin.col } };
  };
  /** A pack sheet with nothing on it counts as absent, as a missing one does. */
  const packGrid = (packName: string): CellGrid | null => {
    const name = pack.get(packName);
    return name !== undefined && origins.has(name) ? grid(name) : null;
  };
  return {
    sheetNames,
    inputSheets,
    // The workbook's other sheets by name only (no cells read), so the engine can list those that look
    // like an input sheet but are not used; pack sheets are never among them.
    grids: [
      ...inputNames.map(grid),
      ...sheetNames.filter((n) => !generatedNames.has(n) && !names.includes(n)).map((sheet) => ({ sheet, values: [] })),
    ],
    marker,
    workbookName: context.workbook.name,
    namesById,
    pack: { history: packGrid(HISTORY_SHEET), summary: packGrid(SUMMARY_SHEET_NAME) },
  };
}

function blockAddress(row: number, col: number, rows: number, cols: number): string {
  return rangeAddress(row, col, row + rows - 1, col + cols - 1);
}
