/**
 * LibreOffice Calc, headless, as a second spreadsheet application that must open what the pack writes:
 * files are converted in one run (xlsx -> xlsx, so LibreOffice parses each and saves what it read).
 * Needs `soffice`; without it the tests that use this fail saying so, unless SOP_SKIP_LIBREOFFICE=1.
 */
import { spawnSync } from "child_process";
import { existsSync, mkdirSync } from "fs";
import { basename, join } from "path";

export const skipLibreOffice = process.env.SOP_SKIP_LIBREOFFICE === "1";

export function hasLibreOffice(): boolean {
  return spawnSync("soffice", ["--version"], { encoding: "utf8" }).status === 0;
}

/** Converts each file with LibreOffice; returns the converted file per input (null where it failed). */
export function roundTripWithLibreOffice(files: string[], dir: string): (string | null)[] {
  if (!hasLibreOffice()) {
    throw new Error(
      "LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui, or set SOP_SKIP_LIBREOFFICE=1 to skip.",
    );
  }
  const out = join(dir, "libreoffice");
  mkdirSync(out, { recursive: true });
  spawnSync(
    "soffice",
    [
      `-env:UserInstallation=file://${join(dir, "lo-profile")}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "xlsx",
      "--outdir",
      out,
      ...files,
    ],
    { encoding: "utf8", timeout: 300_000 },
  );
  return files.map((f) => {
    const converted = join(out, basename(f));
    return existsSync(converted) ? converted : null;
  });
}
