/**
 * The pack in a real spreadsheet application: the pack generated from the sample workbook is
 * opened by LibreOffice Calc headless, which recalculates on load and saves it again as .xlsx; the
 * values it saved must equal the JSON summary of the same run (capacity, gap, finance and bias rows).
 *
 * Needs `soffice` (Debian: libreoffice-calc-nogui, installed in CI). Without it the test fails with a
 * message saying so, unless SOP_SKIP_LIBREOFFICE=1.
 */
import { spawnSync } from "child_process";
import ExcelJS from "exceljs";
import { existsSync, mkdirSync, readFileSync } from "fs";
import { join } from "path";
import { ensureCliBuilt, freshDir, ROOT, runCli } from "./cliRunner";

const skip = process.env.SOP_SKIP_LIBREOFFICE === "1";
const hasSoffice = spawnSync("soffice", ["--version"], { encoding: "utf8" }).status === 0;

type Cell = ExcelJS.CellValue;
type Summary = {
  capacity: {
    resource: string;
    period: string;
    availableHours: number;
    ratedCapacity: number;
    load: number;
    utilization: number | null;
    overloadHours: number;
  }[];
  gaps: { family: string; period: string; demand: number; supply: number; gap: number; projectedInventory: number }[];
  finance: {
    family: string;
    period: string;
    demandRevenue: number | null;
    budgetRevenue: number | null;
    revenueGap: number | null;
    margin: number | null;
  }[];
  bias: {
    family: string;
    forecast: string;
    n: number;
    rsfe: number;
    mad: number;
    trackingSignal: number | null;
    wmape: number | null;
    nfm: number;
  }[];
};

/** A table on a worksheet found by its header row: rows as header -> value. */
function tableRows(ws: ExcelJS.Worksheet, headers: string[]): Record<string, Cell>[] {
  let headerRow = -1;
  let cols: number[] = [];
  ws.eachRow((row, r) => {
    if (headerRow > 0) return;
    const texts: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => (texts[c] = String(cell.value ?? "")));
    if (headers.every((h) => texts.includes(h)) && texts[1] === headers[0]) {
      headerRow = r;
      cols = headers.map((h) => texts.indexOf(h));
    }
  });
  if (headerRow < 0) throw new Error(`no table with headers ${headers.join(", ")} on ${ws.name}`);
  const out: Record<string, Cell>[] = [];
  for (let r = headerRow + 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const first = row.getCell(cols[0]).value;
    if (first === null || first === undefined || first === "" || first === "Total") break;
    out.push(Object.fromEntries(headers.map((h, i) => [h, plain(row.getCell(cols[i]).value)])));
  }
  return out;
}

/** A cell's value as a number or string (a formula counts as its calculated result). */
function plain(v: Cell): Cell {
  if (v && typeof v === "object" && "result" in v) return plain((v as ExcelJS.CellFormulaValue).result as Cell);
  return v;
}

function expectSame(cell: Cell, expected: number | null | undefined, what: string): void {
  if (expected === null || expected === undefined) return; // shown as text or blank in the sheet
  if (typeof cell !== "number") throw new Error(`${what}: expected ${expected}, LibreOffice saved ${JSON.stringify(cell)}`);
  expect(Math.abs(cell - expected)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(expected)));
}

