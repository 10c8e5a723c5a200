/**
 * Reads --config <settings.json>: the same settings the task pane saves in a workbook.
 * A bad file is a usage error that says which key is wrong.
 */
import { readFileSync } from "node:fs";
import { resolveSettings, type Settings } from "../engine/settings";
import { UsageError } from "./args";

const NUMBER_KEYS = ["trackingSignalLimit", "nfmLimit", "window", "warningThreshold"] as const;
const KNOWN_KEYS = new Set<string>([...NUMBER_KEYS, "fvaBaseline", "scenarios", "sheetNames", "strict"]);

export function parseSettingsJson(text: string, fileName: string): Partial<Settings> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${fileName} is not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw new UsageError(`${fileName} must hold a JSON object such as {"trackingSignalLimit": 4}.`);
  }
  const obj = raw as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (!KNOWN_KEYS.has(key)) {
      throw new UsageError(`${fileName}: unknown setting "${key}". Known settings: ${[...KNOWN_KEYS].join(", ")}.`);
    }
  }
  for (const key of NUMBER_KEYS) {
    if (key in obj && (typeof obj[key] !== "number" || !Number.isFinite(obj[key]) || (obj[key] as number) <= 0)) {
      throw new UsageError(`${fileName}: "${key}" must be a positive number.`);
    }
  }
  if ("window" in obj && !Number.isInteger(obj.window))
    throw new UsageError(`${fileName}: "window" must be a whole number of periods.`);
  if ("scenarios" in obj && !Array.isArray(obj.scenarios)) throw new UsageError(`${fileName}: "scenarios" must be a list.`);
  if ("sheetNames" in obj && (typeof obj.sheetNames !== "object" || obj.sheetNames === null)) {
    throw new UsageError(`${fileName}: "sheetNames" must map roles (demand, supply, ...) to sheet names.`);
  }
  return obj as Partial<Settings>;
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
