/**
 * The pack written as sheet XML directly (src/hosts/xlsx/packageParts.ts): what a planner opens is what
 * the pack description says, in ExcelJS (a strict XML reader), in LibreOffice and in our own reader;
 * text is never a formula; print areas work for every sheet name; the file streamed to disk by the
 * command line holds the same parts as the one made in memory.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { SaxesParser } from "saxes";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { parseRangeAddress } from "../../src/engine/a1";
import { loadHighs } from "../../src/engine/balance/loadHighs";
import { resolveSettings } from "../../src/engine/settings";
import { readXlsx } from "../../src/hosts/xlsx/readXlsx";
import { writePackFile } from "../../src/hosts/xlsx/writePackFile";
import { writePackXlsx } from "../../src/hosts/xlsx/writePackXlsx";
import { MAX_CELL_TEXT } from "../../src/report/excelLimits";
import { generatePack } from "../../src/report/generate";
import type { RangeStyle, ReportValue, SheetSpec, WorkbookSpec } from "../../src/report/workbookSpec";
import { roundTripWithLibreOffice, skipLibreOffice } from "../hostile/libreOffice";

const SAMPLE = join(__dirname, "..", "..", "samples", "sop-sample.xlsx");

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

async function parts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files).sort())
    if (!zip.files[name].dir) out.set(name, await zip.file(name)!.async("string"));
  return out;
}

/** The last value a sheet's styles give a property over a cell: later ranges win, as in Excel. */
function styleAt<K extends "numberFormat" | "fill" | "bold">(sheet: SheetSpec, row: number, col: number, key: K): RangeStyle[K] {
  let value: RangeStyle[K] = undefined as RangeStyle[K];
  for (const s of sheet.styles ?? []) {
    const { row1, col1, row2, col2 } = parseRangeAddress(s.range);
    if (row >= row1 && row <= row2 && col >= col1 && col <= col2 && s[key] !== undefined) value = s[key];
  }
  return value;
}

/** What ExcelJS reads for a cell, as the description would hold it. */
function plain(v: ExcelJS.CellValue): ReportValue {
  if (v === undefined) return null;
  return v as ReportValue;
}

