/**
 * Balancing (SPEC.md "Balancing"): the cost-optimal plan as a linear program, solved by a real LP
 * solver. Over families f, plan months t = 1..T and resources r:
 *
 *   min  Σ premium·S + Σ overtime cost·O + Σ holding·I + Σ backorder·B + Σ below target·V
 *   I[f,t] - B[f,t] = I[f,t-1] - B[f,t-1] + P[f,t] + S[f,t] - demand[f,t]   (balance; I0 - B0 = opening)
 *   Σ hours per unit · P (offsets; work before month 1 falls in month 1) <= rated[r,t] + O[r,t]
 *   I[f,t] + V[f,t] >= target[f,t]                                          (soft target)
 *   0 <= O[r,t] <= Max Overtime Hours; every variable >= 0.
 *
 * The model is always feasible, so a plan that cannot meet demand ends with backorders, never
 * "infeasible": P = S = O = 0 with I - B equal to the running balance of opening stock minus demand
 * (B takes any shortfall, since it is unbounded), and V = max(0, target - I) satisfies every row;
 * rated capacity is >= 0, so the capacity rows hold with no production. It is bounded too: every cost
 * is >= 0 (costs.ts), so the objective cannot fall below 0. Hence the solver always finds an optimum.
 *
 * The load rule is the capacity check's own (capacity/resourceProfileLoad.ts loadSlots), and the
 * rated capacity, Max Overtime Hours and the plan as given come from the capacity check and the gap
 * table already computed, so there is one definition of each.
 */
import { AFTER_HORIZON, PAST_DUE, checkCapacity, loadSlots, type CapacityCheck, type CapacityCell } from "../capacity";
import { priceList } from "../finance/priceList";
import type { FinancialReconciliation } from "../finance";
import type { PlanningModel, SupplyRow } from "../model";
import { reconcile, type Reconciliation } from "../reconcile";
import { scenarioKpis } from "../scenarios/scenarioKpis";
import type { Settings } from "../settings";
import { unitCosts, type DefaultsUsed, type UnitCosts } from "./costs";
import { LpModel } from "./lpModel";
import { toLpFormat } from "./lpFormat";
import type { AsyncLpSolver, LpSolution, LpSolver } from "./solver";
import type { Balance, BalanceLever, BalanceLine, BalanceResourceLine, LeverCost } from "./types";

export class BalanceError extends Error {}

export interface BalanceInputs {
  model: PlanningModel;
  settings: Settings;
  capacity: CapacityCheck;
  reconciliation: Reconciliation;
  finance?: FinancialReconciliation;
}

/** Column indices of one family's variables per month (-1 where the variable does not exist). */
interface FamilyColumns {
  P: number[];
  S: number[];
  I: number[];
  B: number[];
  V: number[];
}

