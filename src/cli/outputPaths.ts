/**
 * Output paths a run cannot write, said in plain words before the run and, if the disk says no while
 * writing, after it: the path the user gave, never a temporary file's name, and what to do.
 */
import { accessSync, constants, statSync } from "node:fs";
import { dirname, resolve } from "node:path";

/** An output the command cannot write; the command line exits 2 with its message. */
export class OutputPathError extends Error {}

/** The nearest existing folder on the way to `path` (the one a new folder would be made in). */
function nearestExisting(path: string): { path: string; isDirectory: boolean } | null {
  for (let p = resolve(path); ; p = dirname(p)) {
    try {
      return { path: p, isDirectory: statSync(p).isDirectory() };
    } catch {
      if (dirname(p) === p) return null;
    }
  }
}

/** Throws an OutputPathError when `path` cannot be written: it is a folder, a file stands where a
 * folder must be, or the folder is read-only. */
export function checkOutputPath(path: string): void {
  let existing: ReturnType<typeof statSync> | null = null;
  try {
    existing = statSync(path);
  } catch {
    existing = null;
  }
  if (existing?.isDirectory())
    throw new OutputPathError(`cannot write ${path}: it is a folder. Give a file name, e.g. ${resolve(path, "pack.xlsx")}.`);
  const folder = nearestExisting(dirname(resolve(path)));
  if (folder && !folder.isDirectory) {
    throw new OutputPathError(
      `cannot write ${path}: ${folder.path} is a file, not a folder. Choose another folder for the output.`,
    );
  }
  if (folder) {
    try {
      accessSync(folder.path, constants.W_OK);
      if (existing) accessSync(path, constants.W_OK);
    } catch {
      throw new OutputPathError(
        existing
          ? `cannot write ${path}: the file is read-only (or open in another program). Close it or choose another name.`
          : `cannot write ${path}: the folder ${folder.path} is read-only. Choose a folder you can write to.`,
      );
    }
  }
}

/** A write that failed on the disk, in plain words naming the user's path. */
export function describeWriteFailure(path: string, code: string | undefined): string {
  switch (code) {
    case "EISDIR":
      return `cannot write ${path}: it is a folder. Give a file name.`;
    case "ENOTDIR":
    case "EEXIST":
      return `cannot write ${path}: a file stands where its folder should be. Choose another folder for the output.`;
    case "EACCES":
    case "EPERM":
    case "EROFS":
      return `cannot write ${path}: permission denied (the folder or file is read-only, or the file is open in another program).`;
    case "ENOSPC":
      return `cannot write ${path}: the disk is full. Free some space and run again; nothing was written.`;
    case "ENAMETOOLONG":
      return `cannot write ${path}: the file name is too long.`;
    default:
      return `cannot write ${path}${code ? ` (${code})` : ""}; nothing was written.`;
  }
}