describe("the sample pack written as sheet XML", () => {
  let spec: WorkbookSpec;
  let bytes: Uint8Array;
  let book: ExcelJS.Workbook;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "sop-writer-"));
    const grids = await readXlsx(readFileSync(SAMPLE), "sop-sample.xlsx");
    spec = generatePack(grids, resolveSettings(), undefined, {
      inputName: "sop-sample.xlsx",
      solver: await loadHighs(),
    }).workbook;
    bytes = await writePackXlsx(spec);
    writeFileSync(join(dir, "sop-pack.xlsx"), bytes);
    book = await load(bytes);
  }, 120_000);

  test("every cell holds the description's value, number format, fill and weight", () => {
    expect(book.worksheets.map((w) => w.name)).toEqual(spec.sheets.map((s) => s.name));
    let checked = 0;
    for (const sheet of spec.sheets) {
      const ws = book.getWorksheet(sheet.name)!;
      const headers = new Set(
        (sheet.tables ?? []).flatMap((t) => {
          const { row1, col1, col2 } = parseRangeAddress(t.range);
          return Array.from({ length: col2 - col1 + 1 }, (_, i) => `${row1},${col1 + i}`);
        }),
      );
      const links = new Set((sheet.links ?? []).map((l) => l.cell));
      sheet.rows.forEach((row, r) =>
        (row ?? []).forEach((v, c) => {
          const cell = ws.getRow(r + 1).getCell(c + 1);
          // Table headers may be renamed to be unique; a link to an input sheet is left as its text.
          if (!headers.has(`${r},${c}`) && !links.has(cell.address)) {
            expect([sheet.name, cell.address, plain(cell.value)]).toEqual([sheet.name, cell.address, v ?? null]);
          }
          const format = styleAt(sheet, r, c, "numberFormat");
          if (format) expect([sheet.name, cell.address, cell.numFmt]).toEqual([sheet.name, cell.address, format]);
          const fill = styleAt(sheet, r, c, "fill");
          if (fill) {
            const argb = (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
            expect([sheet.name, cell.address, argb]).toEqual([sheet.name, cell.address, `FF${fill.slice(1).toUpperCase()}`]);
          }
          if (styleAt(sheet, r, c, "bold"))
            expect([sheet.name, cell.address, cell.font?.bold]).toEqual([sheet.name, cell.address, true]);
          checked++;
        }),
      );
    }
    expect(checked).toBeGreaterThan(5000);
  });

  test("tables, conditional formats, links to pack sheets and print areas are the description's", async () => {
    const xml = await parts(bytes);
    const workbookXml = xml.get("xl/workbook.xml")!;
    spec.sheets.forEach((sheet, i) => {
      const ws = book.getWorksheet(sheet.name)!;
      for (const t of sheet.tables ?? []) {
        const table = ws.getTable(t.name) as unknown as { table: { tableRef: string } };
        const { row1, row2 } = parseRangeAddress(t.range);
        // A table with only its header row gets one empty row (Excel requires a data row).
        expect(table.table.tableRef).toBe(row2 > row1 ? t.range : t.range.replace(/\d+$/, String(row1 + 2)));
      }
      const cfs = (ws as unknown as { conditionalFormattings: { ref: string }[] }).conditionalFormattings;
      const rules = cfs.map((cf) => cf.ref);
      expect(rules).toEqual((sheet.conditionalFormats ?? []).map((cf) => cf.range));
      const sheetXml = xml.get(`xl/worksheets/sheet${i + 1}.xml`)!;
      for (const link of (sheet.links ?? []).filter((l) => !l.toInput)) {
        const location = `'${link.sheet.replace(/'/g, "''")}'!${link.target}`.replace(/&/g, "&amp;");
        expect(sheetXml).toContain(`<hyperlink ref="${link.cell}" location="${location}"/>`);
      }
      expect(sheetXml.match(/<hyperlink /g)?.length ?? 0).toBe((sheet.links ?? []).filter((l) => !l.toInput).length);
      if (sheet.page?.printArea) {
        const area = sheet.page.printArea.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
        expect(workbookXml).toContain(
          `<definedName name="_xlnm.Print_Area" localSheetId="${i}">&apos;${sheet.name.replace(/&/g, "&amp;")}&apos;!${area}</definedName>`,
        );
      }
    });
    // The sample's pack links its summary to the other sheets.
    expect(spec.sheets.flatMap((s) => (s.links ?? []).filter((l) => !l.toInput)).length).toBeGreaterThan(3);
  });

  test("every part is well-formed XML", async () => {
    for (const [name, text] of await parts(bytes)) {
      const parser = new SaxesParser();
      let error: Error | null = null;
      parser.on("error", (e) => {
        error = e;
      });
      parser.write(text).close();
      expect([name, error]).toEqual([name, null]);
    }
  });

  test("our own reader reads the same values back (what --previous reads next month)", async () => {
    const grids = await readXlsx(bytes, "sop-pack.xlsx");
    const summary = spec.sheets[0];
    const grid = grids.find((g) => g.sheet === summary.name)!;
    const r0 = grid.origin?.row ?? 0;
    const c0 = grid.origin?.col ?? 0;
    summary.rows.forEach((row, r) =>
      (row ?? []).forEach((v, c) => {
        if (v === null || summary.links?.some((l) => l.cell === `${String.fromCharCode(65 + c)}${r + 1}`)) return;
        expect(grid.values[r - r0]?.[c - c0]).toEqual(v);
      }),
    );
  });

  (skipLibreOffice ? test.skip : test)(
    "LibreOffice opens it, keeps its values, tables' text and the link from the summary",
    async () => {
      const [converted] = roundTripWithLibreOffice([join(dir, "sop-pack.xlsx")], dir);
      expect(converted).not.toBeNull();
      const back = await load(readFileSync(converted!));
      for (const sheet of spec.sheets) {
        const ws = back.getWorksheet(sheet.name)!;
        const row = sheet.rows.findIndex((r) => (r ?? []).some((v) => typeof v === "number"));
        if (row < 0) continue;
        const col = sheet.rows[row].findIndex((v) => typeof v === "number");
        expect([sheet.name, ws.getRow(row + 1).getCell(col + 1).value]).toEqual([
          sheet.name,
          expect.closeTo(sheet.rows[row][col] as number, 9),
        ]);
      }
      // LibreOffice read the summary's links to the other sheets: it saves each back as a location.
      const summaryXml = (await parts(readFileSync(converted!))).get("xl/worksheets/sheet1.xml")!;
      for (const link of spec.sheets[0].links!.filter((l) => !l.toInput)) {
        const location = `&apos;${link.sheet.replace(/&/g, "&amp;")}&apos;!${link.target}`;
        expect(summaryXml).toContain(`<hyperlink ref="${link.cell}" location="${location}"`);
      }
    },
    300_000,
  );
});

