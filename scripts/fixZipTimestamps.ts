/**
 * ExcelJS stamps every zip entry with the current time; setting them all to one fixed date makes a
 * generated .xlsx byte-identical on every run, so regenerating a committed file shows no change in git.
 * Walks the central directory (PKWARE APPNOTE 4.3.12) and each entry's local header (4.3.7).
 * Used by make-sample.ts and make-fixtures.ts.
 */
export function fixZipTimestamps(zip: Buffer, date: Date): Buffer {
  const dosDate = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  const dosTime = 0;
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) return zip;
  const entries = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < entries && zip.readUInt32LE(at) === 0x02014b50; i++) {
    zip.writeUInt16LE(dosTime, at + 12);
    zip.writeUInt16LE(dosDate, at + 14);
    const local = zip.readUInt32LE(at + 42);
    if (zip.readUInt32LE(local) === 0x04034b50) {
      zip.writeUInt16LE(dosTime, local + 10);
      zip.writeUInt16LE(dosDate, local + 12);
    }
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return zip;
}
