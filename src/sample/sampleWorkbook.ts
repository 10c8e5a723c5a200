/**
 * The bundled sample workbook (samples/sop-sample.xlsx) as host-neutral sheets: Demand, Supply, Capacity,
 * Bill of Resources, Finance, Scenarios and Inventory Policy, with the planted problems documented in samples/PLANTED.md.
 *
 * Both period forms are exercised on purpose: Demand holds real dates (first of month, shown "mmm yyyy"),
 * the other sheets hold "2027-01" text.
 */
import { FAMILY_COSTS } from "./balancingCosts";
import { BILL_OF_RESOURCES, NA_ACTUAL, RESOURCES } from "./catalogue";
import { PLAN_PERIODS, periodDate } from "./periods";
import { samplePlan } from "./samplePlan";
import type { SampleSheet } from "./sampleSheet";

const UNITS = "#,##0";

function demandSheet(plan: ReturnType<typeof samplePlan>): SampleSheet {
  const rows: SampleSheet["rows"] = [
    ["Family", "Period", "Actual", "Statistical Forecast", "Sales Forecast", "Consensus Forecast"],
  ];
  for (const d of plan.demand) {
    // Planted data-quality error: a text placeholder where a number belongs.
    const actual = d.family === NA_ACTUAL.family && d.period === NA_ACTUAL.period ? NA_ACTUAL.text : d.actual;
    rows.push([d.family, periodDate(d.period), actual, d.statistical, d.sales, d.consensus]);
  }
  return { name: "Demand", rows, columnFormats: { 1: "mmm yyyy", 2: UNITS, 3: UNITS, 4: UNITS, 5: UNITS } };
}

function supplySheet(plan: ReturnType<typeof samplePlan>): SampleSheet {
  const rows: SampleSheet["rows"] = [["Family", "Period", "Planned Production", "Beginning Inventory", "Target Inventory"]];
  for (const s of plan.supply) rows.push([s.family, s.period, s.plannedProduction, s.beginningInventory, s.targetInventory]);
  return { name: "Supply", rows, columnFormats: { 2: UNITS, 3: UNITS, 4: UNITS } };
}

function capacitySheet(): SampleSheet {
  const rows: SampleSheet["rows"] = [
    ["Resource", "Period", "Available Hours", "Utilization", "Efficiency", "Max Overtime Hours", "Overtime Cost"],
  ];
  for (const r of RESOURCES) {
    for (const period of PLAN_PERIODS)
      rows.push([r.name, period, r.availableHours, r.utilization, r.efficiencyCell, r.maxOvertimeHours, r.overtimeCost]);
  }
  // Efficiency keeps the General format: 0.95 on most resources, 95 on Assembly B (both forms are valid input).
  return { name: "Capacity", rows, columnFormats: { 2: UNITS, 3: "0%", 5: UNITS, 6: "$#,##0" } };
}

function billOfResourcesSheet(): SampleSheet {
  const rows: SampleSheet["rows"] = [["Family", "Resource", "Hours per Unit", "Offset"]];
  for (const b of BILL_OF_RESOURCES) rows.push([b.family, b.resource, b.centiHoursPerUnit / 100, b.offset]);
  return { name: "Bill of Resources", rows, columnFormats: { 2: "0.00", 3: "0" } };
}

function financeSheet(plan: ReturnType<typeof samplePlan>): SampleSheet {
  const rows: SampleSheet["rows"] = [
    ["Family", "Period", "Unit Price", "Unit Cost", "Budget Revenue", "Holding Cost", "Subcontract Cost"],
  ];
  for (const b of plan.budget) {
    const costs = FAMILY_COSTS[b.family] ?? {};
    // A holding cost typed as a percentage ("1.5%", of Unit Cost) is text, as a planner types it.
    const holding = costs.holdingCostPercent !== undefined ? `${costs.holdingCostPercent * 100}%` : (costs.holdingCost ?? null);
    rows.push([b.family, b.period, b.unitPrice, b.unitCost, b.budgetRevenue, holding, costs.subcontractCost ?? null]);
  }
  return {
    name: "Finance",
    rows,
    columnFormats: { 2: "$#,##0.00", 3: "$#,##0.00", 4: "$#,##0", 5: "$#,##0.00", 6: "$#,##0.00" },
  };
}

function scenariosSheet(): SampleSheet {
  return {
    name: "Scenarios",
    rows: [
      ["Scenario", "Demand Change %", "Price Change %", "Capacity Change %", "Family", "Resource"],
      ["Optimistic", 0.1, null, null, null, null],
      ["Pessimistic", -0.1, null, null, null, null],
      ["Paint Shop Upgrade", null, null, 0.15, null, "Paint Shop"],
    ],
    columnFormats: { 1: "0%", 2: "0%", 3: "0%" },
  };
}

/**
 * Lead times and service levels for a few families (SPEC "Inventory policy"); the others take the
 * defaults (1 month, no deviation, the ABC class level). Every given Target Inventory covers its
 * recommendation, so the sample plants no targetBelowRecommended exception.
 */
function inventoryPolicySheet(): SampleSheet {
  return {
    name: "Inventory Policy",
    rows: [
      ["Family", "Lead Time", "Lead Time Std Dev", "Service Level"],
      ["Espresso Machines", 2, 0.2, null],
      ["Kettles", 1.5, 0.1, 0.99],
      ["Toasters", 3, 0, null],
      ["Air Fryers", 1, 0, 0.995],
      ["Cold Brew Makers", 0.5, 0, 0.95],
    ],
    columnFormats: { 1: "0.0", 2: "0.00", 3: "0.0%" },
  };
}

/** The sample input workbook, sheet by sheet, in the order of the S&OP cycle. */
export function sampleWorkbook(): SampleSheet[] {
  const plan = samplePlan();
  return [
    demandSheet(plan),
    supplySheet(plan),
    capacitySheet(),
    billOfResourcesSheet(),
    financeSheet(plan),
    scenariosSheet(),
    inventoryPolicySheet(),
  ];
}
