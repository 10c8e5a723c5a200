/**
 * DrawingML (ECMA-376 Part 1, §21.2 charts and §20.5 spreadsheet drawing) for the pack's charts: the
 * XML of one chart part (xl/charts/chartN.xml) and of one sheet's drawing part (xl/drawings/drawingN.xml).
 *
 * Why hand-written: ExcelJS reads and writes no charts, and no maintained npm library adds charts to a
 * workbook written by another one (xlsx-chart and officegen write whole workbooks of their own and have
 * not been released since 2020). The subset needed here is small: line, clustered column/bar and the
 * stacked-column waterfall, series over cell references with cached values (so a reader that does not
 * recalculate still draws them), a title, axes with a number format and a range, data labels, a legend.
 *
 * Colours are written for every series (the Office palette where the ChartSpec gives none), so Excel,
 * LibreOffice and the Office host draw the same colours.
 */
import { cellAddress, parseCellAddress, parseRangeAddress, quoteSheetName } from "../../engine/a1";
import { WATERFALL_GAP_WIDTH } from "../../report/charts/waterfall";
import type { ChartSpec, ReportValue, SheetSpec } from "../../report/workbookSpec";
import { xmlAttribute, xmlText } from "./xmlText";

/** Excel's default series colours (Office theme accents 1-6), used where the ChartSpec gives none. */
export const DEFAULT_SERIES_COLORS = ["#4472C4", "#ED7D31", "#A5A5A5", "#FFC000", "#5B9BD5", "#70AD47"];

const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

function absolute(sheet: string, row1: number, col1: number, row2: number, col2: number): string {
  const abs = (r: number, c: number) => cellAddress(r, c).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  const area = row1 === row2 && col1 === col2 ? abs(row1, col1) : `${abs(row1, col1)}:${abs(row2, col2)}`;
  return `${quoteSheetName(sheet)}!${area}`;
}

function cellText(v: ReportValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v);
}

function strRef(formula: string, texts: string[]): string {
  const pts = texts.map((t, i) => `<c:pt idx="${i}"><c:v>${xmlText(t)}</c:v></c:pt>`).join("");
  return `<c:strRef><c:f>${xmlText(formula)}</c:f><c:strCache><c:ptCount val="${texts.length}"/>${pts}</c:strCache></c:strRef>`;
}

function numRef(formula: string, values: (ReportValue | undefined)[]): string {
  // Blank and non-numeric cells have no point: the chart leaves a gap there, as Excel does.
  const pts = values
    .map((v, i) => (typeof v === "number" && Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : ""))
    .join("");
  return `<c:numRef><c:f>${xmlText(formula)}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache></c:numRef>`;
}

function solid(color: string): string {
  return `<a:solidFill><a:srgbClr val="${color.replace("#", "").toUpperCase()}"/></a:solidFill>`;
}

function seriesShape(chart: ChartSpec, index: number): string {
  const color = chart.seriesColors?.[index] ?? DEFAULT_SERIES_COLORS[index % DEFAULT_SERIES_COLORS.length];
  if (chart.type === "waterfall" && index === 0) return `<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>`;
  if (chart.type === "line") return `<c:spPr><a:ln w="28575" cap="rnd">${solid(color)}<a:round/></a:ln></c:spPr>`;
  return `<c:spPr>${solid(color)}<a:ln><a:noFill/></a:ln></c:spPr>`;
}

/** The series of a chart: one per value column of its data range, categories down the first column. */
function seriesXml(sheet: SheetSpec, chart: ChartSpec): string {
  const { row1, col1, row2, col2 } = parseRangeAddress(chart.dataRange);
  const rows = sheet.rows;
  const categories: ReportValue[] = [];
  for (let r = row1 + 1; r <= row2; r++) categories.push(rows[r]?.[col1] ?? null);
  const numericCategories = categories.every((v) => typeof v === "number");
  const cat = numericCategories
    ? numRef(absolute(sheet.name, row1 + 1, col1, row2, col1), categories)
    : strRef(absolute(sheet.name, row1 + 1, col1, row2, col1), categories.map(cellText));
  const out: string[] = [];
  for (let c = col1 + 1; c <= col2; c++) {
    const i = c - col1 - 1;
    const values: ReportValue[] = [];
    for (let r = row1 + 1; r <= row2; r++) values.push(rows[r]?.[c] ?? null);
    const name = strRef(absolute(sheet.name, row1, c, row1, c), [cellText(rows[row1]?.[c])]);
    const shape = seriesShape(chart, i);
    const val = numRef(absolute(sheet.name, row1 + 1, c, row2, c), values);
    out.push(
      chart.type === "line"
        ? `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx>${name}</c:tx>${shape}<c:marker><c:symbol val="none"/></c:marker><c:cat>${cat}</c:cat><c:val>${val}</c:val><c:smooth val="0"/></c:ser>`
        : `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx>${name}</c:tx>${shape}<c:invertIfNegative val="0"/><c:cat>${cat}</c:cat><c:val>${val}</c:val></c:ser>`,
    );
  }
  return out.join("");
}

