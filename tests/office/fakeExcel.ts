/**
 * An in-memory stand-in for the part of the Excel object model the Office host uses, with Office.js's
 * batch semantics: calls on proxies are queued and run at `context.sync()`; properties can be read only
 * after `load` + `sync` (else it throws, as Excel does); a command that fails makes its sync reject after
 * the commands queued before it have taken effect (Excel batches are not transactions).
 *
 * It records every sync: the JSON size of the values queued (request) and loaded (response), and whether
 * calculation was suspended. Sheet, table and setting rules that matter for safety are enforced the way
 * Excel does: sheet names unique (case-insensitive), <= 31 characters, no []:*?/\ ; table names unique in
 * the workbook; a string starting with "=", "+", "-" or "@" in a cell not formatted as Text becomes a
 * formula (recorded in `formula`), a numeric string becomes a number.
 */
import type { ExcelContext, ExcelRun } from "../../src/hosts/office/excelApi";

export interface FakeCell {
  value: string | number | boolean;
  numberFormat: string;
  /** Set when Excel would have taken the written string as a formula. */
  formula?: string;
  font?: { bold?: boolean; italic?: boolean; size?: number; color?: string };
  fill?: string;
  wrapText?: boolean;
  horizontalAlignment?: string;
  hyperlink?: { documentReference?: string; address?: string; textToDisplay?: string };
}

export interface FakeTable {
  name: string;
  style: string;
  range: string;
}

export interface FakeChart {
  type: string;
  source: string;
  title: { text: string };
  axes: { valueAxis: { numberFormat: string } };
  position?: { start: string; end?: string };
  name: string;
  seriesBy?: string;
  legend: { visible: boolean };
  /** Per series index: fill colour ("none" when cleared), line colour, gap width, as set. */
  series: Record<number, { fill?: string; line?: string; gapWidth?: number }>;
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
  pageLayout: FakePageLayout;
}

export interface SyncRecord {
  /** JSON bytes of the values, number formats and other data queued in this request. */
  requestBytes: number;
  /** JSON bytes of the properties loaded by this request. */
  responseBytes: number;
  commands: number;
  calculationSuspended: boolean;
}

type Op = { kind: string; bytes: number; exec: () => number | void };

const INVALID_SHEET_CHARS = /[[\]:*?/\\]/;

function bytesOf(v: unknown): number {
  return Buffer.byteLength(JSON.stringify(v) ?? "", "utf8");
}

function colIndex(letters: string): number {
  let c = 0;
  for (const ch of letters.toUpperCase()) c = c * 26 + (ch.charCodeAt(0) - 64);
  return c - 1;
}

