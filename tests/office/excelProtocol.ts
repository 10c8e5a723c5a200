/**
 * A protocol-level Excel: answers the requests Microsoft's Office.js library sends (the RichApi
 * "ProcessQuery" batches) from an in-memory workbook (tests/office/fakeExcel.ts).
 *
 * The library, loaded unmodified, talks to its host through `window._richApiNativeBridge`: each
 * `context.sync()` arrives as `{id, type: 1, flags, message: {url: "ProcessQuery", method: "POST", body}}`
 * where body is `{Actions: [...], ObjectPaths: {...}}`, and is answered with
 * `onMessageFromHost({id, type: 2, message: {statusCode: 200, body: '{"Results": [...], "Error"?: ...}'}})`.
 * Object paths are resolved the way Excel resolves them (global object, properties, methods, indexers,
 * kept references); actions run in order and a failing one stops the request, the ones before it having
 * taken effect (Excel requests are not transactions).
 *
 * Wire names are Excel's (PascalCase); collections answer `_Items`, null objects `null`, kept objects get
 * a `_ReferenceId`, objects created by add() return their `Id`. Enforced as Excel does: the 5 MB limit on
 * a request and on a response, 5 million cells per read, array shapes, enum strings (checked against the
 * library's own enum values), colours, sheet and table names (fakeExcel.ts). Members this stand-in does
 * not model in detail (page layout, chart series...) are recorded as set, by wire path, so code that
 * uses them runs; members it cannot place at all fail as Excel fails an unknown API.
 */
import {
  ExcelError,
  areaAddress,
  parseArea,
  quoteName,
  usedBox,
  type Area,
  type FakeCell,
  type FakeSheet,
  type FakeTable,
  type FakeWorkbook,
  type FakeChart,
} from "./fakeExcel";

/** Excel on the web refuses a request or a response over 5 MB (documented for Office.js; the same
 * limit is applied to every host here, so what passes here passes everywhere). */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
/** Excel refuses to read more than 5 million cells in one range. */
export const READ_CELL_LIMIT = 5_000_000;

/** The library's enums (Excel.ChartType, ...), to check enum strings against Microsoft's own lists. */
export type ExcelEnums = Record<string, Record<string, string>>;

interface ObjectPathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: unknown[] };
}

interface ActionInfo {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: unknown[] };
  QueryInfo?: { Select?: string[]; Expand?: string[] };
}

export interface RequestBody {
  Actions?: ActionInfo[];
  ObjectPaths?: Record<string, ObjectPathInfo>;
}

const enum PathType {
  GlobalObject = 1,
  NewObject = 2,
  Method = 3,
  Property = 4,
  Indexer = 5,
  ReferenceId = 6,
  NullObject = 7,
}

const enum Action {
  Instantiate = 1,
  Query = 2,
  Method = 3,
  SetProperty = 4,
  Trace = 5,
}

const utf8 = new TextEncoder();
export function byteLength(text: string): number {
  return utf8.encode(text).length;
}

function unknownMember(owner: string, member: string): never {
  throw new ExcelError("ApiNotFound", `The API you are trying to use could not be found: ${owner}.${member}`);
}

function invalid(what: string): never {
  throw new ExcelError("InvalidArgument", `The argument is invalid or missing or has an incorrect format: ${what}`);
}

/** Arguments of a method: object-path ids replaced by the objects they name. */
type Args = unknown[];

/** One object of Excel's object model, as the protocol sees it. */
abstract class ExcelObject {
  abstract readonly type: string;
  /** Property navigation (ObjectPathType 4). */
  prop(name: string): ExcelObject {
    return unknownMember(this.type, name);
  }
  /** A method: returns an object (object path) or a value (method action). */
  call(name: string, args: Args): unknown {
    void args;
    return unknownMember(this.type, name);
  }
  indexer(args: Args): ExcelObject {
    void args;
    return unknownMember(this.type, "[indexer]");
  }
  set(name: string, value: unknown): void {
    void value;
    unknownMember(this.type, name);
  }
  /** Loaded properties as Excel answers them (PascalCase keys). */
  query(select: string[] | undefined): Record<string, unknown> | null {
    void select;
    return {};
  }
  /** Extra fields of an Instantiate answer (e.g. Id of an object created by add()). */
  identity(): Record<string, unknown> {
    return {};
  }
  /** A null object (getItemOrNullObject that found nothing). */
  get isNull(): boolean {
    return false;
  }
}

/** The wanted properties (PascalCase, case-insensitive match) from what an object offers. */
function pick(all: Record<string, () => unknown>, select: string[] | undefined, defaults: string[]): Record<string, unknown> {
  const wanted = (select && select.length > 0 ? select : defaults).filter((s) => !s.includes("/"));
  const out: Record<string, unknown> = {};
  const keys = Object.keys(all);
  for (const w of wanted) {
    const key = keys.find((k) => k.toLowerCase() === w.toLowerCase());
    if (!key) unknownMember("query", w);
    out[key] = all[key]();
  }
  return out;
}

/** What a collection query selects for its items: "items/name" -> "name". */
function itemSelect(select: string[] | undefined): string[] | undefined {
  if (!select || select.length === 0) return undefined;
  const items = select.filter((s) => /^items\//i.test(s)).map((s) => s.slice(6));
  return items.length > 0 ? items : undefined;
}

/** Objects this stand-in records without modelling: sets, calls and child objects by wire path. */
class RecordedObject extends ExcelObject {
  constructor(
    readonly type: string,
    private readonly record: Record<string, unknown>,
  ) {
    super();
  }
  override prop(name: string): ExcelObject {
    const child = (this.record[name] ??= {}) as Record<string, unknown>;
    return new RecordedObject(`${this.type}.${name}`, child);
  }
  override call(name: string, args: Args): unknown {
    const calls = (this.record._calls ??= []) as unknown[];
    calls.push([name, ...args.map((a) => (a instanceof ExcelObject ? `<${a.type}>` : a))]);
    return this.prop(`${name}()`);
  }
  override set(name: string, value: unknown): void {
    this.record[name] = value;
  }
  override query(select: string[] | undefined): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(this.record)) {
      if (k === "_calls" || (typeof v === "object" && v !== null && !Array.isArray(v))) continue;
      if (!select || select.length === 0 || select.some((s) => s.toLowerCase() === k.toLowerCase())) out[k] = v;
    }
    return out;
  }
}

export class ProtocolSession {
  /** Objects kept across requests by the library (`_KeepReference`), by reference id. */
  private readonly references = new Map<string, ExcelObject>();
  private nextReference = 1;
  readonly root: WorkbookObject;
  /** Custom-function results the runtime sends back (CustomFunctions.SetInvocationArrayResults). */
  onInvocationResults: ((results: unknown[]) => void) | null = null;
  /** Objects of Office's own services created by the library (ObjectPathType NewObject), by name. */
  readonly newObjects: Record<string, unknown> = {};

  constructor(
    readonly book: FakeWorkbook,
    /** The library's enums; read when first needed (in a page the library loads after this is made). */
    private readonly enumSource: () => ExcelEnums,
  ) {
    this.root = new WorkbookObject(this);
  }

