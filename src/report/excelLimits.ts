/**
 * Excel's limits on what a cell may hold (SPEC "Output"), enforced once, on the pack description, for
 * both hosts: text of at most 32,767 characters, finite numbers, valid dates and only characters XML
 * allows. Sheets build their text freely; a long list should use listWithinLimit so it is cut between
 * items with "… and N more", and anything else that is too long is cut here as a last resort.
 *
 * The one host-specific rule, `_xHHHH_` in text, is escapeOoxmlText: only a file writer needs it
 * (Excel's own API stores text as typed).
 */
import type { ReportValue, WorkbookSpec } from "./workbookSpec";

/** The most characters an Excel cell holds. */
export const MAX_CELL_TEXT = 32_767;

/**
 * Characters XML 1.0 does not allow (C0 controls other than tab, line feed and carriage return;
 * U+FFFE and U+FFFF) and UTF-16 halves without their pair, which cannot be written as UTF-8.
 */
const XML_ILLEGAL =
  // eslint-disable-next-line no-control-regex -- matching the control characters XML forbids is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The replacement character Unicode defines for a character that cannot be shown. */
const REPLACEMENT = "\uFFFD";

/** Text with every character XML forbids replaced by U+FFFD (so the planner sees where one was). */
export function xmlLegalText(text: string): string {
  XML_ILLEGAL.lastIndex = 0;
  return XML_ILLEGAL.test(text) ? text.replace(XML_ILLEGAL, REPLACEMENT) : text;
}

/** Cuts at most `length` UTF-16 units from the start without splitting a surrogate pair. */
function cutAt(text: string, length: number): string {
  const code = text.charCodeAt(length - 1);
  return code >= 0xd800 && code <= 0xdbff ? text.slice(0, length - 1) : text.slice(0, length);
}

/** Text within the cell limit: a longer text is cut and says how much was left out. */
export function fitCellText(text: string, limit = MAX_CELL_TEXT): string {
  if (text.length <= limit) return text;
  // The count in the note is of the characters cut; its own length is allowed for first.
  const note = (n: number) => `… (${n.toLocaleString("en-US")} more characters)`;
  const keep = limit - note(text.length).length;
  const kept = cutAt(text, keep);
  return kept + note(text.length - kept.length);
}

/**
 * A list joined into one cell's text: `before` + items + `after`, cut between items with
 * "… and N more" when the whole would pass the limit. An item that alone is too long is cut too.
 */
export function listWithinLimit(items: string[], separator: string, before = "", after = "", limit = MAX_CELL_TEXT): string {
  const whole = before + items.join(separator) + after;
  if (whole.length <= limit) return whole;
  const more = (n: number) => `${separator}… and ${n.toLocaleString("en-US")} more`;
  // Room left for items once the frame and the longest possible note are counted.
  const room = limit - before.length - after.length - more(items.length).length;
  let used = 0;
  let n = 0;
  const parts: string[] = [];
  for (const item of items) {
    const add = (n === 0 ? 0 : separator.length) + item.length;
    if (used + add > room) {
      if (n === 0) parts.push(cutAt(item, Math.max(1, room - 1)) + "…");
      break;
    }
    parts.push(item);
    used += add;
    n++;
  }
  const left = items.length - n;
  return fitCellText(before + parts.join(separator) + (left > 0 ? more(n === 0 ? left - 1 : left) : "") + after, limit);
}

/** One value as Excel can hold it: NaN and ±Infinity and invalid dates become empty cells, text is
 * made XML-legal and cut to the cell limit. */
export function cellWithinLimits(v: ReportValue): ReportValue {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "string") return fitCellText(xmlLegalText(v));
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v;
  return v;
}

/**
 * The last guard before a host renders: every cell of every sheet within Excel's limits. Edits the
 * description in place (it is built fresh for each run, and a pack can hold a million cells), and
 * returns it.
 */
export function withinExcelLimits(spec: WorkbookSpec): WorkbookSpec {
  for (const sheet of spec.sheets) {
    for (const row of sheet.rows) {
      if (!row) continue;
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        // Only what can break: the common small string and finite number pass untouched.
        if (typeof v === "number" ? !Number.isFinite(v) : v !== null && v !== undefined && typeof v !== "boolean") {
          row[c] = cellWithinLimits(v);
        }
      }
    }
    for (const cf of sheet.conditionalFormats ?? []) {
      if (cf.kind === "cellValue") cf.values = cf.values.map((x) => (Number.isFinite(x) ? x : 0));
      if (cf.kind === "colorScale") {
        for (const stop of [cf.min, cf.mid, cf.max])
          if (stop && stop.value !== undefined && !Number.isFinite(stop.value)) delete stop.value;
      }
    }
    if (sheet.columnWidths) sheet.columnWidths = sheet.columnWidths.map((w) => (Number.isFinite(w) ? Math.min(255, w) : 0));
  }
  return spec;
}

const ESCAPE_LOOKALIKE = /_(x[0-9A-Fa-f]{4}_)/g;

/**
 * Text as an .xlsx file must store it. The file format reads `_xHHHH_` as the character HHHH, so a
 * family named "_x0041_" would come back as "A"; its underscore is written as `_x005F_`, the format's
 * escape for "_", and it reads back as typed. Excel's API stores text as given, so only file writers
 * call this.
 */
export function escapeOoxmlText(text: string): string {
  return text.indexOf("_x") < 0 ? text : text.replace(ESCAPE_LOOKALIKE, "_x005F_$1");
}
