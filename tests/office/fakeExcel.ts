/**
 * The in-memory workbook under the protocol-level Excel (tests/office/excelProtocol.ts): its state
 * (sheets, cells, tables, conditional formats, charts, settings) and the rules Excel applies to it.
 *
 * Nothing here speaks Office.js. The add-in runs on Microsoft's own library (`@microsoft/office-js`,
 * loaded unmodified, tests/office/officeJs.ts); the library's requests arrive at excelProtocol.ts,
 * which acts on this workbook. So `book.run` is the real `Excel.run`, and what tests read back here is
 * what the real library's requests did.
 *
 * Rules enforced the way Excel does: sheet names unique (case-insensitive), <= 31 characters, no
 * []:*?/\ and no leading or trailing quote; a workbook keeps at least one sheet; table names valid and
 * unique in the workbook, tables never overlapping; a string starting with "=", "+", "-" or "@" in a
 * cell not formatted as Text becomes a formula (recorded in `formula`), a numeric string a number.
 *
 * Every request is recorded (`syncs`): its real size in bytes, the response's, the number of actions
 * and whether calculation was suspended for it.
 */
import type { ExcelContext, ExcelRun } from "../../src/hosts/office/excelApi";
import { createWorkbookOnOfficeJs, runOnOfficeJs, type OfficeJsHost } from "./officeJs";

export interface FakeCell {
  value: string | number | boolean;
  numberFormat: string;
  /** Set when Excel would have taken the written string as a formula. */
  formula?: string;
  font?: { bold?: boolean; italic?: boolean; size?: number; color?: string; name?: string };
  fill?: string;
  wrapText?: boolean;
  horizontalAlignment?: string;
  hyperlink?: { documentReference?: string; address?: string; textToDisplay?: string; screenTip?: string };
}

export interface FakeTable {
  /** Set for tables created through the API; test set-up may leave it out. */
  id?: string;
  name: string;
  style: string;
  range: string;
}

export interface FakeChart {
  id: string;
  type: string;
  source: string;
  seriesBy?: string;
  title: { text: string };
  /** The value axis' format, and its minimum / maximum where set (automatic where absent). */
  axes: { valueAxis: { numberFormat: string; minimum?: number; maximum?: number } };
  position?: { start: string; end?: string };
  name: string;
  legend: { visible: boolean };
  /** The chart's data labels as set (chart.dataLabels): none until showValue is set. */
  dataLabels: { showValue?: boolean; numberFormat?: string; position?: string };
  /** Per series index: fill colour ("none" when cleared), line colour, gap width, as set. */
  series: Record<number, { fill?: string; line?: string; gapWidth?: number }>;
  /** Everything else set on the chart (size, axis titles...), by wire path. */
  other: Record<string, unknown>;
}

/** Print settings as set through worksheet.pageLayout (ExcelApi 1.9). */
export interface FakePageLayout {
  orientation?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  printArea?: string;
  printTitleRows?: string;
}

export interface FakeSheet {
  id: string;
  name: string;
  cells: Map<string, FakeCell>;
  tables: FakeTable[];
  conditionalFormats: Record<string, unknown>[];
  charts: FakeChart[];
  freeze: { rows: number; columns: number } | null;
  tabColor: string;
  columnWidths: Record<number, number>;
  rowHeights: Record<number, number>;
  /** Merged ranges, as range.merge() made them. */
  merges?: string[];
  pageLayout: FakePageLayout;
  /** Objects this stand-in does not model in detail (page layout, ...): what was set, by wire path. */
  other: Record<string, unknown>;
}

export interface SyncRecord {
  /** UTF-8 bytes of the request body the library sent (its JSON, as it goes over the wire). */
  requestBytes: number;
  /** UTF-8 bytes of the response body. */
  responseBytes: number;
  /** Actions in the request. */
  commands: number;
  calculationSuspended: boolean;
  /** Range reads of cell contents (values, number formats...) in the request. */
  cellReads: number;
  /** The library's own request at the end of Excel.run releasing the objects it kept (`_RemoveReference`). */
  cleanup: boolean;
  /** Set when Excel refused the request (its error code). */
  error?: string;
}

