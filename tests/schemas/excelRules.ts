/**
 * What Excel checks in a SpreadsheetML package beyond the ISO/IEC 29500 schemas: a file that breaks one
 * of these is schema-valid and still opens with "We found a problem with some content" and a repair
 * that drops tables, names or formatting. Each rule is a fact of the format (ECMA-376 Part 1 §18) or of
 * Excel's behaviour on opening:
 *
 * - a table's header cells hold exactly its columns' names (as text), its columns number its width,
 *   their names are unique and not empty, its autoFilter covers it, it has a data row, its style exists;
 * - tables do not overlap each other or any merged range, merges do not overlap, a merge is > 1 cell;
 * - table names and defined names are valid names, unique in the workbook (case-insensitive), built-in
 *   names (_xlnm.) are known and sheet-scoped, scopes name a sheet, references name existing sheets
 *   and hold valid ranges; sheet names are valid and unique;
 * - cell, row and column style indexes are in cellXfs; xf font, fill, border, cell-style and number
 *   format ids exist; the first two fills are Excel's fixed ones (none, gray125); conditional formats'
 *   dxfIds exist; collections' count attributes match; shared-string indexes are in the table;
 * - rows and cells are in ascending order, a cell sits in its row, references are within XFD1048576,
 *   columns (<col>) do not overlap, text is at most 32,767 characters;
 * - every relationship a part names (r:id) exists and has the right type; internal links and chart
 *   formulas name existing sheets.
 */
import { attr, child, childElements, descendants, textOf, type XmlElement } from "./xmlTree";

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;
const MAX_TEXT = 32_767;

export interface Relationship {
  id: string;
  type: string;
  /** The target's part name (no leading slash), or the target itself when external. */
  target: string;
  external: boolean;
}

/** What the rules read of a package: parts' trees (after markup compatibility) and relationships. */
export interface PackageView {
  /** A part's tree; a worksheet's without the content of its sheetData (read with `text`). */
  tree(path: string): XmlElement | null;
  text(path: string): string | null;
  relationships(source: string): Relationship[];
}

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

interface Range {
  row1: number;
  col1: number;
  row2: number;
  col2: number;
}

/** "BC12" or "$BC$12" -> zero-based row and column, null when not a reference within Excel's grid. */
export function parseRef(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/.exec(ref);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(m[2]);
  if (row < 1 || row > MAX_ROWS || col > MAX_COLS) return null;
  return { row: row - 1, col: col - 1 };
}

/** "A1:C9" (or one cell) -> a range, null when invalid or reversed. */
export function parseRange(ref: string): Range | null {
  const [a, b, extra] = ref.split(":");
  if (extra !== undefined) return null;
  const p = parseRef(a);
  const q = b === undefined ? p : parseRef(b);
  if (!p || !q || q.row < p.row || q.col < p.col) return null;
  return { row1: p.row, col1: p.col, row2: q.row, col2: q.col };
}

/** SpreadsheetML's `_xHHHH_` escapes read (ST_Xstring): how Excel compares a header with its column. */
function ooxmlText(s: string): string {
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}

function overlaps(a: Range, b: Range): boolean {
  return a.row1 <= b.row2 && b.row1 <= a.row2 && a.col1 <= b.col2 && b.col1 <= a.col2;
}

function columnName(col: number): string {
  let s = "";
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

export function cellName(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

/** Excel's rule for a name (defined or table): letter, "_" or "\" first; not a cell or R1C1 reference. */
export function nameProblem(name: string): string | null {
  if (name.length === 0) return "is empty";
  if (name.length > 255) return "is longer than 255 characters";
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\?]*$/u.test(name)) return "has a character Excel does not allow in a name";
  if (/^[RrCc]$/.test(name)) return 'is "R" or "C", which Excel reserves';
  if (/^[A-Za-z]{1,3}[0-9]+$/.test(name) && parseRef(name)) return "looks like a cell reference";
  if (/^[Rr]([0-9]*)[Cc]([0-9]*)$/.test(name) || /^[Rr][0-9]+$/.test(name) || /^[Cc][0-9]+$/.test(name))
    return "looks like an R1C1 reference";
  return null;
}

