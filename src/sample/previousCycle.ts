/**
 * Last month's input of the sample company (samples/sop-sample-previous.xlsx), so the sample shows the
 * month-over-month loop: the same workbook one cycle earlier (cycle 2026-10: actuals to 2026-09, plan
 * 2026-10 .. 2028-03), with the plan changes planted in samples/PLANTED.md §"Month over month".
 *
 * Derived from sampleWorkbook() sheet by sheet, by the Period column, so whatever columns the sample
 * carries (costs, overtime, ...) the previous cycle carries too:
 * - Demand: 2026-10's Actual is blank (it was not in yet), 2028-04 is not planned yet, and the planted
 *   families' Consensus Forecast differs in every plan month (2026-10 .. 2028-03);
 * - Supply, Capacity, Finance: 2028-04 is not planned yet; 2026-10 is planned like 2026-11 (the same
 *   rows, one month earlier), Supply's Beginning Inventory sits on 2026-10; the planted family's
 *   Planned Production differs.
 */
import { periodDate } from "./periods";
import type { SampleSheet } from "./sampleSheet";
import { sampleWorkbook } from "./sampleWorkbook";

export const PREVIOUS_CYCLE = "2026-10";
const THIS_CYCLE = "2026-11";
const NOT_YET_PLANNED = "2028-04";

/**
 * The planted changes, as previous-cycle value = this cycle's value + delta, per plan month.
 * Espresso Machines' plan was raised by 50 units a month this cycle; Air Fryers' cut by 100; Stand
 * Mixers' supply plan cut by 40 units a month.
 */
export const PLANTED_PLAN_CHANGES = {
  demand: { "Espresso Machines": -50, "Air Fryers": 100 } as Record<string, number>,
  supply: { "Stand Mixers": 40 } as Record<string, number>,
};

type Cell = SampleSheet["rows"][number][number];

const periodOf = (v: Cell): string | null =>
  v instanceof Date ? v.toISOString().slice(0, 7) : typeof v === "string" && /^\d{4}-\d{2}$/.test(v) ? v : null;

function column(sheet: SampleSheet, header: string): number {
  return (sheet.rows[0] ?? []).findIndex((h) => String(h).toLowerCase() === header.toLowerCase());
}

function previousDemand(sheet: SampleSheet): SampleSheet {
  const period = column(sheet, "Period");
  const actual = column(sheet, "Actual");
  const consensus = column(sheet, "Consensus Forecast");
  const rows = sheet.rows.slice(1).flatMap((row) => {
    const p = periodOf(row[period]);
    if (p === NOT_YET_PLANNED) return [];
    const copy = [...row];
    if (p === PREVIOUS_CYCLE) copy[actual] = null;
    const delta = PLANTED_PLAN_CHANGES.demand[String(row[0])];
    if (delta && p && p >= PREVIOUS_CYCLE && typeof copy[consensus] === "number")
      copy[consensus] = (copy[consensus] as number) + delta;
    return [copy];
  });
  return { ...sheet, rows: [sheet.rows[0], ...rows] };
}

/** A plan sheet one month earlier: 2026-10 planned like 2026-11, 2028-04 not yet. */
function previousPlanSheet(sheet: SampleSheet): SampleSheet {
  const period = column(sheet, "Period");
  if (period < 0) return sheet;
  const beginning = column(sheet, "Beginning Inventory");
  const planned = column(sheet, "Planned Production");
  const rows: SampleSheet["rows"] = [];
  for (const row of sheet.rows.slice(1)) {
    const p = periodOf(row[period]);
    if (p === NOT_YET_PLANNED) continue;
    const copy = [...row];
    const delta = planned >= 0 ? PLANTED_PLAN_CHANGES.supply[String(row[0])] : undefined;
    if (delta && typeof copy[planned] === "number") copy[planned] = (copy[planned] as number) + delta;
    if (p === THIS_CYCLE) {
      const earlier = [...copy];
      earlier[period] = row[period] instanceof Date ? periodDate(PREVIOUS_CYCLE) : PREVIOUS_CYCLE;
      // The beginning inventory is that of the first plan month.
      if (beginning >= 0) copy[beginning] = null;
      rows.push(earlier);
    }
    rows.push(copy);
  }
  return { ...sheet, rows: [sheet.rows[0], ...rows] };
}

/** The sample input as it was one cycle earlier (cycle 2026-10). */
export function previousCycleWorkbook(): SampleSheet[] {
  return sampleWorkbook().map((sheet) => (sheet.name === "Demand" ? previousDemand(sheet) : previousPlanSheet(sheet)));
}