export interface FakeWorkbookOptions {
  /** Which of Microsoft's host files runs the add-in's calls: Excel on the web (default) or Windows. */
  host?: OfficeJsHost;
}

const INVALID_SHEET_CHARS = /[[\]:*?/\\]/;

/** An error Excel reports: its code (OfficeExtension.Error.code) and message. */
export class ExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function colIndex(letters: string): number {
  let c = 0;
  for (const ch of letters.toUpperCase()) c = c * 26 + (ch.charCodeAt(0) - 64);
  return c - 1;
}

export function colName(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export interface Area {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

/** "B2:D5" / "B2" / "C:C" / "3:5" -> zero-based corners (whole columns span 1,048,576 rows). */
export function parseArea(address: string): Area {
  const a = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const whole = /^([A-Z]{1,3}):([A-Z]{1,3})$/i.exec(a);
  if (whole) return { r1: 0, c1: colIndex(whole[1]), r2: 1_048_575, c2: colIndex(whole[2]) };
  const rows = /^(\d+):(\d+)$/.exec(a);
  if (rows) return { r1: Number(rows[1]) - 1, c1: 0, r2: Number(rows[2]) - 1, c2: 16_383 };
  const m = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/i.exec(a);
  if (!m)
    throw new ExcelError("InvalidArgument", `The argument is invalid or missing or has an incorrect format: address ${address}`);
  const r1 = Number(m[2]) - 1;
  const c1 = colIndex(m[1]);
  const area = { r1, c1, r2: m[3] ? Number(m[4]) - 1 : r1, c2: m[3] ? colIndex(m[3]) : c1 };
  const norm = {
    r1: Math.min(area.r1, area.r2),
    c1: Math.min(area.c1, area.c2),
    r2: Math.max(area.r1, area.r2),
    c2: Math.max(area.c1, area.c2),
  };
  if (norm.r1 < 0 || norm.c1 < 0 || norm.r2 > 1_048_575 || norm.c2 > 16_383) {
    throw new ExcelError("InvalidArgument", `The argument is invalid or missing or has an incorrect format: address ${address}`);
  }
  return norm;
}

export function areaAddress(a: Area): string {
  const first = `${colName(a.c1)}${a.r1 + 1}`;
  const last = `${colName(a.c2)}${a.r2 + 1}`;
  return first === last ? first : `${first}:${last}`;
}

export function quoteName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function overlaps(a: Area, b: Area): boolean {
  return a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2;
}

/** The workbook's state, the recorded requests, and `run` (the real Excel.run against this workbook). */
export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  settings = new Map<string, unknown>();
  activeSheetId: string | null = null;
  syncs: SyncRecord[] = [];
  /** Workbooks Excel.createWorkbook opened, as the base64 .xlsx each request carried. */
  createdWorkbooks: string[] = [];
  readonly host: OfficeJsHost;
  private nextId = 1;
  private failure: { kind: string; remaining: number } | null = null;

  constructor(options: FakeWorkbookOptions = {}) {
    this.host = options.host ?? "web";
  }

  /** `Excel.run` of Microsoft's library, its requests answered by this workbook. */
  readonly run: ExcelRun = <T>(batch: (context: ExcelContext) => Promise<T>): Promise<T> => runOnOfficeJs(this, batch);

  /** `Excel.createWorkbook` of Microsoft's library, answered by this workbook. */
  readonly createWorkbook = (base64: string): Promise<void> => createWorkbookOnOfficeJs(this, base64);

  /** The nth action of this kind from now on ("values", "numberFormat", "tableName", "chart", "rename",
   * "addSheet:<name>") fails the way Excel fails a request: the actions before it have taken effect. */
  failOn(kind: string, nth = 1): void {
    this.failure = { kind, remaining: nth };
  }

  /** Called by the protocol layer before each action. */
  checkFailure(kind: string): void {
    const f = this.failure;
    if (!f || f.kind !== kind) return;
    f.remaining -= 1;
    if (f.remaining === 0) {
      this.failure = null;
      throw new ExcelError("GeneralException", `GeneralException: injected failure on ${kind}`);
    }
  }

  newId(): string {
    return `{00000000-0000-0000-0000-${String(this.nextId++).padStart(12, "0")}}`;
  }

  newSheet(name: string): FakeSheet {
    this.validateSheetName(name, null);
    const sheet: FakeSheet = {
      id: this.newId(),
      name,
      cells: new Map(),
      tables: [],
      conditionalFormats: [],
      charts: [],
      freeze: null,
      tabColor: "",
      columnWidths: {},
      rowHeights: {},
      pageLayout: {},
      other: {},
    };
    this.sheets.push(sheet);
    if (!this.activeSheetId) this.activeSheetId = sheet.id;
    return sheet;
  }

  validateSheetName(name: string, self: FakeSheet | null): void {
    if (
      typeof name !== "string" ||
      !name ||
      name.length > 31 ||
      INVALID_SHEET_CHARS.test(name) ||
      name.startsWith("'") ||
      name.endsWith("'")
    ) {
      throw new ExcelError(
        "InvalidArgument",
        `The argument is invalid or missing or has an incorrect format: sheet name "${name}"`,
      );
    }
    if (this.sheets.some((s) => s !== self && s.name.toLowerCase() === name.toLowerCase())) {
      throw new ExcelError("ItemAlreadyExists", `A resource with the same name or identifier already exists: sheet "${name}"`);
    }
  }

  renameSheet(sheet: FakeSheet, name: string): void {
    this.validateSheetName(name, sheet);
    sheet.name = name;
  }

  deleteSheet(sheet: FakeSheet): void {
    if (this.sheets.length === 1)
      throw new ExcelError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
    this.sheets = this.sheets.filter((x) => x !== sheet);
    if (this.activeSheetId === sheet.id) this.activeSheetId = this.sheets[0].id;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** Excel's table-name rules: starts with a letter, "_" or "\", then letters, digits, "_" or "."; not
   * a cell reference ("A1", "R1C1"), not "C" or "R"; at most 255 characters; unique in the workbook. */
  validateTableName(name: string, self: FakeTable | null): void {
    const bad =
      typeof name !== "string" ||
      name.length === 0 ||
      name.length > 255 ||
      !/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name) ||
      /^[A-Za-z]{1,3}\d+$/.test(name) ||
      /^R\d*C\d*$/i.test(name) ||
      /^[CR]$/i.test(name);
    if (bad)
      throw new ExcelError(
        "InvalidArgument",
        `The argument is invalid or missing or has an incorrect format: table name "${name}"`,
      );
    if (this.allTables().some((t) => t !== self && t.name.toLowerCase() === name.toLowerCase())) {
      throw new ExcelError("InvalidArgument", `A table named "${name}" already exists.`);
    }
  }

  addTable(sheet: FakeSheet, address: string): FakeTable {
    const area = parseArea(address);
    for (const t of this.sheets.find((s) => s === sheet)?.tables ?? []) {
      if (overlaps(parseArea(t.range), area)) throw new ExcelError("InvalidArgument", "A table can't overlap another table.");
    }
    let n = this.allTables().length + 1;
    while (this.allTables().some((t) => t.name.toLowerCase() === `table${n}`)) n++;
    const table: FakeTable = { id: this.newId(), name: `Table${n}`, style: "TableStyleMedium2", range: areaAddress(area) };
    sheet.tables.push(table);
    return table;
  }

  /** What Excel does with a value typed or written into a cell. */
  writeValue(cell: FakeCell, v: unknown): void {
    delete cell.formula;
    if (v === null || v === undefined) return; // null leaves the cell as it is
    if (typeof v === "number" && !Number.isFinite(v))
      throw new ExcelError("InvalidArgument", "The argument is invalid: a number must be finite.");
    if (typeof v === "string" && cell.numberFormat !== "@") {
      // What Excel does with typed-in text in a cell not formatted as Text.
      if (/^[=+@]/.test(v) || (/^-/.test(v) && !/^-\d+(\.\d+)?$/.test(v))) {
        cell.formula = v;
        cell.value = "#NAME?";
        return;
      }
      if (/^-?\d+(\.\d+)?$/.test(v)) {
        cell.value = Number(v);
        return;
      }
    }
    if (typeof v === "string" && v.length > 32_767)
      throw new ExcelError("InvalidArgument", "Text values in cells are limited to 32,767 characters.");
    cell.value = v as string | number | boolean;
  }

  /** Input set-up: writes rows straight into a new sheet (not through the API, not recorded). */
  addSheetWithRows(name: string, rows: unknown[][], numberFormats?: (string | null)[][]): FakeSheet {
    const sheet = this.newSheet(name);
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        const format = numberFormats?.[r]?.[c] ?? "General";
        if (v === null || v === undefined || v === "") {
          if (format !== "General") sheet.cells.set(`${r},${c}`, { value: "", numberFormat: format });
          return;
        }
        const value = v instanceof Date ? v.getTime() / 86_400_000 + 25_569 : (v as string | number | boolean);
        sheet.cells.set(`${r},${c}`, { value, numberFormat: format });
      }),
    );
    return sheet;
  }

  /** Cell values of a sheet as a dense matrix from A1 ("" for empty), like range.values. */
  valuesOf(name: string): (string | number | boolean)[][] {
    const sheet = this.sheet(name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    const box = usedBox(sheet, true);
    if (!box) return [];
    const out: (string | number | boolean)[][] = [];
    for (let r = 0; r <= box.r2; r++) {
      const row: (string | number | boolean)[] = [];
      for (let c = 0; c <= box.c2; c++) row.push(sheet.cells.get(`${r},${c}`)?.value ?? "");
      out.push(row);
    }
    return out;
  }

  /** Everything about one sheet, serialised deterministically (for "byte-for-byte unchanged"). */
  sheetSnapshot(name: string): string {
    const s = this.sheet(name);
    if (!s) return "<missing>";
    return JSON.stringify({
      ...s,
      cells: [...s.cells.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    });
  }

  /** The whole workbook, serialised deterministically (for "exactly as before"). */
  snapshot(): string {
    return JSON.stringify({
      sheets: this.sheets.map((s) => this.sheetSnapshot(s.name)),
      settings: [...this.settings.entries()].sort(),
      active: this.activeSheetId,
    });
  }

  /** The requests the add-in's own `context.sync()` calls made (the library's cleanup left out). */
  get addinSyncs(): SyncRecord[] {
    return this.syncs.filter((s) => !s.cleanup);
  }

  allTables(): FakeTable[] {
    return this.sheets.flatMap((s) => s.tables);
  }
}

/** The smallest box holding every cell (with a value, when valuesOnly), or null for an empty sheet. */
export function usedBox(sheet: FakeSheet, valuesOnly: boolean): Area | null {
  let box: Area | null = null;
  for (const [key, cell] of sheet.cells) {
    if (valuesOnly && cell.value === "") continue;
    const comma = key.indexOf(",");
    const r = Number(key.slice(0, comma));
    const c = Number(key.slice(comma + 1));
    if (!box) box = { r1: r, c1: c, r2: r, c2: c };
    else {
      if (r < box.r1) box.r1 = r;
      if (r > box.r2) box.r2 = r;
      if (c < box.c1) box.c1 = c;
      if (c > box.c2) box.c2 = c;
    }
  }
  return box;
}