export function sheetNameProblem(name: string): string | null {
  if (name.length === 0 || name.length > 31) return "must be 1 to 31 characters";
  if (/[\\/?*[\]:]/.test(name)) return "holds a character Excel forbids in sheet names (\\ / ? * [ ] :)";
  if (name.startsWith("'") || name.endsWith("'")) return "begins or ends with an apostrophe";
  if (name.toLowerCase() === "history") return 'is "History", which Excel reserves';
  return null;
}

const BUILT_IN_NAMES = new Set([
  "_xlnm.Print_Area",
  "_xlnm.Print_Titles",
  "_xlnm._FilterDatabase",
  "_xlnm.Criteria",
  "_xlnm.Extract",
  "_xlnm.Consolidate_Area",
  "_xlnm.Database",
  "_xlnm.Sheet_Title",
]);

/** Built-in table styles (ECMA-376 Part 1 §18.8.40 lists the predefined ones Excel ships). */
function builtInTableStyle(name: string): boolean {
  const m = /^TableStyle(Light|Medium|Dark)([0-9]+)$/.exec(name);
  if (!m) return false;
  const n = Number(m[2]);
  return n >= 1 && n <= { Light: 21, Medium: 28, Dark: 11 }[m[1] as "Light" | "Medium" | "Dark"];
}

/** `'Sheet name'!` / `Sheet!` references in a formula: the sheet names and what follows each. */
function sheetReferences(formula: string): { sheet: string; rest: string }[] {
  const refs: { sheet: string; rest: string }[] = [];
  const RE = /(?:'((?:[^']|'')+)'|([\p{L}_\\][\p{L}\p{N}_.\\]*))!([$A-Za-z0-9:]+)/gu;
  // Text in double quotes is a string, not a reference.
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""');
  for (let m = RE.exec(code); m; m = RE.exec(code))
    refs.push({ sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2], rest: m[3] });
  return refs;
}

/** A reference after "Sheet!": a cell, a range, whole rows ($1:$3) or whole columns ($A:$C). */
function validAreaReference(rest: string): boolean {
  if (parseRange(rest)) return true;
  const rows = /^\$?([0-9]+):\$?([0-9]+)$/.exec(rest);
  if (rows) return Number(rows[1]) >= 1 && Number(rows[1]) <= Number(rows[2]) && Number(rows[2]) <= MAX_ROWS;
  const cols = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/.exec(rest);
  return !!cols && !!parseRef(`${cols[1]}1`) && !!parseRef(`${cols[2]}1`);
}

interface Styles {
  xfs: number;
  dxfs: number;
  tableStyles: Set<string>;
}

function checkStyles(view: PackageView, path: string, problems: string[]): Styles {
  const root = view.tree(path);
  const out: Styles = { xfs: 0, dxfs: 0, tableStyles: new Set() };
  if (!root) return out;
  const say = (m: string) => problems.push(`${path}: ${m}`);
  const collection = (name: string, item: string) => {
    const el = child(root, name);
    if (!el) return [];
    const items = childElements(el, item);
    const count = attr(el, "count");
    if (count !== null && Number(count) !== items.length) say(`<${name} count="${count}"> holds ${items.length} <${item}>`);
    return items;
  };
  const numFmts = collection("numFmts", "numFmt");
  const formatIds = new Set<number>();
  for (const f of numFmts) {
    const id = Number(attr(f, "numFmtId"));
    if (formatIds.has(id)) say(`number format ${id} is defined twice`);
    formatIds.add(id);
  }
  const fonts = collection("fonts", "font").length;
  const fills = collection("fills", "fill");
  const borders = collection("borders", "border").length;
  const styleXfs = collection("cellStyleXfs", "xf").length;
  const xfs = collection("cellXfs", "xf");
  const cellStyles = collection("cellStyles", "cellStyle");
  const dxfs = collection("dxfs", "dxf").length;
  // Excel reads fills 0 and 1 as none and gray125 whatever the file says.
  const pattern = (i: number) => {
    const p = fills[i] && child(fills[i], "patternFill");
    return p ? attr(p, "patternType") : null;
  };
  if (fills.length < 2 || pattern(0) !== "none" || pattern(1) !== "gray125") {
    say('the first two fills are not patternType "none" and "gray125" (Excel replaces them with those)');
  }
  if (xfs.length === 0) say("cellXfs holds no xf (every cell's default format)");
  const inRange = (xf: XmlElement, a: string, n: number, what: string, i: number, list: string) => {
    const v = attr(xf, a);
    if (v !== null && !(Number(v) >= 0 && Number(v) < n && Number.isInteger(Number(v))))
      say(`${list} xf ${i}: ${a}="${v}" but there are ${n} ${what}`);
  };
  const checkXf = (list: string, withXfId: boolean) => (xf: XmlElement, i: number) => {
    inRange(xf, "fontId", fonts, "fonts", i, list);
    inRange(xf, "fillId", fills.length, "fills", i, list);
    inRange(xf, "borderId", borders, "borders", i, list);
    if (withXfId) inRange(xf, "xfId", styleXfs, "cell style formats", i, list);
    const fmt = attr(xf, "numFmtId");
    if (fmt !== null && Number(fmt) >= 164 && !formatIds.has(Number(fmt)))
      say(`${list} xf ${i}: numFmtId ${fmt} is neither built in nor defined`);
  };
  childElements(child(root, "cellStyleXfs") ?? root, "xf").forEach(checkXf("cellStyleXfs", false));
  xfs.forEach(checkXf("cellXfs", true));
  cellStyles.forEach((s, i) => inRange(s, "xfId", styleXfs, "cell style formats", i, "cellStyles"));
  const ts = child(root, "tableStyles");
  for (const t of ts ? childElements(ts, "tableStyle") : []) out.tableStyles.add(attr(t, "name") ?? "");
  out.xfs = xfs.length;
  out.dxfs = dxfs;
  return out;
}

