/**
 * The run settings saved in the workbook (a workbook setting, stored in the file), so the ribbon's
 * one-click generation and the next task-pane session use what the planner chose last time.
 */
import { resolveSettings, type Settings } from "../../engine/settings";
import type { ExcelContext, SettingLike } from "./excelApi";

export const SETTINGS_KEY = "SOPPrep.Settings";

export function loadSettingsSetting(context: ExcelContext): SettingLike {
  const setting = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
  setting.load("value");
  return setting;
}

/** The saved settings after sync; unreadable or absent settings give {} (the defaults apply). */
export function parseSettings(setting: SettingLike): Partial<Settings> {
  if (setting.isNullObject) return {};
  try {
    const raw = typeof setting.value === "string" ? JSON.parse(setting.value) : setting.value;
    return raw && typeof raw === "object" && !Array.isArray(raw) ? (raw as Partial<Settings>) : {};
  } catch {
    return {};
  }
}

export function queueSaveSettings(context: ExcelContext, settings: Settings): void {
  context.workbook.settings.add(SETTINGS_KEY, JSON.stringify(resolveSettings(settings)));
}
