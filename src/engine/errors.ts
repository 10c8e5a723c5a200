import type { Finding } from "./model";

/**
 * The input cannot be used at all (a required sheet or column is missing, nothing usable is left).
 * Carries the findings that say what to fix; hosts show the message, never a stack trace.
 */
export class InputError extends Error {
  readonly findings: Finding[];
  constructor(message: string, findings: Finding[] = []) {
    super(message);
    this.name = "InputError";
    this.findings = findings;
  }
}

/** "Demand!C7: 'n/a' is not a number" — the form every message to a planner takes. */
export function describeFinding(f: Finding): string {
  return f.cell ? `${f.sheet}!${f.cell}: ${f.message}` : `${f.sheet}: ${f.message}`;
}
