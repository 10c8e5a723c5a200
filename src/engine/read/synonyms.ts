/**
 * The planner's vocabulary for each input sheet and column: the names SPEC.md lists and the common
 * synonyms planners use for them. Matching is on normalizeHeader(), so spaces and case do not matter.
 */
import type { SheetRole } from "../model";
import { normalizeHeader } from "./normalizeHeader";

/** Sheet names by role; the first is the canonical name used in messages. */
export const SHEET_SYNONYMS: Record<SheetRole, string[]> = {
  demand: ["Demand", "Demand Data", "Demand History"],
  supply: ["Supply", "Supply Plan", "Production Plan"],
  capacity: ["Capacity", "Resource Capacity"],
  billOfResources: [
    "Bill of Resources",
    "Bill of Resource",
    "BOR",
    "Routing",
    "Routings",
    "Resource Profile",
    "Capacity Bill",
    "Bill of Capacity",
  ],
  finance: ["Finance", "Financials", "Prices", "Pricing"],
  scenarios: ["Scenarios", "Scenario"],
  inventoryPolicy: ["Inventory Policy", "Safety Stock Policy", "Lead Times", "Service Levels"],
};

/**
 * The sheets the pack writes (report/buildPack.ts's SheetNames; a test holds the two lists equal),
 * with "Scen - " scenario sheets: never input sheets, nor sheets that merely look like one.
 */
export const PACK_SHEET_NAMES = [
  "S&OP Summary",
  "Data Quality",
  "Demand Review",
  "Baseline Forecast",
  "Safety Stock",
  "Capacity Check",
  "Gap Table",
  "Financial Gap",
  "Balanced Plan",
  "Scenario Comparison",
  "Plan Changes",
  "S&OP History",
];

const PACK_SHEET_KEYS = new Set(PACK_SHEET_NAMES.map(normalizeHeader));

/** A pack sheet's name, also as "Gap Table (2)" or "Gap Table (edited 2026-11)". */
export function isPackSheetName(name: string): boolean {
  return PACK_SHEET_KEYS.has(normalizeHeader(name)) || /^scen\s*-/i.test(name.trim());
}

/** The roles in the order of the S&OP cycle; findings are ordered by it too. */
export const ROLE_ORDER: SheetRole[] = [
  "demand",
  "supply",
  "capacity",
  "billOfResources",
  "finance",
  "scenarios",
  "inventoryPolicy",
];

/** One column of an input table: its field in the model, its name in messages, the headers it answers to. */
export interface ColumnSpec {
  field: string;
  label: string;
  synonyms: string[];
  required: boolean;
}

const FAMILY = ["Family", "Product Family", "Product Group", "Family Name", "Product Line"];
const PERIOD = ["Period", "Month", "Date", "Period Date", "Year Month", "Month Year", "Bucket"];
const RESOURCE = ["Resource", "Resource Name", "Work Center", "Work Centre", "Workcenter", "Line", "Production Line", "Machine"];

function col(field: string, label: string, synonyms: string[], required: boolean): ColumnSpec {
  return { field, label, synonyms: [label, ...synonyms], required };
}

/** Demand columns other than the forecasts (which are recognised by name, see forecastColumns.ts). */
export const DEMAND_COLUMNS: ColumnSpec[] = [
  col("family", "Family", FAMILY, true),
  col("period", "Period", PERIOD, false),
  col(
    "actual",
    "Actual",
    ["Actuals", "Actual Demand", "Actual Sales", "Actual Units", "Demand Actual", "Shipments", "Historical Demand"],
    false,
  ),
  col("measure", "Measure", ["Key Figure", "Series", "Data Type", "Type"], false),
];

export const SUPPLY_COLUMNS: ColumnSpec[] = [
  col("family", "Family", FAMILY, true),
  col("period", "Period", PERIOD, true),
  col(
    "plannedProduction",
    "Planned Production",
    ["Production", "Supply Plan", "Production Plan", "Planned Supply", "Supply", "MPS"],
    true,
  ),
  col(
    "beginningInventory",
    "Beginning Inventory",
    ["Opening Inventory", "Starting Inventory", "Begin Inventory", "Opening Stock", "On Hand"],
    false,
  ),
  col("targetInventory", "Target Inventory", ["Safety Stock", "Inventory Target", "Target Stock"], false),
  col(
    "actualProduction",
    "Actual Production",
    ["Production Actual", "Actual Output", "Produced", "Actual Supply", "Actual Produced"],
    false,
  ),
];