export function buildBalanceModel(inputs: BalanceInputs) {
  const { model, capacity, reconciliation } = inputs;
  const periods = reconciliation.periods;
  const T = periods.length;
  const prices = model.finance && model.finance.length > 0 ? priceList(model.finance) : null;
  const used: DefaultsUsed = { holding: 0, backorder: 0, belowTarget: 0, unpriced: 0, negativePremium: 0 };
  const lp = new LpModel();

  const families = reconciliation.families;
  const costs: UnitCosts[][] = families.map((f) => periods.map((p) => unitCosts(prices, f.family, p, used)));
  const cols: FamilyColumns[] = families.map((fam, f) => {
    const c: FamilyColumns = { P: [], S: [], I: [], B: [], V: [] };
    for (let t = 0; t < T; t++) {
      const k = costs[f][t];
      const name = `${f + 1}_${t + 1}`;
      c.P.push(lp.addColumn(`P${name}`, 0));
      c.S.push(k.subcontractPremium === null ? -1 : lp.addColumn(`S${name}`, k.subcontractPremium));
      c.I.push(lp.addColumn(`I${name}`, k.holding));
      c.B.push(lp.addColumn(`B${name}`, k.backorder));
      const target = fam.lines[t].targetInventory;
      c.V.push(target !== null && target > 0 ? lp.addColumn(`V${name}`, k.belowTarget) : -1);
    }
    return c;
  });

  // Balance rows: I[t] - B[t] - I[t-1] + B[t-1] - P[t] - S[t] = -demand[t]  (t = 1: = opening - demand).
  families.forEach((fam, f) => {
    const c = cols[f];
    for (let t = 0; t < T; t++) {
      const idx = [c.I[t], c.B[t], c.P[t]];
      const val = [1, -1, -1];
      if (c.S[t] >= 0) (idx.push(c.S[t]), val.push(-1));
      if (t > 0) (idx.push(c.I[t - 1], c.B[t - 1]), val.push(-1, 1));
      const rhs = (t === 0 ? fam.beginningInventory : 0) - fam.lines[t].demand;
      lp.addRow(`bal${f + 1}_${t + 1}`, idx, val, "=", rhs);
      const target = fam.lines[t].targetInventory;
      if (c.V[t] >= 0 && target !== null) lp.addRow(`tgt${f + 1}_${t + 1}`, [c.I[t], c.V[t]], [1, 1], ">=", target);
    }
  });

  // Capacity rows: the terms of each resource-month from the bill, placed by the capacity check's rule.
  const familyIndex = new Map(families.map((f, i) => [f.family, i]));
  const resources = capacity.resources;
  const resourceIndex = new Map(resources.map((r, i) => [r, i]));
  const terms = resources.map(() => periods.map(() => ({ idx: [] as number[], val: [] as number[] })));
  const slots = loadSlots(periods);
  for (const row of model.billOfResources ?? []) {
    if (!Number.isFinite(row.hoursPerUnit) || row.hoursPerUnit === 0) continue;
    const f = familyIndex.get(row.family);
    const r = resourceIndex.get(row.resource);
    if (f === undefined || r === undefined) continue;
    const slotOf = slots(Number.isFinite(row.offset) ? row.offset : 0);
    for (let t = 0; t < T; t++) {
      const s = slotOf(periods[t]);
      if (s === AFTER_HORIZON) continue;
      const cell = terms[r][s === PAST_DUE ? 0 : s];
      cell.idx.push(cols[f].P[t]);
      cell.val.push(row.hoursPerUnit);
    }
  }
  const cellsByResource = new Map<string, CapacityCell[]>();
  for (const cell of capacity.cells) {
    const list = cellsByResource.get(cell.resource) ?? [];
    list.push(cell);
    cellsByResource.set(cell.resource, list);
  }
  const overtimeCost = overtimeCosts(model);
  const capacityRows: { resource: number; t: number; row: number; O: number; cell: CapacityCell; cost: number | null }[] = [];
  resources.forEach((resource, r) => {
    const cells = cellsByResource.get(resource) ?? [];
    for (let t = 0; t < T; t++) {
      const cell = cells[t];
      if (!cell) continue;
      const cost = overtimeCost.get(`${resource}\u0000${periods[t]}`) ?? null;
      const { idx, val } = terms[r][t];
      if (idx.length === 0) {
        capacityRows.push({ resource: r, t, row: -1, O: -1, cell, cost });
        continue;
      }
      let O = -1;
      if (cost !== null && cell.maxOvertimeHours > 0) {
        O = lp.addColumn(`O${r + 1}_${t + 1}`, cost, cell.maxOvertimeHours);
        idx.push(O);
        val.push(-1);
      }
      const row = lp.addRow(`cap${r + 1}_${t + 1}`, idx, val, "<=", cell.ratedCapacity);
      capacityRows.push({ resource: r, t, row, O, cell, cost });
    }
  });
  return { lp, periods, families, costs, cols, capacityRows, used, overtimeCost };
}

