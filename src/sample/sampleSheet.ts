/**
 * One sheet of sample or template data, host-neutral: the command line writes it with ExcelJS, the task
 * pane ("Insert sample data", "Create input template") writes it through Office.js.
 */
export interface SampleSheet {
  name: string;
  /** rows[r][c]. Dates are first-of-month at UTC midnight (what ExcelJS writes as a whole serial day). */
  rows: (string | number | Date | null)[][];
  /** Column index (zero-based) -> Excel number format, applied to the column's data cells. */
  columnFormats?: Record<number, string>;
}