function sharedStrings(view: PackageView, path: string | undefined, problems: string[]): string[] | null {
  if (!path) return null;
  const root = view.tree(path);
  if (!root) return null;
  const items = childElements(root, "si");
  const unique = attr(root, "uniqueCount");
  if (unique !== null && Number(unique) !== items.length)
    problems.push(`${path}: uniqueCount="${unique}" but the table holds ${items.length} strings`);
  return items.map((si, i) => {
    const runs = [child(si, "t"), ...childElements(si, "r").map((r) => child(r, "t"))];
    const text = runs.map((t) => (t ? textOf(t) : "")).join("");
    if (text.length > MAX_TEXT) problems.push(`${path}: string ${i} is ${text.length} characters (Excel holds ${MAX_TEXT})`);
    return text;
  });
}

interface TableInfo {
  path: string;
  name: string;
  range: Range;
  headerRows: number;
  columns: string[];
}

function checkTable(view: PackageView, path: string, styles: Styles, problems: string[]): TableInfo | null {
  const root = view.tree(path);
  if (!root) return null;
  const say = (m: string) => problems.push(`${path}: ${m}`);
  const ref = attr(root, "ref") ?? "";
  const range = parseRange(ref);
  if (!range) {
    say(`ref "${ref}" is not a range`);
    return null;
  }
  const name = attr(root, "name") ?? "";
  const display = attr(root, "displayName") ?? "";
  const bad = nameProblem(display);
  if (bad) say(`displayName "${display}" ${bad}`);
  if (/\s/.test(display)) say(`displayName "${display}" holds a space`);
  if (name !== "" && name !== display) say(`name "${name}" differs from displayName "${display}"`);
  const headerRows = Number(attr(root, "headerRowCount") ?? "1");
  const totalsRows = Number(attr(root, "totalsRowCount") ?? "0");
  if (range.row2 - range.row1 + 1 < headerRows + totalsRows + 1) say(`ref ${ref} has no data row (Excel keeps at least one)`);
  const columnsEl = child(root, "tableColumns");
  const columns = columnsEl ? childElements(columnsEl, "tableColumn") : [];
  const count = columnsEl ? attr(columnsEl, "count") : null;
  if (count !== null && Number(count) !== columns.length) say(`<tableColumns count="${count}"> holds ${columns.length} columns`);
  const width = range.col2 - range.col1 + 1;
  if (columns.length !== width) say(`ref ${ref} is ${width} columns wide but the table has ${columns.length} columns`);
  const names = new Set<string>();
  const ids = new Set<string>();
  for (const c of columns) {
    const n = attr(c, "name") ?? "";
    const id = attr(c, "id") ?? "";
    if (n.trim() === "") say(`column ${id} has an empty name`);
    if (names.has(n.toLowerCase())) say(`column name "${n}" is used twice (Excel compares case-insensitively)`);
    if (ids.has(id)) say(`column id ${id} is used twice`);
    names.add(n.toLowerCase());
    ids.add(id);
  }
  const filter = child(root, "autoFilter");
  if (filter) {
    const want = parseRange(ref)!;
    want.row2 -= totalsRows;
    const fr = parseRange(attr(filter, "ref") ?? "");
    if (!fr || fr.row1 !== want.row1 || fr.col1 !== want.col1 || fr.row2 !== want.row2 || fr.col2 !== want.col2) {
      say(`autoFilter ref "${attr(filter, "ref")}" is not the table's range without its totals row`);
    }
  }
  const info = child(root, "tableStyleInfo");
  const style = info ? attr(info, "name") : null;
  if (style !== null && !builtInTableStyle(style) && !styles.tableStyles.has(style))
    say(`table style "${style}" is neither built in nor defined in styles.xml`);
  return { path, name: display, range, headerRows, columns: columns.map((c) => attr(c, "name") ?? "") };
}

