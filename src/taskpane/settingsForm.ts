/**
 * The settings form as the planner types it (text, percentages as 90 for 90%) and its validation.
 * Kept apart from the React panel so the rules can be read and tested on their own. Settings store
 * fractions (SPEC.md: "Numbers are plain numbers: fractions, not percents"); the form shows percents
 * because that is how a planner talks about a +10% demand scenario or a 90% warning threshold.
 */
import { baselineSettings, DEFAULT_HORIZON, type ScenarioSetting, type Settings, type TargetsSetting } from "../engine/settings";

export interface ScenarioForm {
  name: string;
  demandPct: string;
  pricePct: string;
  capacityPct: string;
  family: string;
  resource: string;
}

export interface SettingsForm {
  trackingSignalLimit: string;
  nfmLimit: string;
  window: string;
  warningThresholdPct: string;
  /** Statistical baseline: plan months where the sheets have none after the last actual. */
  horizon: string;
  /** ABC shares in percent (80 = A while the families ranked above hold less than 80% of revenue). */
  abcAPct: string;
  abcBPct: string;
  /** XYZ coefficient-of-variation cut-offs, as plain numbers (0.5, 1.0). */
  xyzX: string;
  xyzY: string;
  /** Demand-pattern cut-offs: ADI and CV² (Syntetos, Boylan & Croston 2005). */
  adi: string;
  cv2: string;
  seasonalMinMonths: string;
  /** The Target Inventory the plan holds: as given (the recommendation beside it) or the recommended safety stock. */
  targets: TargetsSetting;
  /** Materiality in money ("250000", "$250,000"); blank = the default, 0.5% of the plan's revenue. */
  materiality: string;
  scenarios: ScenarioForm[];
}

/** Field -> message; scenario fields are keyed "scenarios.<row>.<field>". Empty = valid. */
export type SettingsErrors = Record<string, string>;

/** Fraction -> percent text without binary noise: 0.1 -> "10", 0.15 -> "15", 0.125 -> "12.5". */
function pct(fraction: number | undefined): string {
  if (fraction === undefined || fraction === null) return "";
  return String(Number((fraction * 100).toFixed(6)));
}

export function toForm(settings: Settings): SettingsForm {
  const b = baselineSettings(settings);
  return {
    trackingSignalLimit: String(settings.trackingSignalLimit),
    nfmLimit: String(settings.nfmLimit),
    window: String(settings.window),
    warningThresholdPct: pct(settings.warningThreshold),
    horizon: String(settings.horizon ?? DEFAULT_HORIZON),
    abcAPct: pct(b.abcA),
    abcBPct: pct(b.abcB),
    xyzX: String(b.xyzX),
    xyzY: String(b.xyzY),
    adi: String(b.adi),
    cv2: String(b.cv2),
    seasonalMinMonths: String(b.seasonalMinMonths),
    targets: settings.targets ?? "given",
    materiality: settings.materiality === undefined ? "" : String(settings.materiality),
    scenarios: settings.scenarios.map((s) => ({
      name: s.name,
      demandPct: pct(s.demandChange),
      pricePct: pct(s.priceChange),
      capacityPct: pct(s.capacityChange),
      family: s.family ?? "",
      resource: s.resource ?? "",
    })),
  };
}

export function emptyScenario(): ScenarioForm {
  return { name: "", demandPct: "", pricePct: "", capacityPct: "", family: "", resource: "" };
}

/** Accepts "85", "85%", "-10" and "+10"; rejects "1,5" (a decimal comma or a thousands separator?). */
function parseNumber(raw: string): number | null {
  const t = raw.trim().replace(/%$/, "").trim();
  if (t === "" || !/^[+-]?(\d+\.?\d*|\.\d+)$/.test(t)) return null;
  return Number(t);
}

/** An amount of money: "250000", "250000.5", "$250,000" (commas only between groups of three digits). */
function parseMoney(raw: string): number | null {
  const t = raw.trim().replace(/^\$\s*/, "");
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) return Number(t.replace(/,/g, ""));
  return /^(\d+\.?\d*|\.\d+)$/.test(t) ? Number(t) : null;
}

/**
 * Checks the form and, when every field is valid, returns the settings it describes
 * (fields the form does not show, such as sheet mappings, are kept from `base`).
 */
