/**
 * Data labels on bars and columns (SPEC "Output": charts with value axes that start at zero for bars
 * and data labels): each bar shows its value, in the number format of the data it is drawn from, so a
 * column of money reads "$1,234" and one of WMAPE "3.4%". Lines are left without (their points are
 * too many to label), and so are waterfalls: every series would be labelled, the invisible Base too.
 */
import { parseRangeAddress } from "../../engine/a1";
import { numberFormatGrid } from "../numberFormatGrid";
import type { ChartSpec, SheetSpec } from "../workbookSpec";

/** Excel's format of a cell no style formats. */
const GENERAL = "General";

/** The number format of a chart's data: that of its first value cell holding a number (the sheet's
 * styles), else the value axis' format, else General. */
export function dataNumberFormat(chart: ChartSpec, sheet: Pick<SheetSpec, "rows" | "styles">): string {
  const { row1, col1, row2, col2 } = parseRangeAddress(chart.dataRange);
  const formats = numberFormatGrid(sheet as SheetSpec, row2 + 1, col2 + 1);
  for (let r = row1 + 1; r <= row2; r++) {
    for (let c = col1 + 1; c <= col2; c++) {
      if (typeof sheet.rows[r]?.[c] === "number") return formats[r][c] ?? chart.valueAxisFormat ?? GENERAL;
    }
  }
  return chart.valueAxisFormat ?? GENERAL;
}

/** The chart with value labels in the data's number format, if it is a clustered bar or column chart
 * that does not set its own. */
export function withDataLabels(chart: ChartSpec, sheet: Pick<SheetSpec, "rows" | "styles">): ChartSpec {
  if ((chart.type !== "columnClustered" && chart.type !== "barClustered") || chart.dataLabelFormat !== undefined) return chart;
  return { ...chart, dataLabelFormat: dataNumberFormat(chart, sheet) };
}
