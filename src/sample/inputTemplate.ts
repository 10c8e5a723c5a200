/**
 * Empty input sheets for "Create input template": a title, one line saying what goes in the sheet, then
 * the header row the readers look for. Header names are the canonical ones from SPEC.md.
 */
import type { SampleSheet } from "./sampleSheet";

interface TemplateSheet {
  name: string;
  explanation: string;
  headers: string[];
  columnFormats?: Record<number, string>;
}

const TEMPLATES: TemplateSheet[] = [
  {
    name: "Demand",
    explanation:
      "One row per family and month. Actual is blank for future months; add or remove forecast columns as you use them.",
    headers: ["Family", "Period", "Actual", "Statistical Forecast", "Sales Forecast", "Consensus Forecast"],
    columnFormats: { 1: "mmm yyyy", 2: "#,##0", 3: "#,##0", 4: "#,##0", 5: "#,##0" },
  },
  {
    name: "Supply",
    explanation:
      "Planned production per family and month. Beginning Inventory on each family's first month; Target Inventory is the safety stock.",
    headers: ["Family", "Period", "Planned Production", "Beginning Inventory", "Target Inventory"],
    columnFormats: { 2: "#,##0", 3: "#,##0", 4: "#,##0" },
  },
  {
    name: "Capacity",
    explanation:
      "Hours per resource and month. Rated capacity = available hours x utilization x efficiency (percentages as 85%, 0.85 or 85). Overtime Cost is per overtime hour.",
    headers: ["Resource", "Period", "Available Hours", "Utilization", "Efficiency", "Max Overtime Hours", "Overtime Cost"],
    columnFormats: { 2: "#,##0", 3: "0%", 4: "0%", 5: "#,##0", 6: "#,##0.00" },
  },
  {
    name: "Bill of Resources",
    explanation: "Hours each unit of a family needs on a resource. Offset: how many months before production the work happens.",
    headers: ["Family", "Resource", "Hours per Unit", "Offset"],
    columnFormats: { 2: "0.00", 3: "0" },
  },
  {
    name: "Finance",
    explanation:
      "Price and cost per unit (per month, or one row per family), and the budget to compare the demand plan with. " +
      "Holding Cost (per unit a month, or a % of Unit Cost) and Subcontract Cost (per unit) price the balanced plan; blank = the defaults.",
    headers: ["Family", "Period", "Unit Price", "Unit Cost", "Budget Revenue", "Holding Cost", "Subcontract Cost"],
    columnFormats: { 2: "$#,##0.00", 3: "$#,##0.00", 4: "$#,##0", 5: "$#,##0.00", 6: "$#,##0.00" },
  },
  {
    name: "Scenarios",
    explanation: "What-if cases. Leave Family or Resource blank to apply a change to all of them.",
    headers: ["Scenario", "Demand Change %", "Price Change %", "Capacity Change %", "Family", "Resource"],
    columnFormats: { 1: "0%", 2: "0%", 3: "0%" },
  },
  {
    name: "Inventory Policy",
    explanation:
      "Optional, per family: Lead Time in months (default 1), its standard deviation (default 0) and the Service Level the safety stock protects (blank = the ABC class default).",
    headers: ["Family", "Lead Time", "Lead Time Std Dev", "Service Level"],
    columnFormats: { 1: "0.0", 2: "0.00", 3: "0.0%" },
  },
];

/** Empty input sheets: row 1 the title, row 2 the explanation, row 3 the headers, data from row 4. */
export function inputTemplate(): SampleSheet[] {
  return TEMPLATES.map((t) => ({
    name: t.name,
    rows: [[`${t.name} (S&OP Prep input)`], [t.explanation], t.headers],
    columnFormats: t.columnFormats,
  }));
}
