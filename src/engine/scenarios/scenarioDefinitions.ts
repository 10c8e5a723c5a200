/**
 * Which scenarios a run compares, merged from three places:
 * - Most Likely (the plan as given) always comes first;
 * - the Scenarios sheet and settings.scenarios; several rows with the same name (case-insensitive)
 *   combine: their factors multiply per family (demand, price) and per resource (capacity). A row
 *   without Family applies to every family, a row without Resource to every resource;
 * - a settings scenario whose name the sheet also defines replaces the sheet's definition (settings
 *   are what the planner edited last, in the task pane);
 * - only when neither defines a scenario: the defaults Optimistic (+10% demand), Pessimistic (-10%).
 *
 * Bad rows (unknown family or resource, a change below -100%, a value that is not a number, no change
 * at all) become findings and are left out; the rest of their scenario still runs.
 */
import type { Finding, PlanningModel } from "../model";
import type { ScenarioSetting, Settings } from "../settings";
import { DEFAULT_SCENARIOS, MOST_LIKELY } from "./mostLikely";
import type { ScenarioChange, ScenarioDefinition, ScenarioSource } from "./types";

/** A scenario row from either place, before checking. */
interface RawRow {
  name: string;
  demandChange: number | null;
  priceChange: number | null;
  capacityChange: number | null;
  family: string | null;
  resource: string | null;
  source: ScenarioSource;
  /** Where to point a finding. */
  sheet: string;
  cell: string;
}

export const SETTINGS_PLACE = "Settings";

const norm = (s: string): string => s.trim().replace(/\s+/g, " ").toLowerCase();

function fromSetting(s: ScenarioSetting, source: ScenarioSource): RawRow {
  const given = (v: unknown): number | null => (v === undefined || v === null ? null : (v as number));
  const text = (v: unknown): string | null => (typeof v === "string" && v.trim() !== "" ? v.trim() : null);
  return {
    name: typeof s.name === "string" ? s.name.trim() : "",
    demandChange: given(s.demandChange),
    priceChange: given(s.priceChange),
    capacityChange: given(s.capacityChange),
    family: text(s.family),
    resource: text(s.resource),
    source,
    sheet: SETTINGS_PLACE,
    cell: "",
  };
}

/** The names a model knows, by their normalised form, so rows can use any capitalisation. */
function nameBook(names: Iterable<string>): Map<string, string> {
  const book = new Map<string, string>();
  for (const n of names) if (!book.has(norm(n))) book.set(norm(n), n);
  return book;
}

function percent(x: number): string {
  const p = Math.round(x * 1000) / 10;
  return `${p > 0 ? "+" : ""}${p}%`;
}

/** "Demand +10% (all families); Capacity +15% (Paint Shop)". */
export function describeChanges(changes: readonly ScenarioChange[]): string {
  if (changes.length === 0) return "No change: the plan as given.";
  const parts: string[] = [];
  for (const c of changes) {
    if (c.demandChange !== null && c.demandChange !== 0)
      parts.push(`Demand ${percent(c.demandChange)} (${c.family ?? "all families"})`);
    if (c.priceChange !== null && c.priceChange !== 0)
      parts.push(`Price ${percent(c.priceChange)} (${c.family ?? "all families"})`);
    if (c.capacityChange !== null && c.capacityChange !== 0)
      parts.push(`Capacity ${percent(c.capacityChange)} (${c.resource ?? "all resources"})`);
  }
  return parts.join("; ");
}