function colName(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "B2:D5" / "B2" / "C:C" -> zero-based corners (whole columns span 1,048,576 rows). */
export function parseArea(address: string): { r1: number; c1: number; r2: number; c2: number } {
  const a = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const whole = /^([A-Z]+):([A-Z]+)$/i.exec(a);
  if (whole) return { r1: 0, c1: colIndex(whole[1]), r2: 1_048_575, c2: colIndex(whole[2]) };
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(a);
  if (!m) throw new Error(`InvalidArgument: bad address ${address}`);
  const r1 = Number(m[2]) - 1;
  const c1 = colIndex(m[1]);
  return { r1, c1, r2: m[3] ? Number(m[4]) - 1 : r1, c2: m[3] ? colIndex(m[3]) : c1 };
}

function quoteName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function notLoaded(what: string): never {
  throw new Error(`PropertyNotLoaded: ${what} was read before load() and context.sync()`);
}

/** The workbook's state, the recorded syncs, and `run` (the stand-in for Excel.run). */
export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  settings = new Map<string, unknown>();
  activeSheetId: string | null = null;
  syncs: SyncRecord[] = [];
  private nextId = 1;
  private failure: { kind: string; remaining: number; sheet?: string } | null = null;

  readonly run: ExcelRun = async <T>(batch: (context: ExcelContext) => Promise<T>): Promise<T> => {
    const context = new FakeContext(this);
    const result = await batch(context as unknown as ExcelContext);
    if (context.pending()) await context.sync();
    return result;
  };

  /** The nth command of this kind from now on (e.g. "values", "chart", "rename") throws when it runs. */
  failOn(kind: string, nth = 1, sheet?: string): void {
    this.failure = { kind, remaining: nth, sheet };
  }

  /** Called by the context for each command before it runs. */
  checkFailure(kind: string, sheet?: string): void {
    const f = this.failure;
    if (!f || f.kind !== kind || (f.sheet && f.sheet !== sheet)) return;
    f.remaining -= 1;
    if (f.remaining === 0) {
      this.failure = null;
      throw new Error(`GeneralException: injected failure on ${kind}`);
    }
  }

  newSheet(name: string): FakeSheet {
    this.validateSheetName(name, null);
    const sheet: FakeSheet = {
      id: `{00000000-0000-0000-0000-${String(this.nextId++).padStart(12, "0")}}`,
      name,
      cells: new Map(),
      tables: [],
      conditionalFormats: [],
      charts: [],
      freeze: null,
      tabColor: "",
      columnWidths: {},
      pageLayout: {},
    };
    this.sheets.push(sheet);
    if (!this.activeSheetId) this.activeSheetId = sheet.id;
    return sheet;
  }

  validateSheetName(name: string, self: FakeSheet | null): void {
    if (!name || name.length > 31 || INVALID_SHEET_CHARS.test(name) || name.startsWith("'") || name.endsWith("'")) {
      throw new Error(`InvalidArgument: "${name}" is not a valid sheet name`);
    }
    if (this.sheets.some((s) => s !== self && s.name.toLowerCase() === name.toLowerCase())) {
      throw new Error(`ItemAlreadyExists: a sheet named "${name}" already exists`);
    }
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
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

  allTables(): FakeTable[] {
    return this.sheets.flatMap((s) => s.tables);
  }
}

function usedBox(sheet: FakeSheet, valuesOnly: boolean): { r1: number; c1: number; r2: number; c2: number } | null {
  let box: { r1: number; c1: number; r2: number; c2: number } | null = null;
  for (const [key, cell] of sheet.cells) {
    if (valuesOnly && cell.value === "") continue;
    const [r, c] = key.split(",").map(Number);
    if (!box) box = { r1: r, c1: c, r2: r, c2: c };
    else box = { r1: Math.min(box.r1, r), c1: Math.min(box.c1, c), r2: Math.max(box.r2, r), c2: Math.max(box.c2, c) };
  }
  return box;
}

class FakeContext {
  private queue: Op[] = [];
  private suspended = false;
  constructor(readonly book: FakeWorkbook) {}

  readonly workbook = {
    worksheets: new FakeWorksheetCollection(this),
    settings: new FakeSettingCollection(this),
    tables: new FakeTableCollection(this),
    application: {
      suspendApiCalculationUntilNextSync: () => {
        this.enqueue("suspendCalculation", 0, () => {
          this.suspended = true;
        });
      },
    },
  };

  pending(): boolean {
    return this.queue.length > 0;
  }

  enqueue(kind: string, bytes: number, exec: () => number | void): void {
    this.queue.push({ kind, bytes, exec });
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    this.suspended = false;
    const record: SyncRecord = { requestBytes: 0, responseBytes: 0, commands: ops.length, calculationSuspended: false };
    this.book.syncs.push(record);
    for (const op of ops) record.requestBytes += op.bytes;
    try {
      for (const op of ops) {
        this.book.checkFailure(op.kind);
        const response = op.exec();
        if (typeof response === "number") record.responseBytes += response;
      }
    } finally {
      record.calculationSuspended = this.suspended;
    }
  }
}

class FakeWorksheetCollection {
  private loadedItems: FakeWorksheet[] | null = null;
  constructor(private readonly ctx: FakeContext) {}

  get items(): FakeWorksheet[] {
    return this.loadedItems ?? notLoaded("worksheets.items");
  }

  load(props?: string | string[]): void {
    const wanted = String(props ?? "")
      .split(",")
      .map((p) => p.trim().replace(/^items\//, ""));
    this.ctx.enqueue("load", 0, () => {
      this.loadedItems = this.ctx.book.sheets.map((s) => {
        const ws = new FakeWorksheet(this.ctx, () => s);
        ws.fill(s, wanted);
        return ws;
      });
      return bytesOf(this.ctx.book.sheets.map((s) => ({ name: s.name, id: s.id })));
    });
  }

  add(name: string): FakeWorksheet {
    let created: FakeSheet | null = null;
    const ws = new FakeWorksheet(this.ctx, () => created);
    this.ctx.enqueue("addSheet", bytesOf(name), () => {
      this.ctx.book.checkFailure("addSheet:" + name);
      created = this.ctx.book.newSheet(name);
    });
    return ws;
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    let bound: FakeSheet | null | undefined;
    return new FakeWorksheet(this.ctx, () => {
      if (bound === undefined) bound = this.ctx.book.sheet(key) ?? null;
      return bound && this.ctx.book.sheets.includes(bound) ? bound : null;
    });
  }
}

class FakeWorksheet {
  private loaded: Record<string, unknown> = {};
  constructor(
    readonly ctx: FakeContext,
    readonly resolve: () => FakeSheet | null,
  ) {}

  /** The sheet a command acts on; acting on a missing sheet fails as in Excel. */
  state(): FakeSheet {
    const s = this.resolve();
    if (!s) throw new Error("ItemNotFound: the worksheet does not exist");
    return s;
  }

  fill(s: FakeSheet | null, props: string[]): void {
    this.loaded.isNullObject = s === null;
    if (!s) return;
    for (const p of props) if (p === "name" || p === "id" || p === "tabColor") this.loaded[p] = s[p];
  }

  private get(prop: string): unknown {
    return prop in this.loaded ? this.loaded[prop] : notLoaded(`worksheet.${prop}`);
  }

  get id(): string {
    return this.get("id") as string;
  }
  get name(): string {
    return this.get("name") as string;
  }
  set name(value: string) {
    this.ctx.enqueue("rename", bytesOf(value), () => {
      const s = this.state();
      this.ctx.book.validateSheetName(value, s);
      s.name = value;
    });
  }
  get isNullObject(): boolean {
    return this.get("isNullObject") as boolean;
  }
  get tabColor(): string {
    return this.get("tabColor") as string;
  }
  set tabColor(value: string) {
    this.ctx.enqueue("tabColor", bytesOf(value), () => {
      this.state().tabColor = value;
    });
  }

  load(props?: string | string[]): void {
    const wanted = (Array.isArray(props) ? props : String(props ?? "name,id").split(",")).map((p) => p.trim());
    this.ctx.enqueue("load", 0, () => {
      const s = this.resolve();
      this.fill(s, wanted);
      return bytesOf(wanted);
    });
  }

  getRange(address: string): FakeRange {
    return new FakeRange(this, () => address);
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this, () => {
      const box = usedBox(this.state(), !!valuesOnly);
      return box ? `${colName(box.c1)}${box.r1 + 1}:${colName(box.c2)}${box.r2 + 1}` : null;
    });
  }

  readonly tables = {
    add: (address: string, hasHeaders: boolean): FakeTableProxy => {
      const table = new FakeTableProxy(this.ctx);
      this.ctx.enqueue("table", bytesOf([address, hasHeaders]), () => {
        const s = this.state();
        const book = this.ctx.book;
        let n = book.allTables().length + 1;
        while (book.allTables().some((t) => t.name.toLowerCase() === `table${n}`)) n++;
        const record: FakeTable = { name: `Table${n}`, style: "TableStyleMedium2", range: address };
        s.tables.push(record);
        table.record = record;
      });
      return table;
    },
  };

  readonly charts = {
    add: (type: string, source: FakeRange, seriesBy?: string) => {
      const chart: FakeChart = {
        type,
        source: "",
        title: { text: "" },
        axes: { valueAxis: { numberFormat: "General" } },
        name: "",
        seriesBy,
        legend: { visible: true },
        series: {},
      };
      const ctx = this.ctx;
      const seriesAt = (index: number) => {
        const record = () => (chart.series[index] ??= {});
        return {
          set gapWidth(v: number) {
            ctx.enqueue("chartSeries", 8, () => void (record().gapWidth = v));
          },
          format: {
            fill: {
              setSolidColor: (color: string) => ctx.enqueue("chartSeries", bytesOf(color), () => void (record().fill = color)),
              clear: () => ctx.enqueue("chartSeries", 8, () => void (record().fill = "none")),
            },
            line: {
              set color(v: string) {
                ctx.enqueue("chartSeries", bytesOf(v), () => void (record().line = v));
              },
            },
          },
        };
      };
      const proxy = {
        get name() {
          return chart.name;
        },
        set name(v: string) {
          chart.name = v;
        },
        title: chart.title,
        axes: chart.axes,
        legend: chart.legend,
        series: { getItemAt: seriesAt },
        setPosition: (start: string, end?: string) => {
          this.ctx.enqueue("chartPosition", bytesOf([start, end]), () => {
            chart.position = { start, end };
          });
        },
      };
      this.ctx.enqueue("chart", bytesOf([type, seriesBy]), () => {
        if (!["Line", "ColumnClustered", "ColumnStacked", "BarClustered"].includes(type))
          throw new Error(`InvalidArgument: chart type ${type}`);
        const s = this.state();
        chart.source = source.currentAddress();
        chart.name = `Chart ${s.charts.length + 1}`;
        s.charts.push(chart);
      });
      return proxy;
    },
  };

  get pageLayout() {
    const ctx = this.ctx;
    const layout = () => this.state().pageLayout;
    return {
      set orientation(v: string) {
        ctx.enqueue("pageLayout", bytesOf(v), () => void (layout().orientation = v));
      },
      set zoom(v: FakePageLayout["zoom"]) {
        ctx.enqueue("pageLayout", bytesOf(v), () => void (layout().zoom = v));
      },
      setPrintArea: (area: string) => ctx.enqueue("pageLayout", bytesOf(area), () => void (layout().printArea = area)),
      setPrintTitleRows: (rows: string) => ctx.enqueue("pageLayout", bytesOf(rows), () => void (layout().printTitleRows = rows)),
    };
  }

  readonly freezePanes = {
    freezeRows: (count = 1) => this.ctx.enqueue("freeze", 8, () => void (this.state().freeze = { rows: count, columns: 0 })),
    freezeColumns: (count = 1) => this.ctx.enqueue("freeze", 8, () => void (this.state().freeze = { rows: 0, columns: count })),
    freezeAt: (range: string) =>
      this.ctx.enqueue("freeze", bytesOf(range), () => {
        const a = parseArea(range);
        this.state().freeze = { rows: a.r2 + 1, columns: a.c2 + 1 };
      }),
  };

  activate(): void {
    this.ctx.enqueue("activate", 0, () => {
      this.ctx.book.activeSheetId = this.state().id;
    });
  }

  delete(): void {
    this.ctx.enqueue("deleteSheet", 0, () => {
      const s = this.state();
      const book = this.ctx.book;
      if (book.sheets.length === 1) throw new Error("InvalidOperation: a workbook must keep at least one sheet");
      book.sheets = book.sheets.filter((x) => x !== s);
      if (book.activeSheetId === s.id) book.activeSheetId = book.sheets[0].id;
    });
  }
}

class FakeTableProxy {
  record: FakeTable | null = null;
  constructor(private readonly ctx: FakeContext) {}
  private table(): FakeTable {
    if (!this.record) throw new Error("ItemNotFound: the table was not created");
    return this.record;
  }
  get name(): string {
    return notLoaded("table.name");
  }
  set name(value: string) {
    this.ctx.enqueue("tableName", bytesOf(value), () => {
      const t = this.table();
      if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(value)) throw new Error(`InvalidArgument: table name ${value}`);
      if (this.ctx.book.allTables().some((x) => x !== t && x.name.toLowerCase() === value.toLowerCase())) {
        throw new Error(`InvalidArgument: a table named ${value} already exists`);
      }
      t.name = value;
    });
  }
  get style(): string {
    return notLoaded("table.style");
  }
  set style(value: string) {
    this.ctx.enqueue("tableStyle", bytesOf(value), () => {
      this.table().style = value;
    });
  }
}

class FakeRange {
  private loaded: Record<string, unknown> = {};
  constructor(
    private readonly ws: FakeWorksheet,
    private readonly where: () => string | null,
  ) {}

  private get ctx(): FakeContext {
    return this.ws.ctx;
  }

  currentAddress(): string {
    const a = this.where();
    if (a === null) throw new Error("ItemNotFound: empty range");
    return a;
  }

  private cellsOf(): { sheet: FakeSheet; r1: number; c1: number; r2: number; c2: number } {
    return { sheet: this.ws.state(), ...parseArea(this.currentAddress()) };
  }

  private get(prop: string): unknown {
    return prop in this.loaded ? this.loaded[prop] : notLoaded(`range.${prop}`);
  }

  get address(): string {
    return this.get("address") as string;
  }
  get rowCount(): number {
    return this.get("rowCount") as number;
  }
  get columnCount(): number {
    return this.get("columnCount") as number;
  }
  get isNullObject(): boolean {
    return this.get("isNullObject") as boolean;
  }
  get values(): (string | number | boolean)[][] {
    return this.get("values") as (string | number | boolean)[][];
  }
  get numberFormat(): string[][] {
    return this.get("numberFormat") as string[][];
  }

  load(props?: string | string[]): void {
    const wanted = (Array.isArray(props) ? props : String(props ?? "address").split(",")).map((p) => p.trim());
    this.ctx.enqueue("load", 0, () => {
      const a = this.where();
      this.loaded = { isNullObject: a === null };
      if (a === null) return 0;
      const { sheet, r1, c1, r2, c2 } = this.cellsOf();
      const rows = r2 - r1 + 1;
      const cols = c2 - c1 + 1;
      if (rows * cols > 5_000_000 && (wanted.includes("values") || wanted.includes("numberFormat"))) {
        throw new Error("ResponsePayloadSizeLimitExceeded: more than 5 million cells in one read");
      }
      const matrix = (f: (cell: FakeCell | undefined) => unknown) =>
        Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => f(sheet.cells.get(`${r1 + i},${c1 + j}`))));
      const out: Record<string, unknown> = {};
      for (const p of wanted) {
        if (p === "address") out.address = `${quoteName(sheet.name)}!${a}`;
        else if (p === "rowCount") out.rowCount = rows;
        else if (p === "columnCount") out.columnCount = cols;
        else if (p === "values") out.values = matrix((c) => c?.value ?? "");
        else if (p === "numberFormat") out.numberFormat = matrix((c) => c?.numberFormat ?? "General");
        else throw new Error(`fakeExcel: loading range.${p} is not supported`);
      }
      Object.assign(this.loaded, out);
      return bytesOf(out);
    });
  }

  private forEachCell(kind: string, bytes: number, fn: (cell: FakeCell, i: number, j: number) => void): void {
    this.ctx.enqueue(kind, bytes, () => {
      const { sheet, r1, c1, r2, c2 } = this.cellsOf();
      for (let r = r1; r <= r2; r++) {
        for (let c = c1; c <= c2; c++) {
          const key = `${r},${c}`;
          const cell = sheet.cells.get(key) ?? { value: "", numberFormat: "General" };
          fn(cell, r - r1, c - c1);
          sheet.cells.set(key, cell);
        }
      }
    });
  }

  private checkShape(matrix: unknown[][]): void {
    const { r1, c1, r2, c2 } = this.cellsOf();
    if (
      !Array.isArray(matrix) ||
      matrix.length !== r2 - r1 + 1 ||
      matrix.some((row) => !Array.isArray(row) || row.length !== c2 - c1 + 1)
    ) {
      throw new Error(`InvalidArgument: the array does not match the size of range ${this.currentAddress()}`);
    }
  }

  set numberFormat(formats: string[][]) {
    this.ctx.enqueue("numberFormat", bytesOf(formats), () => this.checkShape(formats));
    this.forEachCell("numberFormatCells", 0, (cell, i, j) => {
      cell.numberFormat = formats[i][j];
    });
  }

  set values(values: (string | number | boolean)[][]) {
    this.ctx.enqueue("values", bytesOf(values), () => this.checkShape(values));
    this.forEachCell("valuesCells", 0, (cell, i, j) => {
      const v = values[i][j];
      delete cell.formula;
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
      cell.value = v;
    });
  }

  get hyperlink(): never {
    return notLoaded("range.hyperlink");
  }
  set hyperlink(link: { documentReference?: string; address?: string; textToDisplay?: string }) {
    this.ctx.enqueue("hyperlink", bytesOf(link), () => {
      const { sheet, r1, c1 } = this.cellsOf();
      const key = `${r1},${c1}`;
      const cell = sheet.cells.get(key) ?? { value: "", numberFormat: "General" };
      cell.hyperlink = { ...link };
      if (link.textToDisplay !== undefined) cell.value = link.textToDisplay;
      sheet.cells.set(key, cell);
    });
  }

  get format() {
    const set = (kind: string, value: unknown, apply: (cell: FakeCell) => void) => this.forEachCell(kind, bytesOf(value), apply);
    const range = this;
    return {
      font: {
        set bold(v: boolean) {
          set("font", v, (c) => void (c.font = { ...c.font, bold: v }));
        },
        set italic(v: boolean) {
          set("font", v, (c) => void (c.font = { ...c.font, italic: v }));
        },
        set size(v: number) {
          set("font", v, (c) => void (c.font = { ...c.font, size: v }));
        },
        set color(v: string) {
          set("font", v, (c) => void (c.font = { ...c.font, color: v }));
        },
      },
      fill: {
        set color(v: string) {
          set("fill", v, (c) => void (c.fill = v));
        },
      },
      set wrapText(v: boolean) {
        set("wrap", v, (c) => void (c.wrapText = v));
      },
      autofitRows() {
        // Row heights are not modelled; the command still counts as part of the request.
        range.ctx.enqueue("autofitRows", 0, () => undefined);
      },
      set horizontalAlignment(v: string) {
        set("align", v, (c) => void (c.horizontalAlignment = v));
      },
      set columnWidth(v: number) {
        range.ctx.enqueue("columnWidth", bytesOf(v), () => {
          const { sheet, c1, c2 } = range.cellsOf();
          for (let c = c1; c <= c2; c++) sheet.columnWidths[c] = v;
        });
      },
    };
  }

  get conditionalFormats() {
    return {
      add: (type: string) => {
        const record: Record<string, unknown> = {
          type,
          colorScale: { criteria: null },
          cellValue: { format: { font: {}, fill: {} }, rule: null },
          custom: { format: { font: {}, fill: {} }, rule: { formula: "" } },
        };
        this.ctx.enqueue("conditionalFormat", bytesOf(type), () => {
          if (!["ColorScale", "CellValue", "Custom"].includes(type)) throw new Error(`InvalidArgument: ${type}`);
          const { sheet } = this.cellsOf();
          record.range = this.currentAddress();
          sheet.conditionalFormats.push(record);
        });
        return record;
      },
    };
  }

  select(): void {
    this.ctx.enqueue("select", 0, () => {
      this.ws.ctx.book.activeSheetId = this.ws.state().id;
      this.cellsOf();
    });
  }
}

