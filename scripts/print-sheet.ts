/**
 * Pictures of the printed pack in the docs: one sheet of the sample's pack as LibreOffice Calc prints
 * it (PDF), its first page rasterized by poppler.
 *
 *   npx ts-node --transpile-only scripts/print-sheet.ts                      # the README's summary
 *   npx ts-node --transpile-only scripts/print-sheet.ts "Baseline Forecast" docs/screenshots/baseline-forecast-print.png
 *   npx ts-node --transpile-only scripts/print-sheet.ts "Baseline Forecast" docs/screenshots/baseline-forecast-charts.png 3
 *
 * The optional last argument is the printed page to picture (default 1).
 *
 * Needs soffice (libreoffice-calc-nogui) and pdftoppm (poppler-utils). The as-of date is fixed so the
 * picture changes only when the pack does.
 */
import { spawnSync } from "child_process";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { resolveSettings } from "../src/engine/settings";
import { readXlsx } from "../src/hosts/xlsx/readXlsx";
import { writePackXlsx } from "../src/hosts/xlsx/writePackXlsx";
import { generatePack } from "../src/report/generate";
import { libreOfficePdf } from "./libreOfficePdf";

async function main(): Promise<void> {
  const root = resolve(__dirname, "..");
  const sheet = process.argv[2] ?? "S&OP Summary";
  const out = resolve(process.argv[3] ?? join(root, "docs", "screenshots", "summary-print.png"));
  const page = process.argv[4] ?? "1";
  const dir = mkdtempSync(join(tmpdir(), "sop-sheet-print-"));
  const grids = await readXlsx(readFileSync(join(root, "samples", "sop-sample.xlsx")), "sop-sample.xlsx");
  const pack = generatePack(grids, resolveSettings(), undefined, {
    inputName: "sop-sample.xlsx",
    asOf: new Date("2026-12-01T00:00:00Z"),
  });
  const spec = pack.workbook.sheets.find((s) => s.name === sheet);
  if (!spec)
    throw new Error(`The sample's pack has no sheet '${sheet}' (it has ${pack.workbook.sheets.map((s) => s.name).join(", ")}).`);
  const xlsx = join(dir, "sheet.xlsx");
  writeFileSync(xlsx, await writePackXlsx({ sheets: [spec] }));
  const pdf = libreOfficePdf(xlsx, dir);
  const png = spawnSync("pdftoppm", ["-png", "-r", "110", "-f", page, "-l", page, "-singlefile", pdf, join(dir, "sheet")], {
    encoding: "utf8",
  });
  if (png.status !== 0) throw new Error(`pdftoppm failed: ${png.stderr}`);
  copyFileSync(join(dir, "sheet.png"), out);
  process.stdout.write(`Wrote ${out}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