export function scenarioDefinitions(
  model: PlanningModel,
  settings: Pick<Settings, "scenarios">,
): {
  definitions: ScenarioDefinition[];
  findings: Finding[];
} {
  const findings: Finding[] = [];
  const families = nameBook(model.families);
  const resources = nameBook([
    ...(model.capacity ?? []).map((c) => c.resource),
    ...(model.billOfResources ?? []).map((b) => b.resource),
  ]);
  const checkResources = (model.capacity ?? []).length > 0;

  const sheetRows: RawRow[] = (model.scenarios ?? []).map((r) => ({
    name: r.scenario.trim(),
    demandChange: r.demandChange,
    priceChange: r.priceChange,
    capacityChange: r.capacityChange,
    family: r.family,
    resource: r.resource,
    source: "sheet",
    sheet: r.ref.sheet,
    cell: r.ref.cell,
  }));
  const settingRows = (settings.scenarios ?? []).map((s) => fromSetting(s, "settings"));

  const problem = (row: RawRow, severity: Finding["severity"], what: string) => {
    const where = row.sheet === SETTINGS_PLACE ? " in the settings" : "";
    findings.push({
      sheet: row.sheet,
      cell: row.cell,
      severity,
      message: `Scenario '${row.name || "(no name)"}'${where}: ${what}`,
    });
  };

  // Settings replace the sheet's scenario of the same name; the sheet's others stay, in its order.
  const settingNames = new Set(settingRows.map((r) => norm(r.name)));
  const raw = [...sheetRows.filter((r) => !settingNames.has(norm(r.name))), ...settingRows];
  const defined = raw.some((r) => r.name !== "" && norm(r.name) !== norm(MOST_LIKELY));
  const rows = defined ? raw : DEFAULT_SCENARIOS.map((s) => fromSetting(s, "default"));
  const replaced = sheetRows.filter((r) => settingNames.has(norm(r.name)));
  for (const name of new Set(replaced.map((r) => r.name))) {
    findings.push({
      sheet: replaced.find((r) => r.name === name)!.sheet,
      cell: replaced.find((r) => r.name === name)!.cell,
      severity: "warning",
      message: `Scenario '${name}' is also defined in the settings; the settings' definition is used and these rows are left out.`,
    });
  }

  const byName = new Map<string, { name: string; source: ScenarioSource; changes: ScenarioChange[] }>();
  for (const row of rows) {
    if (row.name === "") {
      problem(row, "error", "the scenario has no name, so this row is left out.");
      continue;
    }
    if (norm(row.name) === norm(MOST_LIKELY)) {
      problem(
        row,
        "warning",
        `'${MOST_LIKELY}' is always the plan as given; give this scenario another name. The row is left out.`,
      );
      continue;
    }
    const entry = byName.get(norm(row.name)) ?? { name: row.name, source: row.source, changes: [] };
    byName.set(norm(row.name), entry);
    const change = checkRow(row, families, resources, checkResources, problem);
    if (change) entry.changes.push(change);
  }

  const definitions: ScenarioDefinition[] = [definition(MOST_LIKELY, "plan", [], model, resources)];
  for (const e of byName.values()) definitions.push(definition(e.name, e.source, e.changes, model, resources));
  return { definitions, findings };
}

type Problem = (row: RawRow, severity: Finding["severity"], what: string) => void;

/** A usable change, or null (with a finding) when the row is left out. */
function checkRow(
  row: RawRow,
  families: Map<string, string>,
  resources: Map<string, string>,
  checkResources: boolean,
  problem: Problem,
): ScenarioChange | null {
  const fields: [keyof Pick<RawRow, "demandChange" | "priceChange" | "capacityChange">, string][] = [
    ["demandChange", "demand"],
    ["priceChange", "price"],
    ["capacityChange", "capacity"],
  ];
  for (const [field, word] of fields) {
    const v = row[field];
    if (v === null) continue;
    if (typeof v !== "number" || !Number.isFinite(v)) {
      problem(row, "error", `the ${word} change '${String(v)}' is not a number, so this row is left out.`);
      return null;
    }
    if (v < -1) {
      problem(
        row,
        "error",
        `a ${word} change of ${percent(v)} would make ${word} negative (the lowest is -100%), so this row is left out.`,
      );
      return null;
    }
  }
  if (fields.every(([field]) => row[field] === null || row[field] === 0)) {
    problem(row, "warning", "this row changes nothing (no demand, price or capacity change), so it is left out.");
    return null;
  }
  let family: string | null = null;
  if (row.family !== null) {
    const known = families.get(norm(row.family));
    if (known === undefined) {
      problem(
        row,
        "warning",
        `family '${row.family}' is not on the Demand sheet, so this row is left out; the rest of the scenario still runs.`,
      );
      return null;
    }
    family = known;
  }
  let resource: string | null = null;
  if (row.resource !== null) {
    const known = resources.get(norm(row.resource));
    if (known === undefined && checkResources) {
      problem(
        row,
        "warning",
        `resource '${row.resource}' is not on the Capacity sheet, so this row is left out; the rest of the scenario still runs.`,
      );
      return null;
    }
    resource = known ?? row.resource;
  }
  return { demandChange: row.demandChange, priceChange: row.priceChange, capacityChange: row.capacityChange, family, resource };
}

function definition(
  name: string,
  source: ScenarioSource,
  changes: ScenarioChange[],
  model: PlanningModel,
  resources: Map<string, string>,
): ScenarioDefinition {
  const demandFactor: Record<string, number> = {};
  const priceFactor: Record<string, number> = {};
  const capacityFactor: Record<string, number> = {};
  for (const f of model.families) {
    demandFactor[f] = 1;
    priceFactor[f] = 1;
  }
  for (const r of resources.values()) capacityFactor[r] = 1;
  for (const c of changes) {
    const fams = c.family === null ? model.families : [c.family];
    for (const f of fams) {
      if (c.demandChange !== null) demandFactor[f] *= 1 + c.demandChange;
      if (c.priceChange !== null) priceFactor[f] *= 1 + c.priceChange;
    }
    if (c.capacityChange !== null) {
      const res = c.resource === null ? [...resources.values()] : [c.resource];
      for (const r of res) capacityFactor[r] = (capacityFactor[r] ?? 1) * (1 + c.capacityChange);
    }
  }
  return { name, source, changes, demandFactor, priceFactor, capacityFactor, description: describeChanges(changes) };
}
