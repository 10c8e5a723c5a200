/**
 * Forecast column names. The four forecasts of the S&OP demand review get canonical names whatever
 * the header says ("Stat Fcst" -> "Statistical Forecast"); "Demand Plan" keeps its name; any other
 * header that says forecast is a forecast column under its own text.
 */
import { normalizeHeader } from "./normalizeHeader";

export const CONSENSUS_FORECAST = "Consensus Forecast";
export const DEMAND_PLAN = "Demand Plan";

const CANONICAL = new Map<string, string>();
function names(canonical: string, synonyms: string[]): void {
  for (const s of [canonical, ...synonyms]) CANONICAL.set(normalizeHeader(s), canonical);
}
names("Statistical Forecast", [
  "Stat Forecast",
  "Stat Fcst",
  "Statistical Fcst",
  "Statistical",
  "Baseline Forecast",
  "System Forecast",
]);
names("Sales Forecast", ["Sales Fcst", "Sales Input"]);
names("Marketing Forecast", ["Mktg Forecast", "Marketing Fcst", "Mkt Forecast"]);
names(CONSENSUS_FORECAST, ["Consensus", "Consensus Fcst", "Consensus Demand"]);
names(DEMAND_PLAN, ["Demand Plan", "Final Demand Plan"]);

/** Header text -> forecast column name, or null when the header is not a forecast. */
export function forecastColumnName(header: string): string | null {
  const key = normalizeHeader(header);
  const canonical = CANONICAL.get(key);
  if (canonical) return canonical;
  if (key.includes("forecast") || key.includes("fcst")) return header.trim();
  return null;
}

/** The demand plan used downstream: Consensus Forecast or Demand Plan, else the last forecast column. */
export function chooseDemandPlanColumn(forecastColumns: string[]): string {
  const plan = forecastColumns.find((c) => c === CONSENSUS_FORECAST || c === DEMAND_PLAN);
  return plan ?? forecastColumns[forecastColumns.length - 1];
}
