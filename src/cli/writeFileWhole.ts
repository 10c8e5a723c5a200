/**
 * Writes output files whole or not at all: each goes to a temporary file beside its target and is
 * renamed into place only when every file of the run has been written.
 */
import { renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

export function writeFilesWhole(files: { path: string; data: Uint8Array | string }[]): void {
  const temps: { temp: string; path: string }[] = [];
  try {
    for (const f of files) {
      const temp = join(dirname(f.path), `.${basename(f.path)}.${process.pid}.tmp`);
      temps.push({ temp, path: f.path });
      writeFileSync(temp, f.data);
    }
    for (const { temp, path } of temps) renameSync(temp, path);
  } catch (e) {
    for (const { temp } of temps) rmSync(temp, { force: true });
    throw e;
  }
}
