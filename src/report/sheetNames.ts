/**
 * The generated sheets' fixed names (SPEC.md "Output"), in one module below the sheet builders and
 * the pack that lists them, so each can name the others without importing them.
 */
export const SheetNames = {
  summary: "S&OP Summary",
  dataQuality: "Data Quality",
  demandReview: "Demand Review",
  baselineForecast: "Baseline Forecast",
  safetyStock: "Safety Stock",
  capacity: "Capacity Check",
  gapTable: "Gap Table",
  financialGap: "Financial Gap",
  balancedPlan: "Balanced Plan",
  scenarioComparison: "Scenario Comparison",
  planChanges: "Plan Changes",
  history: "S&OP History",
} as const;