/** One <c> as scanned from the sheet data (values kept only where a rule needs them). */
interface ScannedCell {
  row: number;
  col: number;
  text: string | null;
}

const ATTRIBUTE_RES = new Map<string, RegExp>();
function rawAttr(attrs: string, name: string): string | null {
  let re = ATTRIBUTE_RES.get(name);
  if (!re) {
    re = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    ATTRIBUTE_RES.set(name, re);
  }
  const m = re.exec(attrs);
  return m ? (m[1] ?? m[2]) : null;
}

/**
 * The sheet data, scanned (a sheet of the 2,000-family pack is tens of megabytes: no tree): order, styles
 * and string indexes checked on every cell; the text of the cells in `wanted` (row -> columns) returned.
 */
function scanSheetData(
  data: string,
  path: string,
  styles: Styles,
  strings: string[] | null,
  wanted: Map<number, Set<number>>,
  problems: string[],
): ScannedCell[] {
  const say = (m: string) => {
    if (problems.length < 10_000) problems.push(`${path}: ${m}`);
  };
  const TOKEN =
    /<(?:[\w.-]+:)?row\b([^>]*?)(\/?)>|<(?:[\w.-]+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?c>)|<\/(?:[\w.-]+:)?row>/g;
  const V = /<(?:[\w.-]+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:[\w.-]+:)?v>/;
  const found: ScannedCell[] = [];
  let lastRow = -1;
  let row = -1;
  let lastCol = -1;
  let badCells = 0;
  const bad = (m: string) => {
    if (++badCells <= 20) say(m);
  };
  for (let m = TOKEN.exec(data); m; m = TOKEN.exec(data)) {
    if (m[0].startsWith("</")) continue;
    if (m[3] === undefined) {
      const r = rawAttr(m[1], "r");
      row = r === null ? lastRow + 1 : Number(r) - 1;
      if (!(row > lastRow) || row >= MAX_ROWS) bad(`row ${r} is out of order or beyond row ${MAX_ROWS}`);
      lastRow = row;
      lastCol = -1;
      const s = rawAttr(m[1], "s");
      if (s !== null && !(Number(s) < styles.xfs)) bad(`row ${row + 1} has style ${s} but cellXfs holds ${styles.xfs}`);
      continue;
    }
    const attrs = m[3];
    const r = rawAttr(attrs, "r");
    let col = lastCol + 1;
    if (r !== null) {
      const at = parseRef(r);
      if (!at) {
        bad(`cell reference "${r}" is not within A1:XFD${MAX_ROWS}`);
        continue;
      }
      if (at.row !== row) bad(`cell ${r} is inside row ${row + 1}`);
      col = at.col;
    }
    if (col <= lastCol) bad(`cell ${r ?? cellName(row, col)} is out of order in its row`);
    lastCol = col;
    const ref = r ?? cellName(row, col);
    const s = rawAttr(attrs, "s");
    if (s !== null && !(Number.isInteger(Number(s)) && Number(s) >= 0 && Number(s) < styles.xfs))
      bad(`cell ${ref} has style ${s} but cellXfs holds ${styles.xfs}`);
    const t = rawAttr(attrs, "t") ?? "n";
    const inner = m[4] ?? "";
    const v = V.exec(inner)?.[1] ?? null;
    let text: string | null = null;
    if (t === "s" && v !== null) {
      const i = Number(v);
      if (!strings) bad(`cell ${ref} names shared string ${v} but the package has no shared string table`);
      else if (!(Number.isInteger(i) && i >= 0 && i < strings.length))
        bad(`cell ${ref} names shared string ${v} but the table holds ${strings.length}`);
      else text = strings[i];
    } else if (t === "n" && v !== null && !Number.isFinite(Number(v))) bad(`cell ${ref} holds "${v}", not a number`);
    else if (t === "b" && v !== null && v !== "0" && v !== "1") bad(`cell ${ref} holds "${v}", not a boolean (0 or 1)`);
    else if (t === "str" && v !== null) text = v;
    else if (t === "inlineStr") text = /<(?:[\w.-]+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:[\w.-]+:)?t>/.exec(inner)?.[1] ?? "";
    if ((t === "str" || t === "inlineStr") && text !== null) {
      text = text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g, (_m, e: string) =>
        e[0] !== "#"
          ? ({ lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" } as Record<string, string>)[e]
          : String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)),
      );
      if (text.length > MAX_TEXT) bad(`cell ${ref} holds ${text.length} characters (Excel holds ${MAX_TEXT})`);
    }
    if (wanted.get(row)?.has(col)) found.push({ row, col, text: t === "s" || t === "str" || t === "inlineStr" ? text : null });
  }
  if (badCells > 20) say(`… and ${badCells - 20} more cell problems`);
  return found;
}

