/**
 * The .xlsx host writes the pack's charts as DrawingML parts of the package it writes (ECMA-376 Part 1:
 * the sheet's <drawing r:id> -> drawing part -> chart parts, with content types), and print settings.
 * That LibreOffice draws them is tests/hardening/packPrint.test.ts.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { writePackXlsx } from "../../src/hosts/xlsx/writePackXlsx";
import type { WorkbookSpec } from "../../src/report/workbookSpec";

const spec: WorkbookSpec = {
  sheets: [
    { name: "Data Quality", rows: [["No charts here"]] },
    {
      name: "S&OP <Summary>",
      rows: [
        ["Step", "Base", "Increase", "Decrease", "Total"],
        ["Budget", null, null, null, 1000],
        ["Volume", 1000, 200, null, null],
        ["Plan", null, null, null, 1200],
      ],
      tables: [{ name: "Bridge", range: "A1:E4", style: "TableStyleMedium2" }],
      charts: [
        {
          type: "waterfall",
          title: "Budget & plan",
          dataRange: "A1:E4",
          anchor: "G2",
          width: 6,
          height: 10,
          seriesColors: ["#FFFFFF", "#70AD47", "#C00000", "#4472C4"],
          valueAxisFormat: '"$"#,##0',
        },
        { type: "line", title: "Totals", dataRange: "A1:B4", anchor: "G14" },
      ],
      page: { orientation: "landscape", fit: "page", printArea: "A1:M24", repeatRows: { first: 0, last: 0 } },
    },
  ],
};

async function zipOf(s: WorkbookSpec): Promise<JSZip> {
  return JSZip.loadAsync(await writePackXlsx(s));
}

describe(".xlsx host: native charts", () => {
  test("the sheet with charts links one drawing part holding both charts, each a chart part with its content type", async () => {
    const zip = await zipOf(spec);
    const sheet = await zip.file("xl/worksheets/sheet2.xml")!.async("string");
    const drawingId = /<drawing r:id="(rId\d+)"\/>/.exec(sheet)![1];
    // <drawing> precedes <tableParts>, as CT_Worksheet's sequence requires.
    expect(sheet.indexOf("<drawing ")).toBeLessThan(sheet.indexOf("<tableParts"));
    const sheetRels = await zip.file("xl/worksheets/_rels/sheet2.xml.rels")!.async("string");
    expect(sheetRels).toContain(
      `Id="${drawingId}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"`,
    );
    // The sheet's table relationship is still there.
    expect(sheetRels).toMatch(/relationships\/table"/);
    expect(await zip.file("xl/worksheets/sheet1.xml")!.async("string")).not.toContain("<drawing");
    const drawing = await zip.file("xl/drawings/drawing1.xml")!.async("string");
    // G2, 6 columns x 10 rows: from column 6 row 1 to column 12 row 11 (0-based), as the Office host's setPosition.
    expect(drawing).toContain("<xdr:from><xdr:col>6</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row>");
    expect(drawing).toContain("<xdr:to><xdr:col>12</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>11</xdr:row>");
    const drawingRels = await zip.file("xl/drawings/_rels/drawing1.xml.rels")!.async("string");
    expect(drawingRels).toContain('Target="../charts/chart1.xml"');
    expect(drawingRels).toContain('Target="../charts/chart2.xml"');
    const types = await zip.file("[Content_Types].xml")!.async("string");
    expect(types).toContain(
      '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>',
    );
    expect(types).toContain(
      '<Override PartName="/xl/charts/chart2.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>',
    );
  });

  test("a waterfall is stacked columns, the base series unfilled, no legend; references quote the sheet name and cache the values", async () => {
    const zip = await zipOf(spec);
    const waterfall = await zip.file("xl/charts/chart1.xml")!.async("string");
    expect(waterfall).toContain('<c:barDir val="col"/><c:grouping val="stacked"/>');
    expect(waterfall).toContain('<c:overlap val="100"/>');
    const series = waterfall.match(/<c:ser>.*?<\/c:ser>/g)!;
    expect(series).toHaveLength(4);
    expect(series[0]).toContain("<c:spPr><a:noFill/>");
    expect(series[1]).toContain('<a:srgbClr val="70AD47"/>');
    expect(waterfall).not.toContain("<c:legend>");
    expect(waterfall).toContain("<a:t>Budget &amp; plan</a:t>");
    // 'S&OP <Summary>'!$B$2:$B$4, XML-escaped; Volume's base 1,000 cached at index 1, blanks left out.
    expect(series[0]).toContain("<c:f>&apos;S&amp;OP &lt;Summary&gt;&apos;!$B$2:$B$4</c:f>".replace(/&apos;/g, "'"));
    expect(series[0]).toContain('<c:ptCount val="3"/><c:pt idx="1"><c:v>1000</c:v></c:pt></c:numCache>');
    expect(waterfall).toContain('<c:numFmt formatCode="&quot;$&quot;#,##0" sourceLinked="0"/>');
    const line = await zip.file("xl/charts/chart2.xml")!.async("string");
    expect(line).toContain("<c:lineChart>");
    expect(line).toContain("<c:legend>");
  });

  test("ExcelJS still reads the file, with landscape, fit-to-one-page, print area and repeated header row", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await writePackXlsx(spec)) as unknown as ExcelJS.Buffer);
    const ws = book.getWorksheet("S&OP <Summary>")!;
    expect(ws.getCell("E4").value).toBe(1200);
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 1 });
    const workbookXml = await (await zipOf(spec)).file("xl/workbook.xml")!.async("string");
    expect(workbookXml).toContain(
      `<definedName name="_xlnm.Print_Area" localSheetId="1">&apos;S&amp;OP &lt;Summary&gt;&apos;!$A$1:$M$24</definedName>`,
    );
    expect(workbookXml).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="1">&apos;S&amp;OP &lt;Summary&gt;&apos;!$1:$1</definedName>`,
    );
  });
});
