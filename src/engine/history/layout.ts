/**
 * The layout of what the pack writes for the loop and reads back next month: the S&OP History sheet's
 * tables and the summary's agenda and decision log. The report writes these headers and the parser
 * finds the tables by them, so writer and reader cannot drift apart.
 */

export const HISTORY_SHEET = "S&OP History";
export const SUMMARY_SHEET_NAME = "S&OP Summary";

/** How many cycles the history keeps (this one included); older ones are dropped and the sheet says so. */
export const MAX_CYCLES = 24;

/** The label of the row that names the pack's cycle on the History sheet (value in the next column). */
export const PACK_CYCLE_LABEL = "Cycle of this pack";
/** The label of the row that says which cycles were dropped (text in the next column). */
export const DROPPED_LABEL = "Cycles dropped";

export const SNAPSHOT_HEADERS = [
  "Cycle",
  "Family",
  "Period",
  "Demand Plan",
  "Supply Plan",
  "Projected Inventory",
  "Demand Revenue",
] as const;

/**
 * The last column of the agenda and of the decision logs: the stable key (report/exceptions.ts
 * exceptionKey), by which a decision goes back to its issue when the text changes. Packs from
 * before it have no such column: they are read by the text.
 */
export const KEY_HEADER = "Key";

/**
 * The agenda's column, after Due, that names the cycle of a decision the pack carried into the row
 * from an earlier cycle (still open, on the same issue); blank for a decision of this cycle. Read
 * back, a row that still holds that decision is that decision, not a new one.
 */
export const DECIDED_HEADER = "Decided";

/** The decision log, on the History sheet and on the summary; then the Key column. */
export const DECISION_HEADERS = ["Cycle", "Issue", "Decision", "Owner", "Due", "Status"] as const;

/** The summary's executive agenda (the Decision, Owner and Due columns are typed in the meeting); then the Decided and Key columns. */
export const AGENDA_HEADERS = ["#", "Issue", "Raised By", "Money Impact", "Options Found", "Decision", "Owner", "Due"] as const;