interface SheetEntry {
  name: string;
  path: string | null;
}

function checkWorksheet(
  view: PackageView,
  sheet: SheetEntry,
  sheetNames: Set<string>,
  styles: Styles,
  strings: string[] | null,
  problems: string[],
  tables: TableInfo[],
): void {
  const path = sheet.path!;
  const text = view.text(path);
  if (text === null) return;
  const say = (m: string) => problems.push(`${path}: ${m}`);
  const rels = new Map(view.relationships(path).map((r) => [r.id, r]));
  // The sheet data is scanned; the rest (a few kilobytes) is read as a tree.
  const start = text.search(/<(?:[\w.-]+:)?sheetData\b/);
  const endTag = /<\/(?:[\w.-]+:)?sheetData>/g;
  let end = -1;
  let data = "";
  if (start >= 0) {
    endTag.lastIndex = start;
    const m = endTag.exec(text);
    const selfClosing = /^<(?:[\w.-]+:)?sheetData\b[^>]*\/>/.exec(text.slice(start, start + 200));
    end = selfClosing ? start + selfClosing[0].length : m ? m.index + m[0].length : text.length;
    data = text.slice(start, end);
  }
  const root = view.tree(path);
  if (!root) return;
  const byRel = (el: XmlElement, type: string) => {
    const id = attr(el, "id");
    const rel = id === null ? undefined : rels.get(id);
    if (!rel) say(`<${el.local}> names relationship ${id}, which ${path} does not have`);
    else if (rel.type !== REL + type) say(`<${el.local}> names relationship ${id} of type ${rel.type}, not ${type}`);
    return rel;
  };

  // Tables of this sheet.
  const own: TableInfo[] = [];
  const parts = child(root, "tableParts");
  const tableParts = parts ? childElements(parts, "tablePart") : [];
  const tpCount = parts ? attr(parts, "count") : null;
  if (tpCount !== null && Number(tpCount) !== tableParts.length)
    say(`<tableParts count="${tpCount}"> holds ${tableParts.length}`);
  for (const tp of tableParts) {
    const rel = byRel(tp, "table");
    if (!rel || rel.external) continue;
    const t = checkTable(view, rel.target, styles, problems);
    if (t) own.push(t);
  }
  tables.push(...own);

  // Merges.
  const mergesEl = child(root, "mergeCells");
  const merges: { ref: string; range: Range }[] = [];
  for (const mc of mergesEl ? childElements(mergesEl, "mergeCell") : []) {
    const ref = attr(mc, "ref") ?? "";
    const range = parseRange(ref);
    if (!range) say(`merge "${ref}" is not a range`);
    else if (range.row1 === range.row2 && range.col1 === range.col2) say(`merge ${ref} is a single cell`);
    else merges.push({ ref, range });
  }
  const mcCount = mergesEl ? attr(mergesEl, "count") : null;
  if (mcCount !== null && Number(mcCount) !== childElements(mergesEl!, "mergeCell").length)
    say(`<mergeCells count="${mcCount}"> does not match its merges`);
  const sorted = [...merges].sort((a, b) => a.range.row1 - b.range.row1);
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length && sorted[j].range.row1 <= sorted[i].range.row2; j++) {
      if (overlaps(sorted[i].range, sorted[j].range)) say(`merges ${sorted[i].ref} and ${sorted[j].ref} overlap`);
    }
  }
  for (let i = 0; i < own.length; i++) {
    for (let j = i + 1; j < own.length; j++) {
      if (overlaps(own[i].range, own[j].range)) say(`tables ${own[i].name} and ${own[j].name} overlap`);
    }
    for (const m of merges)
      if (overlaps(own[i].range, m.range)) say(`table ${own[i].name} overlaps merge ${m.ref} (a table holds no merged cells)`);
  }

  // Columns.
  const colsEl = child(root, "cols");
  let lastMax = 0;
  for (const c of colsEl ? childElements(colsEl, "col") : []) {
    const min = Number(attr(c, "min"));
    const max = Number(attr(c, "max"));
    if (!(min >= 1 && max >= min && max <= MAX_COLS)) say(`<col min="${min}" max="${max}"> is not a column span`);
    else if (min <= lastMax) say(`<col min="${min}"> overlaps the column span before it`);
    lastMax = Math.max(lastMax, max);
    const s = attr(c, "style");
    if (s !== null && !(Number(s) < styles.xfs)) say(`<col min="${min}"> has style ${s} but cellXfs holds ${styles.xfs}`);
  }

  // Conditional formats.
  for (const cf of childElements(root, "conditionalFormatting")) {
    for (const ref of (attr(cf, "sqref") ?? "").split(/\s+/).filter(Boolean))
      if (!parseRange(ref)) say(`conditional format range "${ref}" is not a range`);
    for (const rule of childElements(cf, "cfRule")) {
      const d = attr(rule, "dxfId");
      if (d !== null && !(Number(d) < styles.dxfs))
        say(`a conditional format uses dxfId ${d} but styles.xml holds ${styles.dxfs} dxfs`);
    }
  }

  // Links.
  const links = child(root, "hyperlinks");
  for (const h of links ? childElements(links, "hyperlink") : []) {
    const ref = attr(h, "ref") ?? "";
    if (!parseRange(ref)) say(`hyperlink ref "${ref}" is not a range`);
    if (attr(h, "id") !== null) byRel(h, "hyperlink");
    const location = attr(h, "location");
    if (location !== null) {
      const refs = sheetReferences(location);
      if (refs.length === 0 && !/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(location))
        say(`hyperlink ${ref} leads to "${location}", which is no reference`);
      for (const r of refs) {
        if (!sheetNames.has(r.sheet.toLowerCase()))
          say(`hyperlink ${ref} leads to sheet "${r.sheet}", which the workbook does not have`);
        if (!validAreaReference(r.rest)) say(`hyperlink ${ref} leads to "${r.rest}", which is no range`);
      }
    }
  }

  // Drawing (charts).
  const drawing = child(root, "drawing");
  if (drawing) {
    const rel = byRel(drawing, "drawing");
    if (rel && !rel.external) checkDrawing(view, rel.target, sheetNames, problems);
  }

  // Cells: order, styles, strings; and the tables' header cells.
  const wanted = new Map<number, Set<number>>();
  for (const t of own) {
    if (t.headerRows < 1) continue;
    const cols = wanted.get(t.range.row1) ?? new Set<number>();
    for (let c = t.range.col1; c <= t.range.col2; c++) cols.add(c);
    wanted.set(t.range.row1, cols);
  }
  const cells = scanSheetData(data, path, styles, strings, wanted, problems);
  const at = new Map(cells.map((c) => [`${c.row},${c.col}`, c.text]));
  for (const t of own) {
    if (t.headerRows < 1) continue;
    t.columns.forEach((name, i) => {
      const ref = cellName(t.range.row1, t.range.col1 + i);
      const key = `${t.range.row1},${t.range.col1 + i}`;
      const cell = at.get(key);
      if (!at.has(key)) say(`table ${t.name}: header cell ${ref} is empty, column name "${name}"`);
      else if (cell === null || cell === undefined) say(`table ${t.name}: header cell ${ref} is not text, column name "${name}"`);
      else if (ooxmlText(cell) !== ooxmlText(name))
        say(`table ${t.name}: header cell ${ref} holds ${JSON.stringify(cell)}, column name ${JSON.stringify(name)}`);
    });
  }
}