  checkEnum(enumName: string, value: unknown): string {
    const values = this.enumSource()[enumName];
    if (!values) throw new Error(`excelProtocol: the library defines no Excel.${enumName}`);
    if (typeof value !== "string" || !Object.values(values).includes(value)) invalid(`${enumName} "${String(value)}"`);
    return value;
  }

  /** Answers one ProcessQuery request body (the JSON the library sent); returns the response body. */
  processQuery(bodyText: string): string {
    const body = JSON.parse(bodyText) as RequestBody;
    const actions = body.Actions ?? [];
    const record = {
      requestBytes: byteLength(bodyText),
      responseBytes: 0,
      commands: actions.length,
      calculationSuspended: actions.some(
        (a) => a.ActionType === Action.Method && a.Name === "SuspendApiCalculationUntilNextSync",
      ),
      cleanup: actions.length > 0 && actions.every((a) => a.ActionType === Action.Instantiate || a.Name === "_RemoveReference"),
      cellReads: actions.filter(
        (a) =>
          a.ActionType === Action.Query &&
          (a.QueryInfo?.Select ?? []).some((p) => /^(values|numberFormat|formulas|text)$/i.test(p)),
      ).length,
    } as FakeWorkbook["syncs"][number];
    this.book.syncs.push(record);
    const results: { ActionId: number; Value: unknown }[] = [];
    let error: { Code: string; Message: string; ActionIndex?: number; HttpStatusCode: number } | undefined;
    if (record.requestBytes > PAYLOAD_LIMIT_BYTES) {
      error = {
        Code: "RequestPayloadSizeLimitExceeded",
        Message: "The request payload size has exceeded the limit.",
        HttpStatusCode: 413,
      };
    } else {
      const resolved = new Map<number, ExcelObject>();
      const kept = new Set<ExcelObject>();
      const resolve = (id: number): ExcelObject => {
        const hit = resolved.get(id);
        if (hit) return hit;
        const info = body.ObjectPaths?.[String(id)];
        if (!info) invalid(`object path ${id}`);
        const obj = this.resolvePath(info, resolve);
        resolved.set(id, obj);
        return obj;
      };
      for (let i = 0; i < actions.length; i++) {
        const action = actions[i];
        try {
          const value = this.runAction(action, resolve, kept);
          if (value !== undefined) results.push({ ActionId: action.Id, Value: value });
        } catch (e) {
          const code = e instanceof ExcelError ? e.code : "GeneralException";
          error = { Code: code, Message: e instanceof Error ? e.message : String(e), ActionIndex: i, HttpStatusCode: 400 };
          break;
        }
      }
    }
    let response = JSON.stringify(error ? { Results: results, Error: error } : { Results: results });
    if (!error && byteLength(response) > PAYLOAD_LIMIT_BYTES) {
      error = {
        Code: "ResponsePayloadSizeLimitExceeded",
        Message: "The response payload size has exceeded the limit.",
        HttpStatusCode: 413,
      };
      response = JSON.stringify({ Results: [], Error: error });
    }
    record.responseBytes = byteLength(response);
    if (error) record.error = error.Code;
    return response;
  }

  private args(
    info: { Arguments?: unknown[]; ReferencedObjectPathIds?: unknown[] } | undefined,
    resolve: (id: number) => ExcelObject,
  ): Args {
    const args = [...(info?.Arguments ?? [])];
    const refs = info?.ReferencedObjectPathIds ?? [];
    refs.forEach((ref, i) => {
      if (typeof ref === "number" && ref !== 0) args[i] = resolve(ref);
    });
    return args;
  }

  private resolvePath(info: ObjectPathInfo, resolve: (id: number) => ExcelObject): ExcelObject {
    const parent = () => {
      if (info.ParentObjectPathId === undefined) invalid(`object path ${info.Id} has no parent`);
      return resolve(info.ParentObjectPathId);
    };
    switch (info.ObjectPathType) {
      case PathType.GlobalObject:
        return this.root;
      case PathType.Property:
        return parent().prop(info.Name);
      case PathType.Method: {
        const out = parent().call(info.Name, this.args(info.ArgumentInfo, resolve));
        if (!(out instanceof ExcelObject)) invalid(`${info.Name} does not return an object`);
        return out;
      }
      case PathType.Indexer:
        return parent().indexer(this.args(info.ArgumentInfo, resolve));
      case PathType.ReferenceId: {
        const obj = this.references.get(info.Name);
        if (!obj)
          throw new ExcelError("InvalidObjectPath", `The object path '${info.Name}' isn't working for what you're trying to do.`);
        return obj;
      }
      case PathType.NullObject:
        return NULL_OBJECT;
      case PathType.NewObject:
        if (info.Name === "Microsoft.ExcelServices.CustomFunctions") return new CustomFunctionsService(this);
        // Office's own services (not Excel's object model) the library asks for at start-up: recorded.
        return new RecordedObject(`new ${info.Name}`, (this.newObjects[info.Name] ??= {}) as Record<string, unknown>);
      default:
        return invalid(`object path type ${info.ObjectPathType}`);
    }
  }

  private referenceOf(obj: ExcelObject): string {
    for (const [id, o] of this.references) if (o === obj) return id;
    const id = `ref:${this.nextReference++}`;
    this.references.set(id, obj);
    return id;
  }

  private runAction(action: ActionInfo, resolve: (id: number) => ExcelObject, kept: Set<ExcelObject>): unknown {
    const target = resolve(action.ObjectPathId);
    switch (action.ActionType) {
      case Action.Instantiate: {
        if (target.isNull) return null;
        const answer: Record<string, unknown> = { ...target.identity() };
        if (kept.has(target)) answer._ReferenceId = this.referenceOf(target);
        return answer;
      }
      case Action.Query:
        if (target.isNull) return null;
        return target.query(action.QueryInfo?.Select);
      case Action.Method: {
        if (action.Name === "_KeepReference") {
          kept.add(target);
          return null;
        }
        if (action.Name === "_RemoveReference") {
          this.references.delete(String(action.ArgumentInfo?.Arguments?.[0]));
          return null;
        }
        if (target.isNull) throw new ExcelError("ItemNotFound", "The requested resource doesn't exist.");
        const out = target.call(action.Name, this.args(action.ArgumentInfo, resolve));
        return out instanceof ExcelObject ? null : (out ?? null);
      }
      case Action.SetProperty: {
        if (target.isNull) throw new ExcelError("ItemNotFound", "The requested resource doesn't exist.");
        const [value] = this.args(action.ArgumentInfo, resolve);
        target.set(action.Name, value);
        return undefined;
      }
      case Action.Trace:
        return null;
      default:
        return invalid(`action type ${action.ActionType}`);
    }
  }
}

/** Where the custom-functions runtime sends what the functions returned or threw. */
class CustomFunctionsService extends ExcelObject {
  readonly type = "CustomFunctions";
  constructor(readonly session: ProtocolSession) {
    super();
  }
  override call(name: string, args: Args): unknown {
    switch (name) {
      case "SetInvocationArrayResults":
      case "SetInvocationResults":
        if (!Array.isArray(args[0])) invalid("invocation results");
        this.session.onInvocationResults?.(args[0]);
        return null;
      case "_SetOsfControlContainerReadyForCustomFunctions":
        return null;
      case "_GetEnabledFeatures":
        return [];
      default:
        return super.call(name, args);
    }
  }
}

