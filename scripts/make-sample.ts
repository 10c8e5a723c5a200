/**
 * Writes the bundled sample workbook, samples/sop-sample.xlsx, from sampleWorkbook() with ExcelJS
 * directly (not through the project's xlsx host, so the sample does not depend on the code it tests).
 *
 *   npm run sample                      -> samples/sop-sample.xlsx
 *   ts-node scripts/make-sample.ts out.xlsx
 *
 * Deterministic: the data come from a seeded generator and the workbook's dates are fixed.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { sampleWorkbook, type SampleSheet } from "../src/sample";

/** The sample's "as of" date: the first plan month. Fixed so regenerating changes nothing. */
const AS_OF = new Date(Date.UTC(2026, 10, 1));

function addSheet(workbook: ExcelJS.Workbook, sheet: SampleSheet): void {
  const ws = workbook.addWorksheet(sheet.name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.rows.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value === null) return;
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = value;
      if (r === 0) cell.font = { bold: true };
      else if (sheet.columnFormats?.[c]) cell.numFmt = sheet.columnFormats[c];
    });
  });
  const header = sheet.rows[0] ?? [];
  header.forEach((h, c) => {
    ws.getColumn(c + 1).width = Math.max(12, String(h ?? "").length + 2);
  });
}

/**
 * ExcelJS stamps every zip entry with the current time; setting them all to AS_OF makes the file
 * byte-identical on every run, so regenerating the committed sample shows no change in git.
 * Walks the central directory (PKWARE APPNOTE 4.3.12) and each entry's local header (4.3.7).
 */
function fixZipTimestamps(zip: Buffer): Buffer {
  const dosDate = ((AS_OF.getUTCFullYear() - 1980) << 9) | ((AS_OF.getUTCMonth() + 1) << 5) | AS_OF.getUTCDate();
  const dosTime = 0;
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) return zip;
  const entries = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < entries && zip.readUInt32LE(at) === 0x02014b50; i++) {
    zip.writeUInt16LE(dosTime, at + 12);
    zip.writeUInt16LE(dosDate, at + 14);
    const local = zip.readUInt32LE(at + 42);
    if (zip.readUInt32LE(local) === 0x04034b50) {
      zip.writeUInt16LE(dosTime, local + 10);
      zip.writeUInt16LE(dosDate, local + 12);
    }
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return zip;
}

export async function writeSampleWorkbook(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "S&OP Prep sample generator";
  workbook.lastModifiedBy = "S&OP Prep sample generator";
  workbook.created = AS_OF;
  workbook.modified = AS_OF;
  for (const sheet of sampleWorkbook()) addSheet(workbook, sheet);
  const written = Buffer.from(await workbook.xlsx.writeBuffer());
  fs.writeFileSync(file, fixZipTimestamps(written));
}

if (require.main === module) {
  const out = process.argv[2] ?? path.join(__dirname, "..", "samples", "sop-sample.xlsx");
  writeSampleWorkbook(out).then(
    () => console.log(`Wrote ${out}`),
    (err) => {
      console.error(`Could not write ${out}: ${err instanceof Error ? err.message : String(err)}`);
      process.exit(1);
    },
  );
}
