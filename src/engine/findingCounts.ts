/**
 * How findings are named and counted wherever they are shown (Data Quality sheet, summary, command
 * line, task pane): errors cost data, warnings cost a value or need a look, infos say what was done
 * (e.g. rows split by Region summed into one), so they are counted apart and never as warnings.
 */
import type { Finding } from "./model";

export const SEVERITY_LABEL: Record<Finding["severity"], string> = { error: "Error", warning: "Warning", info: "Info" };

/** Errors first, then warnings, then infos. */
export const SEVERITY_ORDER: Record<Finding["severity"], number> = { error: 0, warning: 1, info: 2 };

export function countFindings(findings: readonly Finding[]): { errors: number; warnings: number; infos: number } {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of findings) {
    if (f.severity === "error") errors++;
    else if (f.severity === "warning") warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}

/** "1 error(s), 2 warning(s)" with ", 1 note(s)" where there are infos. */
export function findingCountsText(findings: readonly Finding[], separator = ", "): string {
  const c = countFindings(findings);
  return `${c.errors} error(s)${separator}${c.warnings} warning(s)${c.infos > 0 ? `${separator}${c.infos} note(s)` : ""}`;
}
