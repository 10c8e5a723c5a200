/**
 * Numbers rounded to what they mean, once, on the pack description, so the Excel host and the .xlsx
 * file hold the same values: a full-precision double such as 1234.5678901234567 is 18
 * characters on the wire and in the file, where the money it stands for is 1234.57.
 *
 * What a number means is read from the number format its cell shows it with:
 * - money ("$" in the format): to the cent, 2 decimals;
 * - percentages ("%"): 6 decimals of the fraction (0.123457 = 12.3457%);
 * - other numbers shown to hundredths or finer (tracking signal, NFM, ratios): 6 decimals;
 * - other numbers shown to whole units or tenths (units, hours, counts, percentage points): 4 decimals
 *   (a change in percentage points kept to 4 decimals is a fraction kept to 6, as percentages are).
 * Never fewer decimals than the format shows. Numbers in cells without a number format (General),
 * dates, text and formats this does not understand are left as they are.
 *
 * What the cell shows never changes: Excel rounds the shown digits half away from zero, so rounding
 * 1234.495 to the cent (1234.50) would turn "$1,234" into "$1,235". Where rounding to the kept
 * decimals would land exactly on the half-way point of the last shown digit from below, the value is
 * rounded the other way (1234.49), still within one unit of the kept decimals.
 */
import { numberFormatGrid } from "./numberFormatGrid";
import type { WorkbookSpec } from "./workbookSpec";

export interface FormatMeaning {
  kind: "money" | "percent" | "number";
  /** Decimals of the value the format shows (a percentage's two more: "0.0%" shows 3). */
  shown: number;
  /** Decimals the value is rounded to. */
  keep: number;
}

const CURRENCY = /[$€£¥]/;

/** The first section of a format (the one positive numbers use), with its literal text, escaped
 * characters, [colour] and [condition] codes, and _x / *x spacing codes taken out. */
function numericPart(format: string): string {
  let section = "";
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === ";") break;
    if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      i = end < 0 ? format.length : end;
    } else if (ch === "\\" || ch === "_" || ch === "*") i++;
    else if (ch === "[") {
      const end = format.indexOf("]", i + 1);
      i = end < 0 ? format.length : end;
    } else section += ch;
  }
  return section;
}

/** What numbers shown in `format` mean, or null when it is not a plain number format (General, text,
 * dates and times, scientific, or scaled by thousands). */
export function formatMeaning(format: string): FormatMeaning | null {
  const part = numericPart(format);
  // Letters left are General, date and time codes or an exponent; "@" is text.
  if (/[A-Za-z@]/.test(part) || !/[0#?]/.test(part)) return null;
  // A comma after the last digit placeholder divides by 1,000: the shown digits are not the value's.
  if (/[0#?],+[^0#?]*$/.test(part)) return null;
  const decimals = /\.([0#?]+)/.exec(part)?.[1].length ?? 0;
  if (part.includes("%")) return { kind: "percent", shown: decimals + 2, keep: Math.max(6, decimals + 2) };
  if (CURRENCY.test(format)) return { kind: "money", shown: decimals, keep: Math.max(2, decimals) };
  return { kind: "number", shown: decimals, keep: Math.max(decimals >= 2 ? 6 : 4, decimals) };
}

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/** A decimal string (possibly with an exponent) times 10^d, parsed once (no binary error from *). */
function shifted(decimal: string, d: number): number {
  const e = decimal.indexOf("e");
  return e < 0 ? Number(`${decimal}e${d}`) : Number(`${decimal.slice(0, e)}e${Number(decimal.slice(e + 1)) + d}`);
}

/** `x` rounded to what `meaning` says it is; see the module comment for the rule. */
export function roundToFormat(x: number, meaning: FormatMeaning): number {
  if (!Number.isFinite(x) || Number.isInteger(x)) return x;
  const { keep, shown } = meaning;
  const p = POW10[keep];
  if (p === undefined) return x;
  const a = Math.abs(x);
  let s = a * p;
  // Past 15 significant digits there is nothing finer to drop.
  if (s >= 1e15) return x;
  const frac = s - Math.floor(s);
  // Near a tie the product's binary error could decide it: decide on the decimal value Excel shows
  // (15 significant digits), as Excel's own rounding does, so 1.005 goes to 1.01.
  if (Math.abs(frac - 0.5) <= 1e-9 + s * 1e-14) s = shifted(a.toPrecision(15), keep);
  let n = Math.round(s);
  if (keep > shown) {
    const step = POW10[keep - shown];
    // Rounded up onto the half-way point of the last shown digit (from the value Excel shows): the
    // shown figure would round up with it.
    if (n % step === step / 2 && n > shifted(a.toPrecision(15), keep)) n -= 1;
  }
  const r = n / p;
  return r === 0 ? 0 : x < 0 ? -r : r;
}

/**
 * Every number of every sheet rounded to what its cell's number format says it means. Edits the
 * description in place (built fresh for each run; a pack can hold a million cells) and returns it.
 */
export function roundToMeaning(spec: WorkbookSpec): WorkbookSpec {
  const meanings = new Map<string, FormatMeaning | null>();
  const meaningOf = (format: string): FormatMeaning | null => {
    let m = meanings.get(format);
    if (m === undefined) {
      m = formatMeaning(format);
      meanings.set(format, m);
    }
    return m;
  };
  for (const sheet of spec.sheets) {
    if (!(sheet.styles ?? []).some((s) => s.numberFormat)) continue;
    const cols = sheet.rows.reduce((n, row) => Math.max(n, row?.length ?? 0), 0);
    const formats = numberFormatGrid(sheet, sheet.rows.length, cols);
    sheet.rows.forEach((row, r) => {
      if (!row) return;
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (typeof v !== "number" || Number.isInteger(v)) continue;
        const format = formats[r][c];
        const meaning = format === undefined ? null : meaningOf(format);
        if (meaning) row[c] = roundToFormat(v, meaning);
      }
    });
  }
  return spec;
}
