/**
 * The planning model: typed tables the readers build from the input sheets.
 * Every analysis takes these (never cell grids), so analyses can be tested on hand-made plans.
 */

/** A monthly bucket, always "YYYY-MM". Sorting the strings sorts the months. */
export type Period = string;

/** Where a value came from, for findings and links: sheet name and A1 address of the row's first cell. */
export interface SourceRef {
  sheet: string;
  /** A1 address of the row's key cell (e.g. "A7"); for wide Demand the value's own cell. */
  cell: string;
  /** Zero-based sheet row, handy for building other addresses on the same row. */
  row: number;
}

/** One family x period of the Demand sheet (long or wide, both end up here). */
export interface DemandRow {
  family: string;
  period: Period;
  /** Actual demand (history); null where the period has no actual yet (the plan horizon). */
  actual: number | null;
  /** Forecast value per forecast column name, null where blank. Keys are DemandTable.forecastColumns. */
  forecasts: Record<string, number | null>;
  ref: SourceRef;
}

export interface DemandTable {
  sheet: string;
  /** Forecast columns in the sheet's order, with canonical names where the header matched a synonym
   * ("Statistical Forecast", "Sales Forecast", "Marketing Forecast", "Consensus Forecast") and the
   * header text otherwise. */
  forecastColumns: string[];
  /** The column used as the demand plan downstream (Consensus Forecast / Demand Plan, else the last). */
  demandPlanColumn: string;
  rows: DemandRow[];
}

export interface SupplyRow {
  family: string;
  period: Period;
  plannedProduction: number;
  /** Given on the family's first period (if anywhere); null where blank. */
  beginningInventory: number | null;
  targetInventory: number | null;
  /** Actual Production of a closed month (plan adherence); absent or null where not given. */
  actualProduction?: number | null;
  ref: SourceRef;
}

export interface CapacityRow {
  resource: string;
  period: Period;
  availableHours: number;
  /** Fractions: 0.85 for 85%. Default 1. */
  utilization: number;
  efficiency: number;
  /** 0 where not given. */
  maxOvertimeHours: number;
  /** Overtime Cost, money per overtime hour; absent or null where not given (overtime is then not priced). */
  overtimeCost?: number | null;
  ref: SourceRef;
}

/** A cost cell of the balancing inputs: money, or a percentage of the family's Unit Cost (of its Unit
 * Price where it has no cost), as the planner typed it ("2%" holding cost a month). */
export type CostInput = { kind: "money"; value: number } | { kind: "percent"; value: number };

export interface BillOfResourcesRow {
  family: string;
  resource: string;
  hoursPerUnit: number;
  /** Whole periods before the production period in which the load falls (0 = same period). */
  offset: number;
  ref: SourceRef;
}

export interface FinanceRow {
  family: string;
  /** null: the price applies to every period of the family. */
  period: Period | null;
  unitPrice: number;
  unitCost: number | null;
  budgetRevenue: number | null;
  budgetUnits: number | null;
  /** Balancing costs (SPEC.md "Balancing"), each per unit per month except Subcontract Cost (per unit);
   * absent or null where not given, so the documented defaults apply. */
  holdingCost?: CostInput | null;
  backorderCost?: CostInput | null;
  belowTargetCost?: CostInput | null;
  subcontractCost?: CostInput | null;
  ref: SourceRef;
}

export interface ScenarioRow {
  scenario: string;
  /** Fractions: 0.1 for +10%. null where not given. */
  demandChange: number | null;
  priceChange: number | null;
  capacityChange: number | null;
  /** Restricts the demand / price change to one family; null = all families. */
  family: string | null;
  /** Restricts the capacity change to one resource; null = all resources. */
  resource: string | null;
  ref: SourceRef;
}

/** One family's row of the Inventory Policy sheet (SPEC "Inventory policy"); null where not given. */
export interface InventoryPolicyRow {
  family: string;
  /** Replenishment lead time, months (default 1). */
  leadTime: number | null;
  /** Standard deviation of the lead time, months (default 0). */
  leadTimeSd: number | null;
  /** Cycle service level, a fraction in (0.5, 1); overrides the ABC class default. */
  serviceLevel: number | null;
  ref: SourceRef;
}

/** The input sheets a run found (by canonical role) and their names in the workbook. */
export type SheetRole = "demand" | "supply" | "capacity" | "billOfResources" | "finance" | "scenarios" | "inventoryPolicy";

export interface PlanningModel {
  /** Every period that appears in Demand, sorted. */
  periods: Period[];
  /** Periods with at least one actual, sorted. */
  historyPeriods: Period[];
  /** The plan horizon: periods after the last period with actuals that have a demand plan or supply,
   * sorted. Supply, capacity, reconciliation and finance are reported over these. */
  planPeriods: Period[];
  /** Families in Demand, in first-seen order. */
  families: string[];
  demand: DemandTable;
  supply: SupplyRow[] | null;
  capacity: CapacityRow[] | null;
  billOfResources: BillOfResourcesRow[] | null;
  finance: FinanceRow[] | null;
  scenarios: ScenarioRow[] | null;
  /** Lead times and service levels per family; absent or null without an Inventory Policy sheet. */
  inventoryPolicy?: InventoryPolicyRow[] | null;
  /** Which sheet each role was read from; absent roles were not found or were rejected. */
  sheets: Partial<Record<SheetRole, string>>;
  /** Sheets that were found but could not be used at all, with the reason (so the pack says
   * "rejected (reason)", never "not provided"). Absent where none was rejected. */
  rejectedSheets?: Partial<Record<SheetRole, { sheet: string; reason: string }>>;
  /** Rows the readers left out, by sheet role, with their family and the problem that cost them, so a
   * family missing downstream is said to be "left out because Finance!C3 ...", not "missing". */
  leftOutRows?: Partial<Record<SheetRole, { family: string; period?: Period; cell: string; reason: string }[]>>;
}

/** A data-quality finding: one problem, where it is, and what happens because of it. */
export interface Finding {
  sheet: string;
  /** A1 address ("C7"), or "" when the finding is about a whole sheet that is missing. */
  cell: string;
  /** error: data was left out; warning: a value was, or it needs a look; info: what was done (e.g. rows summed). */
  severity: "error" | "warning" | "info";
  message: string;
}
