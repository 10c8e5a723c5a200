/**
 * Header and sheet-name matching is case- and space-insensitive (SPEC.md "Input workbook"), and
 * ignores punctuation and a trailing unit in brackets, so "Planned Production (units)",
 * "planned_production" and "PLANNED PRODUCTION" are one header.
 */
export function normalizeHeader(text: string): string {
  let s = text.toLowerCase();
  const bracket = s.search(/[([]/);
  if (bracket > 0) s = s.slice(0, bracket);
  return s.replace(/[^a-z0-9]/g, "");
}
