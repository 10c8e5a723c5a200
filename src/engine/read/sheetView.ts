/**
 * A cell grid seen through the sheet's own addresses: the grid may start anywhere in the sheet
 * (grid.origin), and every finding must point at the cell the planner sees in Excel.
 */
import { cellAddress } from "../a1";
import type { CellGrid, CellValue } from "../grid";
import { isBlank } from "../grid";

/** A row a reader left out, with the family it belonged to, so downstream messages name the true cause. */
export interface LeftOutRow {
  family: string;
  /** The row's month, where it could be read. */
  period?: string;
  /** The cell of the problem that cost the row, and the problem ("'n/a' is not a number"). */
  cell: string;
  reason: string;
}

export class SheetView {
  readonly sheet: string;
  readonly rowCount: number;
  /** Rows of this sheet that its reader left out, where the row's family could be read. */
  readonly leftOut: LeftOutRow[] = [];
  private readonly values: CellValue[][];
  private readonly formats: (string | null)[][] | undefined;
  private readonly rowOffset: number;
  private readonly colOffset: number;

  /**
   * @param keyColumns headers of extra key columns the settings name, besides Region, Customer,
   *   Channel and Site (extraKeys.ts)
   */
  constructor(
    grid: CellGrid,
    readonly keyColumns: readonly string[] = [],
  ) {
    this.sheet = grid.sheet;
    this.values = grid.values;
    this.formats = grid.numberFormats;
    this.rowCount = grid.values.length;
    this.rowOffset = grid.origin?.row ?? 0;
    this.colOffset = grid.origin?.col ?? 0;
  }

  value(r: number, c: number): CellValue {
    const row = this.values[r];
    const v = row === undefined ? undefined : row[c];
    return v === undefined ? null : v;
  }

  format(r: number, c: number): string | null {
    const row = this.formats?.[r];
    return row?.[c] ?? null;
  }

  /** Number of cells in grid row r (rows may differ in length). */
  width(r: number): number {
    return this.values[r]?.length ?? 0;
  }

  /** The zero-based sheet row of grid row r. */
  sheetRow(r: number): number {
    return r + this.rowOffset;
  }

  /** The zero-based sheet column of grid column c. */
  sheetCol(c: number): number {
    return c + this.colOffset;
  }

  /** A1 address in the sheet of grid cell (r, c). */
  address(r: number, c: number): string {
    return cellAddress(r + this.rowOffset, c + this.colOffset);
  }

  /** True when every listed column of row r is blank. Only the table's columns are looked at, so
   * thousands of formatted empty rows below the data cost a few checks each. */
  isBlankRow(r: number, cols: readonly number[]): boolean {
    const row = this.values[r];
    if (row === undefined || row.length === 0) return true;
    for (const c of cols) if (!isBlank(row[c])) return false;
    return true;
  }
}
