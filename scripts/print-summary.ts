/**
 * The picture of the printed summary in the README (docs/screenshots/summary-print.png): the sample's
 * pack summary, as LibreOffice Calc prints it (PDF, one landscape page), rasterized by poppler.
 *
 *   npx ts-node --transpile-only scripts/print-summary.ts [out.png]
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
  const out = resolve(process.argv[2] ?? join(root, "docs", "screenshots", "summary-print.png"));
  const dir = mkdtempSync(join(tmpdir(), "sop-summary-print-"));
  const grids = await readXlsx(readFileSync(join(root, "samples", "sop-sample.xlsx")), "sop-sample.xlsx");
  const pack = generatePack(grids, resolveSettings(), undefined, {
    inputName: "sop-sample.xlsx",
    asOf: new Date("2026-12-01T00:00:00Z"),
  });
  const xlsx = join(dir, "summary.xlsx");
  writeFileSync(xlsx, await writePackXlsx({ sheets: [pack.workbook.sheets[0]] }));
  const pdf = libreOfficePdf(xlsx, dir);
  const png = spawnSync("pdftoppm", ["-png", "-r", "110", "-singlefile", pdf, join(dir, "summary")], {
    encoding: "utf8",
  });
  if (png.status !== 0) throw new Error(`pdftoppm failed: ${png.stderr}`);
  copyFileSync(join(dir, "summary.png"), out);
  process.stdout.write(`Wrote ${out}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
