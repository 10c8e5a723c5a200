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
import type { PlanAdjustments } from "./planAdjustments";
import { demandPlanIndex } from "./demandPlanIndex";
import { leftOutBecause } from "../read/leftOutBecause";
import { gapKernel, runGapKernel, type GapKernel, type GapOutcome } from "./gapKernel";
import { inventoryStatus } from "./inventoryStatus";
import { monthsOfCover } from "./monthsOfCover";
import type { FamilyReconciliation, GapLine, PeriodGapTotal, Reconciliation, UnmetDemand } from "./types";

const sum = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0);

/** A pure function of (model, settings, adjustments), so scenarios re-run it with other demand. */
export function reconcile(model: PlanningModel, _settings: Settings, adjustments: PlanAdjustments = {}): Reconciliation {
  const kernel = gapKernel(model);
  return reconciliationView(model, kernel, runGapKernel(kernel, adjustments));
}

/** The Reconciliation of a gap kernel run: its lines, totals and the findings about the inputs. */
export function reconciliationView(model: PlanningModel, k: GapKernel, run: GapOutcome): Reconciliation {
  const supplyRows = model.supply ?? [];
  const { periods } = run;
  const P = periods.length;
  const demandSheet = model.demand.sheet;
  const supplySheet = model.sheets.supply ?? "Supply";
  const findings: Finding[] = [];
  const notes: string[] = [];
  const { families: demandFamilies, firstRef: firstDemandRef } = demandPlanIndex(model);

  // Where each family's Supply rows start (its earliest period's first row), for findings.
  const firstSupplyRow = new Map<string, SupplyRow>();
  for (const row of supplyRows) {
    const first = firstSupplyRow.get(row.family);
    if (!first || row.period < first.period) firstSupplyRow.set(row.family, row);
  }
  const anyBeginning = k.beginningGiven.some((given) => given === 1);
  if (supplyRows.length > 0 && !anyBeginning) {
    findings.push({
      sheet: supplySheet,
      cell: supplyRows[0].ref.cell,
      severity: "warning",
      message: "The Supply sheet gives no Beginning Inventory: projected inventory starts from 0 for every family.",
    });
    notes.push("No beginning inventory was given: projected inventory starts from 0.");
  }

  // A Supply row left out (its Planned Production unreadable): that month's supply is not known, so
  // neither is the inventory from then on. Those months say Unknown instead of a gap made of 0 supply.
  // A left-out duplicate is not unknown supply: the month's first row was read.
  const read = new Set(supplyRows.map((r) => `${r.family}\u0000${r.period}`));
  const unknownFrom = new Map<string, { period: string; cell: string; reason: string }>();
  for (const r of model.leftOutRows?.supply ?? []) {
    if (r.period === undefined || read.has(`${r.family}\u0000${r.period}`)) continue;
    const seen = unknownFrom.get(r.family);
    if (!seen || r.period < seen.period) unknownFrom.set(r.family, { period: r.period, cell: r.cell, reason: r.reason });
  }

  const families: FamilyReconciliation[] = run.families.map((family, f) => {
    const inDemand = demandFamilies.has(family);
    const inSupply = k.inSupply[f] === 1;
    const beginningInventoryGiven = k.beginningGiven[f] === 1;
    const firstCell = firstSupplyRow.get(family)?.ref.cell ?? "";
    // Only a family with a plan to meet is missing supply; one with history alone has nothing to supply.
    let hasPlan = false;
    for (let t = 0; t < P && !hasPlan; t++) hasPlan = !Number.isNaN(k.demandPlan[f * P + t]);
    if (!inSupply && hasPlan) {
      findings.push({
        sheet: demandSheet,
        cell: firstDemandRef.get(family) ?? "",
        severity: "warning",
        message: `${family} has a demand plan but no rows in ${supplySheet}${leftOutBecause(model, "supply", family, supplySheet)}: its supply is taken as 0, so the gap shows its whole demand.`,
      });
    }
    if (!inDemand) {
      findings.push({
        sheet: supplySheet,
        cell: firstCell,
        severity: "warning",
        message: `${family} is in ${supplySheet} but not in ${demandSheet}: its demand is taken as 0, so the gap shows its whole supply.`,
      });
    }
    if (inSupply && anyBeginning && !beginningInventoryGiven) {
      findings.push({
        sheet: supplySheet,
        cell: firstCell,
        severity: "warning",
        message: `${family} has no Beginning Inventory: its projected inventory starts from 0.`,
      });
    }
    const row = (a: Float64Array): number[] => Array.from(a.subarray(f * P, (f + 1) * P));
    const demand = row(run.demand);
    const inventory = row(run.projectedInventory);
    const cover = monthsOfCover(inventory, demand);
    const unknown = unknownFrom.get(family);
    if (unknown && periods.some((p) => p >= unknown.period)) {
      findings.push({
        sheet: supplySheet,
        cell: unknown.cell,
        severity: "warning",
        message: `the supply of ${family} for ${unknown.period} is unknown (${supplySheet}!${unknown.cell}: ${unknown.reason}): its gap status from ${unknown.period} on is Unknown, not a shortage of 0 supply`,
      });
    }
    const lines: GapLine[] = periods.map((period, t) => {
      const target = k.target[f * P + t];
      const targetInventory = Number.isNaN(target) ? null : target;
      const known = !unknown || period < unknown.period;
      return {
        family,
        period,
        demand: demand[t],
        supply: k.supply[f * P + t],
        gap: run.gap[f * P + t],
        projectedInventory: inventory[t],
        targetInventory,
        status: known ? inventoryStatus(inventory[t], targetInventory) : "unknown",
        monthsOfCover: cover[t],
      };
    });
    const shortages: UnmetDemand[] = lines
      .filter((l) => l.projectedInventory < 0 && l.status !== "unknown")
      .map((l) => ({ family, period: l.period, demand: l.demand, shortfall: -l.projectedInventory }));
    const beginningInventory = k.beginningInventory[f];
    return {
      family,
      beginningInventory,
      beginningInventoryGiven,
      inDemand,
      inSupply,
      lines,
      totalDemand: run.totalDemand[f],
      totalSupply: run.totalSupply[f],
      totalGap: run.totalGap[f],
      endingInventory: P > 0 ? inventory[P - 1] : beginningInventory,
      minimumInventory: P > 0 ? Math.min(...inventory) : beginningInventory,
      shortages,
    };
  });
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
    periods: [...periods],
    demandPlanColumn: model.demand.demandPlanColumn,
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
