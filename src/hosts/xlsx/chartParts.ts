/**
 * The pack's native charts as package parts: per sheet with charts, one drawing part holding a frame
 * per chart and one chart part per chart (ECMA-376 Part 1 §18.3.1.36 <drawing>, §20.5 and §21.2). The
 * XML is made from the sheet's description before its rows are written (the command line lets each
 * sheet's rows go once they are in the file), so it holds the values it caches.
 */
import type { ChartSpec, SheetSpec } from "../../report/workbookSpec";
import { chartPartXml, drawingPartXml } from "./chartXml";
import { relationshipsXml, REL_CHART } from "./relationships";

/** One sheet's drawing and chart parts, numbered across the workbook. */
export interface SheetCharts {
  drawingPath: string;
  drawing: string;
  drawingRels: string;
  charts: { path: string; xml: string }[];
}

/**
 * The chart parts of one sheet, or null when it has none. `firstDrawing` and `firstChart` are the part
 * numbers to use (drawingN.xml, chartN.xml), unique in the package.
 */
export function sheetCharts(sheet: SheetSpec, firstDrawing: number, firstChart: number): SheetCharts | null {
  const charts: ChartSpec[] = sheet.charts ?? [];
  if (charts.length === 0) return null;
  const parts = charts.map((c, i) => ({ path: `xl/charts/chart${firstChart + i}.xml`, xml: chartPartXml(sheet, c) }));
  return {
    drawingPath: `xl/drawings/drawing${firstDrawing}.xml`,
    drawing: drawingPartXml(charts),
    // drawingPartXml links chart i by rId(i+1).
    drawingRels: relationshipsXml(
      parts.map((p, i) => ({ id: `rId${i + 1}`, type: REL_CHART, target: `../charts/${p.path.slice("xl/charts/".length)}` })),
    ),
    charts: parts,
  };
}
