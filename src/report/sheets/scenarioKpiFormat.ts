/** How a scenario KPI is written in a sheet: its number format, and "No capacity" for infinite utilization. */
import type { KpiDefinition, ScenarioKpis } from "../../engine/scenarios";
import { NumberFormats, type ReportValue } from "../workbookSpec";
import { NO_CAPACITY } from "./capacityCheckSheet";

export function kpiFormat(kpi: KpiDefinition): string {
  switch (kpi.unit) {
    case "money":
      return NumberFormats.money;
    case "percent":
      return NumberFormats.percent;
    case "count":
      return "0";
    case "units":
      return NumberFormats.units;
  }
}

export function kpiCell(kpi: KpiDefinition, kpis: ScenarioKpis): ReportValue {
  const v = kpis[kpi.key];
  if (v === null) return null;
  return Number.isFinite(v) ? v : NO_CAPACITY;
}

/** The change against Most Likely; null where either side is missing or infinite. */
export function kpiDelta(kpi: KpiDefinition, kpis: ScenarioKpis, mostLikely: ScenarioKpis): number | null {
  const a = kpis[kpi.key];
  const b = mostLikely[kpi.key];
  if (a === null || b === null || !Number.isFinite(a) || !Number.isFinite(b)) return null;
  return a - b;
}

export const BETTER_WORDS: Record<KpiDefinition["better"], string> = {
  higher: "Higher",
  lower: "Lower",
  target: "Closest to target",
};
