/**
 * Huge .xlsx packages for the hostile-input tests, written straight to the test's temp dir (never to
 * the repo): a sheet at Excel's full 1,048,576 rows, and zip bombs. Parts are generated as string
 * chunks and deflated as a stream with Node's zlib, so writing a gigabyte of sheet XML takes seconds
 * and little memory. The zip layout follows PKWARE's APPNOTE (local headers, central directory).
 */
import { constants, crc32, deflateRawSync } from "zlib";
import { closeSync, openSync, writeSync } from "fs";

export interface Part {
  name: string;
  /** The part's text, in chunks (a generator keeps memory flat). */
  chunks: Iterable<string>;
  /** An unpacked size to state in the zip instead of the real one (a lying package). */
  statedSize?: number;
}

const SHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The four small parts every workbook of one sheet ("Demand") needs, plus shared strings if given. */
export function workbookParts(sheet: Iterable<string>, sharedStrings?: Iterable<string>): Part[] {
  const ct =
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
    `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
    (sharedStrings
      ? `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>`
      : "") +
    `</Types>`;
  const rels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const workbook = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${SHEET_NS}" xmlns:r="${REL_NS}"><sheets><sheet name="Demand" sheetId="1" r:id="rId1"/></sheets></workbook>`;
  const wbRels =
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/>` +
    (sharedStrings ? `<Relationship Id="rId2" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/>` : "") +
    `</Relationships>`;
  return [
    { name: "[Content_Types].xml", chunks: [ct] },
    { name: "_rels/.rels", chunks: [rels] },
    { name: "xl/workbook.xml", chunks: [workbook] },
    { name: "xl/_rels/workbook.xml.rels", chunks: [wbRels] },
    { name: "xl/worksheets/sheet1.xml", chunks: sheet },
    ...(sharedStrings ? [{ name: "xl/sharedStrings.xml", chunks: sharedStrings }] : []),
  ];
}

/** Writes the parts as a zip file (deflate), returns nothing; sizes must stay under 4 GB. */
export function writeZip(path: string, parts: Part[]): void {
  const fd = openSync(path, "w");
  let offset = 0;
  const central: Buffer[] = [];
  const write = (b: Buffer) => {
    writeSync(fd, b);
    offset += b.length;
  };
  try {
    for (const part of parts) {
      const compressed: Buffer[] = [];
      let size = 0;
      let crc = 0;
      let batch: string[] = [];
      let batchLength = 0;
      const pending: Buffer[] = [];
      let last = null as { chunk: string; bytes: Buffer; deflated: Buffer } | null;
      for (const chunk of part.chunks) {
        if (chunk.length >= 1 << 19) {
          // A big chunk is deflated on its own; the same chunk again (a bomb repeats one block) reuses
          // its deflated bytes, which is valid because each piece stands alone (see flush).
          if (batch.length > 0) {
            const head = Buffer.from(batch.join(""), "utf8");
            size += head.length;
            crc = crc32(head, crc);
            compressed.push(flush([head], false));
            batch = [];
            batchLength = 0;
          }
          if (pending.length > 0) compressed.push(flush(pending, false));
          if (last?.chunk !== chunk) {
            const bytes = Buffer.from(chunk, "utf8");
            last = { chunk, bytes, deflated: flush([bytes], false) };
          }
          size += last.bytes.length;
          crc = crc32(last.bytes, crc);
          compressed.push(last.deflated);
          continue;
        }
        batch.push(chunk);
        batchLength += chunk.length;
        if (batchLength > 8 << 20) {
          const bytes = Buffer.from(batch.join(""), "utf8");
          pending.push(bytes);
          size += bytes.length;
          crc = crc32(bytes, crc);
          batch = [];
          batchLength = 0;
          if (pending.length >= 8) compressed.push(flush(pending, false));
        }
      }
      const bytes = Buffer.from(batch.join(""), "utf8");
      pending.push(bytes);
      size += bytes.length;
      crc = crc32(bytes, crc);
      compressed.push(flush(pending, true));
      const data = Buffer.concat(compressed);
      const name = Buffer.from(part.name, "utf8");
      const stated = part.statedSize ?? size;
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      local.writeUInt16LE(20, 4);
      local.writeUInt16LE(8, 8); // deflate
      local.writeUInt32LE(crc >>> 0, 14);
      local.writeUInt32LE(data.length, 18);
      local.writeUInt32LE(stated, 22);
      local.writeUInt16LE(name.length, 26);
      const header = Buffer.alloc(46);
      header.writeUInt32LE(0x02014b50, 0);
      header.writeUInt16LE(20, 4);
      header.writeUInt16LE(20, 6);
      header.writeUInt16LE(8, 10);
      header.writeUInt32LE(crc >>> 0, 16);
      header.writeUInt32LE(data.length, 20);
      header.writeUInt32LE(stated, 24);
      header.writeUInt16LE(name.length, 28);
      header.writeUInt32LE(offset, 42);
      central.push(header, name);
      write(local);
      write(name);
      write(data);
    }
    const dir = Buffer.concat(central);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(parts.length, 8);
    end.writeUInt16LE(parts.length, 10);
    end.writeUInt32LE(dir.length, 12);
    end.writeUInt32LE(offset, 16);
    write(dir);
    write(end);
  } finally {
    closeSync(fd);
  }
}

/** Deflates the pending chunks as one piece of the part's raw deflate stream. A piece that is not the
 * last ends with Z_FULL_FLUSH (byte-aligned, no final-block bit, no back-references across pieces), so
 * the pieces concatenate into one valid stream; the last ends with Z_FINISH. */
function flush(pending: Buffer[], last: boolean): Buffer {
  const input = Buffer.concat(pending);
  pending.length = 0;
  return deflateRawSync(input, { level: 1, finishFlush: last ? constants.Z_FINISH : constants.Z_FULL_FLUSH });
}
