/**
 * The "S&OP Summary" sheet, the executive summary of the pre-S&OP pack:
 * 1. what was read (families, periods, the demand plan column, data quality);
 * 2. key figures: forecast accuracy (1 − WMAPE of the demand plan column, all families), biased
 *    forecasts, overloaded resource-months, shortages, revenue and margin against budget;
 * 3. the exceptions ranked by money impact, each with the decision it needs, the owner role and a
 *    link to its detail sheet (../exceptions.ts): the top 25, then one "N more exceptions" line per
 *    detail sheet (./topExceptions.ts); as many as fit stand before the agenda on the first printed
 *    page, the rest follow it (firstPageLimits);
 * 4. the executive agenda: what the pre-S&OP could not resolve and is not below materiality (one line
 *    says how many were left off and the threshold), with the options found and empty Decision / Owner /
 *    Due columns for the meeting: the top 15, then one line per detail sheet;
 * 5. input sheets read, analyses skipped and why, contents with links;
 * 6. the native charts, in a band after month over month, printed on a page of their own, and their
 *    data (./summaryCharts.ts). The summary prints fit to its width at 9 points (about 160 characters
 *    of columns A-H: ../printScale.ts).
 */
import { rangeAddress } from "../../engine/a1";
import type { Analysis } from "../../engine/analyze";
import type { SheetRole } from "../../engine/model";
import { countFindings } from "../../engine/findingCounts";
import { AGENDA_HEADERS, DECIDED_HEADER, KEY_HEADER } from "../../engine/history";
import { DEMAND_REVIEW_SHEET, onAgenda, planExceptions, type PlanException } from "../exceptions";
import { materialityLine, materialityOf } from "../materiality";
import { money } from "../moneyText";
import { NumberFormats, type ReportValue, type SheetSpec } from "../workbookSpec";
import { CAPACITY_CHECK_SHEET } from "./capacityCheckSheet";
import { GAP_TABLE_SHEET } from "./gapTableSheet";
import { BLUE, HEADING_TEXT, RED } from "./palette";
import { baselineLine, demandPlanLine, fallbackLine, fvaLine } from "./baselineSummaryLines";
import { SheetBuilder } from "./sheetBuilder";
import { AgendaEntries, summaryLoopSection } from "./summaryLoopSection";
import { keyColumn } from "./historySheet";
import { kpiFigures } from "./summaryKpiFigures";
import { runLine } from "./runLine";
import { inventoryPolicyLine } from "./summaryInventorySection";
import type { RunInfo } from "../runInfo";
import { printableHeight, printedScale } from "../printScale";
import { LINE_HEIGHT, wrappedRowHeights } from "../rowHeights";
import { addSummaryCharts, budgetMargin, reserveChartBand, summaryChartCount, summaryPage, sumOrNull } from "./summaryCharts";
import { type MoreExceptions, SUMMARY_AGENDA_ITEMS, SUMMARY_EXCEPTIONS, topExceptions } from "./topExceptions";

export const SUMMARY_SHEET = "S&OP Summary";

const ROLE_LABELS: Record<SheetRole, string> = {
  demand: "Demand",
  supply: "Supply",
  capacity: "Capacity",
  billOfResources: "Bill of Resources",
  finance: "Finance",
  scenarios: "Scenarios",
  inventoryPolicy: "Inventory Policy",
};

function rowCount(analysis: Analysis, role: SheetRole): number {
  const m = analysis.model;
  switch (role) {
    case "demand":
      return m.demand.rows.length;
    case "supply":
      return m.supply?.length ?? 0;
    case "capacity":
      return m.capacity?.length ?? 0;
    case "billOfResources":
      return m.billOfResources?.length ?? 0;
    case "finance":
      return m.finance?.length ?? 0;
    case "scenarios":
      return m.scenarios?.length ?? 0;
    case "inventoryPolicy":
      return m.inventoryPolicy?.length ?? 0;
  }
}

function span(periods: string[]): string {
  return periods.length === 0 ? "none" : `${periods[0]} to ${periods[periods.length - 1]} (${periods.length} months)`;
}

