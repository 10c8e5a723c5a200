/**
 * Writes output files whole or not at all: each goes to a temporary file beside its target and is
 * renamed into place only when every file of the run has been written.
 */
import { renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/** A file of the run could not be written; `path` is the file the user asked for. */
export class WriteFailure extends Error {
  constructor(
    readonly path: string,
    readonly code: string | undefined,
  ) {
    super(`cannot write ${path}`);
  }
}

function codeOf(e: unknown): string | undefined {
  return typeof e === "object" && e !== null && "code" in e ? String((e as { code: unknown }).code) : undefined;
}

/** A file's content, or a function that writes it to the path it is given (a file streamed to disk). */
export type FileContent = Uint8Array | string | ((tempPath: string) => Promise<void>);

export async function writeFilesWhole(files: { path: string; data: FileContent }[]): Promise<void> {
  const temps: { temp: string; path: string }[] = [];
  try {
    for (const f of files) {
      const temp = join(dirname(f.path), `.${basename(f.path)}.${process.pid}.tmp`);
      temps.push({ temp, path: f.path });
      try {
        if (typeof f.data === "function") await f.data(temp);
        else writeFileSync(temp, f.data);
      } catch (e) {
        // A file system's refusal names the file; anything else (a fault making the content) is no write failure.
        if (codeOf(e) === undefined) throw e;
        throw new WriteFailure(f.path, codeOf(e));
      }
    }
    for (const { temp, path } of temps) {
      try {
        renameSync(temp, path);
      } catch (e) {
        throw new WriteFailure(path, codeOf(e));
      }
    }
  } catch (e) {
    for (const { temp } of temps) rmSync(temp, { force: true });
    throw e;
  }
}
