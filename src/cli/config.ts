/**
 * Reads --config <settings.json>: the same settings the task pane saves in a workbook.
 * A bad file is a usage error that says which key is wrong.
 */
import { readFileSync } from "node:fs";
import { resolveSettings, type Settings } from "../engine/settings";
import { UsageError } from "./args";
import { settingsProblems } from "./settingsSchema";

export function parseSettingsJson(text: string, fileName: string): Partial<Settings> {
  let raw: unknown;
  try {
    // A byte-order mark (Notepad saves one) is no part of the JSON.
    raw = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new UsageError(`${fileName} is not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  const problems = settingsProblems(raw);
  if (problems.length === 1) throw new UsageError(`${fileName}: ${problems[0]}.`);
  if (problems.length > 1)
    throw new UsageError(`${fileName} has ${problems.length} problems:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  return raw as Partial<Settings>;
}

export function loadSettings(configPath: string | undefined, strict: boolean): Settings {
  let partial: Partial<Settings> = {};
  if (configPath) {
    let text: string;
    try {
      text = readFileSync(configPath, "utf8");
    } catch {
      throw new UsageError(`Cannot read the settings file ${configPath}.`);
    }
    partial = parseSettingsJson(text, configPath);
  }
  return resolveSettings({ ...partial, strict: strict || partial.strict === true });
}
