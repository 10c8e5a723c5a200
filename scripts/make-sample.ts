/**
 * Writes the bundled sample workbook, samples/sop-sample.xlsx, from sampleWorkbook() with ExcelJS
 * directly (not through the project's xlsx host, so the sample does not depend on the code it tests).
 *
 *   npm run sample                      -> samples/sop-sample.xlsx and samples/sop-sample-previous.xlsx
 *   ts-node scripts/make-sample.ts out.xlsx [previous.xlsx]
 *
 * The previous file is the same company one cycle earlier (src/sample/previousCycle.ts), so
 * `npm run demo` can run two consecutive cycles and show plan changes, lag accuracy and a decision.
 *
 * Deterministic: the data come from a seeded generator and the workbook's dates are fixed.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { fixZipTimestamps } from "./fixZipTimestamps";
import { previousCycleWorkbook, sampleWorkbook, type SampleSheet } from "../src/sample";

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

export async function writeSampleWorkbook(file: string, sheets: () => SampleSheet[] = sampleWorkbook): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "S&OP Prep sample generator";
  workbook.lastModifiedBy = "S&OP Prep sample generator";
  workbook.created = AS_OF;
  workbook.modified = AS_OF;
  for (const sheet of sheets()) addSheet(workbook, sheet);
  const written = Buffer.from(await workbook.xlsx.writeBuffer());
  fs.writeFileSync(file, fixZipTimestamps(written, AS_OF));
}

if (require.main === module) {
  const out = process.argv[2] ?? path.join(__dirname, "..", "samples", "sop-sample.xlsx");
  const previous = process.argv[3] ?? path.join(path.dirname(out), "sop-sample-previous.xlsx");
  writeSampleWorkbook(out)
    .then(() => writeSampleWorkbook(previous, previousCycleWorkbook))
    .then(
      () => console.log(`Wrote ${out} and ${previous}`),
      (err) => {
        console.error(`Could not write ${out}: ${err instanceof Error ? err.message : String(err)}`);
        process.exit(1);
      },
    );
}
