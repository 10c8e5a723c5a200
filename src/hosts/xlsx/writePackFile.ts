/**
 * Streams the pack into an .xlsx file (Node only: the command line). Each part's XML is made as the zip
 * reaches it and deflated as it comes, so neither the sheets' XML nor the zip is ever whole in memory:
 * the write needs a few megabytes beyond the pack description, which it lets go sheet by sheet.
 */
import { createWriteStream } from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import JSZip from "jszip";
import type { WorkbookSpec } from "../../report/workbookSpec";
import { packageParts, type PackageOptions } from "./packageParts";
import { ZIP_LEVEL } from "./writePackXlsx";

/** A part's pieces as UTF-8 bytes, made only when the stream is read. */
function bytes(pieces: () => Iterable<string>): Readable {
  return Readable.from(
    (function* () {
      for (const piece of pieces()) yield Buffer.from(piece, "utf8");
    })(),
    // A piece at a time: JSZip reads a part only when the zip reaches it, and no further ahead.
    { highWaterMark: 1 },
  );
}

/**
 * Writes the pack to `path` (which the caller renames into place: files are written whole or not at
 * all). JSZip takes a Node stream as a part's content and reads it when it writes that part;
 * `streamFiles` writes each part's sizes after its data, so no compressed part is held either.
 */
export async function writePackFile(
  path: string,
  spec: WorkbookSpec,
  options: PackageOptions & { zipLevel?: number } = {},
): Promise<void> {
  const zip = new JSZip();
  for (const part of packageParts(spec, options)) {
    zip.file(part.path, typeof part.xml === "string" ? part.xml : bytes(part.xml), { binary: typeof part.xml !== "string" });
  }
  const zipped = zip.generateNodeStream({
    streamFiles: true,
    compression: "DEFLATE",
    compressionOptions: { level: options.zipLevel ?? ZIP_LEVEL },
  });
  await pipeline(zipped, createWriteStream(path));
}
