/**
 * The parts of an .xlsx package the reader needs, read from their XML directly (ECMA-376 Part 1,
 * SpreadsheetML): cells as they are stored, never a grid of the sheet's used range, and merges,
 * formatting and dimensions ignored (a merged range H1:XFD1048576 costs nothing). Worksheet and shared
 * string parts are scanned as they inflate, a chunk at a time, so only the values are held.
 */

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** XML character references and the five entities -> text. */
function decodeEntities(s: string): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (m, e: string) => {
    if (e[0] !== "#") return ENTITIES[e];
    const code = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

/** SpreadsheetML's own escape: `_xHHHH_` is the character U+HHHH (how Excel stores control characters;
 * a typed "_x0041_" is stored as "_x005F_x0041_"). */
function decodeOoxmlEscapes(s: string): string {
  if (s.indexOf("_x") < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Element text as the planner typed it. */
export function xmlText(s: string): string {
  return decodeOoxmlEscapes(decodeEntities(s));
}

/** The value of attribute `name` in a start tag's attribute text, or null. */
export function attr(attrs: string, name: string): string | null {
  let re = ATTRIBUTES.get(name);
  if (!re) {
    re = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    ATTRIBUTES.set(name, re);
  }
  const m = re.exec(attrs);
  return m ? (m[1] ?? m[2]) : null;
}

/** One compiled pattern per attribute name (a cell is read with three; millions of cells). */
const ATTRIBUTES = new Map<string, RegExp>();

const T_ELEMENT = /<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g;
const PHONETIC = /<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g;

/** The text of a string item (<si> or <is>): its <t> runs joined, phonetic guides (<rPh>) left out. */
export function stringItemText(inner: string): string {
  const body = inner.indexOf("rPh") >= 0 ? inner.replace(PHONETIC, "") : inner;
  let text = "";
  T_ELEMENT.lastIndex = 0;
  for (let m = T_ELEMENT.exec(body); m; m = T_ELEMENT.exec(body)) text += m[1];
  return xmlText(text);
}

/**
 * Feeds a part's text chunk by chunk and hands out complete elements ending in `closing`, keeping an
 * unfinished tail for the next chunk. Decoding is UTF-8 streaming, so a character split across chunks
 * is whole.
 */
export class ChunkedXml {
  private readonly decoder = new TextDecoder("utf-8");
  private tail = "";

  constructor(
    private readonly closing: string,
    private readonly onText: (text: string) => void,
  ) {}

  push(chunk: Uint8Array): void {
    const text = this.tail + this.decoder.decode(chunk, { stream: true });
    const end = this.lastClosing(text);
    if (end < 0) {
      this.tail = text;
      return;
    }
    const cut = end + this.closing.length;
    this.onText(text.slice(0, cut));
    this.tail = text.slice(cut);
  }

  /** The last end tag `</name>` or `</prefix:name>` (text may hold the name followed by ">" too). */
  private lastClosing(text: string): number {
    for (let at = text.lastIndexOf(this.closing); at > 0; at = text.lastIndexOf(this.closing, at - 1)) {
      const before = text.charCodeAt(at - 1);
      if (before === 47 /* / */ || before === 58 /* : */) return at;
    }
    return -1;
  }

  end(): void {
    const text = this.tail + this.decoder.decode();
    this.tail = "";
    if (text) this.onText(text);
  }
}

/** Shared strings: each <si> item's text, in order. */
export function sharedStringsParser(strings: string[]): ChunkedXml {
  const SI = /<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g;
  return new ChunkedXml("si>", (text) => {
    SI.lastIndex = 0;
    for (let m = SI.exec(text); m; m = SI.exec(text)) strings.push(m[1] === undefined ? "" : stringItemText(m[1]));
  });
}

/** A cell as stored: zero-based row and column, type attribute, style index and inner XML. */
export interface RawCell {
  row: number;
  col: number;
  type: string | null;
  style: number;
  inner: string | null;
}

/** "BC12" -> { row: 11, col: 54 }; null when the text is no A1 reference. */
export function parseCellRef(ref: string): { row: number; col: number } | null {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20; // lower case
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  if (i === 0 || i === ref.length) return null;
  const row = Number(ref.slice(i));
  if (!Number.isInteger(row) || row < 1) return null;
  return { row: row - 1, col: col - 1 };
}

/**
 * Worksheet cells in document order. Rows and cells without the optional `r` attribute follow the
 * one before them (row r + 1, column c + 1), as the format says.
 */
export function worksheetParser(onCell: (cell: RawCell) => void): ChunkedXml {
  const TOKEN = /<(?:\w+:)?row\b([^>]*)>|<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
  let inData = false;
  let row = -1;
  let col = -1;
  return new ChunkedXml("row>", (text) => {
    let from = 0;
    if (!inData) {
      const start = text.search(/<(?:\w+:)?sheetData\b/);
      if (start < 0) return;
      inData = true;
      from = start;
    }
    TOKEN.lastIndex = from;
    for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
      if (m[1] !== undefined) {
        const r = attr(m[1], "r");
        row = r !== null && /^\d+$/.test(r) ? Number(r) - 1 : row + 1;
        col = -1;
        continue;
      }
      const attrs = m[2];
      const ref = attr(attrs, "r");
      const at = ref === null ? null : parseCellRef(ref);
      if (at) {
        // A cell outside any <row> (not valid, but seen) takes the row its reference says.
        row = at.row;
        col = at.col;
      } else {
        col += 1;
        if (row < 0) row = 0;
      }
      const s = attr(attrs, "s");
      onCell({ row, col, type: attr(attrs, "t"), style: s === null ? 0 : Number(s) || 0, inner: m[3] ?? null });
    }
  });
}

const V_ELEMENT = /<(?:\w+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?v>/;
const IS_ELEMENT = /<(?:\w+:)?is\b[^>]*>([\s\S]*?)<\/(?:\w+:)?is>/;

/** The raw text of a cell's <v> element, or null when it has none (an empty or uncalculated cell). */
export function cellValueText(inner: string): string | null {
  const m = V_ELEMENT.exec(inner);
  return m ? m[1] : null;
}

/** The text of an inline string cell (<is>). */
export function inlineStringText(inner: string): string | null {
  const m = IS_ELEMENT.exec(inner);
  return m ? stringItemText(m[1]) : null;
}

/** Number formats by cell style index (styles.xml cellXfs), built-in formats by their ids. */
export function parseCellFormats(stylesXml: string): (string | null)[] {
  const custom = new Map<number, string>();
  const NUMFMT = /<(?:\w+:)?numFmt\b([^>]*?)\/?>/g;
  for (let m = NUMFMT.exec(stylesXml); m; m = NUMFMT.exec(stylesXml)) {
    const id = attr(m[1], "numFmtId");
    const code = attr(m[1], "formatCode");
    if (id !== null && code !== null) custom.set(Number(id), decodeEntities(code));
  }
  const xfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(stylesXml);
  if (!xfs) return [];
  const formats: (string | null)[] = [];
  const XF = /<(?:\w+:)?xf\b([^>]*?)\/?>/g;
  for (let m = XF.exec(xfs[1]); m; m = XF.exec(xfs[1])) {
    const id = Number(attr(m[1], "numFmtId") ?? 0);
    formats.push(custom.get(id) ?? BUILT_IN_FORMATS[id] ?? null);
  }
  return formats;
}

/** Excel's built-in number formats that matter to reading (ECMA-376 Part 1, 18.8.30). */
const BUILT_IN_FORMATS: Record<number, string> = {
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/** True for a date or time format (the same test ExcelJS applies). */
export function isDateFormat(format: string | null): boolean {
  if (!format) return false;
  const bare = format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]+/.test(bare);
}

/** Sheets of workbook.xml in order: name and relationship id; and whether dates count from 1904. */
export function parseWorkbook(xml: string): { sheets: { name: string; rid: string }[]; date1904: boolean } {
  const sheets: { name: string; rid: string }[] = [];
  const SHEET = /<(?:\w+:)?sheet\b([^>]*?)\/?>/g;
  for (let m = SHEET.exec(xml); m; m = SHEET.exec(xml)) {
    const name = attr(m[1], "name");
    const rid = attr(m[1], "r:id") ?? attr(m[1], "[\\w]+:id");
    if (name !== null && rid !== null) sheets.push({ name: xmlText(name), rid });
  }
  const pr = /<(?:\w+:)?workbookPr\b([^>]*)>/.exec(xml);
  const d = pr ? attr(pr[1], "date1904") : null;
  return { sheets, date1904: d === "1" || d === "true" };
}

/** Relationship id -> { target part path, type } from a .rels part. */
export function parseRelationships(xml: string, baseDir: string): Map<string, { path: string; type: string }> {
  const rels = new Map<string, { path: string; type: string }>();
  const REL = /<(?:\w+:)?Relationship\b([^>]*?)\/?>/g;
  for (let m = REL.exec(xml); m; m = REL.exec(xml)) {
    const id = attr(m[1], "Id");
    const target = attr(m[1], "Target");
    if (id === null || target === null) continue;
    rels.set(id, { path: resolvePartPath(baseDir, decodeEntities(target)), type: attr(m[1], "Type") ?? "" });
  }
  return rels;
}

/** A relationship target relative to its source's folder (or absolute from the package root). */
function resolvePartPath(baseDir: string, target: string): string {
  const parts = target.startsWith("/") ? [] : baseDir.split("/").filter(Boolean);
  for (const p of target.split("/")) {
    if (p === "" || p === ".") continue;
    if (p === "..") parts.pop();
    else parts.push(p);
  }
  return parts.join("/");
}
