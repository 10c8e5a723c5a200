/**
 * Settings of a run. The task pane saves them in the workbook; the command line reads them from
 * --config. Every field is optional on input; `resolveSettings` fills the defaults from SPEC.md.
 */
import type { SheetRole } from "./model";

/** A scenario as the user defines it in settings (same meaning as a Scenarios sheet row). */
export interface ScenarioSetting {
  name: string;
  /** Fractions: 0.1 for +10%. */
  demandChange?: number;
  priceChange?: number;
  capacityChange?: number;
  family?: string;
  resource?: string;
}

export interface Settings {
  /** Bias is flagged when |tracking signal| exceeds this. */
  trackingSignalLimit: number;
  /** Bias is flagged when |NFM| exceeds this. */
  nfmLimit: number;
  /** How many of the most recent periods with actuals the bias metrics look at. */
  window: number;
  /** Utilization above this (fraction) is a Warning; above 1 an Overload. */
  warningThreshold: number;
  /** Forecast column used as the FVA baseline; undefined = the naive forecast (last period's actual). */
  fvaBaseline?: string;
  /** Scenarios from settings, merged with the defaults and the Scenarios sheet. */
  scenarios: ScenarioSetting[];
  /**
   * Headers of extra key columns (besides Region, Customer, Channel and Site, which are always
   * recognised) whose rows are summed into one per family and month (SPEC "Input workbook").
   */
  keyColumns?: string[];
  /** Input sheet names by role, where the user mapped a differently named sheet. */
  sheetNames: Partial<Record<SheetRole, string>>;
  /** With strict, any data-quality error makes the run fail. */
  strict: boolean;
  /** The cycle's month ("YYYY-MM"); undefined = the first plan period (see engine/cycle.ts). */
  cycle?: string;
  /** Plan months when neither Demand nor Supply has months after the last actual (default 18). */
  horizon?: number;
  /** The statistical baseline's cut-offs (SPEC "Demand review"); each defaults as BASELINE_DEFAULTS. */
  baseline?: Partial<BaselineSettings>;
  /** Cycle service level per ABC class (SPEC "Inventory policy"); each defaults as SERVICE_LEVEL_DEFAULTS. */
  serviceLevels?: Partial<ServiceLevelSettings>;
  /** "given" (default): the Target Inventory as given, the recommendation beside it; "recommended": the
   * recommended safety stock is every family's target in the gap table, exceptions, scenarios and balancing. */
  targets?: TargetsSetting;
  /**
   * Money at stake below which an exception stays on its sheet but off the summary's executive agenda
   * (SPEC "Output": Materiality); undefined = 0.5% of the horizon's plan revenue, or without prices
   * 0.5% of the horizon's demand plan units, compared with each exception's units.
   */
  materiality?: number;
}

export type TargetsSetting = "given" | "recommended";

/** Cycle service levels (fractions) by ABC class. */
export interface ServiceLevelSettings {
  A: number;
  B: number;
  C: number;
}

export const SERVICE_LEVEL_DEFAULTS: ServiceLevelSettings = { A: 0.98, B: 0.95, C: 0.9 };

export function serviceLevelSettings(settings: Pick<Settings, "serviceLevels">): ServiceLevelSettings {
  return { ...SERVICE_LEVEL_DEFAULTS, ...(settings.serviceLevels ?? {}) };
}

export interface BaselineSettings {
  /** ABC: A while the share of the families ranked above is below `abcA`, B below `abcB`. */
  abcA: number;
  abcB: number;
  /** XYZ: X up to `xyzX` coefficient of variation, Y up to `xyzY`, Z above. */
  xyzX: number;
  xyzY: number;
  /** Demand pattern cut-offs (Syntetos, Boylan & Croston 2005). */
  adi: number;
  cv2: number;
  /** Seasonal models need at least this many months of history. */
  seasonalMinMonths: number;
}

export const BASELINE_DEFAULTS: BaselineSettings = {
  abcA: 0.8,
  abcB: 0.95,
  xyzX: 0.5,
  xyzY: 1.0,
  adi: 1.32,
  cv2: 0.49,
  seasonalMinMonths: 24,
};

export const DEFAULT_HORIZON = 18;

export function baselineSettings(settings: Pick<Settings, "baseline">): BaselineSettings {
  return { ...BASELINE_DEFAULTS, ...(settings.baseline ?? {}) };
}

export const DEFAULT_SETTINGS: Settings = {
  trackingSignalLimit: 4,
  nfmLimit: 2,
  window: 12,
  warningThreshold: 0.9,
  scenarios: [],
  sheetNames: {},
  strict: false,
};

export function resolveSettings(partial: Partial<Settings> = {}): Settings {
  return {
    ...DEFAULT_SETTINGS,
    ...partial,
    scenarios: partial.scenarios ?? [],
    sheetNames: { ...(partial.sheetNames ?? {}) },
  };
}
