/**
 * Names of the "Scen - <name>" sheets, valid for Excel: none of the characters [ ] : * ? / \, no
 * apostrophe at either end, at most 31 characters, and unique ignoring case among themselves and the
 * pack's fixed sheet names (a clash gets " (2)", " (3)", ... within the 31 characters).
 */
export const SCENARIO_SHEET_PREFIX = "Scen - ";
/** Excel's limit on sheet names. */
export const MAX_SHEET_NAME = 31;

function clean(name: string): string {
  const text = name
    .replace(/[[\]:*?/\\]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^'+|'+$/g, "")
    .trim();
  return text === "" ? "Scenario" : text;
}

function cut(text: string, length: number): string {
  return text.slice(0, length).replace(/[\s']+$/, "");
}

/**
 * @param scenarios scenario names, in pack order
 * @param reserved the pack's other sheet names (they keep theirs)
 * @returns one sheet name per scenario, same order
 */
export function scenarioSheetNames(scenarios: readonly string[], reserved: readonly string[]): string[] {
  const taken = new Set(reserved.map((n) => n.toLowerCase()));
  return scenarios.map((scenario) => {
    const base = SCENARIO_SHEET_PREFIX + clean(scenario);
    let name = cut(base, MAX_SHEET_NAME);
    for (let n = 2; taken.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = cut(base, MAX_SHEET_NAME - suffix.length) + suffix;
    }
    taken.add(name.toLowerCase());
    return name;
  });
}
