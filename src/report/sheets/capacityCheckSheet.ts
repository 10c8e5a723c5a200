/**
 * The "Capacity Check" sheet of the supply review: can the resources make the plan?
 * At the top, where the load came from and the most constrained resources; then every overload with
 * the levers that cover it (hours per lever, in the order a planner tries them); a resource x month
 * utilization heat map; and the full resource x month table of load, rated capacity and utilization
 * next to the load the demand plan would need.
 *
 * Infinite utilization (load on a resource with no capacity) is written as the text "No capacity".
 */
import { rangeAddress } from "../../engine/a1";
import type { CapacityCheck, CapacityLever, CapacityStatus } from "../../engine/capacity";
import { NumberFormats, type ReportValue, type SheetSpec } from "../workbookSpec";
import { AMBER, GREEN, RED, TAB } from "./palette";
import { SheetBuilder } from "./sheetBuilder";
import { SheetNames } from "../sheetNames";

export const CAPACITY_CHECK_SHEET = SheetNames.capacity;

export const CapacityStatusLabels: Record<CapacityStatus, string> = { ok: "OK", warning: "Warning", overload: "Overload" };

/** What a sheet shows for a utilization: the fraction, or "No capacity" for load on zero capacity. */
export const NO_CAPACITY = "No capacity";
export function utilizationCell(u: number): ReportValue {
  return Number.isFinite(u) ? u : NO_CAPACITY;
}