class FakeSetting {
  private loaded: Record<string, unknown> = {};
  constructor(
    private readonly ctx: FakeContext,
    private readonly key: string,
  ) {}
  get isNullObject(): boolean {
    return "isNullObject" in this.loaded ? (this.loaded.isNullObject as boolean) : notLoaded("setting.isNullObject");
  }
  get value(): unknown {
    return "value" in this.loaded ? this.loaded.value : notLoaded("setting.value");
  }
  load(): void {
    this.ctx.enqueue("load", 0, () => {
      const has = this.ctx.book.settings.has(this.key);
      this.loaded = { isNullObject: !has, value: has ? this.ctx.book.settings.get(this.key) : null };
      return bytesOf(this.loaded);
    });
  }
}

class FakeSettingCollection {
  constructor(private readonly ctx: FakeContext) {}
  add(key: string, value: unknown): void {
    this.ctx.enqueue("setting", bytesOf([key, value]), () => {
      this.ctx.book.settings.set(key, JSON.parse(JSON.stringify(value)));
    });
  }
  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.ctx, key);
  }
}

class FakeTableCollection {
  private loadedItems: { name: string }[] | null = null;
  constructor(private readonly ctx: FakeContext) {}
  get items(): { name: string }[] {
    return this.loadedItems ?? notLoaded("tables.items");
  }
  load(): void {
    this.ctx.enqueue("load", 0, () => {
      this.loadedItems = this.ctx.book.allTables().map((t) => ({ name: t.name }));
      return bytesOf(this.loadedItems);
    });
  }
}