export const CAPACITY_COLUMNS: ColumnSpec[] = [
  col("resource", "Resource", RESOURCE, true),
  col("period", "Period", PERIOD, true),
  col(
    "availableHours",
    "Available Hours",
    ["Hours Available", "Available Capacity", "Capacity Hours", "Capacity", "Hours"],
    true,
  ),
  col("utilization", "Utilization", ["Utilisation", "Utilization %", "Utilization Pct", "Utilization Percent"], false),
  col("efficiency", "Efficiency", ["Efficiency %", "Efficiency Pct", "Efficiency Percent"], false),
  col("maxOvertimeHours", "Max Overtime Hours", ["Overtime Hours", "Max Overtime", "Overtime", "Maximum Overtime Hours"], false),
  col(
    "overtimeCost",
    "Overtime Cost",
    ["Overtime Cost per Hour", "Overtime Rate", "Overtime Hourly Rate", "OT Cost", "OT Rate", "Cost per Overtime Hour"],
    false,
  ),
];

export const BILL_OF_RESOURCES_COLUMNS: ColumnSpec[] = [
  col("family", "Family", FAMILY, true),
  col("resource", "Resource", RESOURCE, true),
  col(
    "hoursPerUnit",
    "Hours per Unit",
    ["Hours/Unit", "Hrs per Unit", "Unit Hours", "Hours Per Piece", "Load per Unit", "Hours"],
    true,
  ),
  col("offset", "Offset", ["Lead Time Offset", "Period Offset", "Offset Periods"], false),
];

export const FINANCE_COLUMNS: ColumnSpec[] = [
  col("family", "Family", FAMILY, true),
  col("period", "Period", PERIOD, false),
  col("unitPrice", "Unit Price", ["Price", "Selling Price", "Average Selling Price", "ASP", "Price per Unit"], true),
  col("unitCost", "Unit Cost", ["Cost", "Standard Cost", "Cost per Unit", "COGS per Unit"], false),
  col("budgetRevenue", "Budget Revenue", ["Revenue Budget", "Budget", "Budgeted Revenue"], false),
  col("budgetUnits", "Budget Units", ["Units Budget", "Budget Volume", "Budget Quantity", "Budgeted Units"], false),
  col(
    "holdingCost",
    "Holding Cost",
    ["Inventory Holding Cost", "Carrying Cost", "Inventory Carrying Cost", "Holding Cost per Unit"],
    false,
  ),
  col("backorderCost", "Backorder Cost", ["Back Order Cost", "Backlog Cost", "Shortage Cost", "Stockout Cost"], false),
  col("belowTargetCost", "Below Target Cost", ["Below Safety Stock Cost", "Safety Stock Cost", "Below Target Penalty"], false),
  col(
    "subcontractCost",
    "Subcontract Cost",
    ["Subcontracting Cost", "Outsourcing Cost", "Outsource Cost", "Subcontract Price"],
    false,
  ),
];

export const SCENARIO_COLUMNS: ColumnSpec[] = [
  col("scenario", "Scenario", ["Scenario Name", "Name"], true),
  col("demandChange", "Demand Change %", ["Demand Change", "Demand Change Pct", "Demand Change Percent", "Demand Uplift"], false),
  col("priceChange", "Price Change %", ["Price Change", "Price Change Pct", "Price Change Percent"], false),
  col("capacityChange", "Capacity Change %", ["Capacity Change", "Capacity Change Pct", "Capacity Change Percent"], false),
  col("family", "Family", FAMILY, false),
  col("resource", "Resource", RESOURCE, false),
];

export const INVENTORY_POLICY_COLUMNS: ColumnSpec[] = [
  col("family", "Family", FAMILY, true),
  col("leadTime", "Lead Time", ["Lead Time (months)", "Lead Time Months", "Replenishment Lead Time", "LT"], false),
  col(
    "leadTimeSd",
    "Lead Time Std Dev",
    ["Lead Time SD", "Lead Time Standard Deviation", "Lead Time Std Dev (months)", "Lead Time Sigma", "LT Std Dev"],
    false,
  ),
  col("serviceLevel", "Service Level", ["Service Level %", "Cycle Service Level", "CSL", "Target Service Level"], false),
];

/** normalized header -> field, built once per column set. */
export function headerLookup(columns: ColumnSpec[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const c of columns)
    for (const s of c.synonyms) {
      const key = normalizeHeader(s);
      if (!map.has(key)) map.set(key, c.field);
    }
  return map;
}
