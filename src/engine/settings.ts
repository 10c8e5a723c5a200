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
  /** Input sheet names by role, where the user mapped a differently named sheet. */
  sheetNames: Partial<Record<SheetRole, string>>;
  /** With strict, any data-quality error makes the run fail. */
  strict: boolean;
  /** The cycle's month ("YYYY-MM"); undefined = the first plan period (see engine/cycle.ts). */
  cycle?: string;
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