function checkDrawing(view: PackageView, path: string, sheetNames: Set<string>, problems: string[]): void {
  const root = view.tree(path);
  if (!root) return;
  const rels = new Map(view.relationships(path).map((r) => [r.id, r]));
  for (const chart of descendants(root, "chart")) {
    const id = attr(chart, "id");
    const rel = id === null ? undefined : rels.get(id);
    if (!rel || rel.type !== `${REL}chart`) {
      problems.push(`${path}: a chart names relationship ${id}, which is not a chart relationship of ${path}`);
      continue;
    }
    const chartRoot = view.tree(rel.target);
    if (!chartRoot) continue;
    for (const f of descendants(chartRoot, "f")) {
      for (const r of sheetReferences(textOf(f))) {
        if (!sheetNames.has(r.sheet.toLowerCase()))
          problems.push(`${rel.target}: formula ${textOf(f)} names sheet "${r.sheet}", which the workbook does not have`);
        else if (!validAreaReference(r.rest))
          problems.push(`${rel.target}: formula ${textOf(f)} holds "${r.rest}", which is no range`);
      }
    }
  }
}

function checkDefinedNames(
  root: XmlElement,
  path: string,
  sheets: SheetEntry[],
  sheetNames: Set<string>,
  tables: TableInfo[],
  problems: string[],
): void {
  const say = (m: string) => problems.push(`${path}: ${m}`);
  const global = new Map<string, string>();
  for (const t of tables) {
    const key = t.name.toLowerCase();
    if (global.has(key)) say(`table name "${t.name}" is used twice (${global.get(key)}, ${t.path})`);
    global.set(key, t.path);
  }
  const seen = new Set<string>();
  const names = child(root, "definedNames");
  for (const dn of names ? childElements(names, "definedName") : []) {
    const name = attr(dn, "name") ?? "";
    const local = attr(dn, "localSheetId");
    const formula = textOf(dn);
    const label = `defined name ${name}${local !== null ? ` (sheet ${local})` : ""}`;
    if (name.startsWith("_xlnm.")) {
      if (!BUILT_IN_NAMES.has(name)) say(`${label} is not one of Excel's built-in names`);
      if ((name === "_xlnm.Print_Area" || name === "_xlnm.Print_Titles") && local === null)
        say(`${label} must be scoped to a sheet`);
    } else {
      const bad = nameProblem(name);
      if (bad) say(`${label} ${bad}`);
    }
    if (local !== null && !(Number.isInteger(Number(local)) && Number(local) >= 0 && Number(local) < sheets.length))
      say(`${label}: localSheetId ${local} names no sheet`);
    const key = `${name.toLowerCase()}|${local ?? ""}`;
    if (seen.has(key)) say(`${label} is defined twice`);
    seen.add(key);
    if (local === null && global.has(name.toLowerCase()))
      say(`${label} has the name of table part ${global.get(name.toLowerCase())}`);
    if (formula.trim() === "") say(`${label} refers to nothing`);
    const refs = sheetReferences(formula);
    for (const r of refs) {
      if (!sheetNames.has(r.sheet.toLowerCase())) say(`${label} refers to sheet "${r.sheet}", which the workbook does not have`);
      else if (!validAreaReference(r.rest)) say(`${label} refers to "${r.rest}", which is no range`);
    }
    if (name === "_xlnm.Print_Area" || name === "_xlnm.Print_Titles") {
      const own = local !== null ? sheets[Number(local)]?.name : undefined;
      const parts = formula.split(",");
      if (refs.length !== parts.length) say(`${label} is not a list of sheet references: ${formula}`);
      for (const r of refs)
        if (own !== undefined && r.sheet !== own) say(`${label} refers to sheet "${r.sheet}", not its own sheet "${own}"`);
      if (name === "_xlnm.Print_Titles") {
        for (const r of refs)
          if (!/^\$?[0-9]+:\$?[0-9]+$|^\$?[A-Za-z]+:\$?[A-Za-z]+$/.test(r.rest))
            say(`${label}: "${r.rest}" is not whole rows or columns`);
      }
    }
  }
}

