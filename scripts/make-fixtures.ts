/**
 * Writes the bad-input fixtures, tests/fixtures/*.xlsx, with ExcelJS directly (not through the
 * project's xlsx host, so the fixtures do not depend on the code they test).
 *
 *   npx ts-node --transpile-only scripts/make-fixtures.ts [outDir]
 *
 * Each fixture is a small but complete plan (3 families, 6 months of history, 6 of plan, all six
 * input sheets) with one kind of damage, so a test sees the damage and nothing else. Deterministic:
 * fixed workbook dates and zip entry dates, so regenerating changes no committed byte.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { fixZipTimestamps } from "./fixZipTimestamps";

type Value = ExcelJS.CellValue;
type Rows = Value[][];

const FIXED = new Date(Date.UTC(2026, 0, 1));
const FAMILIES = ["Kettles", "Toasters", "Blenders"];
const RESOURCES = ["Assembly", "Packaging"];
const HISTORY = ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"];
const PLAN = ["2026-07", "2026-08", "2026-09", "2026-10", "2026-11", "2026-12"];

interface SheetDef {
  name: string;
  rows: Rows;
  /** Number format per column index (0-based) for the data rows. */
  formats?: Record<number, string>;
  /** Rows (0-based) written before the table, e.g. a merged title. */
  setup?: (ws: ExcelJS.Worksheet) => void;
  /** First row (1-based) of `rows`; default 1. */
  startRow?: number;
}

function demandRows(families = FAMILIES): Rows {
  const rows: Rows = [["Family", "Period", "Actual", "Statistical Forecast", "Consensus Forecast"]];
  families.forEach((f, i) => {
    for (const p of HISTORY) rows.push([f, p, 100 + 10 * i, 95 + 10 * i, 100 + 10 * i]);
    for (const p of PLAN) rows.push([f, p, null, 100 + 10 * i, 105 + 10 * i]);
  });
  return rows;
}

function supplyRows(families = FAMILIES): Rows {
  const rows: Rows = [["Family", "Period", "Planned Production", "Beginning Inventory", "Target Inventory"]];
  families.forEach((f, i) => PLAN.forEach((p, k) => rows.push([f, p, 100 + 10 * i, k === 0 ? 50 : null, 40])));
  return rows;
}

function capacityRows(resources = RESOURCES): Rows {
  const rows: Rows = [["Resource", "Period", "Available Hours", "Utilization", "Efficiency", "Max Overtime Hours"]];
  for (const r of resources) for (const p of PLAN) rows.push([r, p, 500, 0.9, 0.95, 40]);
  return rows;
}

function bomRows(families = FAMILIES, resources = RESOURCES): Rows {
  const rows: Rows = [["Family", "Resource", "Hours per Unit", "Offset"]];
  families.forEach((f) => resources.forEach((r, k) => rows.push([f, r, k === 0 ? 1.2 : 0.3, 0])));
  return rows;
}

function financeRows(families = FAMILIES): Rows {
  const rows: Rows = [["Family", "Period", "Unit Price", "Unit Cost", "Budget Revenue"]];
  families.forEach((f, i) => PLAN.forEach((p) => rows.push([f, p, 20 + i, 12 + i, (105 + 10 * i) * (20 + i)])));
  return rows;
}

function scenarioRows(): Rows {
  return [
    ["Scenario", "Demand Change %", "Price Change %", "Capacity Change %", "Family", "Resource"],
    ["Optimistic", 0.1, null, null, null, null],
    ["Pessimistic", -0.1, null, null, null, null],
  ];
}

/** A complete, clean plan; fixtures replace or damage one sheet of it. */
function basePlan(families = FAMILIES): SheetDef[] {
  return [
    { name: "Demand", rows: demandRows(families) },
    { name: "Supply", rows: supplyRows(families) },
    { name: "Capacity", rows: capacityRows(), formats: { 3: "0%", 4: "0%" } },
    { name: "Bill of Resources", rows: bomRows(families) },
    { name: "Finance", rows: financeRows(families) },
    { name: "Scenarios", rows: scenarioRows(), formats: { 1: "0%", 2: "0%", 3: "0%" } },
  ];
}

