/**
 * Pre-S&OP reconciliation in units: per family and plan period, the demand plan against the supply
 * plan, the gap, projected inventory, the status against the target inventory and months of cover.
 *
 * Definitions (SPEC.md "Conventions"): gap = supply - demand; I(t) = I(t-1) + supply(t) - demand(t),
 * I(0) = beginning inventory; Heizer & Render, Operations Management, ch. 13 (aggregate planning:
 * ending inventory = beginning inventory + production - demand); Chopra & Meindl, Supply Chain
 * Management, ch. 8 (aggregate planning balances supply and demand over the planning horizon).
 */
import type { Finding, PlanningModel, SupplyRow } from "../model";
import type { Settings } from "../settings";
import { adjustDemand, type PlanAdjustments } from "./planAdjustments";
import { demandPlanIndex } from "./demandPlanIndex";
import { projectedInventory } from "./projectedInventory";
import { supplyGap } from "./supplyGap";
import { inventoryStatus } from "./inventoryStatus";
import { monthsOfCover } from "./monthsOfCover";
import type { FamilyReconciliation, GapLine, PeriodGapTotal, Reconciliation, UnmetDemand } from "./types";

const sum = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0);

/** Families of Demand first (their order), then those only in Supply (first seen). */
function familiesInOrder(model: PlanningModel, supply: readonly SupplyRow[]): string[] {
  const out = [...model.families];
  const seen = new Set(out);
  for (const row of supply) {
    if (!seen.has(row.family)) {
      seen.add(row.family);
      out.push(row.family);
    }
  }
  return out;
}

/** The plan horizon: the model's plan periods, or, if it has none, the periods of the supply plan. */
function planHorizon(model: PlanningModel, supply: readonly SupplyRow[]): string[] {
  if (model.planPeriods.length > 0) return [...model.planPeriods].sort();
  const history = new Set(model.historyPeriods);
  return [...new Set(supply.map((r) => r.period))].filter((p) => !history.has(p)).sort();
}