class NullObject extends ExcelObject {
  readonly type = "NullObject";
  override get isNull(): boolean {
    return true;
  }
  override prop(): ExcelObject {
    return this;
  }
  override call(): unknown {
    return this;
  }
}
const NULL_OBJECT = new NullObject();

class WorkbookObject extends ExcelObject {
  readonly type = "Workbook";
  constructor(readonly session: ProtocolSession) {
    super();
  }
  get book(): FakeWorkbook {
    return this.session.book;
  }
  override prop(name: string): ExcelObject {
    switch (name) {
      case "Worksheets":
        return new WorksheetCollection(this);
      case "Settings":
        return new SettingCollection(this);
      case "Tables":
        return new TableCollection(this, null);
      case "Application":
        return new ApplicationObject(this);
      default:
        return super.prop(name);
    }
  }
  override call(name: string, args: Args): unknown {
    if (name === "GetActiveWorksheet") return new WorksheetCollection(this).call("GetActiveWorksheet", args);
    // Excel.createWorkbook on the web: the root of the library's "WacPartition" context.
    if (name === "CreateAndOpenWorkbook") return openWorkbook(this.book, args[0]);
    return super.call(name, args);
  }
  override query(): Record<string, unknown> {
    return { Name: "Book1.xlsx" };
  }
}

/** A new workbook from a base64 .xlsx: recorded (what would open) once it is valid base64. */
function openWorkbook(book: FakeWorkbook, base64: unknown): null {
  if (typeof base64 !== "string" || base64.length === 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) invalid("base64 workbook");
  book.createdWorkbooks.push(base64);
  return null;
}

class ApplicationObject extends ExcelObject {
  readonly type = "Application";
  constructor(readonly wb: WorkbookObject) {
    super();
  }
  override call(name: string, args: Args): unknown {
    if (name === "SuspendApiCalculationUntilNextSync") return null;
    // Excel.createWorkbook on Windows and Mac: application.createWorkbook(base64).open().
    if (name === "CreateWorkbook") {
      const base64 = args[0];
      return new SimpleObject(
        "WorkbookCreated",
        {},
        {},
        "created",
        () => null,
        (method) => (method === "Open" ? openWorkbook(this.wb.book, base64) : undefined),
      );
    }
    if (name === "Calculate") return null;
    return super.call(name, args);
  }
  override query(select: string[] | undefined): Record<string, unknown> {
    return pick({ CalculationMode: () => "Automatic" }, select, ["CalculationMode"]);
  }
}

class WorksheetCollection extends ExcelObject {
  readonly type = "WorksheetCollection";
  constructor(readonly wb: WorkbookObject) {
    super();
  }
  private find(key: unknown): FakeSheet | undefined {
    const k = String(key).toLowerCase();
    return this.wb.book.sheets.find((s) => s.name.toLowerCase() === k || s.id.toLowerCase() === k);
  }
  override indexer([key]: Args): ExcelObject {
    const sheet = this.find(key);
    if (!sheet) throw new ExcelError("ItemNotFound", `The requested resource doesn't exist: worksheet "${String(key)}"`);
    return new WorksheetObject(this.wb, sheet);
  }
  override call(name: string, args: Args): unknown {
    const book = this.wb.book;
    switch (name) {
      case "Add": {
        const requested = args[0];
        book.checkFailure(`addSheet:${String(requested)}`);
        let name = typeof requested === "string" ? requested : "";
        if (!name) {
          let n = book.sheets.length + 1;
          while (book.sheet(`Sheet${n}`)) n++;
          name = `Sheet${n}`;
        }
        return new WorksheetObject(this.wb, book.newSheet(name));
      }
      case "GetItem":
        return this.indexer(args);
      case "GetItemOrNullObject": {
        const sheet = this.find(args[0]);
        return sheet ? new WorksheetObject(this.wb, sheet) : NULL_OBJECT;
      }
      case "GetActiveWorksheet": {
        const sheet = book.sheets.find((s) => s.id === book.activeSheetId) ?? book.sheets[0];
        return new WorksheetObject(this.wb, sheet);
      }
      case "GetCount":
        return book.sheets.length;
      default:
        return super.call(name, args);
    }
  }
  override query(select: string[] | undefined): Record<string, unknown> {
    const items = itemSelect(select);
    return { _Items: this.wb.book.sheets.map((s) => new WorksheetObject(this.wb, s).query(items)) };
  }
}

class WorksheetObject extends ExcelObject {
  readonly type = "Worksheet";
  constructor(
    readonly wb: WorkbookObject,
    private readonly sheetState: FakeSheet,
  ) {
    super();
  }
  /** The sheet, as long as it is still in the workbook. */
  get sheet(): FakeSheet {
    if (!this.wb.book.sheets.includes(this.sheetState))
      throw new ExcelError("ItemNotFound", "The requested resource doesn't exist: the worksheet was deleted.");
    return this.sheetState;
  }
  override identity(): Record<string, unknown> {
    return { Id: this.sheetState.id };
  }
  override prop(name: string): ExcelObject {
    switch (name) {
      case "Tables":
        return new TableCollection(this.wb, this);
      case "Charts":
        return new ChartCollection(this);
      case "FreezePanes":
        return new FreezePanesObject(this);
      case "PageLayout":
        return new PageLayoutObject(this);
      default:
        // Page layout, protection, ...: recorded on the sheet by wire path.
        return new RecordedObject(`Worksheet.${name}`, (this.sheet.other[name] ??= {}) as Record<string, unknown>);
    }
  }
  override call(name: string, args: Args): unknown {
    const book = this.wb.book;
    switch (name) {
      case "GetRange":
        return RangeObject.at(this, args[0] === undefined || args[0] === null || args[0] === "" ? null : String(args[0]));
      case "GetRangeByIndexes": {
        const [r, c, rows, cols] = args as number[];
        if (rows < 1 || cols < 1) invalid("GetRangeByIndexes size");
        return new RangeObject(this, { r1: r, c1: c, r2: r + rows - 1, c2: c + cols - 1 });
      }
      case "GetUsedRange":
      case "GetUsedRangeOrNullObject": {
        const box = usedBox(this.sheet, !!args[0]);
        if (!box) return name === "GetUsedRange" ? new RangeObject(this, { r1: 0, c1: 0, r2: 0, c2: 0 }) : NULL_OBJECT;
        return new RangeObject(this, box);
      }
      case "GetCell":
        return new RangeObject(this, {
          r1: args[0] as number,
          c1: args[1] as number,
          r2: args[0] as number,
          c2: args[1] as number,
        });
      case "Activate":
        book.activeSheetId = this.sheet.id;
        return null;
      case "Delete":
        book.deleteSheet(this.sheet);
        return null;
      default:
        return super.call(name, args);
    }
  }
  override set(name: string, value: unknown): void {
    switch (name) {
      case "Name":
        this.wb.book.checkFailure("rename");
        this.wb.book.renameSheet(this.sheet, value as string);
        return;
      case "TabColor":
        this.sheet.tabColor = checkColor(value, true);
        return;
      case "Visibility":
        this.wb.session.checkEnum("SheetVisibility", value);
        this.sheet.other.Visibility = value;
        return;
      default:
        super.set(name, value);
    }
  }
  override query(select: string[] | undefined): Record<string, unknown> {
    const s = this.sheet;
    return pick(
      {
        Id: () => s.id,
        Name: () => s.name,
        Position: () => this.wb.book.sheets.indexOf(s),
        TabColor: () => s.tabColor,
        Visibility: () => (s.other.Visibility as string) ?? "Visible",
        StandardWidth: () => 8.43,
      },
      select,
      ["Id", "Name", "Position", "TabColor", "Visibility", "StandardWidth"],
    );
  }
}

