/**
 * Synthetic input workbooks for the benchmark: N families x 36 months (24 of history, 12 of plan),
 * R resources, every input sheet, written as real .xlsx files with ExcelJS's streaming writer.
 *
 * Deterministic (seeded generator), so two runs measure the same workbook. The capacity is set so the
 * busiest resources run at 80-105% of rated capacity, so the capacity check has warnings and overloads
 * to report, as a real plan would.
 */
import { existsSync, mkdirSync, renameSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { mulberry32 } from "../sample/prng";

export interface BenchSize {
  /** Short label for tables ("S", "M", "L", "target"). */
  label: string;
  families: number;
  resources: number;
  months: number;
}

const HISTORY_MONTHS = 24;
/** Resources each family is routed through. */
const ROUTING = 3;

function period(index: number): string {
  const y = 2025 + Math.floor(index / 12);
  return `${y}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** Writes the workbook (unless a file of that size is already there) and returns its path. */
export async function syntheticWorkbook(size: BenchSize, dir: string): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `synthetic-${size.families}x${size.months}x${size.resources}.xlsx`);
  if (existsSync(path)) return path;
  const rand = mulberry32(size.families * 7919 + size.resources);
  const temp = `${path}.${process.pid}.tmp`;
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: temp, useStyles: true });
  const families = Array.from({ length: size.families }, (_, i) => `Family ${String(i + 1).padStart(5, "0")}`);
  const resources = Array.from({ length: size.resources }, (_, i) => `Resource ${String(i + 1).padStart(3, "0")}`);
  const planStart = HISTORY_MONTHS;
  const planMonths = size.months - HISTORY_MONTHS;

  // Demand: long layout, real dates shown as "mmm yyyy" (as planners' sheets usually hold them).
  const base = families.map(() => 100 + Math.floor(rand() * 900));
  const plan: number[][] = families.map(() => []);
  const demand = workbook.addWorksheet("Demand");
  demand.addRow(["Family", "Period", "Actual", "Statistical Forecast", "Sales Forecast", "Consensus Forecast"]).commit();
  families.forEach((family, f) => {
    for (let m = 0; m < size.months; m++) {
      const season = 1 + 0.2 * Math.sin((2 * Math.PI * (m % 12)) / 12);
      const level = Math.round(base[f] * season);
      const actual = m < planStart ? Math.round(level * (0.85 + 0.3 * rand())) : null;
      const stat = Math.round(level * (0.95 + 0.1 * rand()));
      const sales = Math.round(level * (1 + 0.15 * rand()));
      const consensus = Math.round((stat + sales) / 2);
      if (m >= planStart) plan[f].push(consensus);
      const row = demand.addRow([
        family,
        new Date(Date.UTC(2025 + Math.floor(m / 12), m % 12, 1)),
        actual,
        stat,
        sales,
        consensus,
      ]);
      row.getCell(2).numFmt = "mmm yyyy";
      row.commit();
    }
  });
  demand.commit();

  const supply = workbook.addWorksheet("Supply");
  supply.addRow(["Family", "Period", "Planned Production", "Beginning Inventory", "Target Inventory"]).commit();
  families.forEach((family, f) => {
    for (let m = 0; m < planMonths; m++) {
      const production = Math.round(plan[f][m] * (0.9 + 0.2 * rand()));
      supply
        .addRow([
          family,
          period(planStart + m),
          production,
          m === 0 ? Math.round(base[f] * 0.8) : null,
          Math.round(base[f] * 0.5),
        ])
        .commit();
    }
  });
  supply.commit();

  // Bill of resources: each family on ROUTING resources; the load per resource follows from it.
  const bor = workbook.addWorksheet("Bill of Resources");
  bor.addRow(["Family", "Resource", "Hours per Unit", "Offset"]).commit();
  const load = resources.map(() => new Array<number>(planMonths).fill(0));
  families.forEach((family, f) => {
    for (let k = 0; k < Math.min(ROUTING, size.resources); k++) {
      const r = (f + k * 7) % size.resources;
      const hours = Math.round((0.1 + 0.4 * rand()) * 100) / 100;
      bor.addRow([family, resources[r], hours, 0]).commit();
      for (let m = 0; m < planMonths; m++) load[r][m] += plan[f][m] * hours;
    }
  });
  bor.commit();

  const capacity = workbook.addWorksheet("Capacity");
  capacity.addRow(["Resource", "Period", "Available Hours", "Utilization", "Efficiency", "Max Overtime Hours"]).commit();
  resources.forEach((resource, r) => {
    const peak = Math.max(1, ...load[r]);
    // Rated capacity = hours x 0.9 x 0.95; the peak month lands at 80-105% of it.
    const hours = Math.round(peak / (0.9 * 0.95) / (0.8 + 0.25 * rand()));
    for (let m = 0; m < planMonths; m++) {
      const row = capacity.addRow([resource, period(planStart + m), hours, 0.9, 0.95, Math.round(hours * 0.1)]);
      row.getCell(4).numFmt = "0%";
      row.getCell(5).numFmt = "0%";
      row.commit();
    }
  });
  capacity.commit();

  const finance = workbook.addWorksheet("Finance");
  finance.addRow(["Family", "Period", "Unit Price", "Unit Cost", "Budget Revenue"]).commit();
  families.forEach((family, f) => {
    const price = Math.round((20 + 200 * rand()) * 100) / 100;
    const cost = Math.round(price * (0.5 + 0.3 * rand()) * 100) / 100;
    for (let m = 0; m < planMonths; m++) {
      finance
        .addRow([family, period(planStart + m), price, cost, Math.round(plan[f][m] * price * (0.95 + 0.1 * rand()))])
        .commit();
    }
  });
  finance.commit();

  // Three scenarios, as the targets ask: +10% demand, -10% demand, +15% capacity on one resource.
  const scenarios = workbook.addWorksheet("Scenarios");
  scenarios.addRow(["Scenario", "Demand Change %", "Price Change %", "Capacity Change %", "Family", "Resource"]).commit();
  scenarios.addRow(["Optimistic", 0.1, null, null, null, null]).commit();
  scenarios.addRow(["Pessimistic", -0.1, null, null, null, null]).commit();
  scenarios.addRow(["Upgrade", null, null, 0.15, null, resources[0]]).commit();
  scenarios.commit();

  await workbook.commit();
  renameSync(temp, path);
  return path;
}
