/**
 * An .xlsx file printed to PDF by LibreOffice Calc headless, as the print test and the README picture
 * need it. A profile of its own, so a running LibreOffice (or another test) does not block it.
 */
import { spawnSync } from "child_process";
import { existsSync } from "fs";
import { basename, join } from "path";

/** Writes <dir>/<name>.pdf from <xlsx> and returns its path; throws with LibreOffice's words if it fails. */
export function libreOfficePdf(xlsx: string, dir: string): string {
  const lo = spawnSync(
    "soffice",
    [
      `-env:UserInstallation=file://${join(dir, "profile")}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "pdf",
      "--outdir",
      dir,
      xlsx,
    ],
    { encoding: "utf8", timeout: 180_000 },
  );
  const pdf = join(dir, basename(xlsx).replace(/\.xlsx$/i, ".pdf"));
  if (!existsSync(pdf)) throw new Error(`LibreOffice did not print ${xlsx} (exit ${lo.status}): ${lo.stderr || lo.stdout}`);
  return pdf;
}
