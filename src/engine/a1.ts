/** A1-style addresses, used in findings (engine) and in the report description (ranges). */

/** 0 -> "A", 25 -> "Z", 26 -> "AA". */
export function columnLetter(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Zero-based row and column -> "B7". */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** Zero-based corners -> "A1:D10" (a single cell gives "A1"). */
export function rangeAddress(row1: number, col1: number, row2: number, col2: number): string {
  const a = cellAddress(row1, col1);
  const b = cellAddress(row2, col2);
  return a === b ? a : `${a}:${b}`;
}

/** "B7" -> { row: 6, col: 1 }. */
export function parseCellAddress(address: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) throw new Error(`Not a cell address: ${address}`);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** "A1:D10" -> corners, zero-based. */
export function parseRangeAddress(range: string): { row1: number; col1: number; row2: number; col2: number } {
  const [a, b] = range.split(":");
  const p = parseCellAddress(a);
  const q = b ? parseCellAddress(b) : p;
  return { row1: p.row, col1: p.col, row2: q.row, col2: q.col };
}

/** Quotes a sheet name for use in a reference: Gap Table -> 'Gap Table'. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** The first cell of an address or range ("C2:C33" -> "C2"), e.g. of a grouped finding's cell. */
export function firstCell(cell: string): string {
  const colon = cell.indexOf(":");
  return colon < 0 ? cell : cell.slice(0, colon);
}