function checkColor(value: unknown, allowEmpty = false): string {
  if (typeof value !== "string") invalid("color");
  if (allowEmpty && value === "") return value;
  if (/^#[0-9A-Fa-f]{6}$/.test(value) || /^[A-Za-z]+$/.test(value)) return value;
  return invalid(`color "${value}"`);
}

type Matrix = unknown[][];

class RangeObject extends ExcelObject {
  readonly type = "Range";
  constructor(
    readonly ws: WorksheetObject,
    readonly area: Area,
  ) {
    super();
  }

  /** worksheet.getRange(address): an address on this sheet, or "Sheet!A1" naming it. */
  static at(ws: WorksheetObject, address: string | null): RangeObject {
    if (address === null) return new RangeObject(ws, { r1: 0, c1: 0, r2: 1_048_575, c2: 16_383 });
    return new RangeObject(ws, parseArea(address));
  }

  get rows(): number {
    return this.area.r2 - this.area.r1 + 1;
  }
  get cols(): number {
    return this.area.c2 - this.area.c1 + 1;
  }
  get book(): FakeWorkbook {
    return this.ws.wb.book;
  }
  get address(): string {
    return `${quoteName(this.ws.sheet.name)}!${areaAddress(this.area)}`;
  }

  private forEachCell(fn: (cell: FakeCell, i: number, j: number) => void): void {
    const sheet = this.ws.sheet;
    const { r1, c1, r2, c2 } = this.area;
    if ((r2 - r1 + 1) * (c2 - c1 + 1) > 17_179_869_184) invalid("range size");
    for (let r = r1; r <= r2; r++) {
      for (let c = c1; c <= c2; c++) {
        const key = `${r},${c}`;
        const cell = sheet.cells.get(key) ?? { value: "", numberFormat: "General" };
        fn(cell, r - r1, c - c1);
        sheet.cells.set(key, cell);
      }
    }
  }

  private matrix(f: (cell: FakeCell | undefined) => unknown): unknown[][] {
    if (this.rows * this.cols > READ_CELL_LIMIT) {
      throw new ExcelError(
        "ResponsePayloadSizeLimitExceeded",
        "The range has more than 5 million cells; read it in smaller blocks.",
      );
    }
    const sheet = this.ws.sheet;
    return Array.from({ length: this.rows }, (_, i) =>
      Array.from({ length: this.cols }, (_, j) => f(sheet.cells.get(`${this.area.r1 + i},${this.area.c1 + j}`))),
    );
  }

  /** A 2-D array the size of the range, or one value for every cell (as Excel accepts). */
  private shaped(value: unknown, what: string): (i: number, j: number) => unknown {
    if (!Array.isArray(value)) return () => value;
    const m = value as Matrix;
    if (m.length !== this.rows || m.some((row) => !Array.isArray(row) || row.length !== this.cols)) {
      throw new ExcelError(
        "InvalidArgument",
        `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}, ${areaAddress(this.area)}).`,
      );
    }
    return (i, j) => m[i][j];
  }

  override prop(name: string): ExcelObject {
    switch (name) {
      case "Format":
        return new RangeFormatObject(this);
      case "ConditionalFormats":
        return new ConditionalFormatCollection(this);
      case "Worksheet":
        return this.ws;
      default:
        return super.prop(name);
    }
  }

  override call(name: string, args: Args): unknown {
    const { r1, c1, r2, c2 } = this.area;
    const sub = (a: Area) => new RangeObject(this.ws, a);
    switch (name) {
      case "GetRow":
        return sub({ r1: r1 + (args[0] as number), c1, r2: r1 + (args[0] as number), c2 });
      case "GetColumn":
        return sub({ r1, c1: c1 + (args[0] as number), r2, c2: c1 + (args[0] as number) });
      case "GetCell":
        return sub({
          r1: r1 + (args[0] as number),
          c1: c1 + (args[1] as number),
          r2: r1 + (args[0] as number),
          c2: c1 + (args[1] as number),
        });
      case "GetBoundingRect": {
        const other = args[0] instanceof RangeObject ? args[0].area : parseArea(String(args[0]));
        return sub({
          r1: Math.min(r1, other.r1),
          c1: Math.min(c1, other.c1),
          r2: Math.max(r2, other.r2),
          c2: Math.max(c2, other.c2),
        });
      }
      case "GetResizedRange":
        return sub({ r1, c1, r2: r2 + (args[0] as number), c2: c2 + (args[1] as number) });
      case "GetOffsetRange":
        return sub({
          r1: r1 + (args[0] as number),
          c1: c1 + (args[1] as number),
          r2: r2 + (args[0] as number),
          c2: c2 + (args[1] as number),
        });
      case "GetEntireColumn":
        return sub({ r1: 0, c1, r2: 1_048_575, c2 });
      case "GetEntireRow":
        return sub({ r1, c1: 0, r2, c2: 16_383 });
      case "_ValidateArraySize":
        // The library asks before it splits a large write into row chunks.
        if (args[0] !== this.rows || args[1] !== this.cols) {
          throw new ExcelError(
            "InvalidArgument",
            `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${areaAddress(this.area)}).`,
          );
        }
        return null;
      case "Select":
        this.book.activeSheetId = this.ws.sheet.id;
        return null;
      case "Merge":
        if (r1 === r2 && c1 === c2) invalid("merge of one cell");
        (this.ws.sheet.merges ??= []).push(areaAddress(this.area));
        return null;
      case "Clear":
        for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) this.ws.sheet.cells.delete(`${r},${c}`);
        return null;
      default:
        return super.call(name, args);
    }
  }

  override set(name: string, value: unknown): void {
    switch (name) {
      case "Values": {
        this.book.checkFailure("values");
        const at = this.shaped(value, "values");
        this.forEachCell((cell, i, j) => this.book.writeValue(cell, at(i, j)));
        return;
      }
      case "NumberFormat": {
        this.book.checkFailure("numberFormat");
        const at = this.shaped(value, "numberFormat");
        this.forEachCell((cell, i, j) => {
          const f = at(i, j);
          if (f === null || f === undefined) return;
          if (typeof f !== "string") invalid("numberFormat");
          cell.numberFormat = f;
        });
        return;
      }
      case "Formulas": {
        const at = this.shaped(value, "formulas");
        this.forEachCell((cell, i, j) => {
          const f = at(i, j);
          if (typeof f === "string" && f.startsWith("=")) {
            cell.formula = f;
            cell.value = 0;
          } else this.book.writeValue(cell, f);
        });
        return;
      }
      case "Hyperlink": {
        const link = value as FakeCell["hyperlink"];
        const key = `${this.area.r1},${this.area.c1}`;
        const cell = this.ws.sheet.cells.get(key) ?? { value: "", numberFormat: "General" };
        cell.hyperlink = { ...link };
        if (link?.textToDisplay !== undefined) cell.value = link.textToDisplay;
        this.ws.sheet.cells.set(key, cell);
        return;
      }
      default:
        super.set(name, value);
    }
  }

  override query(select: string[] | undefined): Record<string, unknown> {
    return pick(
      {
        Address: () => this.address,
        AddressLocal: () => this.address,
        RowCount: () => this.rows,
        ColumnCount: () => this.cols,
        RowIndex: () => this.area.r1,
        ColumnIndex: () => this.area.c1,
        CellCount: () => this.rows * this.cols,
        Values: () => this.matrix((c) => c?.value ?? ""),
        Text: () => this.matrix((c) => (c ? String(c.value) : "")),
        NumberFormat: () => this.matrix((c) => c?.numberFormat ?? "General"),
        Formulas: () => this.matrix((c) => c?.formula ?? c?.value ?? ""),
        ValueTypes: () =>
          this.matrix((c) =>
            c === undefined || c.value === ""
              ? "Empty"
              : typeof c.value === "number"
                ? "Double"
                : typeof c.value === "boolean"
                  ? "Boolean"
                  : /^#/.test(String(c.value))
                    ? "Error"
                    : "String",
          ),
      },
      select,
      ["Address", "RowCount", "ColumnCount", "Values", "NumberFormat", "Formulas", "Text"],
    );
  }
}

