/**
 * Finds a table in a generated sheet's cell grid by its exact header row and reads its body down to
 * the first empty row. The pack's own sheets are read back this way (not with the input readers'
 * synonyms): their headers are ours, so an exact match is the right test, and a table a person
 * renamed a header of is reported rather than guessed.
 */
import { cellAddress } from "../a1";
import { type CellGrid, type CellValue, isBlank } from "../grid";

export interface GridTable {
  /** 0-based sheet row of the header. */
  headerRow: number;
  /** 0-based sheet column of the first header cell. */
  col: number;
  /** How many of the optional headers follow the required ones (in order). */
  optional: number;
  /** Body rows in order, each with its 0-based sheet row; cells as many as the headers found. */
  rows: { row: number; cells: CellValue[]; formats: (string | null)[] }[];
}

const norm = (v: CellValue | undefined) => (typeof v === "string" ? v.trim().replace(/\s+/g, " ").toLowerCase() : null);

/**
 * Every table in the grid whose header row starts with `headers` (in order, case-insensitive). The
 * `optional` headers, where they follow (in order), are read too: a column added in a later version
 * of the pack, which older packs lack.
 */
export function findGridTables(grid: CellGrid, headers: readonly string[], optional: readonly string[] = []): GridTable[] {
  const required = headers.map((h) => h.toLowerCase());
  const r0 = grid.origin?.row ?? 0;
  const c0 = grid.origin?.col ?? 0;
  const found: GridTable[] = [];
  for (let r = 0; r < grid.values.length; r++) {
    const line = grid.values[r] ?? [];
    for (let c = 0; c + required.length <= line.length; c++) {
      if (norm(line[c]) !== required[0]) continue;
      if (!required.every((h, k) => norm(line[c + k]) === h)) continue;
      let extra = 0;
      while (extra < optional.length && norm(line[c + required.length + extra]) === optional[extra].toLowerCase()) extra++;
      const want = [...required, ...optional.slice(0, extra)];
      const rows: GridTable["rows"] = [];
      for (let b = r + 1; b < grid.values.length; b++) {
        const cells = want.map((_, k) => grid.values[b]?.[c + k] ?? null);
        if (cells.every((v) => isBlank(v))) break;
        rows.push({ row: r0 + b, cells, formats: want.map((_, k) => grid.numberFormats?.[b]?.[c + k] ?? null) });
      }
      found.push({ headerRow: r0 + r, col: c0 + c, optional: extra, rows });
    }
  }
  return found;
}

/** A1 address of column k of a table row. */
export function tableCell(table: GridTable, row: number, k: number): string {
  return cellAddress(row, table.col + k);
}

/** The value right of the first cell that reads `label` (case-insensitive), with its format. */
export function labelledValue(grid: CellGrid, label: string): { value: CellValue; format: string | null } | null {
  const want = label.toLowerCase();
  for (let r = 0; r < grid.values.length; r++) {
    const line = grid.values[r] ?? [];
    for (let c = 0; c < line.length; c++) {
      if (norm(line[c]) === want) return { value: line[c + 1] ?? null, format: grid.numberFormats?.[r]?.[c + 1] ?? null };
    }
  }
  return null;
}
