/**
 * The package checks and the sheet-XML reader in detail: what a file is when it is no .xlsx,
 * the unpacked-size bound (also on the pack handed to Excel as a new workbook), and SpreadsheetML as
 * other tools write it: cells and rows without `r`, namespace prefixes, inline and rich strings,
 * `_xHHHH_` escapes, booleans, errors, dates in the 1904 system, formulas without a cached value.
 */
import JSZip from "jszip";
import { InputError } from "../../src/engine/errors";
import { describeNotXlsx } from "../../src/hosts/xlsx/fileKind";
import { checkPackageBound } from "../../src/hosts/xlsx/packageLimits";
import { readXlsx } from "../../src/hosts/xlsx/readXlsx";
import { writePackXlsx } from "../../src/hosts/xlsx/writePackXlsx";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A one-sheet package with the given sheetData (and optional shared strings, styles, workbookPr). */
async function pack(
  sheetData: string,
  extra: { strings?: string; styles?: string; workbookPr?: string; prefix?: string } = {},
): Promise<Uint8Array> {
  const p = extra.prefix ?? "";
  const ns = p ? `xmlns:${p.slice(0, -1)}` : "xmlns";
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
  );
  zip.file(
    "xl/workbook.xml",
    `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}">${extra.workbookPr ?? ""}<sheets><sheet name="Demand &amp; more" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${REL}/worksheet" Target="/xl/worksheets/sheet1.xml"/>` +
      (extra.strings ? `<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : "") +
      (extra.styles ? `<Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/>` : "") +
      `</Relationships>`,
  );
  zip.file(
    "xl/worksheets/sheet1.xml",
    `<?xml version="1.0"?><${p}worksheet ${ns}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><${p}sheetData>${sheetData}</${p}sheetData></${p}worksheet>`,
  );
  if (extra.strings)
    zip.file(
      "xl/sharedStrings.xml",
      `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${extra.strings}</sst>`,
    );
  if (extra.styles)
    zip.file(
      "xl/styles.xml",
      `<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${extra.styles}</styleSheet>`,
    );
  return zip.generateAsync({ type: "uint8array" });
}

test("rows and cells without r follow the one before; a later r jumps", async () => {
  const [g] = await readXlsx(
    await pack(
      `<row><c><v>1</v></c><c><v>2</v></c><c r="E1"><v>5</v></c><c><v>6</v></c></row><row><c><v>7</v></c></row><row r="5"><c r="B5"><v>9</v></c></row>`,
    ),
  );
  expect(g.sheet).toBe("Demand & more");
  expect(g.origin).toEqual({ row: 0, col: 0 });
  expect(g.values[0]).toEqual([1, 2, undefined, undefined, 5, 6]);
  expect(g.values[1]).toEqual([7]);
  expect(g.values[4]).toEqual([undefined, 9]);
});

test("namespace-prefixed SpreadsheetML (x:row, x:c, x:v) is read", async () => {
  const [g] = await readXlsx(await pack(`<x:row r="2"><x:c r="C2"><x:v>42</x:v></x:c></x:row>`, { prefix: "x:" }));
  expect(g.origin).toEqual({ row: 1, col: 2 });
  expect(g.values).toEqual([[42]]);
});

test("strings: shared (rich runs joined, phonetic guide left out), inline, formula results, entities and _xHHHH_", async () => {
  const strings =
    `<si><t>Kettles</t></si>` +
    `<si><r><t>Blen</t></r><r><rPr><b/></rPr><t xml:space="preserve">ders </t></r><rPh sb="0" eb="1"><t>ignored</t></rPh></si>` +
    `<si><t>_x005F_x0041_ &amp; _x0041_</t></si><si/>`;
  const sheet =
    `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>` +
    `<row r="2"><c r="A2" t="inlineStr"><is><t>in &lt;line&gt;</t></is></c><c r="B2" t="str"><f>A1&amp;"x"</f><v>Kettlesx</v></c>` +
    `<c r="C2" t="b"><v>1</v></c><c r="D2" t="e"><v>#N/A</v></c><c r="E2"><f>1+1</f></c></row>`;
  const [g] = await readXlsx(await pack(sheet, { strings }));
  // D1 is an empty shared string: an empty cell.
  expect(g.values[0]).toEqual(["Kettles", "Blenders ", "_x0041_ & A"]);
  // E2, a formula never calculated, holds nothing.
  expect(g.values[1]).toEqual(["in <line>", "Kettlesx", true, { error: "#N/A" }]);
});