/** Overtime Cost per resource-month from the Capacity sheet (a duplicated row keeps its first). */
function overtimeCosts(model: PlanningModel): Map<string, number> {
  const out = new Map<string, number>();
  for (const row of model.capacity ?? []) {
    const key = `${row.resource}\u0000${row.period}`;
    if (out.has(key)) continue;
    if (typeof row.overtimeCost === "number" && Number.isFinite(row.overtimeCost)) out.set(key, row.overtimeCost);
  }
  return out;
}

/** The comment at the top of the --lp file: what the model is and how its names read. */
export function lpComment(built: ReturnType<typeof buildBalanceModel>, resources: readonly string[]): string[] {
  return [
    "S&OP Prep balancing model (SPEC.md Balancing): minimize subcontract premium + overtime + holding + backorder + below-target cost.",
    `Months 1..${built.periods.length} = ${built.periods[0] ?? ""} .. ${built.periods[built.periods.length - 1] ?? ""}.`,
    "P f_t in-house units, S f_t subcontracted units, I f_t on hand, B f_t backorders, V f_t units below target, O r_t overtime hours.",
    `Families 1..${built.families.length}: ${listNames(built.families.map((f) => f.family))}.`,
    `Resources 1..${resources.length}: ${listNames(resources)}.`,
  ];
}

function listNames(names: readonly string[]): string {
  const shown = names.slice(0, 20).map((n, i) => `${i + 1} ${n}`);
  return names.length > 20 ? `${shown.join(", ")} and ${names.length - 20} more` : shown.join(", ");
}

const LEVERS: BalanceLever[] = ["subcontract", "overtime", "holding", "backorder", "belowTarget"];

export function balancePlan(inputs: BalanceInputs, solver: LpSolver): Balance {
  const built = buildBalanceModel(inputs);
  const started = Date.now();
  const solution = solver.solve(built.lp);
  return readBalance(inputs, built, solution, solver.name, Date.now() - started);
}

/** balancePlan with the solve in another thread (the task pane's Web Worker): the same model, the same reading. */
export async function balancePlanAsync(inputs: BalanceInputs, solver: AsyncLpSolver): Promise<Balance> {
  const built = buildBalanceModel(inputs);
  const started = Date.now();
  const solution = await solver.solve(built.lp);
  return readBalance(inputs, built, solution, solver.name, Date.now() - started);
}

