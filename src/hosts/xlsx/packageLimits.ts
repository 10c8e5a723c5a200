/**
 * An .xlsx file is a zip package whose parts can unpack to far more than the file's size (a 1 MB file
 * can hold a gigabyte of shared strings). Every part's unpacked size is read from the zip's directory and
 * checked against one stated bound before anything is inflated, and the inflating itself stops at that
 * size, so a package that lies about its sizes is refused too. Files that are no .xlsx at all are told
 * apart first (fileKind.ts), with advice for each.
 */
import JSZip from "jszip";
import { InputError } from "../../engine/errors";
import { describeNotXlsx } from "./fileKind";

/**
 * The most an input package may unpack to, all parts together: 512 MiB. A planning workbook of 5,000
 * families x 36 months x 40 resources unpacks to under 150 MB, and a sheet using all 1,048,576 rows
 * of a long Demand table to about 200 MB; the cells read from it must also fit the run's memory.
 */
export const MAX_UNPACKED_BYTES = 512 * 1024 * 1024;

function megabytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024).toLocaleString("en-US")} KB`;
  return `${Math.ceil(bytes / (1024 * 1024)).toLocaleString("en-US")} MB`;
}

/** The unpacked size the zip's directory states for a part (JSZip keeps it from the central directory). */
export function statedSize(file: JSZip.JSZipObject): number {
  const data = (file as unknown as { _data?: { uncompressedSize?: number } })._data;
  return typeof data?.uncompressedSize === "number" ? data.uncompressedSize : 0;
}

function tooLarge(fileName: string, what: string, bytes: number, limit: number): InputError {
  return new InputError(
    `${fileName} unpacks to ${what ? `${what} ` : ""}${megabytes(bytes)}, more than the ${megabytes(limit)} S&OP Prep reads ` +
      `(an .xlsx file is a zip; its contents are checked before they are unpacked). A planning workbook is ` +
      `far smaller: delete sheets, images or unused rows it does not need, or copy the input tables into a new workbook.`,
  );
}

/** Throws when the parts of a package together state more than the bound. */
export function checkStatedSizes(zip: JSZip, fileName: string, limit = MAX_UNPACKED_BYTES): void {
  let total = 0;
  zip.forEach((_path, file) => {
    if (!file.dir) total += statedSize(file);
  });
  if (total > limit) throw tooLarge(fileName, "", total, limit);
}

/**
 * Opens an .xlsx package: says what the file is when it is not one, reads the zip's directory (nothing
 * is inflated yet) and checks the stated sizes against the bound.
 */
export async function openPackage(data: Uint8Array, fileName = "The file", limit = MAX_UNPACKED_BYTES): Promise<JSZip> {
  const notXlsx = describeNotXlsx(data, fileName);
  if (notXlsx) throw new InputError(notXlsx);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch {
    throw new InputError(
      `${fileName} cannot be read as an Excel workbook (.xlsx): it is damaged or incomplete (its zip data ends early or is corrupt), ` +
        `for example an interrupted download or copy. Copy or download it again, or open it in Excel and save it as "Excel Workbook (*.xlsx)".`,
    );
  }
  if (!zip.file("xl/workbook.xml") && !zip.file(/^xl\/workbook\d*\.xml$/i).length) {
    throw new InputError(
      `${fileName} cannot be read as an Excel workbook (.xlsx): it is a zip file but holds no workbook ` +
        `(perhaps a Word or OpenDocument file, or a zip of several files). Open it in the program that made it and save the tables as "Excel Workbook (*.xlsx)".`,
    );
  }
  checkStatedSizes(zip, fileName, limit);
  return zip;
}

interface JSZipStream {
  on(event: "data", fn: (chunk: Uint8Array) => void): JSZipStream;
  on(event: "error", fn: (e: Error) => void): JSZipStream;
  on(event: "end", fn: () => void): JSZipStream;
  pause(): JSZipStream;
  resume(): JSZipStream;
}

/**
 * A part's bytes, streamed and counted: the inflating stops with an InputError when the part passes its
 * stated size or the bound (a package whose directory understates a part).
 */
export function streamPart(
  zip: JSZip,
  file: JSZip.JSZipObject,
  fileName: string,
  onChunk: (chunk: Uint8Array) => void,
  limit = MAX_UNPACKED_BYTES,
): Promise<void> {
  const allowed = Math.min(limit, Math.max(statedSize(file), 0) || limit);
  return new Promise((resolve, reject) => {
    let seen = 0;
    let failed = false;
    // internalStream is JSZip's documented streaming API; its typings leave it out.
    const stream = (file as unknown as { internalStream(type: "uint8array"): JSZipStream }).internalStream("uint8array");
    stream
      .on("data", (chunk: Uint8Array) => {
        if (failed) return;
        seen += chunk.length;
        if (seen > allowed) {
          failed = true;
          stream.pause();
          reject(tooLarge(fileName, `more than its zip directory states, at least`, seen, allowed));
          return;
        }
        try {
          onChunk(chunk);
        } catch (e) {
          failed = true;
          stream.pause();
          reject(e);
        }
      })
      .on("error", (e: Error) => {
        if (failed) return;
        failed = true;
        reject(
          new InputError(
            `${fileName} cannot be read as an Excel workbook (.xlsx): its part ${file.name} is damaged (${e.message}). ` +
              `Open it in Excel and save it again as "Excel Workbook (*.xlsx)".`,
          ),
        );
      })
      .on("end", () => {
        if (!failed) resolve();
      })
      .resume();
  });
}

/**
 * The same bound on a package this program wrote, before it is handed on (the task pane's "Open pack
 * as a new workbook" gives the file to Excel): a pack that unpacks beyond it is refused with a message.
 */
export async function checkPackageBound(bytes: Uint8Array, what = "The pack", limit = MAX_UNPACKED_BYTES): Promise<void> {
  checkStatedSizes(await JSZip.loadAsync(bytes), what, limit);
}
