/**
 * The summary's charts and its printed page.
 *
 * The charts sit in a band of rows reserved after the agenda and month over month, three across
 * columns A-H, printed on a page of their own (charts to the right of the tables made a page three
 * times wider than tall). Each chart's data is a table further down the sheet (not printed).
 */
import { cellAddress, rangeAddress } from "../../engine/a1";
import type { Analysis } from "../../engine/analyze";
import { revenueBridge, type RevenueBridge } from "../../engine/finance";
import { accuracyTrend } from "../../engine/kpis";
import type { ChartPoints } from "../charts/tooFewPoints";
import { addWaterfall } from "../charts/waterfall";
import { NumberFormats, type ChartSpec, type PageSetupSpec } from "../workbookSpec";
import { RED } from "./palette";
import { BRIDGE_TITLE, bridgeBars } from "./revenueBridgeSection";
import type { SheetBuilder } from "./sheetBuilder";

/** Where each chart of the band goes: first column and width in columns (A-B, C-E, F-H of the summary). */
const SLOTS = [
  { col: 0, width: 2 },
  { col: 2, width: 3 },
  { col: 5, width: 3 },
];
/** Rows per chart, and one spacer row under each row of charts. */
const CHART_ROWS = 17;
const BAND_ROW_HEIGHT = CHART_ROWS + 1;

/** How many of the most constrained resources the utilization chart shows. */
const CHART_RESOURCES = 3;
/** Months of history the accuracy trend shows. */
const TREND_MONTHS = 12;

/** Revenue vs budget (brand blue vs grey), margin (orange vs light orange). */
const REVENUE_COLORS = ["#4472C4", "#A5A5A5", "#ED7D31", "#F4B183"];
const UTILIZATION_COLORS = ["#C00000", "#4472C4", "#70AD47"];
const ACCURACY_COLORS = ["#4472C4"];
const SCENARIO_COLORS = ["#4472C4", "#ED7D31"];

export interface ChartBand {
  /** First row of the band (0-based) and how many rows it takes. */
  top: number;
  rows: number;
}

/** How many charts the summary will draw for this analysis (the band is sized before they are made). */
export function summaryChartCount(analysis: Analysis): number {
  return [
    revenueRows(analysis),
    utilizationRows(analysis),
    accuracyRows(analysis),
    scenarioRows(analysis),
    horizonBridge(analysis),
  ].filter((chart) => chart !== null).length;
}

/** Reserves empty rows under what is printed for `count` charts (nothing when there are none). */
export function reserveChartBand(b: SheetBuilder, count: number): ChartBand {
  const top = b.next + 1;
  const rows = Math.ceil(count / SLOTS.length) * BAND_ROW_HEIGHT;
  for (let i = 0; i < rows + 1; i++) b.blank();
  return { top, rows };
}

/**
 * The summary prints fit to its width (at 9 points or more: printScale.ts), from A1 to the end of
 * the reference part; the charts' band is a page of its own, between page breaks.
 */
export function summaryPage(band: ChartBand, lastPrintedRow: number): PageSetupSpec {
  const last = Math.max(lastPrintedRow, band.top + band.rows - 1);
  return {
    orientation: "landscape",
    fit: "width",
    printArea: rangeAddress(0, 0, last, SLOTS[2].col + SLOTS[2].width - 1),
    ...(band.rows > 0 ? { rowBreaks: [band.top, band.top + band.rows] } : {}),
  };
}

type Rows = (string | number | null)[][];

export function sumOrNull(xs: (number | null)[]): number | null {
  const given = xs.filter((x): x is number => x !== null);
  return given.length === 0 ? null : given.reduce((s, x) => s + x, 0);
}

