/**
 * What the pack already in the workbook carries for the next cycle: the S&OP History sheet and the
 * S&OP Summary (whose agenda holds the Decision / Owner / Due the meeting typed). readInputGrids reads
 * both before the pack is replaced (option withPack), found through the generated-sheets marker, so a
 * renamed pack sheet is still ours and a user's own sheet with the same name is never taken for it;
 * the engine parses them.
 */
import type { PreviousPack } from "../../engine/history";
import type { WorkbookInputs } from "./readInputGrids";

export const WORKBOOK_PACK_SOURCE = "the pack already in this workbook";

/** null when the workbook holds no generated history or summary (the first run). */
export function packHistory(inputs: Pick<WorkbookInputs, "pack">): PreviousPack | null {
  const { history, summary } = inputs.pack;
  if (history === null && summary === null) return null;
  return { source: WORKBOOK_PACK_SOURCE, history, summary };
}