class RangeFormatObject extends ExcelObject {
  readonly type = "RangeFormat";
  constructor(readonly range: RangeObject) {
    super();
  }
  private each(fn: (cell: FakeCell) => void): void {
    const sheet = this.range.ws.sheet;
    const { r1, c1, r2, c2 } = this.range.area;
    // A whole column or row formats lazily in Excel; here only cells that exist carry it.
    const huge = (r2 - r1 + 1) * (c2 - c1 + 1) > 1_000_000;
    if (huge) {
      for (const [key, cell] of sheet.cells) {
        const [r, c] = key.split(",").map(Number);
        if (r >= r1 && r <= r2 && c >= c1 && c <= c2) fn(cell);
      }
      return;
    }
    for (let r = r1; r <= r2; r++) {
      for (let c = c1; c <= c2; c++) {
        const key = `${r},${c}`;
        const cell = sheet.cells.get(key) ?? { value: "", numberFormat: "General" };
        fn(cell);
        sheet.cells.set(key, cell);
      }
    }
  }
  override prop(name: string): ExcelObject {
    switch (name) {
      case "Font":
        return new FontObject((k, v) => this.each((c) => void (c.font = { ...c.font, [k]: v })));
      case "Fill":
        return new FillObject((v) => this.each((c) => void (c.fill = v)));
      default:
        // Borders, protection: recorded on the sheet by wire path.
        return new RecordedObject(
          `RangeFormat.${name}`,
          (this.range.ws.sheet.other[`${areaAddress(this.range.area)}.${name}`] ??= {}) as Record<string, unknown>,
        );
    }
  }
  override call(name: string, args: Args): unknown {
    if (name === "AutofitRows" || name === "AutofitColumns") return null;
    return super.call(name, args);
  }
  override set(name: string, value: unknown): void {
    const session = this.range.ws.wb.session;
    const sheet = this.range.ws.sheet;
    const { r1, c1, r2, c2 } = this.range.area;
    switch (name) {
      case "WrapText":
        if (typeof value !== "boolean") invalid("wrapText");
        this.each((c) => void (c.wrapText = value));
        return;
      case "HorizontalAlignment":
        session.checkEnum("HorizontalAlignment", value);
        this.each((c) => void (c.horizontalAlignment = value as string));
        return;
      case "VerticalAlignment":
        session.checkEnum("VerticalAlignment", value);
        return;
      case "IndentLevel":
        if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > 250) invalid("indentLevel");
        return;
      case "ColumnWidth":
        if (typeof value !== "number" || !(value >= 0) || value > 255 * 7.5) invalid("columnWidth");
        for (let c = c1; c <= c2; c++) sheet.columnWidths[c] = value;
        return;
      case "RowHeight":
        if (typeof value !== "number" || !(value >= 0) || value > 409) invalid("rowHeight");
        for (let r = r1; r <= Math.min(r2, r1 + 100_000); r++) sheet.rowHeights[r] = value;
        return;
      default:
        super.set(name, value);
    }
  }
}

class FontObject extends ExcelObject {
  readonly type = "RangeFont";
  constructor(private readonly apply: (key: string, value: unknown) => void) {
    super();
  }
  override set(name: string, value: unknown): void {
    switch (name) {
      case "Bold":
      case "Italic":
        if (typeof value !== "boolean") invalid(name);
        this.apply(name.toLowerCase(), value);
        return;
      case "Size":
        if (typeof value !== "number" || value < 1 || value > 409) invalid("font size");
        this.apply("size", value);
        return;
      case "Color":
        this.apply("color", checkColor(value));
        return;
      case "Name":
        this.apply("name", value);
        return;
      default:
        super.set(name, value);
    }
  }
}

class FillObject extends ExcelObject {
  readonly type = "RangeFill";
  constructor(private readonly apply: (value: string) => void) {
    super();
  }
  override set(name: string, value: unknown): void {
    if (name === "Color") return this.apply(checkColor(value));
    super.set(name, value);
  }
}

class TableCollection extends ExcelObject {
  readonly type = "TableCollection";
  constructor(
    readonly wb: WorkbookObject,
    readonly ws: WorksheetObject | null,
  ) {
    super();
  }
  private tables(): { table: FakeTable; sheet: FakeSheet }[] {
    const sheets = this.ws ? [this.ws.sheet] : this.wb.book.sheets;
    return sheets.flatMap((sheet) => sheet.tables.map((table) => ({ table, sheet })));
  }
  override call(name: string, args: Args): unknown {
    switch (name) {
      case "Add": {
        const [address, hasHeaders] = args;
        if (typeof address !== "string" && !(address instanceof RangeObject)) invalid("table address");
        if (typeof hasHeaders !== "boolean") invalid("hasHeaders");
        let ws = this.ws;
        let where = address instanceof RangeObject ? areaAddress(address.area) : address;
        if (address instanceof RangeObject) ws = address.ws;
        else if (address.includes("!")) {
          const sheetName = address.slice(0, address.lastIndexOf("!")).replace(/^'|'$/g, "").replace(/''/g, "'");
          const sheet = this.wb.book.sheet(sheetName);
          if (!sheet) throw new ExcelError("ItemNotFound", `The requested resource doesn't exist: sheet ${sheetName}`);
          ws = new WorksheetObject(this.wb, sheet);
          where = address.slice(address.lastIndexOf("!") + 1);
        }
        if (!ws) invalid("table address without a sheet");
        return new TableObject(this.wb, ws.sheet, this.wb.book.addTable(ws.sheet, where));
      }
      case "GetItem":
      case "GetItemOrNullObject": {
        const hit = this.tables().find(
          ({ table }) => table.name.toLowerCase() === String(args[0]).toLowerCase() || table.id === args[0],
        );
        if (hit) return new TableObject(this.wb, hit.sheet, hit.table);
        if (name === "GetItem")
          throw new ExcelError("ItemNotFound", `The requested resource doesn't exist: table ${String(args[0])}`);
        return NULL_OBJECT;
      }
      case "GetCount":
        return this.tables().length;
      default:
        return super.call(name, args);
    }
  }
  override indexer(args: Args): ExcelObject {
    return this.call("GetItem", args) as ExcelObject;
  }
  override query(select: string[] | undefined): Record<string, unknown> {
    const items = itemSelect(select);
    return { _Items: this.tables().map(({ table, sheet }) => new TableObject(this.wb, sheet, table).query(items)) };
  }
}

