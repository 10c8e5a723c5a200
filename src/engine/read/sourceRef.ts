import type { SourceRef } from "../model";
import type { RowReader } from "./rowReader";

/** Where the current row came from: its key cell, for findings and links back to the input. */
export function sourceRef(reader: RowReader, keyField: string): SourceRef {
  return { sheet: reader.view.sheet, cell: reader.address(keyField), row: reader.view.sheetRow(reader.r) };
}

/** Leaves the row out when its key was seen before, naming both cells. */
export function rejectDuplicate(reader: RowReader, keyField: string, firstCell: string | undefined, what: string): void {
  if (firstCell !== undefined) {
    reader.error(keyField, `${what} appears twice (first at ${firstCell}); this later row is left out`);
  }
}