(skip ? describe.skip : describe)("the pack opened and recalculated in LibreOffice Calc", () => {
  let book: ExcelJS.Workbook;
  let summary: Summary;

  beforeAll(async () => {
    if (!hasSoffice) {
      throw new Error(
        "LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui, or set SOP_SKIP_LIBREOFFICE=1 to skip this test.",
      );
    }
    ensureCliBuilt();
    const dir = freshDir("sop-lo-");
    const pack = join(dir, "pack.xlsx");
    const json = join(dir, "summary.json");
    const gen = runCli(["generate", join(ROOT, "samples", "sop-sample.xlsx"), "-o", pack, "--json", json]);
    expect(gen.status).toBe(0);
    const converted = join(dir, "converted");
    mkdirSync(converted);
    // A profile of its own, so a running LibreOffice (or another test) does not block this one.
    const lo = spawnSync(
      "soffice",
      [
        `-env:UserInstallation=file://${join(dir, "profile")}`,
        "--headless",
        "--norestore",
        "--convert-to",
        "xlsx",
        "--outdir",
        converted,
        pack,
      ],
      { encoding: "utf8", timeout: 180_000 },
    );
    const out = join(converted, "pack.xlsx");
    if (!existsSync(out)) throw new Error(`LibreOffice did not convert the pack (exit ${lo.status}): ${lo.stderr || lo.stdout}`);
    book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    summary = JSON.parse(readFileSync(json, "utf8"));
  }, 240_000);

  test("LibreOffice opens every sheet of the pack", () => {
    expect(book.worksheets.map((w) => w.name)).toEqual(
      expect.arrayContaining(["S&OP Summary", "Data Quality", "Demand Review", "Capacity Check", "Gap Table", "Financial Gap"]),
    );
  });

  test("every capacity row: available hours, rated capacity, load, utilization and overload hours equal the JSON summary", () => {
    const rows = tableRows(book.getWorksheet("Capacity Check")!, [
      "Resource",
      "Period",
      "Available Hours",
      "Rated Capacity",
      "Planned Load",
      "Utilization",
      "Overload Hours",
    ]);
    expect(rows).toHaveLength(summary.capacity.length);
    for (const c of summary.capacity) {
      const row = rows.find((r) => r.Resource === c.resource && r.Period === c.period);
      expect(row).toBeDefined();
      const at = `${c.resource} ${c.period}`;
      expectSame(row!["Available Hours"], c.availableHours, `${at} available hours`);
      expectSame(row!["Rated Capacity"], c.ratedCapacity, `${at} rated capacity`);
      expectSame(row!["Planned Load"], c.load, `${at} load`);
      expectSame(row!.Utilization, c.utilization, `${at} utilization`);
      expectSame(row!["Overload Hours"], c.overloadHours, `${at} overload hours`);
    }
  });

  test("every gap row: demand, supply, gap and projected inventory equal the JSON summary", () => {
    const rows = tableRows(book.getWorksheet("Gap Table")!, [
      "Family",
      "Period",
      "Demand",
      "Supply",
      "Gap",
      "Projected Inventory",
    ]);
    expect(rows).toHaveLength(summary.gaps.length);
    for (const g of summary.gaps) {
      const row = rows.find((r) => r.Family === g.family && r.Period === g.period)!;
      expect(row).toBeDefined();
      expectSame(row.Demand, g.demand, `${g.family} ${g.period} demand`);
      expectSame(row.Supply, g.supply, `${g.family} ${g.period} supply`);
      expectSame(row.Gap, g.gap, `${g.family} ${g.period} gap`);
      expectSame(row["Projected Inventory"], g.projectedInventory, `${g.family} ${g.period} projected inventory`);
    }
  });

  test("every finance row: demand revenue, budget, revenue gap and margin equal the JSON summary", () => {
    const rows = tableRows(book.getWorksheet("Financial Gap")!, [
      "Family",
      "Period",
      "Demand Revenue",
      "Margin",
      "Budget Revenue",
      "Revenue Gap",
    ]);
    expect(rows).toHaveLength(summary.finance.length);
    for (const f of summary.finance) {
      const row = rows.find((r) => r.Family === f.family && r.Period === f.period)!;
      expect(row).toBeDefined();
      expectSame(row["Demand Revenue"], f.demandRevenue, `${f.family} ${f.period} revenue`);
      expectSame(row["Budget Revenue"], f.budgetRevenue, `${f.family} ${f.period} budget`);
      expectSame(row["Revenue Gap"], f.revenueGap, `${f.family} ${f.period} revenue gap`);
      expectSame(row.Margin, f.margin, `${f.family} ${f.period} margin`);
    }
  });

  test("every bias row: n, RSFE, MAD, tracking signal, WMAPE and NFM equal the JSON summary", () => {
    const rows = tableRows(book.getWorksheet("Demand Review")!, [
      "Family",
      "Forecast",
      "Periods (n)",
      "RSFE (units)",
      "MAD (units)",
      "Tracking Signal",
      "WMAPE",
      "NFM",
    ]);
    expect(rows).toHaveLength(summary.bias.length);
    for (const b of summary.bias) {
      const row = rows.find((r) => r.Family === b.family && r.Forecast === b.forecast)!;
      expect(row).toBeDefined();
      const at = `${b.family} / ${b.forecast}`;
      expectSame(row["Periods (n)"], b.n, `${at} n`);
      expectSame(row["RSFE (units)"], b.rsfe, `${at} RSFE`);
      expectSame(row["MAD (units)"], b.mad, `${at} MAD`);
      expectSame(row["Tracking Signal"], b.trackingSignal, `${at} tracking signal`);
      expectSame(row.WMAPE, b.wmape, `${at} WMAPE`);
      expectSame(row.NFM, b.nfm, `${at} NFM`);
    }
  });
});
