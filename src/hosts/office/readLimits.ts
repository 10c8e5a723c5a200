/**
 * How much of an input sheet the add-in agrees to read. Office.js refuses a range read over 5 million
 * cells, and the task pane's memory would suffer long before that; a planning input (families x
 * periods x measures) is a few hundred thousand cells at most. A used range far larger almost always
 * means a stray value far below or to the right of the table, which makes Excel's used range reach it.
 */
import { InputError } from "../../engine/errors";
import { cellAddress, rangeAddress } from "../../engine/a1";

/** Cells read from all input sheets together in one run. */
export const MAX_INPUT_CELLS = 5_000_000;

export interface UsedArea {
  sheet: string;
  /** 0-based top-left of the used range. */
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/**
 * Throws an InputError naming the sheet whose used range is too large (the largest when several
 * are) and its last cell, with what to do, when the areas together pass the limit.
 */
export function checkReadSize(areas: UsedArea[], limit = MAX_INPUT_CELLS): void {
  const total = areas.reduce((sum, a) => sum + a.rows * a.cols, 0);
  if (total <= limit || areas.length === 0) return;
  const worst = areas.reduce((w, a) => (a.rows * a.cols > w.rows * w.cols ? a : w));
  const lastCell = cellAddress(worst.row + worst.rows - 1, worst.col + worst.cols - 1);
  const used = rangeAddress(worst.row, worst.col, worst.row + worst.rows - 1, worst.col + worst.cols - 1);
  const message =
    `The "${worst.sheet}" sheet's used range ${used} holds ${(worst.rows * worst.cols).toLocaleString("en-US")} cells, ` +
    `more than the ${limit.toLocaleString("en-US")} S&OP Prep reads. A value far below or to the right of the table ` +
    `(at ${lastCell}; Ctrl+End goes there) usually makes it that big: delete the rows and columns beyond the table, then try again.`;
  throw new InputError(message, [{ sheet: worst.sheet, cell: lastCell, severity: "error", message }]);
}
