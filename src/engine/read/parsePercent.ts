/**
 * Percentages as planners give them (SPEC.md "Percentages may be given as 0.85, 85% or 85"):
 * a cell formatted as a percent holds the fraction already (85% is stored as 0.85); text "85%" is
 * 0.85; a bare number above the column's fraction limit is read as percent points (85 -> 0.85).
 */
import type { CellValue } from "../grid";
import { isBlank } from "../grid";
import { parseNumber, parseNumericText, showValue, type ParsedNumber } from "./parseNumber";

export interface PercentRule {
  /**
   * Bare numbers whose size is at most this are fractions already; larger ones are percent points.
   * Utilization and efficiency use 2 (so 1.1 is 110% and 85 is 85%); change columns use a limit just
   * below 1 (0.1 is +10%, 5 is +5%).
   */
  fractionUpTo: number;
}

export const RATE_RULE: PercentRule = { fractionUpTo: 2 };
export const CHANGE_RULE: PercentRule = { fractionUpTo: 0.999999 };

export function isPercentFormat(format: string | null | undefined): boolean {
  return !!format && format.replace(/"[^"]*"/g, "").includes("%");
}

/** Cell -> fraction (0.85 for 85%), blank, or invalid. Range checks are the caller's (they differ by column). */
export function parsePercent(value: CellValue | undefined, format: string | null | undefined, rule: PercentRule): ParsedNumber {
  if (typeof value === "string" && !isBlank(value)) {
    const s = value.trim();
    if (s.endsWith("%")) {
      const n = parseNumericText(s.slice(0, -1));
      return n === null ? { kind: "invalid", shown: showValue(value), excelError: false } : { kind: "number", value: n / 100 };
    }
  }
  const parsed = parseNumber(value);
  if (parsed.kind !== "number") return parsed;
  if (typeof value === "number" && isPercentFormat(format)) return parsed;
  const v = parsed.value;
  return { kind: "number", value: Math.abs(v) <= rule.fractionUpTo ? v : v / 100 };
}