function revenueRows(analysis: Analysis): Rows | null {
  const finance = analysis.finance;
  if (!finance || finance.periods.length === 0) return null;
  return finance.periods.map((period) => {
    const lines = finance.lines.filter((l) => l.period === period);
    return [
      period,
      sumOrNull(lines.map((l) => l.demandRevenue)),
      sumOrNull(lines.map((l) => l.budgetRevenue)),
      sumOrNull(lines.map((l) => l.margin)),
      sumOrNull(lines.map(budgetMargin)),
    ];
  });
}

/**
 * Budget margin of a finance line: the budget's units (budget revenue / unit price) at the Finance
 * sheet's margin per unit, i.e. budget revenue × (price − cost) / price. null without price, cost or budget.
 */
export function budgetMargin(l: {
  budgetRevenue: number | null;
  unitPrice: number | null;
  unitCost: number | null;
}): number | null {
  if (l.budgetRevenue === null || l.unitPrice === null || l.unitCost === null || l.unitPrice === 0) return null;
  return (l.budgetRevenue * (l.unitPrice - l.unitCost)) / l.unitPrice;
}

function topResources(analysis: Analysis): string[] {
  return analysis.capacity?.resources.slice(0, CHART_RESOURCES) ?? [];
}

function utilizationRows(analysis: Analysis): Rows | null {
  const capacity = analysis.capacity;
  if (!capacity || capacity.periods.length === 0 || capacity.resources.length === 0) return null;
  const top = topResources(analysis);
  return capacity.periods.map((period) => [
    period,
    ...top.map((r) => {
      const u = capacity.cells.find((c) => c.resource === r && c.period === period)?.utilization ?? 0;
      return Number.isFinite(u) ? u : null; // load on no capacity cannot be drawn; Capacity Check says "No capacity"
    }),
  ]);
}

/** Forecast accuracy (1 − WMAPE) of the demand plan column, all families together, per history month
 * (engine/kpis/accuracyTrend, the one rule). */
function accuracyRows(analysis: Analysis): Rows | null {
  const { model } = analysis;
  if (!model.demand.demandPlanColumn || model.historyPeriods.length === 0) return null;
  const rows: Rows = accuracyTrend(model, model.historyPeriods.slice(-TREND_MONTHS)).map((p) => [p.period, p.accuracy]);
  return rows.some((r) => r[1] !== null) ? rows : null;
}

/** The price / volume / mix bridge of the whole horizon (the Financial Gap sheet has it by quarter). */
function horizonBridge(analysis: Analysis): RevenueBridge | null {
  if (!analysis.finance) return null;
  return revenueBridge(analysis.model, analysis.finance).find((q) => q.quarter === "total") ?? null;
}

function scenarioRows(analysis: Analysis): Rows | null {
  const results = analysis.scenarios?.results ?? [];
  if (results.length === 0 || results.every((r) => r.kpis.revenue === null)) return null;
  return results.map((r) => [r.definition.name, r.kpis.revenue, r.kpis.margin]);
}

/**
 * Writes each chart's data table at the builder's next row (headed "Chart data: …") and adds the
 * charts into the band, in the order revenue, utilization, accuracy trend, scenarios, revenue bridge.
 * A line over a single month is not drawn: its slot says why instead (SheetBuilder.chartOrReason).
 */
