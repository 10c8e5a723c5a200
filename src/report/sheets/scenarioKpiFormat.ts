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

/** The change against Most Likely; null where either side is missing or infinite. A change of a
 * percentage KPI is in percentage points (90% -> 95% is +5 pp, not +5%). */
export function kpiDelta(kpi: KpiDefinition, kpis: ScenarioKpis, mostLikely: ScenarioKpis): number | null {
  const a = kpis[kpi.key];
  const b = mostLikely[kpi.key];
  if (a === null || b === null || !Number.isFinite(a) || !Number.isFinite(b)) return null;
  return kpi.unit === "percent" ? (a - b) * 100 : a - b;
}

/** The KPI's name in the change table: percentage KPIs say their change is in percentage points. */
export function kpiDeltaLabel(kpi: KpiDefinition): string {
  return kpi.unit === "percent" ? `${kpi.label} (pp)` : kpi.label;
}

/** Percentage points: "+4.9 pp". */
export const PERCENTAGE_POINTS = '+0.0" pp";-0.0" pp";0.0" pp"';

export function kpiDeltaFormat(kpi: KpiDefinition): string {
  return kpi.unit === "percent" ? PERCENTAGE_POINTS : kpiFormat(kpi);
}

export const BETTER_WORDS: Record<KpiDefinition["better"], string> = {
  higher: "Higher",
  lower: "Lower",
  target: "Closest to target",
};
