/**
 * The schema of a --config file: one entry per setting of engine/settings.ts, each a check that says
 * in words what is wrong with a value. Every wrong key is reported, not only the first. A new setting
 * is one more entry in SETTINGS_SCHEMA (the Settings type makes a missing entry a type error).
 */
import type { SheetRole } from "../engine/model";
import type { BaselineSettings, ScenarioSetting, ServiceLevelSettings, Settings } from "../engine/settings";

/** A value's problem in words ("must be a positive number, not "4""), or null when it is right. */
export type Check = (value: unknown) => string | null;

function shown(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

export const positiveNumber: Check = (v) =>
  typeof v === "number" && Number.isFinite(v) && v > 0 ? null : `must be a positive number, not ${shown(v)}`;

export const wholePositiveNumber: Check = (v) =>
  typeof v === "number" && Number.isInteger(v) && v > 0 ? null : `must be a whole number of periods (1 or more), not ${shown(v)}`;

export const nonNegativeNumber: Check = (v) =>
  typeof v === "number" && Number.isFinite(v) && v >= 0 ? null : `must be a number, 0 or more, not ${shown(v)}`;

export const fraction: Check = (v) =>
  typeof v === "number" && Number.isFinite(v) && v > 0 && v <= 1
    ? null
    : `must be a fraction above 0 and at most 1 (0.9 for 90%), not ${shown(v)}`;

export const text: Check = (v) => (typeof v === "string" && v.trim() !== "" ? null : `must be text, not ${shown(v)}`);

export const boolean: Check = (v) => (typeof v === "boolean" ? null : `must be true or false, not ${shown(v)}`);

export const month: Check = (v) =>
  typeof v === "string" && /^\d{4}-(0[1-9]|1[0-2])$/.test(v)
    ? null
    : `must be a month written "YYYY-MM" (e.g. "2026-11"), not ${shown(v)}`;

export const changeFraction: Check = (v) =>
  typeof v === "number" && Number.isFinite(v) && v > -1 && v <= 10
    ? null
    : `must be a fraction of change (0.1 for +10%), not ${shown(v)}`;

/** An object whose keys each have their own check; `required` keys must be there. Problems are "key: ...". */
export function objectOf(fields: Record<string, Check>, required: string[] = [], example = ""): (v: unknown) => string[] {
  return (v) => {
    if (typeof v !== "object" || v === null || Array.isArray(v))
      return [`must be an object${example ? ` such as ${example}` : ""}, not ${shown(v)}`];
    const problems: string[] = [];
    for (const key of required) if (!(key in v)) problems.push(`"${key}" is missing`);
    for (const [key, value] of Object.entries(v)) {
      const check = fields[key];
      if (!check) problems.push(`"${key}" is not a known key (known: ${Object.keys(fields).join(", ")})`);
      else {
        const problem = check(value);
        if (problem) problems.push(`"${key}" ${problem}`);
      }
    }
    return problems;
  };
}

const SCENARIO_FIELDS: Record<keyof ScenarioSetting, Check> = {
  name: text,
  demandChange: changeFraction,
  priceChange: changeFraction,
  capacityChange: changeFraction,
  family: text,
  resource: text,
};

const ROLES: Record<SheetRole, Check> = {
  demand: text,
  supply: text,
  capacity: text,
  billOfResources: text,
  finance: text,
  scenarios: text,
  inventoryPolicy: text,
};

const BASELINE_FIELDS: Record<keyof BaselineSettings, Check> = {
  abcA: fraction,
  abcB: fraction,
  xyzX: positiveNumber,
  xyzY: positiveNumber,
  adi: positiveNumber,
  cv2: positiveNumber,
  seasonalMinMonths: wholePositiveNumber,
};
const baseline = objectOf(BASELINE_FIELDS, [], '{"abcA": 0.8, "seasonalMinMonths": 24}');

/** A cycle service level: strictly between 50% and 100%, as on the Inventory Policy sheet. */
export const serviceLevel: Check = (v) =>
  typeof v === "number" && v > 0.5 && v < 1 ? null : `must be a fraction above 0.5 and below 1 (0.95 for 95%), not ${shown(v)}`;

const SERVICE_LEVEL_FIELDS: Record<keyof ServiceLevelSettings, Check> = { A: serviceLevel, B: serviceLevel, C: serviceLevel };
const serviceLevels = objectOf(SERVICE_LEVEL_FIELDS, [], '{"A": 0.98, "B": 0.95, "C": 0.9}');

export const targets: Check = (v) =>
  v === "given" || v === "recommended" ? null : `must be "given" or "recommended", not ${shown(v)}`;

const scenario = objectOf(SCENARIO_FIELDS, ["name"], '{"name": "Promo", "demandChange": 0.15}');
const sheetNames = objectOf(ROLES, [], '{"demand": "Forecast 2026"}');

/** A setting's check: a message per problem found (empty when the value is right). */
type SettingCheck = (value: unknown) => string[];

const one =
  (check: Check): SettingCheck =>
  (v) => {
    const problem = check(v);
    return problem ? [problem] : [];
  };

/** Every setting a --config file may hold, with its check. */
export const SETTINGS_SCHEMA: Record<keyof Settings, SettingCheck> = {
  trackingSignalLimit: one(positiveNumber),
  nfmLimit: one(positiveNumber),
  window: one(wholePositiveNumber),
  warningThreshold: one(fraction),
  fvaBaseline: one(text),
  scenarios: (v) => {
    if (!Array.isArray(v))
      return [`must be a list of scenarios such as [{"name": "Promo", "demandChange": 0.15}], not ${shown(v)}`];
    return v.flatMap((item, i) => scenario(item).map((p) => `item ${i + 1}: ${p}`));
  },
  sheetNames,
  keyColumns: (v) =>
    Array.isArray(v) && v.every((x) => typeof x === "string" && x.trim() !== "")
      ? []
      : [`must be a list of column headers such as ["Region", "Customer"], not ${shown(v)}`],
  strict: one(boolean),
  cycle: one(month),
  horizon: one(wholePositiveNumber),
  baseline,
  serviceLevels,
  targets: one(targets),
  materiality: one(nonNegativeNumber),
};

/** Problems of a parsed config object, one line per wrong key ("window" must be ...). */
export function settingsProblems(raw: unknown, schema: Record<string, SettingCheck> = SETTINGS_SCHEMA): string[] {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw))
    return [`must hold a JSON object such as {"trackingSignalLimit": 4}, not ${shown(raw)}`];
  const problems: string[] = [];
  for (const [key, value] of Object.entries(raw)) {
    const check = schema[key];
    if (!check) {
      problems.push(`unknown setting "${key}" (known settings: ${Object.keys(schema).join(", ")})`);
      continue;
    }
    for (const p of check(value)) problems.push(`"${key}" ${p}`);
  }
  return problems;
}
