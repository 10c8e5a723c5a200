/**
 * The printed size of the pack (SPEC "Output": printed at 9 pt or more, never shrunk below 8 pt). A
 * sheet prints fit to the page's width where that keeps its 11-point text at 9 points or more;
 * a sheet too wide for that prints at the 9-point scale, its further columns flowing onto the
 * following pages, rather than shrunk to a size nobody can read.
 *
 * The page is laid out for the narrower of US Letter (11 x 8.5 in) and A4 (11.69 x 8.27 in) in
 * landscape, so it prints the same on either; widths are in Excel's characters (about 7.5 pixels at 96 dpi).
 */
import { parseRangeAddress } from "../engine/a1";
import { widthBetween } from "./rowHeights";
import type { PageSetupSpec, SheetSpec } from "./workbookSpec";

/** Inches, as both hosts set them: narrow left and right margins give the columns room. */
export const PAGE_MARGINS = { left: 0.3, right: 0.3, top: 0.4, bottom: 0.4, header: 0.2, footer: 0.2 } as const;

const PAPER = { landscape: { width: 11, height: 8.27 }, portrait: { width: 8.27, height: 11 } } as const;
const PIXELS_PER_INCH = 96;
// A character of column width is 7 pixels of Calibri 11's digit (Carlito's in LibreOffice, its metric
// twin) plus each column's padding: 7.5 on average, as LibreOffice prints the summary.
const PIXELS_PER_CHARACTER = 7.5;
/** The pack's body text size, and the least it may print at. */
export const BODY_POINTS = 11;
export const MIN_PRINTED_POINTS = 9;
/** The scale (percent) at which 11-point text prints at 9 points: 82%. */
export const MIN_PRINT_SCALE = Math.ceil((MIN_PRINTED_POINTS / BODY_POINTS) * 100);

/** Characters of column width that fit across one printed page at 100%. */
export function printableWidth(orientation: PageSetupSpec["orientation"]): number {
  const inches = PAPER[orientation].width - PAGE_MARGINS.left - PAGE_MARGINS.right;
  return (inches * PIXELS_PER_INCH) / PIXELS_PER_CHARACTER;
}

/** Points of row height that fit down one printed page at 100%. */
export function printableHeight(orientation: PageSetupSpec["orientation"]): number {
  return (PAPER[orientation].height - PAGE_MARGINS.top - PAGE_MARGINS.bottom) * 72;
}

/** The last column (0-based) that prints: the print area's, else the last holding a value or a chart. */
export function lastPrintedColumn(sheet: SheetSpec): number {
  if (sheet.page?.printArea) return parseRangeAddress(sheet.page.printArea).col2;
  let last = sheet.rows.reduce((m, r) => Math.max(m, (r?.length ?? 0) - 1), 0);
  for (const t of sheet.tables ?? []) last = Math.max(last, parseRangeAddress(t.range).col2);
  for (const c of sheet.charts ?? []) last = Math.max(last, parseRangeAddress(c.anchor).col1 + (c.width ?? 8) - 1);
  return last;
}

/** The printed columns' width in characters. */
export function printedWidth(sheet: SheetSpec): number {
  return widthBetween(sheet.columnWidths, 0, lastPrintedColumn(sheet));
}

/** The scale (fraction) at which the printed columns fill the page's width. */
function fitToWidth(sheet: SheetSpec, orientation: PageSetupSpec["orientation"]): number {
  return printableWidth(orientation) / printedWidth(sheet);
}

/**
 * The page setup with the size rule applied: fit to width where the fit keeps 9 points, else a fixed
 * scale of 82% (the hosts then print the columns across as many pages as they need).
 */
export function withLegibleScale(sheet: SheetSpec, page: PageSetupSpec): PageSetupSpec {
  if (page.fit !== "width" || page.scale !== undefined) return page;
  return fitToWidth(sheet, page.orientation) * 100 >= MIN_PRINT_SCALE ? page : { ...page, scale: MIN_PRINT_SCALE };
}

/** The fraction of full size the sheet prints at, as withLegibleScale will set it (1 at most). */
export function printedScale(sheet: SheetSpec): number {
  if (sheet.page?.scale !== undefined) return sheet.page.scale / 100;
  return Math.min(1, Math.max(MIN_PRINT_SCALE / 100, fitToWidth(sheet, sheet.page?.orientation ?? "landscape")));
}
