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
    out["bad-periods.xlsx"] = await workbookBytes(replace(replace(basePlan(), { name: "Demand", rows: d }), { name: "Supply", rows: s }));
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
  out["unicode-names.xlsx"] = await workbookBytes(
    basePlan(["电水壶 (Kettles)", "محمصة خبز", "Blenders 🍓🥤", "L".repeat(300)]),
  );

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
    out["mixed-periods.xlsx"] = await workbookBytes(replace(basePlan(), { name: "Demand", rows: d, formats: { 1: "General" } }), (wb) => {
      wb.getWorksheet("Demand")!.getCell("B2").numFmt = "mmm yyyy";
    });
  }
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