export function reconcile(model: PlanningModel, _settings: Settings, adjustments: PlanAdjustments = {}): Reconciliation {
  const supplyRows = model.supply ?? [];
  const demandSheet = model.demand.sheet;
  const supplySheet = model.sheets.supply ?? "Supply";
  const planColumn = model.demand.demandPlanColumn;
  const periods = planHorizon(model, supplyRows);
  const findings: Finding[] = [];
  const notes: string[] = [];

  // Demand plan per family x period (the consensus column), indexed once per model; the scenario's
  // scaling is applied per family below.
  const plan = demandPlanIndex(model);
  const demandFamilies = plan.families;
  const firstDemandRef = plan.firstRef;

  // Supply per family x period; the first row of a duplicated pair counts (the reader flags duplicates).
  const supplyByFamily = new Map<string, SupplyRow[]>();
  for (const row of supplyRows) {
    const list = supplyByFamily.get(row.family) ?? [];
    list.push(row);
    supplyByFamily.set(row.family, list);
  }
  const anyBeginning = supplyRows.some((r) => r.beginningInventory !== null);
  if (supplyRows.length > 0 && !anyBeginning) {
    findings.push({
      sheet: supplySheet,
      cell: supplyRows[0].ref.cell,
      severity: "warning",
      message: "The Supply sheet gives no Beginning Inventory: projected inventory starts from 0 for every family.",
    });
    notes.push("No beginning inventory was given: projected inventory starts from 0.");
  }

  const families: FamilyReconciliation[] = [];
  for (const family of familiesInOrder(model, supplyRows)) {
    const rows = [...(supplyByFamily.get(family) ?? [])].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
    const inDemand = demandFamilies.has(family);
    const inSupply = rows.length > 0;
    if (!inSupply) {
      findings.push({
        sheet: demandSheet,
        cell: firstDemandRef.get(family) ?? "",
        severity: "warning",
        message: `${family} has a demand plan but no rows in ${supplySheet}: its supply is taken as 0, so the gap shows its whole demand.`,
      });
    }
    if (!inDemand) {
      findings.push({
        sheet: supplySheet,
        cell: rows[0]?.ref.cell ?? "",
        severity: "warning",
        message: `${family} is in ${supplySheet} but not in ${demandSheet}: its demand is taken as 0, so the gap shows its whole supply.`,
      });
    }

    const supplyByPeriod = new Map<string, number>();
    const targetByPeriod = new Map<string, number>();
    for (const r of rows) {
      if (!supplyByPeriod.has(r.period)) supplyByPeriod.set(r.period, r.plannedProduction);
      if (r.targetInventory !== null && !targetByPeriod.has(r.period)) targetByPeriod.set(r.period, r.targetInventory);
    }
    const beginningRow = rows.find((r) => r.beginningInventory !== null);
    const beginningInventory = beginningRow?.beginningInventory ?? 0;
    if (inSupply && anyBeginning && !beginningRow) {
      findings.push({
        sheet: supplySheet,
        cell: rows[0].ref.cell,
        severity: "warning",
        message: `${family} has no Beginning Inventory: its projected inventory starts from 0.`,
      });
    }

    const planned = plan.byFamily.get(family);
    const demand = periods.map((p) => {
      const value = planned?.get(p);
      return value === undefined ? 0 : adjustDemand(value, family, adjustments);
    });
    const supply = periods.map((p) => supplyByPeriod.get(p) ?? 0);
    const inventory = projectedInventory(beginningInventory, supply, demand);
    const gaps = supplyGap(demand, supply);
    const cover = monthsOfCover(inventory, demand);
    // A target given once holds until the next one: safety stock is usually set once and kept.
    let target: number | null = null;
    for (const r of rows) {
      if (periods.length > 0 && r.period < periods[0] && r.targetInventory !== null) target = r.targetInventory;
    }
    const lines: GapLine[] = periods.map((period, t) => {
      if (targetByPeriod.has(period)) target = targetByPeriod.get(period) ?? null;
      return {
        family,
        period,
        demand: demand[t],
        supply: supply[t],
        gap: gaps[t],
        projectedInventory: inventory[t],
        targetInventory: target,
        status: inventoryStatus(inventory[t], target),
        monthsOfCover: cover[t],
      };
    });
    const shortages: UnmetDemand[] = lines
      .filter((l) => l.projectedInventory < 0)
      .map((l) => ({ family, period: l.period, demand: l.demand, shortfall: -l.projectedInventory }));
    families.push({
      family,
      beginningInventory,
      beginningInventoryGiven: beginningRow !== undefined,
      inDemand,
      inSupply,
      lines,
      totalDemand: sum(demand),
      totalSupply: sum(supply),
      totalGap: sum(gaps),
      endingInventory: inventory.length > 0 ? inventory[inventory.length - 1] : beginningInventory,
      minimumInventory: inventory.length > 0 ? Math.min(...inventory) : beginningInventory,
      shortages,
    });
  }

  // One pass per period over the families, without an array of lines per period.
  const byPeriod: PeriodGapTotal[] = periods.map((period, t) => {
    const total: PeriodGapTotal = { period, demand: 0, supply: 0, gap: 0, projectedInventory: 0, shortageFamilies: 0 };
    for (const f of families) {
      const l = f.lines[t];
      total.demand += l.demand;
      total.supply += l.supply;
      total.gap += l.gap;
      total.projectedInventory += l.projectedInventory;
      if (l.status === "shortage") total.shortageFamilies++;
    }
    return total;
  });

  return {
    periods,
    demandPlanColumn: planColumn,
    families,
    lines: families.flatMap((f) => f.lines),
    byPeriod,
    total: {
      demand: sum(families.map((f) => f.totalDemand)),
      supply: sum(families.map((f) => f.totalSupply)),
      gap: sum(families.map((f) => f.totalGap)),
      endingInventory: sum(families.map((f) => f.endingInventory)),
    },
    shortages: families.flatMap((f) => f.shortages),
    findings,
    notes,
  };
}
