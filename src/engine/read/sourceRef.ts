import type { SourceRef } from "../model";
import type { RowReader } from "./rowReader";

/** Where the current row came from: its key cell, for findings and links back to the input. */
export function sourceRef(reader: RowReader, keyField: string): SourceRef {
  return { sheet: reader.view.sheet, cell: reader.address(keyField), row: reader.view.sheetRow(reader.r) };
}

/** Leaves the current row out when its key was first seen on grid row `firstRow`, naming both cells. */
export function rejectDuplicate(reader: RowReader, keyField: string, firstRow: number | undefined, what: string): void {
  if (firstRow !== undefined) {
    const firstCell = reader.view.address(firstRow, reader.col(keyField));
    reader.error(keyField, `${what} appears twice (first at ${firstCell}); this later row is left out`);
  }
}