/** "12 more exceptions (total impact $1,234): see Gap Table"; says how many could not be priced. */
function moreText(m: MoreExceptions): string {
  const what = `${m.count} more exception${m.count === 1 ? "" : "s"}`;
  const impact =
    m.impact === null ? "not priced" : `total impact ${money(m.impact)}${m.unpriced > 0 ? `; ${m.unpriced} not priced` : ""}`;
  return `${what} (${impact}): see ${m.sheet}`;
}

/** How many names a key figure's comment lists before "and N more" (a cell holds 32,767 characters). */
const COMMENT_NAMES = 10;

/** "a; b; c; and 7 more (see Gap Table)": a key figure's comment stays one readable line at any size. */
function someOf(names: string[], separator: string, sheet: string): string {
  if (names.length <= COMMENT_NAMES) return names.join(separator);
  return `${names.slice(0, COMMENT_NAMES).join(separator)}${separator}and ${names.length - COMMENT_NAMES} more (see ${sheet})`;
}

/**
 * @param packSheets the names of the pack's other sheets, in order, for the contents links.
 */
export function summarySheet(analysis: Analysis, packSheets: string[], run: RunInfo = {}): SheetSpec {
  // Ranked once: the summary is built a second time only to move exceptions off the first page.
  const exceptions = planExceptions(analysis);
  const first = buildSummary(analysis, exceptions, packSheets, run, { firstPage: SUMMARY_EXCEPTIONS });
  const limits = firstPageLimits(first);
  if (limits.firstPage >= first.layout.exceptionRows.length) return first.sheet;
  return buildSummary(analysis, exceptions, packSheets, run, limits).sheet;
}

/** How many of the listed exceptions stand on the first page (the rest continue after the agenda). */
interface ListLimits {
  firstPage: number;
}

/** Where the first page's parts landed (0-based rows), to measure how much of it fits. */
interface SummaryLayout {
  /** Rows of the exceptions listed before the agenda, and of their "N more" lines. */
  exceptionRows: number[];
  moreRows: number[];
  /** The first row of the exceptions block before the agenda (its blank row, heading, notes, header). */
  exceptionsStart: number;
  /** The last row of the agenda block: the first printed page ends here at the latest. */
  agendaEnd: number;
}

/** A row's printed height in points at 100%, as the .xlsx sets it (a title's by its font size). */
function rowHeight(sheet: SheetSpec, heights: Map<number, number>, row: number): number {
  const size = sheet.styles?.find((s) => s.fontSize && s.range === `A${row + 1}`)?.fontSize;
  return heights.get(row) ?? (size ? Math.max(LINE_HEIGHT, size * 1.4) : LINE_HEIGHT);
}

/**
 * How many exceptions the first printed page (at the scale its columns print at) can hold with the
 * header, the key figures and the whole agenda; the agenda is what the meeting decides, so it is never
 * pushed off the page by exceptions (with none room, they all follow it).
 */
export function firstPageLimits({ sheet, layout }: { sheet: SheetSpec; layout: SummaryLayout }): ListLimits {
  const heights = wrappedRowHeights(sheet);
  const h = (r: number) => rowHeight(sheet, heights, r);
  const page = printableHeight(sheet.page?.orientation ?? "landscape") / printedScale(sheet);
  const rowsHeight = (from: number, to: number): number => {
    let sum = 0;
    for (let r = from; r <= to; r++) sum += h(r);
    return sum;
  };
  const all = rowsHeight(0, layout.agendaEnd);
  const ex = layout.exceptionRows.map(h);
  const more = layout.moreRows.reduce((s, r) => s + h(r), 0);
  // Fewer than all: the left-off ones and the "N more" lines move after the agenda; none: the whole
  // block (blank row, heading, two notes, header) with them.
  const block = ex.length ? rowsHeight(layout.exceptionsStart, layout.exceptionRows[0] - 1) : 0;
  const height = (k: number): number =>
    k === ex.length ? all : all - more - ex.slice(k).reduce((s, x) => s + x, 0) - (k === 0 ? block : 0);
  let k = ex.length;
  while (height(k) > page && k > 0) k--;
  return { firstPage: k };
}