test("number formats: percent and dates from styles (built-in and custom), dates in the 1904 system", async () => {
  const styles =
    `<numFmts count="1"><numFmt numFmtId="164" formatCode="mmm\\ yyyy"/></numFmts>` +
    `<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>` +
    `<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="9" applyNumberFormat="1"/><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs>`;
  const sheet = `<row r="1"><c r="A1" s="1"><v>0.85</v></c><c r="B1" s="2"><v>46023</v></c><c r="C1" s="3"><v>0</v></c><c r="D1"><v>46023</v></c></row>`;
  const [g] = await readXlsx(await pack(sheet, { styles }));
  // 46023 is 2026-01-01 in the 1900 system (25569 is 1970-01-01: 46023 - 25569 = 20454 days).
  expect(g.values[0]).toEqual([0.85, new Date(Date.UTC(2026, 0, 1)), new Date(Date.UTC(1899, 11, 30)), 46023]);
  expect(g.numberFormats![0]).toEqual(["0%", "mmm\\ yyyy", "mm-dd-yy"]);
  const [g1904] = await readXlsx(
    await pack(`<row r="1"><c r="A1" s="3"><v>0</v></c></row>`, { styles, workbookPr: `<workbookPr date1904="1"/>` }),
  );
  expect(g1904.values[0]).toEqual([new Date(Date.UTC(1904, 0, 1))]);
});

test("a stray cell in XFD1048576 adds one cell, not a grid of the used range", async () => {
  const [g] = await readXlsx(
    await pack(
      `<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>far</t></is></c></row>`,
    ),
  );
  expect(g.values.length).toBe(1_048_576);
  // Sparse: two rows set, the far row holds one cell at column 16,384.
  expect(Object.keys(g.values).length).toBe(2);
  expect(Object.keys(g.values[1_048_575]).map(Number)).toEqual([16_383]);
});

describe("what a file is when it is no .xlsx", () => {
  const ascii = (s: string) => new TextEncoder().encode(s);
  test.each([
    ["", /the file is empty \(0 bytes\)/],
    ["Family;Period;Actual\r\nKettles;2026-01;100", /comma- or tab-separated values \(CSV\)/],
    ["\uFEFFFamily\tPeriod\n", /comma- or tab-separated values \(CSV\)/],
    ["<html><table><tr><td>1</td></tr></table></html>", /web page or XML file/],
    ["just some notes", /plain text file/],
  ])("%j", (content, message) => {
    expect(describeNotXlsx(ascii(content), "in.xlsx")).toMatch(message);
  });
  test("binary that is neither zip nor OLE", () => {
    expect(describeNotXlsx(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]), "in.xlsx")).toMatch(
      /neither an \.xlsx workbook .* nor a legacy \.xls/,
    );
  });
  test("a zip is left to the package reader, which says when it holds no workbook", async () => {
    const zip = new JSZip();
    zip.file("word/document.xml", "<w/>");
    const bytes = await zip.generateAsync({ type: "uint8array" });
    expect(describeNotXlsx(bytes, "in.xlsx")).toBeNull();
    await expect(readXlsx(bytes, "in.xlsx")).rejects.toThrow(/in\.xlsx cannot be read .*a zip file but holds no workbook/);
  });
});

test("the pack handed to Excel as a new workbook is held to the same bound", async () => {
  const bytes = await writePackXlsx({ sheets: [{ name: "S", rows: [["x".repeat(5000)]] }] });
  await expect(checkPackageBound(bytes)).resolves.toBeUndefined();
  // With a bound of 1,000 bytes the same pack (its parts unpack to several KB) is refused.
  const refused = checkPackageBound(bytes, "The pack", 1000);
  await expect(refused).rejects.toThrow(InputError);
  await expect(checkPackageBound(bytes, "The pack", 1000)).rejects.toThrow(
    /^The pack unpacks to \d+ KB, more than the 1 KB S&OP Prep reads/,
  );
});