const TABLE_STYLE = /^TableStyle(Light([1-9]|1[0-9]|2[01])|Medium([1-9]|1[0-9]|2[0-8])|Dark([1-9]|1[01]))$/;

class TableObject extends ExcelObject {
  readonly type = "Table";
  constructor(
    readonly wb: WorkbookObject,
    readonly sheet: FakeSheet,
    readonly table: FakeTable,
  ) {
    super();
  }
  override identity(): Record<string, unknown> {
    return { Id: this.table.id };
  }
  override set(name: string, value: unknown): void {
    switch (name) {
      case "Name":
        this.wb.book.checkFailure("tableName");
        this.wb.book.validateTableName(value as string, this.table);
        this.table.name = value as string;
        return;
      case "Style":
        if (typeof value !== "string" || !TABLE_STYLE.test(value)) invalid(`table style "${String(value)}"`);
        this.table.style = value;
        return;
      default:
        super.set(name, value);
    }
  }
  override query(select: string[] | undefined): Record<string, unknown> {
    return pick(
      { Id: () => this.table.id, Name: () => this.table.name, Style: () => this.table.style, ShowHeaders: () => true },
      select,
      ["Id", "Name", "Style", "ShowHeaders"],
    );
  }
}

class ChartCollection extends ExcelObject {
  readonly type = "ChartCollection";
  constructor(readonly ws: WorksheetObject) {
    super();
  }
  override call(name: string, args: Args): unknown {
    if (name !== "Add") return super.call(name, args);
    const [type, source, seriesBy] = args;
    const session = this.ws.wb.session;
    this.ws.wb.book.checkFailure("chart");
    session.checkEnum("ChartType", type);
    if (seriesBy !== undefined && seriesBy !== null) session.checkEnum("ChartSeriesBy", seriesBy);
    if (!(source instanceof RangeObject)) invalid("chart source data");
    const sheet = this.ws.sheet;
    const chart: FakeChart = {
      id: this.ws.wb.book.newId(),
      type: type as string,
      source: areaAddress(source.area),
      seriesBy: (seriesBy as string) ?? "Auto",
      title: { text: "" },
      axes: { valueAxis: { numberFormat: "General" } },
      name: `Chart ${sheet.charts.length + 1}`,
      legend: { visible: true },
      dataLabels: {},
      series: {},
      other: {},
    };
    sheet.charts.push(chart);
    return new ChartObject(this.ws, chart);
  }
  override query(select: string[] | undefined): Record<string, unknown> {
    const items = itemSelect(select);
    return { _Items: this.ws.sheet.charts.map((c) => new ChartObject(this.ws, c).query(items)) };
  }
}

/** A value axis bound as set: a finite number (above `min`, below `max` where set), or "" = automatic. */
function axisBound(v: unknown, min: number | undefined, max: number | undefined): number | undefined {
  if (v === "") return undefined;
  if (typeof v !== "number" || !Number.isFinite(v)) invalid("axis minimum / maximum");
  if ((min !== undefined && v <= min) || (max !== undefined && v >= max)) invalid("axis minimum at or above maximum");
  return v;
}

class ChartObject extends ExcelObject {
  readonly type = "Chart";
  constructor(
    readonly ws: WorksheetObject,
    readonly chart: FakeChart,
  ) {
    super();
  }
  override identity(): Record<string, unknown> {
    return { Id: this.chart.id };
  }
  override prop(name: string): ExcelObject {
    const chart = this.chart;
    switch (name) {
      case "Title":
        return new SimpleObject("ChartTitle", { Text: (v) => void (chart.title.text = String(v)) }, chart.other, "Title");
      case "Axes":
        return new SimpleObject("ChartAxes", {}, chart.other, "Axes", (axis) =>
          axis === "ValueAxis"
            ? new SimpleObject(
                "ChartAxis",
                {
                  NumberFormat: (v) => void (chart.axes.valueAxis.numberFormat = String(v)),
                  // A number, or "" for automatic; Excel refuses a minimum at or above the maximum.
                  Minimum: (v) => void (chart.axes.valueAxis.minimum = axisBound(v, undefined, chart.axes.valueAxis.maximum)),
                  Maximum: (v) => void (chart.axes.valueAxis.maximum = axisBound(v, chart.axes.valueAxis.minimum, undefined)),
                },
                chart.other,
                "ValueAxis",
              )
            : null,
        );
      case "Legend":
        return new SimpleObject(
          "ChartLegend",
          {
            Visible: (v) => {
              if (typeof v !== "boolean") invalid("legend visible");
              chart.legend.visible = v;
            },
          },
          chart.other,
          "Legend",
        );
      case "DataLabels":
        return new SimpleObject(
          "ChartDataLabels",
          {
            ShowValue: (v) => {
              if (typeof v !== "boolean") invalid("data labels showValue");
              chart.dataLabels.showValue = v;
            },
            NumberFormat: (v) => {
              if (typeof v !== "string") invalid("data labels numberFormat");
              chart.dataLabels.numberFormat = v;
            },
            Position: (v) => void (chart.dataLabels.position = this.ws.wb.session.checkEnum("ChartDataLabelPosition", v)),
          },
          chart.other,
          "DataLabels",
        );
      case "Series":
        return new ChartSeriesCollection(this);
      default:
        return new RecordedObject(`Chart.${name}`, (chart.other[name] ??= {}) as Record<string, unknown>);
    }
  }

  /** Series Excel makes from the source: one per column after the first (by columns) or per row. */
  get seriesCount(): number {
    const a = parseArea(this.chart.source);
    return this.chart.seriesBy === "Rows" ? a.r2 - a.r1 : a.c2 - a.c1;
  }
  override call(name: string, args: Args): unknown {
    if (name === "SetPosition") {
      const cell = (a: unknown) =>
        a instanceof RangeObject
          ? areaAddress(a.area)
          : a === undefined || a === null
            ? undefined
            : areaAddress(parseArea(String(a)));
      this.chart.position = {
        start: cell(args[0]) as string,
        ...(args[1] !== undefined && args[1] !== null ? { end: cell(args[1]) } : {}),
      };
      return null;
    }
    if (name === "Delete") {
      this.ws.sheet.charts = this.ws.sheet.charts.filter((c) => c !== this.chart);
      return null;
    }
    return new RecordedObject(`Chart.${name}`, this.chart.other).call(name, args);
  }
  override set(name: string, value: unknown): void {
    if (name === "Name") {
      this.chart.name = String(value);
      return;
    }
    this.chart.other[name] = value;
  }
  override query(select: string[] | undefined): Record<string, unknown> {
    return pick({ Id: () => this.chart.id, Name: () => this.chart.name, ChartType: () => this.chart.type }, select, [
      "Id",
      "Name",
      "ChartType",
    ]);
  }
}

