/**
 * The "Balanced Plan" sheet (SPEC.md "Balancing"): the cheapest plan that meets the demand plan within
 * rated capacity plus overtime, from an LP solver. At the top the cost by lever against the plan as
 * given (costed the same way), the defaults used and the levers the model could not use; below, the
 * recommended production, subcontracting and overtime by family / resource and month.
 */
import { rangeAddress } from "../../engine/a1";
import type { Balance, BalanceLever } from "../../engine/balance";
import { NumberFormats, type SheetSpec } from "../workbookSpec";
import { AMBER, TAB } from "./palette";
import { SheetBuilder } from "./sheetBuilder";
import { SheetNames } from "../sheetNames";

export const BALANCED_PLAN_SHEET = SheetNames.balancedPlan;

export const LEVER_WORDS: Record<BalanceLever, string> = {
  subcontract: "Subcontracting (premium over Unit Cost)",
  overtime: "Overtime",
  holding: "Holding inventory (pre-build and stock)",
  backorder: "Backorders (units waiting, per month)",
  belowTarget: "Below target inventory",
};

export function balancedPlanSheet(balance: Balance): SheetSpec {
  const b = new SheetBuilder();
  const { money, units, hours } = NumberFormats;
  b.title("Balanced Plan: the cost-optimal plan (linear program)");
  b.note(
    "Cheapest plan that meets the demand plan: in-house production within rated capacity plus overtime (load with the capacity check's " +
      "offsets; work due before the first month counts in the first month), subcontracting, pre-building in earlier months, or letting " +
      "orders wait. Cost = subcontract premium + overtime + holding + backorders + below-target units; in-house production costs the " +
      "same whenever it happens, so it is left out. The plan as given is costed the same way, its overloads taking the overtime they need.",
  );
  b.note(
    `Solved by ${balance.solver}: ${balance.size.variables.toLocaleString("en-US")} variables, ` +
      `${balance.size.constraints.toLocaleString("en-US")} constraints, optimal. The model is written with sop-prep generate --lp <file> (CPLEX LP format).`,
  );

  b.heading("Cost by lever");
  const levers = b.table(
    "BalancedCost",
    ["Lever", "Balanced Plan", "Plan as Given", "Saving"],
    balance.levers.map((l) => [LEVER_WORDS[l.lever], l.balanced, l.plan, l.plan - l.balanced]),
    [null, money, money, money],
  );
  b.totalsRow(
    ["Total", balance.objective, balance.planCost, balance.planCost - balance.objective],
    [null, money, money, money],
    4,
  );
  b.conditional({
    kind: "cellValue",
    range: rangeAddress(levers.first, 3, levers.last + 1, 3),
    operator: "lessThan",
    values: [0],
    fontColor: TAB.exception,
    bold: true,
  });
  const t = balance.totals;
  b.note(
    `Balanced: ${fmt(t.overtimeHours)} overtime hours, ${fmt(t.subcontractUnits)} units subcontracted, ` +
      `${fmt(t.prebuildUnitMonths)} unit-months of stock above target (pre-build), ${fmt(t.backorderUnitMonths)} unit-months of backorders. ` +
      `Plan as given: ${fmt(t.planOvertimeHours)} overtime hours, ${fmt(t.planBackorderUnitMonths)} unit-months of backorders.`,
  );
  if (t.uncoveredHours > 0.5) {
    b.note(
      `The plan as given also needs ${fmt(t.uncoveredHours)} hours beyond Max Overtime Hours (or on resources without an Overtime Cost) ` +
        "that nothing covers: its cost above leaves them out, so it cannot be made as it stands.",
      { italic: true, bold: true, fontColor: TAB.exception },
    );
  }

  b.heading("Defaults used and levers not used");
  const said = [...balance.defaults, ...balance.unusedLevers];
  if (said.length === 0) b.row(["None: every cost was given and every lever could be used."]);
  for (const s of said) b.note(s, { italic: true, fontColor: AMBER.fontColor });

  b.heading("Overtime by resource and month (hours)");
  const withLoad = balance.resources.filter((r) => r.load > 0 || r.planLoad > 0);
  b.table(
    "BalancedOvertime",
    [
      "Resource",
      "Period",
      "Rated Capacity",
      "Balanced Load",
      "Overtime",
      "Max Overtime",
      "Overtime Cost / h",
      "Plan Load",
      "Plan Overtime",
      "Plan Uncovered",
    ],
    withLoad.map((r) => [
      r.resource,
      r.period,
      r.ratedCapacity,
      r.load,
      r.overtimeHours,
      r.maxOvertimeHours,
      r.overtimeCost,
      r.planLoad,
      r.planOvertimeHours,
      r.uncoveredHours,
    ]),
    [null, null, hours, hours, hours, hours, NumberFormats.price, hours, hours, hours],
  );

  b.heading("By family and month (units)");
  const main = b.table(
    "BalancedPlan",
    [
      "Family",
      "Period",
      "Demand",
      "Production",
      "Subcontract",
      "Inventory",
      "Backorders",
      "Target Inventory",
      "Below Target",
      "Planned Production",
      "Planned Inventory",
    ],
    balance.lines.map((l) => [
      l.family,
      l.period,
      l.demand,
      l.production,
      l.subcontract,
      l.inventory,
      l.backorders,
      l.targetInventory,
      l.belowTarget,
      l.plannedProduction,
      l.plannedInventory,
    ]),
    [null, null, units, units, units, units, units, units, units, units, units],
  );
  for (const col of [6, 10]) {
    b.conditional({
      kind: "cellValue",
      range: rangeAddress(main.first, col, main.last, col),
      operator: col === 6 ? "greaterThan" : "lessThan",
      values: [col === 6 ? 0.5 : -0.5],
      fontColor: TAB.exception,
      bold: true,
    });
  }
  b.note(
    "Production, inventory and backorders are the solver's values rounded for display; the JSON summary holds them unrounded.",
  );

  return b.sheet({
    name: BALANCED_PLAN_SHEET,
    columnWidths: [34, 14, 14, 14, 14, 14, 14, 16, 14, 18, 18],
    freeze: { rows: 0, columns: 1 },
    tabColor: t.backorderUnitMonths > 0.5 ? TAB.warning : TAB.ok,
  });
}

function fmt(n: number): string {
  return Math.round(n).toLocaleString("en-US");
}
