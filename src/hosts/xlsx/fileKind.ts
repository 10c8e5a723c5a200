/**
 * What a file is when it is not an .xlsx workbook, told from its first bytes, so the message gives the
 * advice that helps: a password-protected workbook must have its password removed (re-saving keeps
 * it encrypted), a legacy .xls or a CSV must be saved as .xlsx, an empty file must be copied again.
 */

/** The signature of an OLE compound file (legacy .xls, and Office's encrypted container). */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(data: Uint8Array, bytes: number[]): boolean {
  return data.length >= bytes.length && bytes.every((b, i) => data[i] === b);
}

/** True when the UTF-16LE name (as stored in an OLE directory entry) occurs in the data. */
function holdsUtf16Name(data: Uint8Array, name: string): boolean {
  const pattern = Array.from(name).flatMap((ch) => [ch.charCodeAt(0), 0]);
  outer: for (let i = 0; i + pattern.length <= data.length; i++) {
    for (let k = 0; k < pattern.length; k++) if (data[i + k] !== pattern[k]) continue outer;
    return true;
  }
  return false;
}

/** True for bytes that read as text: no NUL and almost no control characters in the first 4 KB. */
function looksLikeText(data: Uint8Array): boolean {
  const n = Math.min(data.length, 4096);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = data[i];
    if (b === 0) return false;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control <= n / 100;
}

const SAVE_AS = 'open it in Excel and save it as "Excel Workbook (*.xlsx)" (File > Save As), then use that file';

/**
 * A sentence saying what the file is and what to do, or null when it may be an .xlsx (a zip). The
 * sentence starts "<fileName> cannot be read as an Excel workbook (.xlsx)".
 */
export function describeNotXlsx(data: Uint8Array, fileName: string): string | null {
  const cannot = `${fileName} cannot be read as an Excel workbook (.xlsx)`;
  if (data.length === 0) return `${cannot}: the file is empty (0 bytes). Copy or download it again.`;
  if (startsWith(data, [0x50, 0x4b])) return null; // "PK": a zip package
  if (startsWith(data, OLE)) {
    // Office stores a password-protected workbook as an OLE file holding the encrypted package.
    if (holdsUtf16Name(data, "EncryptedPackage")) {
      return (
        `${cannot}: it is protected with a password (encrypted), so its contents cannot be read without it, ` +
        `and saving it again keeps it encrypted. Open it in Excel, remove the password (File > Info > Protect ` +
        `Workbook > Encrypt with Password, clear the box), save, and try again.`
      );
    }
    return `${cannot}: it is a legacy Excel 97-2003 workbook (.xls) or another Office 97-2003 file; ${SAVE_AS}.`;
  }
  if (looksLikeText(data)) {
    const head = new TextDecoder("utf-8", { fatal: false })
      .decode(data.subarray(0, 512))
      .replace(/^\uFEFF/, "")
      .trimStart();
    if (/^<(!doctype html|html|\?xml|table)/i.test(head)) {
      return `${cannot}: it is a web page or XML file (some programs export "Excel" files as HTML); ${SAVE_AS}.`;
    }
    const firstLine = head.split(/\r?\n/)[0];
    if (/[,;\t]/.test(firstLine)) {
      return `${cannot}: it is a text file of comma- or tab-separated values (CSV) with an .xlsx name; ${SAVE_AS}.`;
    }
    return `${cannot}: it is a plain text file, not a workbook; ${SAVE_AS}.`;
  }
  return `${cannot}: it is neither an .xlsx workbook (a zip package) nor a legacy .xls file. Check that you chose the right file, or ${SAVE_AS}.`;
}