export function fromForm(form: SettingsForm, base: Settings): { settings: Settings | null; errors: SettingsErrors } {
  const errors: SettingsErrors = {};

  const ts = parseNumber(form.trackingSignalLimit);
  if (ts === null || ts <= 0) errors.trackingSignalLimit = "Enter a number above 0, for example 4.";

  // NFM over n periods lies between −n and n, so any positive limit is meaningful.
  const nfm = parseNumber(form.nfmLimit);
  if (nfm === null || nfm <= 0) errors.nfmLimit = "Enter a number above 0, for example 2.";

  const window = parseNumber(form.window);
  if (window === null || !Number.isInteger(window) || window < 2) {
    errors.window = "Enter a whole number of periods, 2 or more (for example 12).";
  }

  const warn = parseNumber(form.warningThresholdPct);
  if (warn === null || warn <= 0 || warn > 100) {
    errors.warningThresholdPct = "Enter a percentage above 0 and at most 100, for example 90.";
  }

  const horizon = parseNumber(form.horizon);
  if (horizon === null || !Number.isInteger(horizon) || horizon < 1 || horizon > 120) {
    errors.horizon = "Enter a whole number of months from 1 to 120, for example 18.";
  }
  const abcA = parseNumber(form.abcAPct);
  if (abcA === null || abcA <= 0 || abcA > 100) errors.abcAPct = "Enter a percentage above 0 and at most 100, for example 80.";
  const abcB = parseNumber(form.abcBPct);
  if (abcB === null || abcB <= 0 || abcB > 100) errors.abcBPct = "Enter a percentage above 0 and at most 100, for example 95.";
  else if (abcA !== null && abcB < abcA) errors.abcBPct = "B's share must be at least A's.";
  const xyzX = parseNumber(form.xyzX);
  if (xyzX === null || xyzX <= 0) errors.xyzX = "Enter a coefficient of variation above 0, for example 0.5.";
  const xyzY = parseNumber(form.xyzY);
  if (xyzY === null || xyzY <= 0) errors.xyzY = "Enter a coefficient of variation above 0, for example 1.";
  else if (xyzX !== null && xyzY < xyzX) errors.xyzY = "Y's limit must be at least X's.";
  const adi = parseNumber(form.adi);
  if (adi === null || adi < 1) errors.adi = "Enter an average demand interval of 1 or more, for example 1.32.";
  const cv2 = parseNumber(form.cv2);
  if (cv2 === null || cv2 <= 0) errors.cv2 = "Enter a number above 0, for example 0.49.";
  const seasonal = parseNumber(form.seasonalMinMonths);
  if (seasonal === null || !Number.isInteger(seasonal) || seasonal < 24) {
    // Two full seasons are the least a seasonal model's initial state can be estimated from.
    errors.seasonalMinMonths = "Enter a whole number of months, 24 or more.";
  }

  // Blank: the default (0.5% of the horizon's plan revenue), so the setting is left out.
  let materiality: number | undefined;
  if (form.materiality.trim() !== "") {
    const m = parseMoney(form.materiality);
    if (m === null)
      errors.materiality = "Enter an amount of 0 or more, for example 250000, or leave it blank for 0.5% of plan revenue.";
    else materiality = m;
  }

  const seen = new Set<string>();
  const scenarios: ScenarioSetting[] = form.scenarios.map((row, i) => {
    const key = (field: string) => `scenarios.${i}.${field}`;
    const name = row.name.trim();
    if (name === "") errors[key("name")] = "Give the scenario a name.";
    else if (name.toLowerCase() === "most likely") errors[key("name")] = "Most Likely is the plan as given; choose another name.";
    else if (seen.has(name.toLowerCase())) errors[key("name")] = `There is already a scenario named ${name}.`;
    seen.add(name.toLowerCase());

    const change = (field: "demandPct" | "pricePct" | "capacityPct"): number | undefined => {
      if (row[field].trim() === "") return undefined;
      const v = parseNumber(row[field]);
      // A change of −100% or less would leave no demand, price or capacity at all.
      if (v === null || v <= -100) {
        errors[key(field)] = "Enter a percentage above −100, for example 10 or −10.";
        return undefined;
      }
      return v / 100;
    };
    const s: ScenarioSetting = { name };
    const demandChange = change("demandPct");
    const priceChange = change("pricePct");
    const capacityChange = change("capacityPct");
    if (demandChange !== undefined) s.demandChange = demandChange;
    if (priceChange !== undefined) s.priceChange = priceChange;
    if (capacityChange !== undefined) s.capacityChange = capacityChange;
    if (row.family.trim()) s.family = row.family.trim();
    if (row.resource.trim()) s.resource = row.resource.trim();
    return s;
  });

  if (Object.keys(errors).length > 0) return { settings: null, errors };
  const { materiality: _previous, ...kept } = base;
  return {
    settings: {
      ...kept,
      ...(materiality !== undefined ? { materiality } : {}),
      trackingSignalLimit: ts as number,
      nfmLimit: nfm as number,
      window: window as number,
      warningThreshold: (warn as number) / 100,
      horizon: horizon as number,
      baseline: {
        ...base.baseline,
        abcA: (abcA as number) / 100,
        abcB: (abcB as number) / 100,
        xyzX: xyzX as number,
        xyzY: xyzY as number,
        adi: adi as number,
        cv2: cv2 as number,
        seasonalMinMonths: seasonal as number,
      },
      targets: form.targets,
      scenarios,
    },
    errors,
  };
}