function replace(plan: SheetDef[], def: SheetDef): SheetDef[] {
  return plan.map((s) => (s.name === def.name ? def : s));
}

function addSheet(workbook: ExcelJS.Workbook, def: SheetDef): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(def.name);
  def.setup?.(ws);
  const start = def.startRow ?? 1;
  def.rows.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value === null || value === undefined) return;
      const cell = ws.getCell(start + r, c + 1);
      cell.value = value;
      if (r > 0 && def.formats?.[c]) cell.numFmt = def.formats[c];
    });
  });
  return ws;
}

async function workbookBytes(defs: SheetDef[], after?: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "S&OP Prep fixtures";
  workbook.created = FIXED;
  workbook.modified = FIXED;
  for (const d of defs) addSheet(workbook, d);
  after?.(workbook);
  return fixZipTimestamps(Buffer.from(await workbook.xlsx.writeBuffer()), FIXED);
}

/** Rewrites parts of a generated .xlsx (for damage ExcelJS cannot write), keeping dates fixed. */
async function editParts(xlsx: Buffer, edit: Record<string, (xml: string) => string>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  for (const [part, fn] of Object.entries(edit)) zip.file(part, fn(await zip.file(part)!.async("string")), { date: FIXED });
  return fixZipTimestamps(await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }), FIXED);
}

/** 0-based column of an A1 reference's letters. */
function columnOf(ref: string): number {
  let col = 0;
  for (const ch of ref.replace(/\d+$/, "")) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1;
}

/** Drops the optional r attribute from rows and cells that follow the one before them (ECMA-376
 * 18.3.1.4 and 18.3.1.73: without r, a row or cell is the next one), as some tools write them. */
function withoutOptionalRefs(sheetXml: string): string {
  let lastRow = 0;
  return sheetXml.replace(/<row r="(\d+)"([^>]*)>([\s\S]*?)<\/row>/g, (_m, r: string, attrs: string, cells: string) => {
    const row = Number(r);
    const rowTag = row === lastRow + 1 ? `<row${attrs}>` : `<row r="${r}"${attrs}>`;
    lastRow = row;
    let lastCol = -1;
    const body = cells.replace(/<c r="([A-Z]+\d+)"/g, (_c, ref: string) => {
      const col = columnOf(ref);
      const keep = col !== lastCol + 1;
      lastCol = col;
      return keep ? `<c r="${ref}"` : "<c";
    });
    return `${rowTag}${body}</row>`;
  });
}

/** Sets the unpacked size a zip states for one part (central directory and local header), leaving
 * its data as it is: a package that claims a part unpacks to `size` bytes. */
function stateUnpackedSize(zip: Buffer, part: string, size: number): Buffer {
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  const entries = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < entries; i++) {
    const nameLength = zip.readUInt16LE(at + 28);
    if (zip.toString("utf8", at + 46, at + 46 + nameLength) === part) {
      zip.writeUInt32LE(size, at + 24);
      zip.writeUInt32LE(size, zip.readUInt32LE(at + 42) + 22);
    }
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return zip;
}

/**
 * A minimal OLE compound file (MS-CFB, version 3, 512-byte sectors) holding the named streams, each
 * padded to 4,096 bytes so it lives in regular sectors (no mini stream). This is the container of a
 * legacy .xls ("Workbook") and of a password-protected .xlsx ("EncryptionInfo", "EncryptedPackage").
 */
