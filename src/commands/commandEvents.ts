/**
 * How a ribbon command's failure reaches the task pane (same shared runtime, same window).
 *
 * The message is also kept until the pane takes it: when the command fails before the pane's app has
 * mounted (it is opened by the failure itself), an event alone would be dispatched to no one.
 */

/** The event the task pane listens for to show a ribbon command's error in its message bar. */
export const COMMAND_ERROR_EVENT = "sop-prep:command-error";

let pending: string | null = null;

/** Keeps the message for a pane that mounts later and tells a mounted one now. */
export function reportCommandError(message: string, target?: Pick<EventTarget, "dispatchEvent">): void {
  pending = message;
  const to = target ?? (typeof window === "undefined" ? undefined : window);
  to?.dispatchEvent(new CustomEvent(COMMAND_ERROR_EVENT, { detail: message }));
}

/** The message not yet shown, if any; taking it clears it so it is shown once. */
export function takePendingCommandError(): string | null {
  const message = pending;
  pending = null;
  return message;
}
