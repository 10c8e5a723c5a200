import type { PreviousPack } from "../engine/history";

/** What the pack says about its run: the input it came from and when it was made (the summary's header). */
export interface RunInfo {
  /** The input's name: the file name on the command line, the workbook's name in Excel. */
  inputName?: string;
  /** The as-of date printed on the summary; now when not given. */
  asOf?: Date;
  /** The previous pack's history and summary: in Excel the pack in the workbook, on the
   * command line --previous. null or absent on a first run. */
  previous?: PreviousPack | null;
}