class ChartSeriesCollection extends ExcelObject {
  readonly type = "ChartSeriesCollection";
  constructor(readonly chart: ChartObject) {
    super();
  }
  override call(name: string, args: Args): unknown {
    if (name !== "GetItemAt") return super.call(name, args);
    const index = args[0];
    if (typeof index !== "number" || !Number.isInteger(index) || index < 0 || index >= this.chart.seriesCount) {
      throw new ExcelError(
        "ItemNotFound",
        `The requested resource doesn't exist: series ${String(index)} of ${this.chart.seriesCount}.`,
      );
    }
    return new ChartSeriesObject(this.chart.chart, index);
  }
  override query(): Record<string, unknown> {
    return { _Items: Array.from({ length: this.chart.seriesCount }, () => ({})) };
  }
}

class ChartSeriesObject extends ExcelObject {
  readonly type = "ChartSeries";
  constructor(
    readonly chart: FakeChart,
    readonly index: number,
  ) {
    super();
  }
  private get record(): { fill?: string; line?: string; gapWidth?: number } {
    return (this.chart.series[this.index] ??= {});
  }
  override prop(name: string): ExcelObject {
    if (name !== "Format")
      return new RecordedObject(
        `ChartSeries.${name}`,
        (this.chart.other[`series${this.index}.${name}`] ??= {}) as Record<string, unknown>,
      );
    return new SimpleObject("ChartSeriesFormat", {}, {}, "format", (part) => {
      if (part === "Fill") {
        return new SimpleObject(
          "ChartFill",
          {},
          {},
          "fill",
          () => null,
          (method, args) => {
            if (method === "SetSolidColor") {
              this.record.fill = checkColor(args[0]);
              return null;
            }
            if (method === "Clear") {
              this.record.fill = "none";
              return null;
            }
            return undefined;
          },
        );
      }
      if (part === "Line")
        return new SimpleObject("ChartLineFormat", { Color: (v) => void (this.record.line = checkColor(v)) }, {}, "line");
      return null;
    });
  }
  override set(name: string, value: unknown): void {
    if (name === "GapWidth") {
      if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > 500) invalid("gapWidth (0 to 500)");
      this.record.gapWidth = value;
      return;
    }
    this.chart.other[`series${this.index}.${name}`] = value;
  }
}

class PageLayoutObject extends ExcelObject {
  readonly type = "PageLayout";
  constructor(readonly ws: WorksheetObject) {
    super();
  }
  override set(name: string, value: unknown): void {
    const layout = this.ws.sheet.pageLayout;
    switch (name) {
      case "Orientation":
        layout.orientation = this.ws.wb.session.checkEnum("PageOrientation", value);
        return;
      case "Zoom": {
        const z = value as FakePageLayoutZoom;
        const ok = (n: unknown, max: number) =>
          n === undefined || (typeof n === "number" && Number.isInteger(n) && n >= 0 && n <= max);
        if (
          !z ||
          typeof z !== "object" ||
          !ok(z.horizontalFitToPages, 32767) ||
          !ok(z.verticalFitToPages, 32767) ||
          (z.scale !== undefined && !(typeof z.scale === "number" && z.scale >= 10 && z.scale <= 400))
        ) {
          invalid("zoom");
        }
        layout.zoom = z;
        return;
      }
      default:
        this.ws.sheet.other.PageLayout ??= {} as Record<string, unknown>;
        (this.ws.sheet.other.PageLayout as Record<string, unknown>)[name] = value;
    }
  }
  override call(name: string, args: Args): unknown {
    const layout = this.ws.sheet.pageLayout;
    const address = (a: unknown) => (a instanceof RangeObject ? areaAddress(a.area) : String(a));
    switch (name) {
      case "SetPrintArea": {
        const area = address(args[0]);
        for (const part of area.split(",")) parseArea(part);
        layout.printArea = area;
        return null;
      }
      case "SetPrintTitleRows": {
        const rows = address(args[0]);
        if (!/^\$?\d+:\$?\d+$/.test(rows)) invalid(`print title rows "${rows}"`);
        layout.printTitleRows = rows;
        return null;
      }
      default:
        return new RecordedObject("PageLayout", (this.ws.sheet.other.PageLayout ??= {}) as Record<string, unknown>).call(
          name,
          args,
        );
    }
  }
  override query(select: string[] | undefined): Record<string, unknown> {
    const layout = this.ws.sheet.pageLayout;
    return pick({ Orientation: () => layout.orientation ?? "Portrait", Zoom: () => layout.zoom ?? { scale: 100 } }, select, [
      "Orientation",
      "Zoom",
    ]);
  }
}

type FakePageLayoutZoom = { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };

/** A small object with a few modelled setters; anything else is recorded. */
class SimpleObject extends ExcelObject {
  constructor(
    readonly type: string,
    private readonly setters: Record<string, (value: unknown) => void>,
    private readonly other: Record<string, unknown>,
    private readonly key: string,
    private readonly child: (name: string) => ExcelObject | null = () => null,
    private readonly method: (name: string, args: Args) => unknown = () => undefined,
  ) {
    super();
  }
  private get record(): Record<string, unknown> {
    return (this.other[this.key] ??= {}) as Record<string, unknown>;
  }
  override prop(name: string): ExcelObject {
    return this.child(name) ?? new RecordedObject(`${this.type}.${name}`, (this.record[name] ??= {}) as Record<string, unknown>);
  }
  override set(name: string, value: unknown): void {
    const setter = this.setters[name];
    if (setter) setter(value);
    this.record[name] = value;
  }
  override call(name: string, args: Args): unknown {
    const out = this.method(name, args);
    if (out !== undefined) return out;
    return new RecordedObject(this.type, this.record).call(name, args);
  }
  override query(select: string[] | undefined): Record<string, unknown> {
    return new RecordedObject(this.type, this.record).query(select);
  }
}

class ConditionalFormatCollection extends ExcelObject {
  readonly type = "ConditionalFormatCollection";
  constructor(readonly range: RangeObject) {
    super();
  }
  override call(name: string, args: Args): unknown {
    if (name !== "Add") return super.call(name, args);
    const type = this.range.ws.wb.session.checkEnum("ConditionalFormatType", args[0]);
    const record: Record<string, unknown> = {
      type,
      range: areaAddress(this.range.area),
      colorScale: { criteria: null },
      cellValue: { format: { font: {}, fill: {} }, rule: null },
      custom: { format: { font: {}, fill: {} }, rule: { formula: "" } },
    };
    this.range.ws.sheet.conditionalFormats.push(record);
    return new ConditionalFormatObject(this.range, record);
  }
  override query(): Record<string, unknown> {
    return { _Items: this.range.ws.sheet.conditionalFormats.map((c) => ({ Type: c.type })) };
  }
}