function buildSummary(
  analysis: Analysis,
  exceptions: PlanException[],
  packSheets: string[],
  run: RunInfo,
  limits: ListLimits,
): { sheet: SheetSpec; layout: SummaryLayout } {
  const layout: SummaryLayout = { exceptionRows: [], moreRows: [], exceptionsStart: 0, agendaEnd: 0 };
  const { model, findings, skipped } = analysis;
  const { errors, warnings } = countFindings(findings);
  const b = new SheetBuilder();
  const inPack = new Set(packSheets);
  b.title("S&OP Summary: pre-S&OP pack", 16);
  b.note(runLine(analysis, run), { bold: true });
  b.row([`${model.families.length} families; history ${span(model.historyPeriods)}; plan ${span(model.planPeriods)}.`]);
  for (const line of [
    demandPlanLine(model.demand.demandPlanColumn, analysis.baseline),
    fallbackLine(analysis.baseline),
    analysis.baseline ? baselineLine(analysis.baseline) : null,
    analysis.baseline ? fvaLine(analysis.baseline) : null,
  ])
    if (line !== null) b.row([line]);
  b.row([
    errors + warnings === 0
      ? "Data quality: no problems found."
      : `Data quality: ${errors} error(s), ${warnings} warning(s): see Data Quality.`,
  ]);
  if (errors + warnings > 0) b.links.push({ cell: `A${b.next}`, sheet: "Data Quality", target: "A1" });

  // 2. Key figures.
  b.heading("Key figures");
  keyFigures(analysis, b);
  inventoryPolicyLine(analysis, b);

  // 3. Exceptions, largest money impact first: as many as fit on the first page before the agenda,
  // the rest after it (all of them, heading included, when the agenda alone fills the page).
  const exceptionsHeading = (): void => {
    b.heading("Exceptions that need a decision (largest money impact first)");
    // Two lines, each within the printed page's width (the columns add up to about 160 characters):
    // one line ran past the right margin and was cut on paper.
    b.note(
      "Money at stake in the plan as given: bias in the demand plan = |bias %| × the family's plan revenue (a biased input forecast the plan corrected has none);",
    );
    b.note(
      "overload = overtime hours × Overtime Cost + revenue of the hours nothing covers; shortage = unmet units × price; revenue below budget = the shortfall (above budget is upside, not ranked).",
    );
  };
  let continuedExceptions = (): void => {};
  if (exceptions.length === 0) {
    exceptionsHeading();
    b.note("None: no biased forecast, overload, shortage or revenue gap beyond 1% of budget.", {});
  } else {
    const { listed, more } = topExceptions(exceptions, SUMMARY_EXCEPTIONS);
    const onFirstPage = listed.slice(0, limits.firstPage);
    const continued = listed.slice(limits.firstPage);
    if (onFirstPage.length > 0) {
      layout.exceptionsStart = b.next;
      exceptionsHeading();
      const ex = exceptionsTable(b, "SummaryExceptions", onFirstPage, 0, continued.length === 0 ? more : [], inPack);
      layout.exceptionRows = onFirstPage.map((_, i) => ex.first + i);
      layout.moreRows = continued.length === 0 ? more.map((_, i) => ex.first + onFirstPage.length + i) : [];
    }
    continuedExceptions = () => {
      if (continued.length === 0) return;
      if (onFirstPage.length === 0) exceptionsHeading();
      else b.heading(`Exceptions that need a decision, continued (from #${onFirstPage.length + 1})`);
      exceptionsTable(b, "SummaryExceptionsContinued", continued, onFirstPage.length, more, inPack);
    };
  }

  // 4. Executive agenda.
  const agenda = exceptions.filter(onAgenda);
  const belowMateriality = exceptions.filter((e) => e.unresolved && !e.material).length;
  // Decision / Owner / Due typed on an earlier run of this cycle, or an earlier cycle's decision still
  // open, go back into their issue's row (by its key).
  const typed = new AgendaEntries(analysis.loop);
  b.heading("Executive agenda: issues the pre-S&OP could not resolve");
  b.note(materialityLine(belowMateriality, materialityOf(analysis)));
  if (agenda.length === 0)
    b.note(
      belowMateriality > 0
        ? "Nothing to escalate above materiality."
        : "Nothing to escalate: every exception can be handled within the agreed levers.",
      {},
    );
  else {
    const { listed, more } = topExceptions(agenda, SUMMARY_AGENDA_ITEMS);
    const ag = b.table(
      "ExecutiveAgenda",
      [...AGENDA_HEADERS, DECIDED_HEADER, KEY_HEADER],
      [
        ...listed.map((e: PlanException, i) => [i + 1, e.title, e.owner, e.impact, e.options, ...typed.cells(e), e.key]),
        ...more.map((m) => [
          null,
          moreText(m),
          m.owner,
          m.impact,
          `Each one with its options on ${m.sheet}`,
          null,
          null,
          null,
          null,
          null,
        ]),
      ],
    );
    // The "more" lines link to their detail sheet from the Issue cell (the agenda has no Detail column).
    more.forEach((m, i) => {
      const r = ag.first + listed.length + i;
      if (inPack.has(m.sheet)) b.links.push({ cell: rangeAddress(r, 1, r, 1), sheet: m.sheet, target: "A1" });
    });
    b.style(ag.first, 0, ag.last, 0, { horizontalAlignment: "left" });
    b.styles.push({ range: rangeAddress(ag.first, 3, ag.last, 3), numberFormat: NumberFormats.money });
    b.styles.push({ range: rangeAddress(ag.first, 1, ag.last, 1), wrap: true });
    b.styles.push({ range: rangeAddress(ag.first, 4, ag.last, 4), wrap: true });
    // The meeting fills these in: a light fill shows where to write.
    b.styles.push({ range: rangeAddress(ag.first, 5, ag.last, 7), fill: "#FFF2CC" });
    b.styles.push({ range: rangeAddress(ag.first, 7, ag.last, 7), numberFormat: "yyyy-mm-dd" });
    // Right of the printed page: the cycle of a decision carried from an earlier cycle, and the key
    // by which the pack finds the row's issue again next run (small, grey, text).
    b.style(ag.first, 8, ag.last, 8, { numberFormat: NumberFormats.text, fontColor: "#808080" });
    keyColumn(b, ag.first, ag.last, 9);
  }

  layout.agendaEnd = b.next - 1;
  continuedExceptions();

  // Month over month, after the agenda: the cycle, plan changes, accuracy at lag, decision log.
  summaryLoopSection(analysis, b, typed, inPack);

  // The charts' band, on a page of its own; what follows is reference, printed after it.
  const band = reserveChartBand(b, summaryChartCount(analysis));

  // 5. What was read, what was skipped, contents.
  b.heading("Input sheets read");
  const inputHeader = b.row(["Input", "Sheet", "Rows used", "Status"]);
  b.style(inputHeader, 0, inputHeader, 3, { bold: true, fill: BLUE.fill });
  (Object.keys(ROLE_LABELS) as SheetRole[]).forEach((role) => {
    const sheet = model.sheets[role];
    const rejected = model.rejectedSheets?.[role];
    b.row([
      ROLE_LABELS[role],
      sheet ?? rejected?.sheet ?? "(not found)",
      sheet ? rowCount(analysis, role) : 0,
      sheet ? "Read" : rejected ? `Rejected (${rejected.reason})` : role === "demand" ? "Missing" : "Not provided",
    ]);
  });

  b.heading("Analyses skipped");
  if (skipped.length === 0) b.row(["None: every analysis had the sheets it needs."]);
  for (const s of skipped) b.row([s.analysis, s.reason]);

  b.heading("Contents");
  for (const name of packSheets) {
    b.row([name]);
    b.links.push({ cell: `A${b.next}`, sheet: name, target: "A1" });
  }

  const lastPrinted = b.next - 1;

  // 6. Chart data (not printed) and the charts, drawn in the band.
  addSummaryCharts(analysis, b, band);

  const sheet = b.sheet({
    name: SUMMARY_SHEET,
    page: summaryPage(band, lastPrinted),
    // About 160 characters: one landscape page wide at 82%, where 11-point text prints at 9 points;
    // I and J (the agenda's Decided and Key) lie right of the printed page.
    columnWidths: [...SUMMARY_WIDTHS, 10, 12],
    tabColor: HEADING_TEXT,
  });
  return { sheet, layout };
}