export function capacityCheckSheet(check: CapacityCheck): SheetSpec {
  const b = new SheetBuilder();
  const statusColours = (range: string) => {
    b.conditional({ kind: "textEquals", range, text: CapacityStatusLabels.overload, ...RED, bold: true });
    b.conditional({ kind: "textEquals", range, text: CapacityStatusLabels.warning, ...AMBER });
    b.conditional({ kind: "textEquals", range, text: CapacityStatusLabels.ok, ...GREEN });
  };
  /** Heat map on utilization: green at 0, amber at the warning threshold, red from 100%. */
  const heatMap = (range: string) => {
    b.conditional({
      kind: "colorScale",
      range,
      min: { color: "#63BE7B", value: 0 },
      mid: { color: "#FFEB84", value: check.warningThreshold },
      max: { color: "#F8696B", value: 1 },
    });
    b.conditional({ kind: "textEquals", range, text: NO_CAPACITY, ...RED, bold: true });
  };
  const hours = NumberFormats.hours;
  const pct = NumberFormats.percent;
  const threshold = `${Math.round(check.warningThreshold * 1000) / 10}%`;

  b.title("Capacity Check: rough-cut load vs rated capacity (hours)");
  b.note(
    "Rated capacity = available hours × utilization × efficiency. Load = planned production × hours per unit " +
      "(Bill of Resources), placed `offset` months before the production month. Utilization = load / rated capacity. " +
      `Status: Overload above 100%, Warning above ${threshold}, else OK.`,
  );
  b.note(
    check.planSourceNote,
    check.planSource === "demandPlan" ? { italic: true, bold: true, fontColor: AMBER.fontColor } : { italic: true },
  );
  const pastDue = check.constrained.filter((r) => r.pastDueLoad > 0);
  if (pastDue.length > 0 && check.periods.length > 0) {
    b.note(
      `Past-due load: ${pastDue.map((r) => `${r.resource} ${formatHours(r.pastDueLoad)} h`).join(", ")} would fall before ` +
        `${check.periods[0]} (offsets reaching before the plan) and is added to ${check.periods[0]}.`,
      { italic: true, fontColor: AMBER.fontColor },
    );
  }

  b.heading("Most constrained resources");
  const top = b.table(
    "CapacityConstrained",
    ["Resource", "Peak Utilization", "Peak Period", "Overload Months", "Warning Months", "Overload Hours", "Past-Due Load (h)"],
    check.constrained.map((r) => [
      r.resource,
      utilizationCell(r.maxUtilization),
      r.peakPeriod,
      r.overloadPeriods,
      r.warningPeriods,
      r.overloadHours,
      r.pastDueLoad,
    ]),
    [null, pct, null, "0", "0", hours, hours],
  );
  heatMap(rangeAddress(top.first, 1, top.last, 1));

  b.heading("Overloads and the levers that cover them (hours, in the order to try them)");
  if (check.overloads.length === 0) {
    b.note("None: every resource's load is within its rated capacity in every month.", {});
  } else {
    const o = b.table(
      "CapacityOverloads",
      [
        "Resource",
        "Period",
        "Load (h)",
        "Rated Capacity (h)",
        "Utilization",
        "Overload (h)",
        "1. Overtime (h)",
        "2. Pre-build Earlier (h)",
        "Pre-build From",
        "3. Subcontract / Reshape Demand (h)",
        "Largest Load From",
      ],
      check.overloads.map((ov) => {
        const prebuild = leverOf(ov.levers, "prebuild");
        return [
          ov.resource,
          ov.period,
          ov.load,
          ov.ratedCapacity,
          utilizationCell(ov.ratedCapacity > 0 ? ov.load / ov.ratedCapacity : Infinity),
          ov.overloadHours,
          leverOf(ov.levers, "overtime").hours,
          prebuild.hours,
          prebuild.kind === "prebuild" && prebuild.from.length > 0
            ? prebuild.from.map((f) => `${f.period}: ${formatHours(f.hours)} h`).join("; ")
            : "",
          leverOf(ov.levers, "subcontract").hours,
          ov.largestFamily,
        ];
      }),
      [null, null, hours, hours, pct, hours, hours, hours, null, hours, null],
    );
    b.style(o.first, 5, o.last, 5, { bold: true, fontColor: RED.fontColor });
    b.conditional({
      kind: "cellValue",
      range: rangeAddress(o.first, 9, o.last, 9),
      operator: "greaterThan",
      values: [0],
      ...RED,
      bold: true,
    });
    b.note(
      "The three levers add up to the overload. Pre-build uses spare rated capacity of earlier months only, latest first, each spare hour once.",
    );
  }

  b.heading("Utilization heat map (resource × month, load as % of rated capacity)");
  const byResource = new Map<string, Map<string, number>>();
  for (const c of check.cells) {
    const m = byResource.get(c.resource) ?? new Map<string, number>();
    m.set(c.period, c.utilization);
    byResource.set(c.resource, m);
  }
  const grid = b.table(
    "CapacityHeatMap",
    ["Resource", ...check.periods],
    check.resources.map((r) => [r, ...check.periods.map((p) => utilizationCell(byResource.get(r)?.get(p) ?? 0))]),
    [null, ...check.periods.map(() => pct)],
  );
  if (check.periods.length > 0) heatMap(rangeAddress(grid.first, 1, grid.last, check.periods.length));

  const requiredLoadHeader = `Required Load (${check.demandPlanColumn}, h)`;
  b.heading("Load, rated capacity and utilization by resource and month (hours)");
  const detail = b.table(
    "CapacityCheck",
    [
      "Resource",
      "Period",
      "Available Hours",
      "Utilization Factor",
      "Efficiency",
      "Rated Capacity",
      "Planned Load",
      "Past-Due Load (h)",
      "Utilization",
      "Status",
      "Overload Hours",
      "Max Overtime Hours",
      // The price of an overtime hour beside the hours it may buy (the summary prices overloads with it).
      "Overtime Cost ($/h)",
      requiredLoadHeader,
      "Required Utilization",
      "Required Status",
    ],
    check.cells.map((c) => [
      c.resource,
      c.period,
      c.availableHours,
      c.utilizationFactor,
      c.efficiency,
      c.ratedCapacity,
      c.load,
      c.pastDueLoad,
      utilizationCell(c.utilization),
      CapacityStatusLabels[c.status],
      c.overloadHours,
      c.maxOvertimeHours,
      c.overtimeCost,
      c.requiredLoad,
      utilizationCell(c.requiredUtilization),
      CapacityStatusLabels[c.requiredStatus],
    ]),
    [null, null, hours, pct, pct, hours, hours, hours, pct, null, hours, hours, NumberFormats.price, hours, pct, null],
  );
  heatMap(rangeAddress(detail.first, 8, detail.last, 8));
  heatMap(rangeAddress(detail.first, 14, detail.last, 14));
  statusColours(rangeAddress(detail.first, 9, detail.last, 9));
  statusColours(rangeAddress(detail.first, 15, detail.last, 15));

  return b.sheet({
    name: CAPACITY_CHECK_SHEET,
    // Wide enough for the longest table's headers, and every month of the heat map (which runs past them).
    columnWidths: [
      ...[18, 14, 14, 15, 14, 14, 14, 18, 26, 18, 18, 18, 18, Math.max(22, requiredLoadHeader.length + 2), 16, 16],
      ...check.periods.slice(15).map(() => 10),
    ],
    // The resource names stay visible while scrolling through the months.
    freeze: { rows: 0, columns: 1 },
    tabColor: check.overloads.length > 0 ? TAB.exception : check.cells.some((c) => c.status === "warning") ? TAB.warning : TAB.ok,
  });
}

function leverOf(levers: CapacityLever[], kind: CapacityLever["kind"]): CapacityLever {
  return levers.find((l) => l.kind === kind) ?? { kind: "subcontract", hours: 0 };
}

function formatHours(h: number): string {
  return (Math.round(h * 10) / 10).toLocaleString("en-US");
}