function compoundFile(streams: { name: string; data: Buffer }[]): Buffer {
  const SECTOR = 512;
  const FREE = 0xffffffff;
  const END = 0xfffffffe;
  const FATSECT = 0xfffffffd;
  const bodies = streams.map((s) => Buffer.concat([s.data, Buffer.alloc(Math.max(0, 4096 - s.data.length))]));
  const fat = Buffer.alloc(SECTOR, 0xff);
  fat.writeUInt32LE(FATSECT, 0);
  fat.writeUInt32LE(END, 4); // sector 1: the directory
  let next = 2;
  const starts: number[] = [];
  for (const body of bodies) {
    const n = body.length / SECTOR;
    starts.push(next);
    for (let k = 0; k < n; k++) fat.writeUInt32LE(k === n - 1 ? END : next + k + 1, 4 * (next + k));
    next += n;
  }
  const header = Buffer.alloc(SECTOR);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 24); // minor version
  header.writeUInt16LE(0x0003, 26); // major version 3
  header.writeUInt16LE(0xfffe, 28); // little-endian
  header.writeUInt16LE(9, 30); // 512-byte sectors
  header.writeUInt16LE(6, 32); // 64-byte mini sectors
  header.writeUInt32LE(1, 44); // one FAT sector
  header.writeUInt32LE(1, 48); // directory starts at sector 1
  header.writeUInt32LE(4096, 56); // mini stream cutoff
  header.writeUInt32LE(END, 60); // no mini FAT
  header.writeUInt32LE(END, 68); // no DIFAT sectors
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i === 0 ? 0 : FREE, 76 + 4 * i);
  const dir = Buffer.alloc(SECTOR);
  const entry = (i: number, name: string, type: number, child: number, right: number, start: number, size: number) => {
    const at = i * 128;
    Buffer.from(name + "\0", "utf16le").copy(dir, at);
    dir.writeUInt16LE((name.length + 1) * 2, at + 64);
    dir.writeUInt8(type, at + 66);
    dir.writeUInt8(1, at + 67); // black
    dir.writeUInt32LE(FREE, at + 68); // left sibling
    dir.writeUInt32LE(right, at + 72);
    dir.writeUInt32LE(child, at + 76);
    dir.writeUInt32LE(start, at + 116);
    dir.writeUInt32LE(size, at + 120);
  };
  // Root, then the streams as a chain of right siblings (names in the format's order: shorter first).
  const order = streams
    .map((s, i) => i)
    .sort((a, b) => streams[a].name.length - streams[b].name.length || (streams[a].name < streams[b].name ? -1 : 1));
  entry(0, "Root Entry", 5, 1, FREE, END, 0);
  order.forEach((s, k) =>
    entry(k + 1, streams[s].name, 2, FREE, k + 1 < order.length ? k + 2 : FREE, starts[s], bodies[s].length),
  );
  for (let i = order.length + 1; i < 4; i++)
    (dir.writeUInt32LE(FREE, i * 128 + 68), dir.writeUInt32LE(FREE, i * 128 + 72), dir.writeUInt32LE(FREE, i * 128 + 76));
  return Buffer.concat([header, fat, dir, ...bodies]);
}

