/**
 * The raw limit : the least any .xlsx command line could do with the same input and output.
 *
 * - read: unzip the input and scan its sheet XML (each worksheet and the shared strings inflated a chunk
 *   at a time and every cell's stored value picked out), building nothing;
 * - write: the pack's cell values (the same values `sop-prep generate` writes) as plain sheet XML,
 *   values only (no styles, tables, charts or widths), zipped at deflate level 1.
 *
 * Both use JSZip, the zip library the command line uses, so the floor is what our own stack can reach,
 * not a different zip implementation. Bench-only: the pack this writes is a minimal valid workbook that
 * no user ever sees.
 */
import JSZip from "jszip";
import { columnLetter } from "../engine/a1";
import { openPackage, streamPart } from "../hosts/xlsx/packageLimits";
import { xmlText } from "../hosts/xlsx/xmlText";
import { dateSerial } from "../report/dateSerial";
import { escapeOoxmlText } from "../report/excelLimits";
import type { WorkbookSpec } from "../report/workbookSpec";

/** A cell value as the raw writer takes it: dates already as Excel serial numbers. */
export type RawValue = string | number | boolean | null;

export interface RawSheet {
  name: string;
  rows: RawValue[][];
}

/** The pack description's cells as the raw writer takes them (what a file writer must write, nothing else). */
export function packCells(spec: WorkbookSpec): RawSheet[] {
  return spec.sheets.map((s) => ({
    name: s.name,
    rows: s.rows.map((row) => (row ?? []).map((v) => (v instanceof Date ? dateSerial(v) : (v ?? null)))),
  }));
}

/** What the scan saw: cells stored, and the characters of their values (so the scan cannot be skipped). */
export interface RawReadResult {
  parts: number;
  cells: number;
  valueChars: number;
}

/** Unzips the input and scans every worksheet and the shared strings for stored cells and their values. */
export async function rawRead(data: Uint8Array): Promise<RawReadResult> {
  const zip = await openPackage(data);
  const out: RawReadResult = { parts: 0, cells: 0, valueChars: 0 };
  for (const file of zip.file(/^xl\/(worksheets\/[^/]+\.xml|sharedStrings\.xml)$/)) {
    out.parts++;
    const decoder = new TextDecoder("utf-8");
    let tail = "";
    const scan = (text: string) => {
      // A cell is `<c ...>`; its value the text of `<v>` (or of `<t>` in a shared or inline string).
      for (let at = text.indexOf("<c "); at >= 0; at = text.indexOf("<c ", at + 3)) out.cells++;
      for (const open of ["<v>", "<t>", '<t xml:space="preserve">']) {
        for (let at = text.indexOf(open); at >= 0; at = text.indexOf(open, at)) {
          const end = text.indexOf("<", at + open.length);
          if (end < 0) break;
          out.valueChars += end - at - open.length;
          at = end;
        }
      }
    };
    await streamPart(zip, file, "input", (chunk) => {
      const text = tail + decoder.decode(chunk, { stream: true });
      // Scan up to the last complete element: a tag or value cut by the chunk is finished next time.
      const cut = text.lastIndexOf("</");
      if (cut < 0) {
        tail = text;
        return;
      }
      scan(text.slice(0, cut));
      tail = text.slice(cut);
    });
    scan(tail + decoder.decode());
  }
  return out;
}

/** Text as the writer stores it: the format's `_xHHHH_` lookalikes kept literal, then XML-escaped. */
function xmlEscape(s: string): string {
  return xmlText(escapeOoxmlText(s));
}

/** One sheet's XML: each row and each non-empty cell, numbers as <v>, text as an inline string. */
export function rawSheetXml(rows: readonly RawValue[][]): string {
  const width = rows.reduce((w, r) => Math.max(w, r?.length ?? 0), 0);
  const letters = Array.from({ length: width }, (_, c) => columnLetter(c));
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
  ];
  rows.forEach((row, r) => {
    if (!row || row.length === 0) return;
    const n = r + 1;
    let xml = `<row r="${n}">`;
    row.forEach((v, c) => {
      if (v === null || v === undefined || v === "") return;
      const ref = `${letters[c]}${n}`;
      if (typeof v === "number") xml += `<c r="${ref}"><v>${v}</v></c>`;
      else if (typeof v === "boolean") xml += `<c r="${ref}" t="b"><v>${v ? 1 : 0}</v></c>`;
      else xml += `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${xmlEscape(v)}</t></is></c>`;
    });
    parts.push(`${xml}</row>`);
  });
  parts.push("</sheetData></worksheet>");
  return parts.join("");
}

const CONTENT_TYPES = (sheets: number) =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  Array.from(
    { length: sheets },
    (_, i) =>
      `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
  ).join("") +
  "</Types>";

const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
  "</Relationships>";

/** The pack's cells as a minimal .xlsx (values only), zipped at deflate level 1. */
export async function rawWrite(sheets: readonly RawSheet[]): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", CONTENT_TYPES(sheets.length));
  zip.file("_rels/.rels", ROOT_RELS);
  zip.file(
    "xl/workbook.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>' +
      sheets.map((s, i) => `<sheet name="${xmlEscape(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("") +
      "</sheets></workbook>",
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      sheets
        .map(
          (_, i) =>
            `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
        )
        .join("") +
      "</Relationships>",
  );
  sheets.forEach((s, i) => zip.file(`xl/worksheets/sheet${i + 1}.xml`, rawSheetXml(s.rows)));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 1 } });
}
