/** The event the task pane listens for to show a ribbon command's error in its message bar. */
export const COMMAND_ERROR_EVENT = "sop-prep:command-error";
