/**
 * Writes a pack sheet top to bottom: a title, notes, section headings and Excel tables stacked under
 * each other, the way every sheet of the pack is laid out. Each sheet module says WHAT it shows; this
 * one says HOW a title, a note, a heading, a table and a totals row look, so they look the same on
 * every sheet (and a change of look is made once).
 */
import { parseCellAddress, rangeAddress } from "../../engine/a1";
import type { ChartSpec, ConditionalFormatSpec, LinkSpec, RangeStyle, ReportValue, SheetSpec, TableSpec } from "../workbookSpec";
import { withDataLabels } from "../charts/dataLabels";
import { chartNotDrawnReason, type ChartPoints } from "../charts/tooFewPoints";
import { withValueAxis } from "../charts/valueAxis";
import { HEADING_TEXT } from "./palette";

/** A style without its range: what a cell looks like. */
export type CellStyle = Omit<RangeStyle, "range">;

/** Where a written table's rows are, 0-based: header row, first and last body row. */
export interface TableRows {
  headerRow: number;
  first: number;
  last: number;
}

/** The parts of a SheetSpec that are not cells or styles (name, widths, panes, tab colour). */
export type SheetFrame = Pick<SheetSpec, "name"> & Partial<Pick<SheetSpec, "columnWidths" | "freeze" | "tabColor" | "page">>;

export class SheetBuilder {
  readonly rows: ReportValue[][] = [];
  readonly styles: RangeStyle[] = [];
  readonly tables: TableSpec[] = [];
  readonly conditionalFormats: ConditionalFormatSpec[] = [];
  readonly links: LinkSpec[] = [];
  readonly charts: ChartSpec[] = [];

  /** @param tableStyle the built-in Excel table style of this sheet's tables */
  constructor(private readonly tableStyle = "TableStyleMedium2") {}

  /** 0-based index of the next row to be written. */
  get next(): number {
    return this.rows.length;
  }

  /** Appends a row of cells as given (no style). */
  row(cells: ReportValue[]): number {
    this.rows.push(cells);
    return this.next - 1;
  }

  blank(): void {
    this.rows.push([]);
  }

  /** Styles cells (row, col1) to (row2, col2), 0-based. */
  style(row: number, col1: number, row2: number, col2: number, style: CellStyle): void {
    this.styles.push({ range: rangeAddress(row, col1, row2, col2), ...style });
  }

  /** The sheet's title, in column A of the first row. */
  title(text: string, fontSize = 14): void {
    this.note(text, { bold: true, fontSize });
  }

  /** One line of explanation in column A, italic unless told otherwise. */
  note(text: string, style: CellStyle = { italic: true }): void {
    const r = this.row([text]);
    this.style(r, 0, r, 0, style);
  }

  /** A section heading, after an empty row unless `spaceBefore` is false. */
  heading(text: string, spaceBefore = true): void {
    if (spaceBefore) this.blank();
    this.note(text, { bold: true, fontSize: 12, fontColor: HEADING_TEXT });
  }

  /**
   * A header row and its body as a sortable, filterable Excel table. An empty body gets one empty row
   * (an Excel table needs one). `formats` gives each column's number format (null = none).
   */
  table(name: string, header: string[], body: ReportValue[][], formats: (string | null)[] = []): TableRows {
    const headerRow = this.next;
    this.rows.push(header);
    if (body.length === 0) this.rows.push(header.map(() => null));
    else this.rows.push(...body);
    const last = this.next - 1;
    this.tables.push({ name, range: rangeAddress(headerRow, 0, last, header.length - 1), style: this.tableStyle });
    // Stacked tables share column widths: a header longer than its column (set for another table)
    // wraps onto more lines instead of being cut off by its neighbour.
    this.style(headerRow, 0, headerRow, header.length - 1, { wrap: true });
    formats.forEach((numberFormat, c) => {
      if (numberFormat) this.style(headerRow + 1, c, last, c, { numberFormat });
    });
    return { headerRow, first: headerRow + 1, last };
  }

  /** Number formats on columns of rows first..last, as [column, format] pairs. */
  formatColumns(first: number, last: number, formats: [number, string][]): void {
    for (const [c, numberFormat] of formats) this.style(first, c, last, c, { numberFormat });
  }

  /**
   * A bold totals row written under a table (not inside it, so filtering the table never hides it),
   * with a number format per column (null = none); bold across `width` columns (the table's width).
   */
  totalsRow(cells: ReportValue[], formats: (string | null)[], width = cells.length): number {
    const r = this.row(cells);
    this.style(r, 0, r, width - 1, { bold: true });
    formats.forEach((numberFormat, c) => {
      if (numberFormat) this.style(r, c, r, c, { numberFormat });
    });
    return r;
  }

  /** Writes one cell at (row, col), 0-based, padding with empty cells (and rows) up to it. */
  cell(row: number, col: number, value: ReportValue, style?: CellStyle): void {
    while (this.rows.length <= row) this.blank();
    const cells = this.rows[row];
    while (cells.length < col) cells.push(null);
    cells[col] = value;
    if (style) this.style(row, col, row, col, style);
  }

  /**
   * Adds a chart over data already on the sheet, unless it has too few points to draw (a line fewer
   * than two months, any chart no value: charts/tooFewPoints.ts); then one italic line at the chart's
   * anchor says why. Returns whether the chart was added.
   */
  chartOrReason(chart: ChartSpec, points: ChartPoints): boolean {
    const reason = chartNotDrawnReason(chart, this.rows, points);
    if (reason === null) {
      this.charts.push(chart);
      return true;
    }
    const { row, col } = parseCellAddress(chart.anchor);
    this.cell(row, col, reason, { italic: true });
    return false;
  }

  /** Colours cells by a conditional format. */
  conditional(format: ConditionalFormatSpec): void {
    this.conditionalFormats.push(format);
  }

  /** The finished sheet. Links and charts are left out when there are none. Each chart gets its value
   * axis range and its data labels from its data here (charts/valueAxis.ts, charts/dataLabels.ts),
   * once the data and its number formats are on the sheet. */
  sheet(frame: SheetFrame): SheetSpec {
    return {
      ...frame,
      rows: this.rows,
      styles: this.styles,
      tables: this.tables,
      conditionalFormats: this.conditionalFormats,
      ...(this.links.length > 0 ? { links: this.links } : {}),
      ...(this.charts.length > 0
        ? { charts: this.charts.map((chart) => withDataLabels(withValueAxis(chart, this.rows), this)) }
        : {}),
    };
  }
}
