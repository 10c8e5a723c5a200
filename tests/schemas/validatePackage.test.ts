/**
 * The package validator itself: a small pack of ours passes; each kind of defect, put into a copy of it,
 * is found (by the ISO schemas through xmllint, by the OPC rules or by Excel's rules beyond the
 * schemas); and what Excel writes and reads (markup compatibility, xml:space on <t>) passes.
 */
import JSZip from "jszip";
import { writePackXlsx } from "../../src/hosts/xlsx/writePackXlsx";
import type { WorkbookSpec } from "../../src/report/workbookSpec";
import { validatePackages } from "./validatePackage";

const SPEC: WorkbookSpec = {
  sheets: [
    {
      name: "Bob's Data",
      rows: [
        ["Title", null, " padded text "],
        [],
        ["Family", "Units", "Consensus\nForecast", "tab\there", "_x0041_", 42, null, "Units"],
        ["A", 1, 2, 3, 4, 5, 6, 7],
      ],
      tables: [{ name: "tData", range: "A3:H4", style: "TableStyleMedium2" }],
      page: { orientation: "landscape", fit: "width", printArea: "A1:H4", repeatRows: { first: 2, last: 2 } },
      links: [{ cell: "A1", sheet: "Other", target: "A1" }],
    },
    { name: "Other", rows: [["x"]], tables: [{ name: "tOther", range: "A1:A1", style: "TableStyleLight9" }] },
  ],
};

let pack: Uint8Array;
beforeAll(async () => {
  pack = await writePackXlsx(SPEC);
});

/** The pack with parts changed (a function of the part's text) or added (a string). */
async function edited(changes: Record<string, string | ((xml: string) => string)>): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(pack);
  for (const [path, change] of Object.entries(changes)) {
    if (typeof change === "string") zip.file(path, change);
    else {
      const before = await zip.file(path)!.async("string");
      const after = change(before);
      if (after === before) throw new Error(`the edit of ${path} changed nothing`);
      zip.file(path, after);
    }
  }
  return zip.generateAsync({ type: "uint8array" });
}

async function problems(changes: Record<string, string | ((xml: string) => string)>): Promise<string[]> {
  return validatePackages([{ name: "pack", data: await edited(changes) }]);
}

const SHEET = "xl/worksheets/sheet1.xml";
const MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';
const X14AC = 'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac"';