/** One table of the summary's exceptions, ranked from `rankBefore` + 1, with its "N more" lines. */
function exceptionsTable(
  b: SheetBuilder,
  name: string,
  listed: PlanException[],
  rankBefore: number,
  more: MoreExceptions[],
  inPack: Set<string>,
): { first: number; last: number } {
  const ex = b.table(
    name,
    ["#", "Exception", "Owner Role", "Money Impact", "How the Impact Is Computed", "Decision Needed", "Detail"],
    [
      ...listed.map((e, i) => [rankBefore + i + 1, e.title, e.owner, e.impact, e.impactBasis, e.decision, e.sheet]),
      ...more.map((m) => [
        null,
        moreText(m),
        m.owner,
        m.impact,
        `Sum of the priced impacts of the ${m.count} not listed here`,
        `See ${m.sheet}`,
        m.sheet,
      ]),
    ],
  );
  // The rank sits under the section's title, not at the far right of the wide first column.
  b.style(ex.first, 0, ex.last, 0, { horizontalAlignment: "left" });
  b.styles.push({ range: rangeAddress(ex.first, 3, ex.last, 3), numberFormat: NumberFormats.money, bold: true });
  b.styles.push({ range: rangeAddress(ex.first, 4, ex.last, 5), wrap: true });
  b.styles.push({ range: rangeAddress(ex.first, 1, ex.last, 1), wrap: true });
  [...listed.map((e) => e.sheet), ...more.map((m) => m.sheet)].forEach((sheet, i) => {
    if (inPack.has(sheet)) b.links.push({ cell: rangeAddress(ex.first + i, 6, ex.first + i, 6), sheet, target: "A1" });
  });
  return ex;
}

