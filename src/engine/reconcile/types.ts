/** The reconciliation of the demand plan with the supply plan (pre-S&OP step), in units. */
import type { Finding, Period } from "../model";
import type { InventoryStatus } from "./inventoryStatus";

/** One family x plan period of the gap table. */
export interface GapLine {
  family: string;
  period: Period;
  /** Demand plan (consensus) in units, after any scenario demand change. */
  demand: number;
  /** Planned production in units. */
  supply: number;
  /** supply - demand. */
  gap: number;
  /** I(t) = I(t-1) + supply - demand; negative = backlog. */
  projectedInventory: number;
  /** Target inventory (safety stock) in force that period; null where none is given. */
  targetInventory: number | null;
  status: InventoryStatus;
  /** Months of following demand the ending inventory covers; null when there is no demand to cover. */
  monthsOfCover: number | null;
}

/** A period where the plan cannot meet demand: the backlog at the end of the period. */
export interface UnmetDemand {
  family: string;
  period: Period;
  demand: number;
  /** Units of demand still unmet at the end of the period (= -projected inventory). */
  shortfall: number;
}

export interface FamilyReconciliation {
  family: string;
  /** I(0). 0 when the Supply sheet gives none (beginningInventoryGiven = false). */
  beginningInventory: number;
  beginningInventoryGiven: boolean;
  /** False when the family has no demand plan (it is only in Supply): its demand is taken as 0. */
  inDemand: boolean;
  /** False when the family has no Supply rows: its supply is taken as 0. */
  inSupply: boolean;
  lines: GapLine[];
  totalDemand: number;
  totalSupply: number;
  totalGap: number;
  endingInventory: number;
  /** Lowest projected inventory over the horizon (most negative = deepest backlog). */
  minimumInventory: number;
  shortages: UnmetDemand[];
}

/** Totals of all families for one period. */
export interface PeriodGapTotal {
  period: Period;
  demand: number;
  supply: number;
  gap: number;
  projectedInventory: number;
  /** Families in shortage that period. */
  shortageFamilies: number;
}

export interface Reconciliation {
  /** The plan periods reconciled, sorted. */
  periods: Period[];
  /** The Demand column used as the demand plan. */
  demandPlanColumn: string;
  families: FamilyReconciliation[];
  /** Every family x period line, families in order, periods sorted. */
  lines: GapLine[];
  byPeriod: PeriodGapTotal[];
  total: { demand: number; supply: number; gap: number; endingInventory: number };
  /** Every period where demand cannot be met, with the shortfall. */
  shortages: UnmetDemand[];
  /** Data-quality findings raised while reconciling (family missing on one side, no beginning inventory). */
  findings: Finding[];
  /** Plain-language notes for the sheet (assumptions made). */
  notes: string[];
}