/** The fixtures by file name. Each says in a comment what the command line should do with it. */
export async function fixtures(): Promise<Record<string, Buffer>> {
  const out: Record<string, Buffer> = {};

  // A workbook with one blank sheet: no Demand sheet -> exit 1.
  out["empty-workbook.xlsx"] = await workbookBytes([{ name: "Sheet1", rows: [] }]);

  // Demand holds numbers but no header row -> exit 1, names the Demand sheet.
  out["no-header.xlsx"] = await workbookBytes([{ name: "Demand", rows: demandRows().slice(1) }]);

  // Every sheet has its header and no data -> exit 1 (nothing usable).
  out["header-only.xlsx"] = await workbookBytes(basePlan().map((s) => ({ ...s, rows: s.rows.slice(0, 1) })));

  // Text, Excel errors, booleans and negative numbers where numbers belong -> exit 0, each listed.
  {
    const d = demandRows();
    d[2][2] = "n/a"; // Kettles 2026-02 Actual
    d[3][2] = { error: "#N/A" } as ExcelJS.CellErrorValue;
    d[4][3] = { error: "#DIV/0!" } as ExcelJS.CellErrorValue;
    d[5][4] = true;
    d[14][2] = "12abc";
    d[15][2] = -40;
    const s = supplyRows();
    s[2][2] = "lots";
    s[3][2] = { error: "#VALUE!" } as ExcelJS.CellErrorValue;
    const c = capacityRows();
    c[1][2] = "full";
    c[2][3] = "ninety";
    const f = financeRows();
    f[1][2] = { error: "#REF!" } as ExcelJS.CellErrorValue;
    let plan = replace(basePlan(), { name: "Demand", rows: d });
    plan = replace(plan, { name: "Supply", rows: s });
    plan = replace(plan, { name: "Capacity", rows: c, formats: { 3: "0%", 4: "0%" } });
    plan = replace(plan, { name: "Finance", rows: f });
    out["garbage-values.xlsx"] = await workbookBytes(plan);
  }

  // The same family x period twice in Demand, Supply, Capacity and Finance -> exit 0, each listed.
  {
    const d = demandRows();
    d.push([...d[3]]);
    const s = supplyRows();
    s.push([...s[4]]);
    const c = capacityRows();
    c.push([...c[2]]);
    const b = bomRows();
    b.push([...b[1]]);
    let plan = replace(basePlan(), { name: "Demand", rows: d });
    plan = replace(plan, { name: "Supply", rows: s });
    plan = replace(plan, { name: "Capacity", rows: c, formats: { 3: "0%", 4: "0%" } });
    plan = replace(plan, { name: "Bill of Resources", rows: b });
    out["duplicate-keys.xlsx"] = await workbookBytes(plan);
  }

  // Periods that are no month: "2026-13", "someday", a negative serial, a year 9999 text -> exit 0.
  {
    const d = demandRows();
    d[1][1] = "2026-13";
    d[2][1] = "someday";
    d[3][1] = -5;
    d[4][1] = "13/45/2026";
    const s = supplyRows();
    s[1][1] = "Q3";
    out["bad-periods.xlsx"] = await workbookBytes(
      replace(replace(basePlan(), { name: "Demand", rows: d }), { name: "Supply", rows: s }),
    );
  }

  // Names that look like formulas: must come out as text in the pack -> exit 0.
  out["formula-names.xlsx"] = await workbookBytes(basePlan(["=SUM(A1)", "+1", "-x", "@x"]));

  // Two merged title rows and a blank row above the header (header on row 4) -> exit 0.
  {
    const defs = basePlan().map((s) =>
      s.name !== "Demand"
        ? s
        : {
            ...s,
            startRow: 4,
            setup: (ws: ExcelJS.Worksheet) => {
              ws.getCell("A1").value = "Demand history and forecast, all families";
              ws.mergeCells("A1:E1");
              ws.getCell("A2").value = "Units; source: ERP extract";
              ws.mergeCells("A2:E2");
            },
          },
    );
    out["merged-title.xlsx"] = await workbookBytes(defs);
  }

  // Very long and non-Latin names: CJK, Arabic, emoji, a 300-character name -> exit 0.
  out["unicode-names.xlsx"] = await workbookBytes(basePlan(["电水壶 (Kettles)", "محمصة خبز", "Blenders 🍓🥤", "L".repeat(300)]));

  // Not a workbook at all: a text file with an .xlsx name -> exit 1.
  out["not-a-workbook.xlsx"] = Buffer.from("Family,Period,Actual\nKettles,2026-01,100\n", "utf8");

  // A real workbook cut in half (e.g. an interrupted download) -> exit 1.
  {
    const whole = await workbookBytes(basePlan());
    out["truncated.xlsx"] = whole.subarray(0, Math.floor(whole.length / 2));
  }

  // Supply, Bill of Resources and Finance name a family Demand does not have; the bill names a
  // resource the Capacity sheet does not have -> exit 0, each listed.
  {
    const s = supplyRows();
    s.push(["Waffle Irons", PLAN[0], 10, 0, 5]);
    const b = bomRows();
    b.push(["Kettles", "Laser Cutter", 0.5, 0]);
    b.push(["Waffle Irons", "Assembly", 0.5, 0]);
    const f = financeRows();
    f.push(["Waffle Irons", PLAN[0], 30, 20, 300]);
    let plan = replace(basePlan(), { name: "Supply", rows: s });
    plan = replace(plan, { name: "Bill of Resources", rows: b });
    plan = replace(plan, { name: "Finance", rows: f });
    out["unknown-names.xlsx"] = await workbookBytes(plan);
  }

  // 50,000 formatted but empty rows after the data in Demand -> exit 0, same pack as without them.
  out["formatted-empty-rows.xlsx"] = await workbookBytes(basePlan(), (wb) => {
    const ws = wb.getWorksheet("Demand")!;
    const first = ws.rowCount + 1;
    for (let r = first; r < first + 50_000; r++) {
      const row = ws.getRow(r);
      row.getCell(3).numFmt = "#,##0";
      row.getCell(3).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } };
    }
  });

  // Formula cells: cached numeric results are used; a cached error is a data-quality error -> exit 0.
  {
    const d = demandRows();
    d[1][2] = { formula: "90+10", result: 100 } as ExcelJS.CellFormulaValue; // Kettles 2026-01 Actual
    d[2][2] = { formula: "1/0", result: { error: "#DIV/0!" } } as unknown as ExcelJS.CellFormulaValue;
    d[3][3] = { formula: "NA()", result: { error: "#N/A" } } as unknown as ExcelJS.CellFormulaValue;
    d[7][4] = { formula: "D8*1.05" } as ExcelJS.CellFormulaValue; // no cached result
    out["formula-cells.xlsx"] = await workbookBytes(replace(basePlan(), { name: "Demand", rows: d }));
  }

  // Every period form the spec allows, mixed in one column -> exit 0, all read as months.
  {
    const d = demandRows();
    // Kettles' six history months, each written differently.
    d[1][1] = new Date(Date.UTC(2026, 0, 1)); // a date
    d[2][1] = "Feb 2026";
    d[3][1] = "March 2026";
    d[4][1] = "2026-04-15"; // bucketed to its month
    d[5][1] = 46143; // Excel serial of 2026-05-01
    d[6][1] = "2026-06";
    out["mixed-periods.xlsx"] = await workbookBytes(
      replace(basePlan(), { name: "Demand", rows: d, formats: { 1: "General" } }),
      (wb) => {
        wb.getWorksheet("Demand")!.getCell("B2").numFmt = "mmm yyyy";
      },
    );
  }
  // --- Hostile input, second round ---

  // Text at Excel's limits: a 32,000-character family name (legal in Excel) and 200 forecast columns,
  // all biased, so Demand Review's list of flagged pairs would pass 32,767 characters -> exit 0, every
  // cell of the pack within the limit, the list cut with "… and N more".
  {
    const families = ["N".repeat(32_000), "Kettles", "Toasters"];
    const forecasts = Array.from({ length: 200 }, (_, k) => `Forecast ${String(k + 1).padStart(3, "0")}`);
    const rows: Rows = [["Family", "Period", "Actual", ...forecasts]];
    families.forEach((f, i) => {
      for (const p of HISTORY) rows.push([f, p, 100 + 10 * i, ...forecasts.map((_, k) => 150 + k + 10 * i)]);
      for (const p of PLAN) rows.push([f, p, null, ...forecasts.map((_, k) => 150 + k + 10 * i)]);
    });
    out["long-text.xlsx"] = await workbookBytes(replace(basePlan(families), { name: "Demand", rows }));
  }

  // Numbers at the edge of the double range (Excel accepts up to 1.79e308) in every input sheet -> exit
  // 0, each a data-quality error at its cell, no NaN or Infinity in the pack.
  {
    const big = 1.79e308;
    const d = demandRows();
    d[1][2] = big; // Demand!C2 Actual
    d[2][3] = -big; // Demand!D3 Statistical Forecast
    d[8][4] = big; // Demand!E9 Consensus Forecast (a plan month)
    const s = supplyRows();
    s[2][2] = big; // Supply!C3 Planned Production
    s[1][3] = -big; // Supply!D2 Beginning Inventory
    const c = capacityRows();
    c[1][2] = big; // Capacity!C2 Available Hours
    const b = bomRows();
    b[1][2] = big; // Bill of Resources!C2 Hours per Unit
    const f = financeRows();
    f[1][2] = big; // Finance!C2 Unit Price
    f[2][4] = -big; // Finance!E3 Budget Revenue
    let plan = replace(basePlan(), { name: "Demand", rows: d });
    plan = replace(plan, { name: "Supply", rows: s });
    plan = replace(plan, { name: "Capacity", rows: c, formats: { 3: "0%", 4: "0%" } });
    plan = replace(plan, { name: "Bill of Resources", rows: b });
    plan = replace(plan, { name: "Finance", rows: f });
    out["huge-numbers.xlsx"] = await workbookBytes(plan);
  }

  // Text the file format escapes: stored as written here, Excel reads "_xFFFE_" as U+FFFE (a character
  // XML forbids), "_x0007_" as a control character, and "_x005F_x0041_" as the literal text "_x0041_"
  // -> exit 0, a pack that opens, "_x0041_ Toasters" still literal in it.
  out["xml-escapes.xlsx"] = await workbookBytes(basePlan(["_xFFFE_ Kettles", "_x005F_x0041_ Toasters", "Bell _x0007_ Blenders"]));

  // One stray value in the sheet's last cell, XFD1048576 (Ctrl+End goes there) -> exit 0, same pack.
  out["stray-cell.xlsx"] = await workbookBytes(basePlan(), (wb) => {
    wb.getWorksheet("Demand")!.getCell("XFD1048576").value = "stray note";
  });

  // A merged range H1:XFD1048576 (17 billion cells), a formatted empty cell in XFD1048576 and a stated
  // dimension of the whole sheet, in a file of a few KB -> exit 0, same pack.
  out["far-merge.xlsx"] = await editParts(await workbookBytes(basePlan()), {
    "xl/worksheets/sheet1.xml": (xml) =>
      xml
        .replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>')
        .replace(
          "</sheetData>",
          '<row r="1048576"><c r="XFD1048576" s="0"/></row></sheetData><mergeCells count="1"><mergeCell ref="H1:XFD1048576"/></mergeCells>',
        ),
  });

  // Rows and cells without the optional r attribute (valid; written by some tools) -> exit 0, same pack.
  {
    const whole = await workbookBytes(basePlan());
    const zip = await JSZip.loadAsync(whole);
    const edit: Record<string, (xml: string) => string> = {};
    zip.forEach((p) => {
      if (/^xl\/worksheets\/sheet\d+\.xml$/.test(p)) edit[p] = withoutOptionalRefs;
    });
    out["no-r-attribute.xlsx"] = await editParts(whole, edit);
  }

  // A password-protected workbook: Office stores it as an OLE compound file holding EncryptionInfo and
  // EncryptedPackage -> exit 1, "protected with a password", advice to remove it (re-saving does not help).
  out["encrypted.xlsx"] = compoundFile([
    { name: "EncryptionInfo", data: Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]) },
    { name: "EncryptedPackage", data: Buffer.alloc(64, 0x5a) },
  ]);

  // A legacy Excel 97-2003 workbook (an OLE file with a Workbook stream starting with a BIFF8 BOF
  // record) renamed .xlsx -> exit 1, "legacy Excel 97-2003 workbook (.xls)", save as .xlsx.
  out["legacy-xls.xlsx"] = compoundFile([{ name: "Workbook", data: Buffer.from([0x09, 0x08, 0x10, 0, 0, 6, 5, 0]) }]);

  // Workbooks as they arrive from the business: one bad optional cell must cost that value only.
  // A Safety Stock (Target Inventory) column typed as "20%" text on every Supply row -> Supply is still
  // read, one grouped warning over the column.
  {
    const s = supplyRows();
    s[0][4] = "Safety Stock";
    for (let i = 1; i < s.length; i++) s[i][4] = "20%";
    out["messy-safety-stock-text.xlsx"] = await workbookBytes(replace(basePlan(), { name: "Supply", rows: s }));
  }
  // 'TBD' as an Actual in a history month and in plan months -> only that measure is lost; the
  // month's forecasts and the demand plan are kept.
  {
    const d = demandRows();
    d[5][2] = "TBD"; // Kettles 2026-05 Actual
    d[8][2] = "TBD"; // Kettles 2026-08 (a plan month) Actual
    out["messy-tbd-actual.xlsx"] = await workbookBytes(replace(basePlan(), { name: "Demand", rows: d }));
  }
  // A Unit Cost of "55 EUR" -> the cost is lost, the Unit Price still prices the family.
  {
    const f = financeRows();
    f[1][3] = "55 EUR";
    out["messy-unit-cost-text.xlsx"] = await workbookBytes(replace(basePlan(), { name: "Finance", rows: f }));
  }
  // An annual Budget Revenue without a Period (one row per family) -> one twelfth in each plan month.
  {
    const f: Rows = [["Family", "Unit Price", "Unit Cost", "Budget Revenue"]];
    FAMILIES.forEach((fam, i) => f.push([fam, 20 + i, 12 + i, 12 * (105 + 10 * i) * (20 + i)]));
    out["messy-annual-budget.xlsx"] = await workbookBytes(replace(basePlan(), { name: "Finance", rows: f }));
  }
  // "2.000" typed as a beginning inventory -> read as 2, with a warning naming the other reading.
  {
    const s = supplyRows();
    s[1][3] = "2.000";
    out["messy-thousands.xlsx"] = await workbookBytes(replace(basePlan(), { name: "Supply", rows: s }));
  }

  // "approx 300" as a Planned Production (Kettles, 2026-08) -> the row is left out, and that month's gap
  // and every later month of Kettles say Unknown instead of a shortage made of 0 supply.
  {
    const s = supplyRows();
    s[2][2] = "approx 300";
    out["messy-supply-approx.xlsx"] = await workbookBytes(replace(basePlan(), { name: "Supply", rows: s }));
  }
  // Demand split by Region: every row of the base plan as an EMEA and an APAC row, half each -> the
  // same plan as the base, read with one info finding, nothing reported as a duplicate.
  {
    const d: Rows = [["Family", "Region", "Period", "Actual", "Statistical Forecast", "Consensus Forecast"]];
    for (const [family, period, ...measures] of demandRows().slice(1)) {
      for (const region of ["EMEA", "APAC"])
        d.push([family, region, period, ...measures.map((v) => (typeof v === "number" ? v / 2 : v))]);
    }
    out["messy-region-split.xlsx"] = await workbookBytes(replace(basePlan(), { name: "Demand", rows: d }));
  }
  // Last year's Demand kept beside this year's as "Demand 2025 (old)" -> listed as not read.
  {
    const old: SheetDef = { name: "Demand 2025 (old)", rows: demandRows() };
    out["messy-old-demand-sheet.xlsx"] = await workbookBytes([...basePlan(), old]);
  }

  // An empty file (0 bytes) -> exit 1, "empty".
  out["empty-file.xlsx"] = Buffer.alloc(0);

  // A package whose shared strings state 1.2 GB unpacked (a zip bomb's header) -> exit 1 before
  // anything is inflated, naming the bound.
  out["bomb-header.xlsx"] = stateUnpackedSize(await workbookBytes(basePlan()), "xl/sharedStrings.xml", 1_200_000_000);

  return out;
}

async function main(): Promise<void> {
  const dir = process.argv[2] ?? path.join(__dirname, "..", "tests", "fixtures");
  fs.mkdirSync(dir, { recursive: true });
  const files = await fixtures();
  for (const [name, data] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), data);
  console.log(`Wrote ${Object.keys(files).length} fixtures to ${dir}`);
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