/** Characters a key figure's comment may run on over columns F-H before it wraps within F. */
const COMMENT_RUN_ON = 60;

/** Columns A-H: labels and ranks, titles, then figures and the texts that explain them. */
const SUMMARY_WIDTHS = [28, 30, 12, 12, 26, 34, 9, 9];

/** The key figures block: one row per figure, plan against budget where there is one. */
function keyFigures(analysis: Analysis, b: SheetBuilder): void {
  const review = analysis.demandReview;
  const planColumn = analysis.model.demand.demandPlanColumn;
  const rollup = review?.rollup.find((r) => r.forecast === planColumn);
  const flagged = review?.rows.filter((r) => r.flagged) ?? [];
  const biasedFamilies = [...new Set(flagged.map((r) => r.family))];
  const overloads = analysis.capacity?.cells.filter((c) => c.status === "overload") ?? [];
  const shortages = analysis.reconciliation?.lines.filter((l) => l.status === "shortage") ?? [];
  const total = analysis.finance?.total;
  const budgetMarginTotal = analysis.finance ? sumOrNull(analysis.finance.lines.map(budgetMargin)) : null;
  const na = (why: string): ReportValue[] => ["n/a", null, null, null, why];
  const overloadMonths = new Map<string, string[]>();
  for (const c of overloads) {
    const months = overloadMonths.get(c.resource);
    if (months) months.push(c.period);
    else overloadMonths.set(c.resource, [c.period]);
  }
  const overloadList = someOf(
    [...overloadMonths].map(([r, months]) => `${r}: ${someOf(months, ", ", CAPACITY_CHECK_SHEET)}`),
    "; ",
    CAPACITY_CHECK_SHEET,
  );

  const figures: { cells: ReportValue[]; formats: (string | null)[] }[] = [
    {
      cells: [
        "Forecast accuracy (1 − WMAPE)",
        ...(rollup && rollup.wmape !== null
          ? [
              1 - rollup.wmape,
              null,
              null,
              null,
              `${planColumn}, all families, last ${review?.window.length ?? 0} months with actuals`,
            ]
          : na("No history with actuals and a demand plan to measure.")),
      ],
      formats: [NumberFormats.percent],
    },
    {
      cells: [
        "Families with a biased forecast",
        ...(review
          ? [
              biasedFamilies.length,
              null,
              null,
              null,
              someOf(
                flagged.map((r) => `${r.family} (${r.forecast}, ${r.direction === "over" ? "over" : "under"}-forecast)`),
                "; ",
                DEMAND_REVIEW_SHEET,
              ) || "None",
            ]
          : na("Demand review skipped.")),
      ],
      formats: ["0"],
    },
    {
      cells: [
        "Overloaded resource-months",
        ...(analysis.capacity ? [overloads.length, null, null, null, overloadList || "None"] : na("Capacity check skipped.")),
      ],
      formats: ["0"],
    },
    {
      cells: [
        "Shortage family-months",
        ...(analysis.reconciliation
          ? [
              shortages.length,
              null,
              null,
              null,
              someOf([...new Set(shortages.map((l) => l.family))], ", ", GAP_TABLE_SHEET) || "None",
            ]
          : na("No Supply sheet.")),
      ],
      formats: ["0"],
    },
    {
      cells: [
        "Demand revenue vs budget",
        ...(total
          ? [
              total.demandRevenue,
              total.budgetRevenue,
              total.revenueGap,
              total.revenueGapPct,
              "Over the plan horizon; gap = revenue − budget",
            ]
          : na("No Finance sheet.")),
      ],
      formats: [NumberFormats.money, NumberFormats.money, NumberFormats.money, NumberFormats.percent],
    },
    {
      cells: [
        "Margin vs budget margin",
        ...(total
          ? [
              total.margin,
              budgetMarginTotal,
              total.margin !== null && budgetMarginTotal !== null ? total.margin - budgetMarginTotal : null,
              total.margin !== null && budgetMarginTotal ? (total.margin - budgetMarginTotal) / budgetMarginTotal : null,
              "Budget margin = budget revenue × (price − cost) / price",
            ]
          : na("No Finance sheet.")),
      ],
      formats: [NumberFormats.money, NumberFormats.money, NumberFormats.money, NumberFormats.percent],
    },
    ...kpiFigures(analysis),
  ];
  const t = b.table(
    "SummaryKeyFigures",
    ["Figure", "Plan", "Budget", "Gap", "Gap %", "Comment"],
    figures.map((f) => f.cells),
  );
  figures.forEach((f, i) => {
    f.formats.forEach((numberFormat, c) => {
      if (numberFormat) b.styles.push({ range: rangeAddress(t.first + i, 1 + c, t.first + i, 1 + c), numberFormat });
    });
  });
  b.style(t.first, 1, t.last, 1, { bold: true });
  // A short comment runs on into the empty columns G-H; a longer one wraps within its column (on paper
  // a long one ran past the page's right margin).
  // The comment stands off the right-aligned Gap % beside it.
  b.styles.push({ range: rangeAddress(t.first - 1, 5, t.last, 5), indent: 1 });
  figures.forEach((f, i) => {
    const comment = f.cells[5];
    if (typeof comment === "string" && comment.length > COMMENT_RUN_ON)
      b.styles.push({ range: rangeAddress(t.first + i, 5, t.first + i, 5), wrap: true });
  });
  // A money gap beyond 1% of budget (finance's usual "on budget" tolerance, as on Financial Gap) is an exception.
  b.conditional({
    kind: "cellValue",
    range: rangeAddress(t.first, 4, t.last, 4),
    operator: "lessThan",
    values: [-0.01],
    ...RED,
    bold: true,
  });
}