describe("text and names that could break a file", () => {
  const long = "x".repeat(MAX_CELL_TEXT - 3) + "end";
  const texts = ["=1+1", "+Kettles", "@Toasters", "-x", "<&>", 'say "hi"', "_x0041_ stays", "  spaced  ", "two\nlines", long];
  const spec: WorkbookSpec = {
    sheets: [
      {
        name: "Scen - Bob's case",
        rows: [["Text"], ...texts.map((t) => [t]), [true], [new Date(Date.UTC(2027, 0, 15))]],
        tables: [{ name: "Texts", range: "A1:A11", style: "TableStyleLight9" }],
        page: { orientation: "landscape", fit: "width", printArea: "A1:D20", repeatRows: { first: 0, last: 0 } },
      },
      { name: "Other", rows: [["See"]], links: [{ cell: "A1", sheet: "Scen - Bob's case", target: "A2" }] },
    ],
  };

  test("text stays text, exactly as written, in ExcelJS and in our reader; booleans and dates keep their kind", async () => {
    const bytes = await writePackXlsx(spec);
    const ws = (await load(bytes)).getWorksheet("Scen - Bob's case")!;
    texts.forEach((t, i) => {
      const cell = ws.getCell(`A${i + 2}`);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(t);
    });
    expect((ws.getCell("A11").value as string).length).toBe(MAX_CELL_TEXT);
    expect(ws.getCell("A12").value).toBe(true);
    // 2027-01-15 is day 46,402 of Excel's 1900 system (25,569 for 1970-01-01 + 20,833 days); shown as a date.
    expect(ws.getCell("A13").value).toEqual(new Date(Date.UTC(2027, 0, 15)));
    expect(ws.getCell("A13").numFmt).toBe("mm-dd-yy");
    const xml = (await parts(bytes)).get("xl/worksheets/sheet1.xml")!;
    expect(xml).toContain('<c r="A13" s="1"><v>46402</v></c>');
    expect(xml).not.toContain("<f>");
    const [grid] = await readXlsx(bytes);
    expect(grid.values.slice(1, 11).map((r) => r[0])).toEqual(texts);
  });

  test("a sheet whose name has an apostrophe gets its print area and print titles, and links to it work", async () => {
    const bytes = await writePackXlsx(spec);
    const xml = await parts(bytes);
    const workbookXml = xml.get("xl/workbook.xml")!;
    expect(workbookXml).toContain(
      `<definedName name="_xlnm.Print_Area" localSheetId="0">&apos;Scen - Bob&apos;&apos;s case&apos;!$A$1:$D$20</definedName>`,
    );
    expect(workbookXml).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;Scen - Bob&apos;&apos;s case&apos;!$1:$1</definedName>`,
    );
    expect(xml.get("xl/worksheets/sheet2.xml")).toContain(`<hyperlink ref="A1" location="'Scen - Bob''s case'!A2"/>`);
  });

  (skipLibreOffice ? test.skip : test)(
    "LibreOffice reads that print area: it saves it back for the sheet",
    async () => {
      const dir = mkdtempSync(join(tmpdir(), "sop-writer-names-"));
      writeFileSync(join(dir, "names.xlsx"), await writePackXlsx(spec));
      const [converted] = roundTripWithLibreOffice([join(dir, "names.xlsx")], dir);
      expect(converted).not.toBeNull();
      const workbookXml = (await parts(readFileSync(converted!))).get("xl/workbook.xml")!;
      expect(workbookXml).toMatch(
        /localSheetId="0" name="_xlnm\.Print_Area"[^>]*>&apos;Scen - Bob&apos;&apos;s case&apos;!\$A\$1:\$D\$20</,
      );
      expect(workbookXml).toMatch(
        /localSheetId="0" name="_xlnm\.Print_Titles"[^>]*>&apos;Scen - Bob&apos;&apos;s case&apos;!\$1:\$1</,
      );
    },
    300_000,
  );
});

describe("looks: later ranges over earlier ones", () => {
  test("a cell in two ranges has both looks, the later range winning where they differ", async () => {
    const spec: WorkbookSpec = {
      sheets: [
        {
          name: "Looks",
          rows: [
            [1, 2, 3],
            [4, 5, 6],
            [7, 8, 9],
          ],
          styles: [
            { range: "A1:B2", bold: true, fill: "#FFF2CC", numberFormat: "#,##0" },
            { range: "B2:C3", italic: true, numberFormat: "0.0%", horizontalAlignment: "center" },
          ],
        },
      ],
    };
    const ws = (await load(await writePackXlsx(spec))).getWorksheet("Looks")!;
    const look = (a: string) => {
      const c = ws.getCell(a);
      return {
        numFmt: c.numFmt,
        bold: !!c.font?.bold,
        italic: !!c.font?.italic,
        fill: (c.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb,
        h: c.alignment?.horizontal,
      };
    };
    expect(look("A1")).toEqual({ numFmt: "#,##0", bold: true, italic: false, fill: "FFFFF2CC", h: undefined });
    expect(look("B2")).toEqual({ numFmt: "0.0%", bold: true, italic: true, fill: "FFFFF2CC", h: "center" });
    expect(look("C3")).toEqual({ numFmt: "0.0%", bold: false, italic: true, fill: undefined, h: "center" });
    expect(look("A3")).toEqual({ numFmt: undefined, bold: false, italic: false, fill: undefined, h: undefined });
  });
});

describe("the file the command line streams to disk", () => {
  test("holds the same parts as the pack made in memory, and lets go of each sheet's rows once written", async () => {
    const grids = await readXlsx(readFileSync(SAMPLE), "sop-sample.xlsx");
    const make = () =>
      generatePack(grids, resolveSettings(), undefined, { inputName: "sop-sample.xlsx", asOf: new Date("2026-12-01T00:00:00Z") })
        .workbook;
    const now = new Date("2026-12-01T08:00:00Z");
    const inMemory = await parts(await writePackXlsx(make()));
    const dir = mkdtempSync(join(tmpdir(), "sop-writer-file-"));
    const streamed = make();
    await writePackFile(join(dir, "pack.xlsx"), streamed, { releaseRows: true, now });
    const onDisk = await parts(readFileSync(join(dir, "pack.xlsx")));
    expect([...onDisk.keys()]).toEqual([...inMemory.keys()]);
    for (const [name, text] of onDisk)
      if (name !== "docProps/core.xml") expect([name, text === inMemory.get(name)]).toEqual([name, true]);
    expect(streamed.sheets.every((s) => s.rows.length === 0)).toBe(true);
  }, 120_000);
});