/** The solved model as the Balanced Plan: the plan, the cost by lever and the plan as given costed the same way. */
function readBalance(
  inputs: BalanceInputs,
  built: ReturnType<typeof buildBalanceModel>,
  solution: LpSolution,
  solverName: string,
  solveMs: number,
): Balance {
  const { model, settings, capacity, reconciliation } = inputs;
  const { lp, periods, families, costs, cols, capacityRows, used } = built;
  if (solution.status !== "Optimal") {
    // Cannot happen for this model (always feasible and bounded, see above) unless the solver fails.
    throw new BalanceError(`the LP solver (${solverName}) stopped with status "${solution.status}"`);
  }
  const x = Array.from(solution.values, (v) => Math.max(0, v));
  const at = (c: number) => (c >= 0 ? x[c] : 0);

  const cost: Record<BalanceLever, { balanced: number; plan: number }> = {
    subcontract: { balanced: 0, plan: 0 },
    overtime: { balanced: 0, plan: 0 },
    holding: { balanced: 0, plan: 0 },
    backorder: { balanced: 0, plan: 0 },
    belowTarget: { balanced: 0, plan: 0 },
  };
  let subcontractUnits = 0;
  let backorderUnitMonths = 0;
  let prebuildUnitMonths = 0;
  let planBackorderUnitMonths = 0;
  const lines: BalanceLine[] = [];
  families.forEach((fam, f) => {
    const c = cols[f];
    fam.lines.forEach((line, t) => {
      const k = costs[f][t];
      const inventory = at(c.I[t]);
      const backorders = at(c.B[t]);
      const subcontract = at(c.S[t]);
      const belowTarget = at(c.V[t]);
      cost.subcontract.balanced += (k.subcontractPremium ?? 0) * subcontract;
      cost.holding.balanced += k.holding * inventory;
      cost.backorder.balanced += k.backorder * backorders;
      cost.belowTarget.balanced += k.belowTarget * belowTarget;
      subcontractUnits += subcontract;
      backorderUnitMonths += backorders;
      prebuildUnitMonths += Math.max(0, inventory - (line.targetInventory ?? 0));
      // The plan as given, costed the same way: its projected inventory split into on hand and backlog.
      const onHand = Math.max(0, line.projectedInventory);
      const backlog = Math.max(0, -line.projectedInventory);
      cost.holding.plan += k.holding * onHand;
      cost.backorder.plan += k.backorder * backlog;
      if (line.targetInventory !== null && line.targetInventory > 0)
        cost.belowTarget.plan += k.belowTarget * Math.max(0, line.targetInventory - onHand);
      planBackorderUnitMonths += backlog;
      lines.push({
        family: fam.family,
        period: line.period,
        demand: line.demand,
        production: at(c.P[t]),
        subcontract,
        inventory,
        backorders,
        belowTarget,
        targetInventory: line.targetInventory,
        plannedProduction: line.supply,
        plannedInventory: line.projectedInventory,
      });
    });
  });

  let overtimeHours = 0;
  let planOvertimeHours = 0;
  let uncoveredHours = 0;
  const resources: BalanceResourceLine[] = capacityRows.map((cr) => {
    const overtime = at(cr.O);
    const load = cr.row >= 0 ? lp.activity(cr.row, x) + overtime : 0;
    // The plan as given takes the overtime its overload needs, up to Max Overtime Hours, where
    // overtime has a cost; the rest of the overload is uncovered (SPEC.md).
    const planOvertime = cr.cost === null ? 0 : Math.min(cr.cell.overloadHours, cr.cell.maxOvertimeHours);
    const uncovered = cr.cell.overloadHours - planOvertime;
    cost.overtime.balanced += (cr.cost ?? 0) * overtime;
    cost.overtime.plan += (cr.cost ?? 0) * planOvertime;
    overtimeHours += overtime;
    planOvertimeHours += planOvertime;
    uncoveredHours += uncovered;
    return {
      resource: cr.cell.resource,
      period: periods[cr.t],
      ratedCapacity: cr.cell.ratedCapacity,
      load,
      overtimeHours: overtime,
      maxOvertimeHours: cr.cell.maxOvertimeHours,
      overtimeCost: cr.cost,
      planLoad: cr.cell.load,
      planOvertimeHours: planOvertime,
      uncoveredHours: uncovered,
    };
  });
  const levers: LeverCost[] = LEVERS.map((lever) => ({ lever, ...cost[lever] }));

  // The balanced plan through the same capacity check and gap table as the plan as given.
  const balancedModel = withSupply(model, lines, reconciliation);
  const balancedCapacity = checkCapacity(balancedModel.inHouse, settings);
  const balancedReconciliation = reconcile(balancedModel.total, settings);
  return {
    solver: solverName,
    objective: solution.objective,
    planCost: levers.reduce((s, l) => s + l.plan, 0),
    levers,
    lines,
    resources,
    totals: {
      overtimeHours,
      subcontractUnits,
      backorderUnitMonths,
      prebuildUnitMonths,
      planOvertimeHours,
      planBackorderUnitMonths,
      uncoveredHours,
    },
    defaults: defaultSentences(used),
    unusedLevers: unusedLeverSentences(built),
    size: { variables: lp.columns, constraints: lp.rows, nonzeros: lp.nonzeros, solveMs },
    lp,
    lpText: lpTextOf(lp, lpComment(built, capacity.resources)),
    capacity: balancedCapacity,
    reconciliation: balancedReconciliation,
    kpis: scenarioKpis({ capacity: balancedCapacity, reconciliation: balancedReconciliation, finance: inputs.finance }),
  };
}