export function addSummaryCharts(analysis: Analysis, b: SheetBuilder, band: ChartBand): void {
  let placed = 0;
  /** The next free place in the band: anchor cell and size. */
  const nextSlot = (): { anchor: string; width: number; height: number } => {
    const slot = SLOTS[placed % SLOTS.length];
    const row = band.top + Math.floor(placed / SLOTS.length) * BAND_ROW_HEIGHT;
    placed++;
    return { anchor: cellAddress(row, slot.col), width: slot.width, height: CHART_ROWS };
  };
  /** A chart into the next slot; with too few points to draw, one line in the slot says why. */
  const place = (chart: Omit<ChartSpec, "anchor" | "width" | "height">, points: ChartPoints): void => {
    b.chartOrReason({ ...chart, ...nextSlot() }, points);
  };

  const revenue = revenueRows(analysis);
  if (revenue) {
    b.heading("Chart data: revenue and margin vs budget by month");
    const t = b.table("SummaryRevenueChart", ["Period", "Revenue", "Budget Revenue", "Margin", "Budget Margin"], revenue);
    b.styles.push({ range: rangeAddress(t.first, 1, t.last, 4), numberFormat: NumberFormats.money });
    place(
      {
        type: "line",
        title: "Revenue and margin vs budget by month",
        dataRange: rangeAddress(t.headerRow, 0, t.last, 4),
        valueAxisFormat: NumberFormats.money,
        seriesColors: REVENUE_COLORS,
      },
      { unit: "month", of: "revenue" },
    );
    b.note(
      "Budget margin = budget revenue × (unit price − unit cost) / unit price: the budget's units at the Finance sheet's margin per unit.",
    );
  }

  const utilization = utilizationRows(analysis);
  if (utilization) {
    const top = topResources(analysis);
    b.heading("Chart data: utilization of the most constrained resources");
    const t = b.table("SummaryUtilizationChart", ["Period", ...top], utilization);
    const values = rangeAddress(t.first, 1, t.last, top.length);
    b.styles.push({ range: values, numberFormat: NumberFormats.percent });
    b.conditional({ kind: "cellValue", range: values, operator: "greaterThan", values: [1], ...RED });
    place(
      {
        type: "line",
        title: "Utilization of the most constrained resources (100% = rated capacity)",
        dataRange: rangeAddress(t.headerRow, 0, t.last, top.length),
        valueAxisFormat: NumberFormats.percent0,
        seriesColors: UTILIZATION_COLORS,
      },
      { unit: "month", of: "utilization" },
    );
  }

  const accuracy = accuracyRows(analysis);
  if (accuracy) {
    const column = analysis.model.demand.demandPlanColumn;
    b.heading(`Chart data: forecast accuracy (1 − WMAPE) of the ${column} by month, all families`);
    const t = b.table("SummaryAccuracyChart", ["Period", "Forecast Accuracy"], accuracy);
    b.styles.push({ range: rangeAddress(t.first, 1, t.last, 1), numberFormat: NumberFormats.percent });
    place(
      {
        type: "line",
        title: `Forecast accuracy by month (1 − WMAPE, ${column})`,
        dataRange: rangeAddress(t.headerRow, 0, t.last, 1),
        // A percentage line: its axis shows at least 5 points either side of the data (charts/valueAxis.ts),
        // so tenths of a percent from month to month are not blown up to fill the chart.
        valueAxisFormat: NumberFormats.percent0,
        seriesColors: ACCURACY_COLORS,
      },
      { unit: "month", of: "forecast accuracy" },
    );
  }

  const scenarios = scenarioRows(analysis);
  if (scenarios) {
    b.heading("Chart data: revenue and margin by scenario");
    const t = b.table("SummaryScenarioChart", ["Scenario", "Revenue", "Margin"], scenarios);
    b.styles.push({ range: rangeAddress(t.first, 1, t.last, 2), numberFormat: NumberFormats.money });
    place(
      {
        type: "columnClustered",
        title: "Revenue and margin by scenario",
        dataRange: rangeAddress(t.headerRow, 0, t.last, 2),
        valueAxisFormat: NumberFormats.money,
        seriesColors: SCENARIO_COLORS,
      },
      { unit: "scenario", of: "scenario revenue" },
    );
  }

  const bridge = horizonBridge(analysis);
  if (bridge) {
    b.heading("Chart data: revenue bridge to budget over the horizon (details on Financial Gap)");
    addWaterfall(b, {
      tableName: "SummaryBridgeChart",
      categoryHeader: "Step",
      bars: bridgeBars(bridge),
      title: BRIDGE_TITLE,
      numberFormat: NumberFormats.money,
      ...nextSlot(),
    });
  }
}
