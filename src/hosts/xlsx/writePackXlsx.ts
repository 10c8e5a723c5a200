/**
 * Renders the pack description (WorkbookSpec) into the bytes of an .xlsx file, in memory: for the task
 * pane ("Open pack as a new workbook"), tests and scripts. The command line streams the same parts to
 * disk instead (./writePackFile.ts). Nothing here uses Node's modules, so the browser bundle takes it.
 *
 * Strings are always written as strings (shared strings, never formulas), so text from the input that
 * starts with "=", "+", "-" or "@" stays text.
 */
import JSZip from "jszip";
import type { WorkbookSpec } from "../../report/workbookSpec";
import { packageParts } from "./packageParts";

/**
 * Deflate level of the .xlsx zip. Level 1 instead of JSZip's default 6: on the 2,000-family pack (about
 * a million cells) it saves about a second of compression for a file about a quarter larger; only the
 * compression differs, the zip's contents are the same.
 */
export const ZIP_LEVEL = 1;

/** Renders the pack into .xlsx bytes. `zipLevel` 9 where the file's size matters more than the time
 * (a file sent to Excel in one request). */
export async function writePackXlsx(spec: WorkbookSpec, options: { zipLevel?: number } = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  // Parts are made in order, so the style sheet and shared strings (last) hold what the sheets used.
  for (const part of packageParts(spec)) zip.file(part.path, typeof part.xml === "string" ? part.xml : [...part.xml()].join(""));
  return zip.generateAsync({
    type: "uint8array",
    compression: "DEFLATE",
    compressionOptions: { level: options.zipLevel ?? ZIP_LEVEL },
  });
}