describe("the package validator", () => {
  it("passes a pack of ours, line breaks and tabs in table headers included", async () => {
    expect(await validatePackages([{ name: "pack", data: pack }])).toEqual([]);
  });

  it("finds what the ISO schema forbids: an unknown element, an attribute out of its type, elements out of order", async () => {
    const found = await problems({
      [SHEET]: (x) =>
        x
          .replace("<sheetData>", "<sheetData><bogus/>")
          .replace('<pageSetup orientation="landscape"', '<pageSetup orientation="sideways"'),
      "xl/workbook.xml": (x) => x.replace("<workbookPr/>", "").replace("<calcPr", "<workbookPr/><calcPr"),
    });
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^pack: xl\/worksheets\/sheet1\.xml:\d+: .*bogus.*not expected/),
        expect.stringMatching(/^pack: xl\/worksheets\/sheet1\.xml:\d+: .*orientation.*sideways/),
        expect.stringMatching(/^pack: xl\/workbook\.xml:\d+: .*workbookPr.*not expected/),
      ]),
    );
  });

  it("finds a core-properties date that is not W3CDTF (the local Dublin Core schemas take part)", async () => {
    const found = await problems({ "docProps/core.xml": (x) => x.replace(/(<dcterms:created[^>]*>)[^<]*/, "$1yesterday") });
    expect(found).toEqual([expect.stringMatching(/^pack: docProps\/core\.xml:\d+: .*created.*yesterday/)]);
  });

  it("applies markup compatibility as Excel does and tolerates xml:space on <t>", async () => {
    const found = await problems({
      [SHEET]: (x) =>
        x
          .replace("<worksheet ", `<worksheet ${MC} ${X14AC} mc:Ignorable="x14ac" `)
          .replace('<row r="1">', '<row r="1" x14ac:dyDescent="0.25">')
          .replace(
            "<sheetData>",
            '<mc:AlternateContent><mc:Choice Requires="x14ac"><x14ac:future/></mc:Choice><mc:Fallback/></mc:AlternateContent><sheetData>',
          ),
      "xl/sharedStrings.xml": (x) => x.replace("<t>Title</t>", '<t xml:space="preserve">Title</t>'),
    });
    expect(found).toEqual([]);
    // Not declared ignorable: the schema sees the attribute and refuses it.
    const strict = await problems({
      [SHEET]: (x) =>
        x.replace("<worksheet ", `<worksheet ${X14AC} `).replace('<row r="1">', '<row r="1" x14ac:dyDescent="0.25">'),
    });
    expect(strict).toEqual([expect.stringMatching(/sheet1\.xml:\d+: .*dyDescent.*not allowed/)]);
  });

  it("finds a header cell that is not its column's name", async () => {
    const found = await problems({ "xl/sharedStrings.xml": (x) => x.replace("<t>Family</t>", "<t>Families</t>") });
    expect(found).toEqual([expect.stringContaining('table tData: header cell A3 holds "Families", column name "Family"')]);
  });

  it("finds overlapping tables, a merge over a table and overlapping merges", async () => {
    const found = await problems({
      [SHEET]: (x) =>
        x
          .replace(
            "</sheetData>",
            '</sheetData><mergeCells count="2"><mergeCell ref="A1:B1"/><mergeCell ref="B1:C4"/></mergeCells>',
          )
          .replace(
            '<tableParts count="1"><tablePart r:id="rId1"/></tableParts>',
            '<tableParts count="2"><tablePart r:id="rId1"/><tablePart r:id="rId9"/></tableParts>',
          ),
      "xl/worksheets/_rels/sheet1.xml.rels": (x) =>
        x.replace(
          "</Relationships>",
          '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" Target="../tables/table9.xml"/></Relationships>',
        ),
      "xl/tables/table9.xml": (await (await JSZip.loadAsync(pack)).file("xl/tables/table1.xml")!.async("string"))
        .replace(/ id="1"/, ' id="9"')
        .replace(/tData/g, "tCopy"),
      "[Content_Types].xml": (x) =>
        x.replace(
          "</Types>",
          '<Override PartName="/xl/tables/table9.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/></Types>',
        ),
    });
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringContaining("tables tData and tCopy overlap"),
        expect.stringContaining("merges A1:B1 and B1:C4 overlap"),
        expect.stringContaining("table tData overlaps merge B1:C4"),
      ]),
    );
  });

  it("finds style and shared-string indexes out of range, cells out of order and a wrong count", async () => {
    const found = await problems({
      [SHEET]: (x) =>
        x
          .replace('<c r="A1" s="1" t="s"><v>0</v></c>', '<c r="B1" s="99" t="s"><v>0</v></c><c r="A1" t="s"><v>999</v></c>')
          .replace('<row r="4">', '<row r="2">'),
      "xl/sharedStrings.xml": (x) => x.replace(/uniqueCount="\d+"/, 'uniqueCount="3"'),
    });
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/cell B1 has style 99 but cellXfs holds \d+/),
        expect.stringMatching(/cell A1 names shared string 999 but the table holds \d+/),
        expect.stringContaining("cell A1 is out of order in its row"),
        expect.stringContaining("row 2 is out of order"),
        expect.stringMatching(/sharedStrings\.xml: uniqueCount="3" but the table holds \d+ strings/),
      ]),
    );
  });

  it("finds invalid defined names: a cell-like name, a missing sheet, an unknown built-in, a duplicate, a table's name", async () => {
    const found = await problems({
      "xl/workbook.xml": (x) =>
        x.replace(
          "</definedNames>",
          "<definedName name=\"AB12\">'Other'!$A$1</definedName><definedName name=\"Plan\">'Gone'!$A$1</definedName>" +
            '<definedName name="_xlnm.Print_Everything" localSheetId="1">Other!$A$1</definedName>' +
            '<definedName name="tData">Other!$A$1</definedName>' +
            '<definedName name="_xlnm.Print_Titles" localSheetId="0">Other!$A$1</definedName></definedNames>',
        ),
    });
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringContaining("defined name AB12 looks like a cell reference"),
        expect.stringContaining('defined name Plan refers to sheet "Gone"'),
        expect.stringContaining("_xlnm.Print_Everything (sheet 1) is not one of Excel's built-in names"),
        expect.stringContaining("defined name tData has the name of table part"),
        expect.stringContaining("_xlnm.Print_Titles (sheet 0) is defined twice"),
      ]),
    );
  });

  it("checks a part of our own for well-formedness, a content type and a relationship", async () => {
    const rel =
      '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item1.xml"/></Relationships>';
    const declared = await problems({
      "customXml/item1.xml": '<?xml version="1.0"?><fingerprint xmlns="urn:example"><cell r="A1"/></fingerprint>',
      "xl/_rels/workbook.xml.rels": (x) => x.replace("</Relationships>", rel),
    });
    expect(declared).toEqual([]);
    const orphan = await problems({
      "customXml/item1.xml": '<?xml version="1.0"?><fingerprint xmlns="urn:example"><cell></fingerprint>',
    });
    expect(orphan).toEqual(
      expect.arrayContaining([
        "pack: customXml/item1.xml: no relationship leads to this part",
        expect.stringMatching(/customXml\/item1\.xml:\d+: .*(mismatch|not closed|parser error)/i),
      ]),
    );
    const untyped = await problems({ "xl/thing.bin": "x" });
    expect(untyped).toEqual(
      expect.arrayContaining([
        expect.stringContaining('xl/thing.bin: no content type (neither an override nor a default for ".bin")'),
      ]),
    );
  });
});