/** Value labels on every point of a chart (CT_DLbls: numFmt, spPr, dLblPos, then the show* flags in order). */
function dataLabelsXml(chart: ChartSpec): string {
  if (chart.dataLabelFormat === undefined || chart.type === "waterfall") return "";
  return (
    `<c:dLbls><c:numFmt formatCode="${xmlAttribute(chart.dataLabelFormat)}" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>` +
    // Past the end of a bar; above a line's point (a line has no "outEnd").
    `<c:dLblPos val="${chart.type === "line" ? "t" : "outEnd"}"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/>` +
    `<c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>`
  );
}

const CAT_AXIS = 500001;
const VAL_AXIS = 500002;

function plotXml(sheet: SheetSpec, chart: ChartSpec): string {
  const series = seriesXml(sheet, chart);
  const axes = `<c:axId val="${CAT_AXIS}"/><c:axId val="${VAL_AXIS}"/>`;
  switch (chart.type) {
    case "line":
      return `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}${dataLabelsXml(chart)}<c:marker val="1"/>${axes}</c:lineChart>`;
    case "columnClustered":
    case "barClustered":
      return `<c:barChart><c:barDir val="${chart.type === "barClustered" ? "bar" : "col"}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}${dataLabelsXml(chart)}<c:gapWidth val="150"/>${axes}</c:barChart>`;
    case "waterfall":
      // Stacked columns overlapping fully: the invisible base lifts each step (ChartSpec "waterfall").
      return `<c:barChart><c:barDir val="col"/><c:grouping val="stacked"/><c:varyColors val="0"/>${series}<c:gapWidth val="${WATERFALL_GAP_WIDTH}"/><c:overlap val="100"/>${axes}</c:barChart>`;
  }
}

function titleXml(text: string): string {
  return (
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="en-US" sz="1200" b="1"/><a:t>${xmlText(text)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`
  );
}

/** The chart part (xl/charts/chartN.xml) of one ChartSpec on its sheet. */
export function chartPartXml(sheet: SheetSpec, chart: ChartSpec): string {
  const horizontal = chart.type === "barClustered";
  const valueFormat = chart.valueAxisFormat ?? "General";
  const catAx =
    `<c:catAx><c:axId val="${CAT_AXIS}"/><c:scaling><c:orientation val="${horizontal ? "maxMin" : "minMax"}"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${horizontal ? "l" : "b"}"/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="low"/><c:crossAx val="${VAL_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  // CT_Scaling's order: orientation, max, min.
  const bounds =
    (chart.valueAxisMax !== undefined ? `<c:max val="${chart.valueAxisMax}"/>` : "") +
    (chart.valueAxisMin !== undefined ? `<c:min val="${chart.valueAxisMin}"/>` : "");
  const valAx =
    `<c:valAx><c:axId val="${VAL_AXIS}"/><c:scaling><c:orientation val="minMax"/>${bounds}</c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${horizontal ? "b" : "l"}"/><c:majorGridlines><c:spPr><a:ln w="9525"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>` +
    `<c:numFmt formatCode="${xmlAttribute(valueFormat)}" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="${CAT_AXIS}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`;
  // A waterfall's legend would list the invisible base; its colours and categories say it all.
  const legend = chart.type === "waterfall" ? "" : `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}"><c:roundedCorners val="0"/>` +
    `<c:chart>${titleXml(chart.title)}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plotXml(sheet, chart)}${catAx}${valAx}</c:plotArea>` +
    `${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr>` +
    `</c:chartSpace>`
  );
}

/** Where a chart sits: from its anchor cell's top-left to the bottom-right of the cell width x height
 * cells away, as the Office host's `chart.setPosition(anchor, end)` places it. */
export function chartCells(chart: ChartSpec): { from: { row: number; col: number }; to: { row: number; col: number } } {
  const from = parseCellAddress(chart.anchor);
  return { from, to: { row: from.row + (chart.height ?? 15), col: from.col + (chart.width ?? 8) } };
}

/** The drawing part of one sheet: one anchored frame per chart, chart i linked by relationship rId(i+1). */
export function drawingPartXml(charts: ChartSpec[]): string {
  const frames = charts.map((chart, i) => {
    const { from, to } = chartCells(chart);
    const marker = (tag: string, p: { row: number; col: number }) =>
      `<xdr:${tag}><xdr:col>${p.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${p.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
    return (
      `<xdr:twoCellAnchor editAs="oneCell">${marker("from", from)}${marker("to", to)}` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="Chart ${i + 1}" descr="${xmlAttribute(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${NS_C}">` +
      `<c:chart xmlns:c="${NS_C}" xmlns:r="${NS_R}" r:id="rId${i + 1}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
    );
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}">${frames.join("")}</xdr:wsDr>`;
}