/**
 * The --lp text, made only when asked. A closure of its own: one made inside readBalance would keep
 * readBalance's whole scope (the solution, costs and columns) alive for as long as the pack is.
 */
function lpTextOf(lp: LpModel, comment: string[]): () => string {
  return () => toLpFormat(lp, comment);
}

/**
 * The model with the balanced plan as its Supply sheet: in-house production only (what loads the
 * resources), and in-house plus subcontracted (what reaches inventory). Opening stock and targets are
 * those of the plan as given, one row per family and month.
 */
function withSupply(model: PlanningModel, lines: BalanceLine[], reconciliation: Reconciliation) {
  const opening = new Map(
    reconciliation.families.map((f) => [f.family, f.beginningInventoryGiven ? f.beginningInventory : null]),
  );
  const first = reconciliation.periods[0];
  const rows = (quantity: (l: BalanceLine) => number): SupplyRow[] =>
    lines.map((l) => ({
      family: l.family,
      period: l.period,
      plannedProduction: quantity(l),
      beginningInventory: l.period === first ? (opening.get(l.family) ?? null) : null,
      targetInventory: l.targetInventory,
      ref: { sheet: "Balanced Plan", cell: "", row: 0 },
    }));
  return {
    inHouse: { ...model, supply: rows((l) => l.production) },
    total: { ...model, supply: rows((l) => l.production + l.subcontract) },
  };
}

function defaultSentences(used: DefaultsUsed): string[] {
  const out: string[] = [];
  if (used.holding > 0)
    out.push(
      `Holding Cost not given for ${used.holding} family-month(s): 2% of Unit Cost a month (of Unit Price without a cost).`,
    );
  if (used.backorder > 0)
    out.push(
      `Backorder Cost not given for ${used.backorder} family-month(s): Unit Price - Unit Cost a month (25% of Unit Price without a cost).`,
    );
  if (used.belowTarget > 0)
    out.push(`Below Target Cost not given for ${used.belowTarget} family-month(s): the mean of the holding and backorder costs.`);
  if (used.unpriced > 0)
    out.push(
      `${used.unpriced} family-month(s) have no Unit Price or Unit Cost on the Finance sheet: their costs are 0, so balancing does not weigh them.`,
    );
  if (used.negativePremium > 0)
    out.push(`${used.negativePremium} family-month(s) have a Subcontract Cost below Unit Cost: the premium is taken as 0.`);
  return out;
}

function unusedLeverSentences(built: ReturnType<typeof buildBalanceModel>): string[] {
  const out: string[] = [];
  const noSubcontract = new Set<string>();
  built.families.forEach((fam, f) => {
    if (built.cols[f].S.some((c) => c < 0)) noSubcontract.add(fam.family);
  });
  if (noSubcontract.size > 0) {
    const names = [...noSubcontract];
    const shown = names.length > 5 ? `${names.slice(0, 5).join(", ")} and ${names.length - 5} more` : names.join(", ");
    out.push(`Subcontracting not used for ${shown}: no Subcontract Cost on the Finance sheet.`);
  }
  const noOvertime = new Set<string>();
  const noHours = new Set<string>();
  for (const cr of built.capacityRows) {
    if (cr.row < 0) continue;
    if (cr.cost === null) noOvertime.add(cr.cell.resource);
    else if (cr.cell.maxOvertimeHours <= 0) noHours.add(cr.cell.resource);
  }
  const list = (s: Set<string>) => {
    const names = [...s];
    return names.length > 5 ? `${names.slice(0, 5).join(", ")} and ${names.length - 5} more` : names.join(", ");
  };
  if (noOvertime.size > 0)
    out.push(`Overtime not used on ${list(noOvertime)}: no Overtime Cost on the Capacity sheet (in some or all months).`);
  if (noHours.size > 0)
    out.push(`Overtime not used on ${list(noHours)}: Overtime Cost given but no Max Overtime Hours (in some or all months).`);
  return out;
}