const CELL_VALUE_OPERATORS = "ConditionalCellValueOperator";

class ConditionalFormatObject extends ExcelObject {
  readonly type = "ConditionalFormat";
  constructor(
    readonly range: RangeObject,
    readonly record: Record<string, unknown>,
  ) {
    super();
  }
  private formatOf(holder: { format: { font: Record<string, unknown>; fill: Record<string, unknown> } }): ExcelObject {
    return new SimpleObject("ConditionalRangeFormat", {}, {}, "format", (name) =>
      name === "Font"
        ? new FontObject((k, v) => void (holder.format.font[k] = v))
        : name === "Fill"
          ? new FillObject((v) => void (holder.format.fill.color = v))
          : null,
    );
  }
  override prop(name: string): ExcelObject {
    const session = this.range.ws.wb.session;
    const r = this.record;
    switch (name) {
      case "ColorScale":
        return new SimpleObject(
          "ColorScaleConditionalFormat",
          {
            Criteria: (v) => {
              const c = v as Record<string, { type?: string; color?: string } | undefined>;
              for (const stop of [c?.minimum, c?.midpoint, c?.maximum]) {
                if (!stop) continue;
                session.checkEnum("ConditionalFormatColorCriterionType", stop.type);
                if (stop.color) checkColor(stop.color);
              }
              if (!c?.minimum || !c?.maximum) invalid("color scale criteria need a minimum and a maximum");
              (r.colorScale as Record<string, unknown>).criteria = v;
            },
          },
          {},
          "colorScale",
        );
      case "CellValue": {
        const holder = r.cellValue as { format: { font: Record<string, unknown>; fill: Record<string, unknown> }; rule: unknown };
        return new SimpleObject(
          "CellValueConditionalFormat",
          {
            Rule: (v) => {
              const rule = v as { formula1?: unknown; operator?: unknown };
              session.checkEnum(CELL_VALUE_OPERATORS, rule?.operator);
              if (typeof rule.formula1 !== "string" || rule.formula1 === "") invalid("rule formula1");
              holder.rule = v;
            },
          },
          {},
          "cellValue",
          (n) => (n === "Format" ? this.formatOf(holder) : null),
        );
      }
      case "Custom": {
        const holder = r.custom as {
          format: { font: Record<string, unknown>; fill: Record<string, unknown> };
          rule: { formula: string };
        };
        return new SimpleObject("CustomConditionalFormat", {}, {}, "custom", (n) =>
          n === "Format"
            ? this.formatOf(holder)
            : n === "Rule"
              ? new SimpleObject(
                  "ConditionalFormatRule",
                  {
                    Formula: (v) => {
                      if (typeof v !== "string" || v === "") invalid("conditional format formula");
                      holder.rule.formula = v;
                    },
                  },
                  {},
                  "rule",
                )
              : null,
        );
      }
      default:
        return new RecordedObject(`ConditionalFormat.${name}`, (r[name] ??= {}) as Record<string, unknown>);
    }
  }
  override set(name: string, value: unknown): void {
    this.record[name] = value;
  }
}

class FreezePanesObject extends ExcelObject {
  readonly type = "WorksheetFreezePanes";
  constructor(readonly ws: WorksheetObject) {
    super();
  }
  override call(name: string, args: Args): unknown {
    const sheet = this.ws.sheet;
    const count = (v: unknown) => {
      const n = v === undefined || v === null ? 1 : v;
      if (typeof n !== "number" || n < 0 || !Number.isInteger(n)) invalid("freeze count");
      return n;
    };
    switch (name) {
      case "FreezeRows":
        sheet.freeze = { rows: count(args[0]), columns: 0 };
        return null;
      case "FreezeColumns":
        sheet.freeze = { rows: 0, columns: count(args[0]) };
        return null;
      case "FreezeAt": {
        const a = args[0] instanceof RangeObject ? args[0].area : parseArea(String(args[0]));
        sheet.freeze = { rows: a.r2 + 1, columns: a.c2 + 1 };
        return null;
      }
      case "Unfreeze":
        sheet.freeze = null;
        return null;
      default:
        return super.call(name, args);
    }
  }
}

class SettingCollection extends ExcelObject {
  readonly type = "SettingCollection";
  constructor(readonly wb: WorkbookObject) {
    super();
  }
  override call(name: string, args: Args): unknown {
    const settings = this.wb.book.settings;
    switch (name) {
      case "Add": {
        const [key, value] = args;
        if (typeof key !== "string" || key === "") invalid("setting key");
        // Excel stores a setting's value as JSON.
        settings.set(key, JSON.parse(JSON.stringify(value ?? null)));
        return new SettingObject(this.wb, key);
      }
      case "GetItem":
      case "GetItemOrNullObject": {
        const key = String(args[0]);
        if (settings.has(key)) return new SettingObject(this.wb, key);
        if (name === "GetItem") throw new ExcelError("ItemNotFound", `The requested resource doesn't exist: setting ${key}`);
        return NULL_OBJECT;
      }
      default:
        return super.call(name, args);
    }
  }
}

class SettingObject extends ExcelObject {
  readonly type = "Setting";
  constructor(
    readonly wb: WorkbookObject,
    readonly key: string,
  ) {
    super();
  }
  override call(name: string, args: Args): unknown {
    if (name === "Delete") {
      this.wb.book.settings.delete(this.key);
      return null;
    }
    return super.call(name, args);
  }
  override query(select: string[] | undefined): Record<string, unknown> {
    return pick({ Key: () => this.key, Value: () => this.wb.book.settings.get(this.key) }, select, ["Key", "Value"]);
  }
}

/** The host side of `window._richApiNativeBridge`: answers ProcessQuery messages from the workbook the
 * caller names (the test's current one). Other message kinds (custom functions) go to `onOther`. */
export function createRichApiBridge(
  session: () => ProtocolSession,
  options: {
    onOther?: (message: { id?: number; type: number; message?: unknown }) => void;
    schedule?: (f: () => void) => void;
  } = {},
): { sendMessageToHost(text: string): void; onMessageFromHost?: (text: string) => void } {
  const schedule = options.schedule ?? ((f: () => void) => setTimeout(f, 0));
  const bridge: { sendMessageToHost(text: string): void; onMessageFromHost?: (text: string) => void } = {
    sendMessageToHost(text: string) {
      const message = JSON.parse(text) as { id: number; type: number; message?: { url?: string; body?: unknown } };
      if (message.type !== 1 || message.message?.url !== "ProcessQuery") {
        options.onOther?.(message);
        return;
      }
      const body = message.message.body;
      const bodyText = typeof body === "string" ? body : JSON.stringify(body);
      const responseBody = session().processQuery(bodyText);
      // Excel answers asynchronously, never inside the call that sent the request.
      schedule(() =>
        bridge.onMessageFromHost?.(
          JSON.stringify({ id: message.id, type: 2, message: { statusCode: 200, headers: {}, body: responseBody } }),
        ),
      );
    },
  };
  return bridge;
}