/** Every rule above for a SpreadsheetML package; problems as "part: what is wrong". */
export function excelRuleProblems(view: PackageView): string[] {
  const problems: string[] = [];
  const office = view.relationships("").find((r) => r.type === `${REL}officeDocument`);
  if (!office) return ["_rels/.rels: no officeDocument relationship (the workbook)"];
  const wbPath = office.target;
  const wb = view.tree(wbPath);
  if (!wb) return [`${wbPath}: the workbook part is missing`];
  const wbRels = view.relationships(wbPath);
  const rels = new Map(wbRels.map((r) => [r.id, r]));
  const stylesRel = wbRels.filter((r) => r.type === `${REL}styles`);
  const stringsRel = wbRels.filter((r) => r.type === `${REL}sharedStrings`);
  if (stylesRel.length !== 1) problems.push(`${wbPath}: ${stylesRel.length} style sheets (Excel needs one)`);
  if (stringsRel.length > 1) problems.push(`${wbPath}: ${stringsRel.length} shared string tables`);
  const styles = stylesRel[0]
    ? checkStyles(view, stylesRel[0].target, problems)
    : { xfs: 0, dxfs: 0, tableStyles: new Set<string>() };
  const strings = sharedStrings(view, stringsRel[0]?.target, problems);

  const sheetsEl = child(wb, "sheets");
  const sheets: SheetEntry[] = [];
  const sheetNames = new Set<string>();
  const sheetIds = new Set<string>();
  for (const s of sheetsEl ? childElements(sheetsEl, "sheet") : []) {
    const name = attr(s, "name") ?? "";
    const bad = sheetNameProblem(name);
    if (bad) problems.push(`${wbPath}: sheet name "${name}" ${bad}`);
    if (sheetNames.has(name.toLowerCase()))
      problems.push(`${wbPath}: sheet name "${name}" is used twice (Excel compares case-insensitively)`);
    sheetNames.add(name.toLowerCase());
    const id = attr(s, "sheetId") ?? "";
    if (sheetIds.has(id)) problems.push(`${wbPath}: sheetId ${id} is used twice`);
    sheetIds.add(id);
    const rid = attr(s, "id");
    const rel = rid === null ? undefined : rels.get(rid);
    if (!rel) problems.push(`${wbPath}: sheet "${name}" names relationship ${rid}, which the workbook does not have`);
    const isWorksheet = rel?.type === `${REL}worksheet`;
    if (rel && !isWorksheet && rel.type !== `${REL}chartsheet`)
      problems.push(`${wbPath}: sheet "${name}" is a ${rel.type} relationship`);
    sheets.push({ name, path: rel && isWorksheet ? rel.target : null });
  }
  if (sheets.length === 0) problems.push(`${wbPath}: the workbook has no sheet`);
  const view0 = child(wb, "bookViews");
  for (const v of view0 ? childElements(view0, "workbookView") : []) {
    const active = attr(v, "activeTab");
    if (active !== null && !(Number(active) < sheets.length)) problems.push(`${wbPath}: activeTab ${active} names no sheet`);
  }
  const tables: TableInfo[] = [];
  for (const s of sheets) if (s.path) checkWorksheet(view, s, sheetNames, styles, strings, problems, tables);
  const tableIds = new Map<string, string>();
  for (const t of tables) {
    const id = attr(view.tree(t.path)!, "id") ?? "";
    if (tableIds.has(id)) problems.push(`${t.path}: table id ${id} is also ${tableIds.get(id)}'s`);
    tableIds.set(id, t.path);
  }
  checkDefinedNames(wb, wbPath, sheets, sheetNames, tables, problems);
  return problems;
}
