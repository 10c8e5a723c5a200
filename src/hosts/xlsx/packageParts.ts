/**
 * The pack as the list of parts of an .xlsx package, in the order they go into the zip. Small parts are
 * made at once; each worksheet is a generator of XML pieces, run only when the zip reaches it, and the
 * style sheet and shared strings come last because the sheets fill them.
 *
 * The Office theme part is ExcelJS's copy (the pack's look until now): table styles and the default font
 * colour are theme colours, and a reader without the part would pick its own.
 */
import officeTheme from "exceljs/lib/xlsx/xml/theme1.js";
import type { SheetSpec, WorkbookSpec } from "../../report/workbookSpec";
import { sheetCharts } from "./chartParts";
import {
  contentTypesXml,
  CT_CHART,
  CT_CORE_PROPERTIES,
  CT_DRAWING,
  CT_EXTENDED_PROPERTIES,
  CT_SHARED_STRINGS,
  CT_STYLES,
  CT_TABLE,
  CT_THEME,
  CT_WORKBOOK,
  CT_WORKSHEET,
  REL_CORE_PROPERTIES,
  REL_DRAWING,
  REL_EXTENDED_PROPERTIES,
  REL_OFFICE_DOCUMENT,
  REL_SHARED_STRINGS,
  REL_STYLES,
  REL_TABLE,
  REL_THEME,
  REL_WORKSHEET,
  relationshipsXml,
  relsPath,
  type Relationship,
} from "./relationships";
import { SharedStrings } from "./sharedStrings";
import { sheetXmlChunks } from "./sheetXmlWriter";
import { StyleSheet } from "./styleSheet";
import { tablePart, tableXml, type TablePart } from "./tableXml";
import { appPropertiesXml, corePropertiesXml, workbookXml } from "./workbookXml";

export interface PackagePart {
  path: string;
  /** The part's XML, or a generator of its pieces (made when called, in the zip's order). */
  xml: string | (() => Iterable<string>);
}

export interface PackageOptions {
  /**
   * Empty each sheet's rows once its XML is made. The command line hands over a pack description of a
   * million cells and needs none of them after the write: they go while the zip is still being written.
   */
  releaseRows?: boolean;
  /** When the file is made (document properties); now by default. */
  now?: Date;
}

export function packageParts(spec: WorkbookSpec, options: PackageOptions = {}): PackagePart[] {
  const styles = new StyleSheet();
  const strings = new SharedStrings();
  const sheets: SheetSpec[] = spec.sheets;
  const overrides: { path: string; type: string }[] = [
    { path: "xl/workbook.xml", type: CT_WORKBOOK },
    { path: "xl/styles.xml", type: CT_STYLES },
    { path: "xl/sharedStrings.xml", type: CT_SHARED_STRINGS },
    { path: "xl/theme/theme1.xml", type: CT_THEME },
    { path: "docProps/core.xml", type: CT_CORE_PROPERTIES },
    { path: "docProps/app.xml", type: CT_EXTENDED_PROPERTIES },
  ];
  const sheetParts: PackagePart[] = [];
  const afterSheets: PackagePart[] = [];
  let tableCount = 0;
  let drawingCount = 0;
  let chartCount = 0;
  sheets.forEach((sheet, i) => {
    const path = `xl/worksheets/sheet${i + 1}.xml`;
    overrides.push({ path, type: CT_WORKSHEET });
    const tables: TablePart[] = (sheet.tables ?? []).map((t) => tablePart(sheet, t, ++tableCount));
    const rels: Relationship[] = tables.map((t, k) => ({
      id: `rId${k + 1}`,
      type: REL_TABLE,
      target: `../tables/table${t.id}.xml`,
    }));
    for (const t of tables) {
      overrides.push({ path: t.path, type: CT_TABLE });
      afterSheets.push({ path: t.path, xml: tableXml(t) });
    }
    // Charts cache the values they draw: made now, while the sheet's rows are certainly at hand.
    const charts = sheetCharts(sheet, drawingCount + 1, chartCount + 1);
    let drawingRelId: string | undefined;
    if (charts) {
      drawingCount++;
      chartCount += charts.charts.length;
      drawingRelId = `rId${rels.length + 1}`;
      rels.push({
        id: drawingRelId,
        type: REL_DRAWING,
        target: `../drawings/${charts.drawingPath.slice("xl/drawings/".length)}`,
      });
      overrides.push({ path: charts.drawingPath, type: CT_DRAWING });
      afterSheets.push(
        { path: charts.drawingPath, xml: charts.drawing },
        { path: relsPath(charts.drawingPath), xml: charts.drawingRels },
      );
      for (const c of charts.charts) {
        overrides.push({ path: c.path, type: CT_CHART });
        afterSheets.push(c);
      }
    }
    const context = { styles, strings, tables, drawingRelId, selected: i === 0 };
    sheetParts.push({
      path,
      xml: function* () {
        yield* sheetXmlChunks(sheet, context);
        if (options.releaseRows) sheet.rows = [];
      },
    });
    if (rels.length > 0) sheetParts.push({ path: relsPath(path), xml: relationshipsXml(rels) });
  });
  const workbookRels: Relationship[] = [
    ...sheets.map((_, i) => ({ id: `rId${i + 1}`, type: REL_WORKSHEET, target: `worksheets/sheet${i + 1}.xml` })),
    { id: `rId${sheets.length + 1}`, type: REL_STYLES, target: "styles.xml" },
    { id: `rId${sheets.length + 2}`, type: REL_SHARED_STRINGS, target: "sharedStrings.xml" },
    { id: `rId${sheets.length + 3}`, type: REL_THEME, target: "theme/theme1.xml" },
  ];
  return [
    { path: "[Content_Types].xml", xml: contentTypesXml(overrides) },
    {
      path: "_rels/.rels",
      xml: relationshipsXml([
        { id: "rId1", type: REL_OFFICE_DOCUMENT, target: "xl/workbook.xml" },
        { id: "rId2", type: REL_CORE_PROPERTIES, target: "docProps/core.xml" },
        { id: "rId3", type: REL_EXTENDED_PROPERTIES, target: "docProps/app.xml" },
      ]),
    },
    { path: "docProps/core.xml", xml: corePropertiesXml(options.now ?? new Date()) },
    { path: "docProps/app.xml", xml: appPropertiesXml() },
    { path: "xl/workbook.xml", xml: workbookXml(sheets) },
    { path: "xl/_rels/workbook.xml.rels", xml: relationshipsXml(workbookRels) },
    { path: "xl/theme/theme1.xml", xml: officeTheme },
    ...sheetParts,
    ...afterSheets,
    // Filled while the sheets were made: written after them.
    { path: "xl/styles.xml", xml: () => [styles.xml()] },
    { path: "xl/sharedStrings.xml", xml: () => strings.xmlChunks() },
  ];
}
