/**
 * A decision goes back to its issue by the issue's stable key, not by its text (SPEC "Nothing typed
 * into the pack is lost"): typed against "Espresso Machines 2027-Q1: revenue $450,000 below budget"
 * in cycle 2026-11, it is still on that issue's agenda row in cycle 2026-12 when the gap has grown to
 * $470,000 (revenueGapCycles.ts works both figures), once in the history, under cycle 2026-11.
 * A Due typed as text is read where it can mean one day only, else it is a finding at its cell; a
 * decision without an Owner is a warning. Packs from before the key are still read, by the text.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import type { CellGrid, CellValue } from "../../src/engine/grid";
import type { PreviousPack } from "../../src/engine/history";
import { resolveSettings } from "../../src/engine/settings";
import { createOfficeHost } from "../../src/hosts/office/officeHost";
import { generatePack, type PackResult } from "../../src/report/generate";
import type { SummaryJson } from "../../src/report/summaryJson";
import type { FakeWorkbook } from "../office/fakeExcel";
import { workbookFromGrids } from "../office/workbooks";
import { type Cycle, cycleInput } from "./revenueGapCycles";

const ESPRESSO = "revenueGap|Espresso Machines|2027-Q1";
const KETTLES = "revenueGap|Kettles|2027-Q1";
const TOASTERS = "revenueGap|Toasters|2027-Q1";
/** The titles as worked in revenueGapCycles.ts: the gap grows from $450,000 to $470,000. */
const ESPRESSO_NOV = "Espresso Machines 2027-Q1: revenue $450,000 below budget (-50.0%)";
const ESPRESSO_DEC = "Espresso Machines 2027-Q1: revenue $470,000 below budget (-52.2%)";
const KETTLES_TITLE = "Kettles 2027-Q1: revenue $150,000 below budget (-50.0%)";
const TOASTERS_TITLE = "Toasters 2027-Q1: revenue $120,000 below budget (-50.0%)";

const PROMOTION = "January promotion on Espresso Machines";
const BUDGET = "Revise the Kettles budget";
const DISTRIBUTOR = "Add a distributor for Toasters";

type Grid = unknown[][];

/** 0-based header row and columns of the agenda (Issue, Decision, Owner, Due, Decided, Key). */
function agendaOf(rows: Grid) {
  const header = rows.findIndex((r) => r?.[1] === "Issue" && r?.[2] === "Raised By");
  if (header < 0) throw new Error("no agenda on the summary");
  const h = rows[header];
  const col = (name: string) => h.indexOf(name);
  const at = {
    issue: 1,
    decision: col("Decision"),
    owner: col("Owner"),
    due: col("Due"),
    decided: col("Decided"),
    key: col("Key"),
  };
  const body: number[] = [];
  for (let r = header + 1; r < rows.length && rows[r]?.[1]; r++) body.push(r);
  /** The 0-based row of an issue's key. */
  const rowOf = (key: string) => {
    const r = body.find((b) => rows[b][at.key] === key);
    if (r === undefined) throw new Error(`no agenda row keyed ${key}`);
    return r;
  };
  return { header, at, rowOf };
}

/** The decision log rows (Cycle, Issue, Decision, Owner, Due, Status, Key) of a sheet. */
function decisionLog(rows: Grid): unknown[][] {
  const h = rows.findIndex((r) => r?.[0] === "Cycle" && r?.[1] === "Issue" && r?.[5] === "Status");
  if (h < 0) return [];
  const out: unknown[][] = [];
  for (let r = h + 1; r < rows.length && rows[r]?.[1]; r++) out.push(rows[r].slice(0, 7));
  return out;
}

/** How many cells of a sheet hold exactly `text`. */
const count = (rows: Grid, text: string) => rows.flat().filter((v) => v === text).length;

describe("a decision keeps to its issue on the command line (--previous) when the issue's amount changes", () => {
  const quiet = () => undefined;

  async function writeInput(cycle: Cycle, file: string): Promise<void> {
    const wb = new ExcelJS.Workbook();
    for (const g of cycleInput(cycle)) {
      const ws = wb.addWorksheet(g.sheet);
      g.values.forEach((row) => ws.addRow(row.map((v) => (v === null ? undefined : v))));
    }
    await wb.xlsx.writeFile(file);
  }

  async function cellRows(file: string, sheet: string): Promise<Grid> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const rows: Grid = [];
    wb.getWorksheet(sheet)!.eachRow({ includeEmpty: true }, (row, n) => {
      rows[n - 1] = (row.values as unknown[])
        .slice(1)
        .map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : (v ?? null)));
    });
    for (let r = 0; r < rows.length; r++) rows[r] = rows[r] ?? [];
    return rows;
  }

  /** The meeting types into a pack file's agenda (Excel saved it; here ExcelJS writes the cells). */
  async function type(file: string, entries: [key: string, column: "decision" | "owner" | "due", value: string | Date][]) {
    const a = agendaOf(await cellRows(file, "S&OP Summary"));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet("S&OP Summary")!;
    for (const [key, column, value] of entries) ws.getRow(a.rowOf(key) + 1).getCell(a.at[column] + 1).value = value;
    await wb.xlsx.writeFile(file);
    return a;
  }

  async function run(cycle: Cycle, dir: string, name: string, previous: string | null) {
    const input = join(dir, `input-${name}.xlsx`);
    await writeInput(cycle, input);
    const pack = join(dir, `pack-${name}.xlsx`);
    const json = join(dir, `summary-${name}.json`);
    const args = ["generate", input, "-o", pack, "--json", json, ...(previous ? ["--previous", previous] : [])];
    expect(await main(args, quiet, quiet)).toBe(0);
    return { pack, summary: JSON.parse(readFileSync(json, "utf8")) as SummaryJson };
  }

  it("carries it to the issue's row next cycle, once, under the cycle it was taken in; text dues read or reported", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sop-keys-"));
    const first = await run("2026-11", dir, "nov", null);
    expect(first.summary.exceptions.find((e) => e.key === ESPRESSO)?.title).toBe(ESPRESSO_NOV);
    const nov = await type(first.pack, [
      [ESPRESSO, "decision", PROMOTION],
      [ESPRESSO, "owner", "Finance Director"],
      [ESPRESSO, "due", "15 Nov 2026"], // text, one day only: 2026-11-15
      [KETTLES, "decision", BUDGET],
      [KETTLES, "owner", "Controller"],
      [KETTLES, "due", "05/10/2026"], // 5 October or 10 May: not guessed
      [TOASTERS, "decision", DISTRIBUTOR],
      [TOASTERS, "due", "end of Dec"], // no Owner, and a Due that is not a date
    ]);
    const novRow = (key: string) => nov.rowOf(key) + 1; // 1-based sheet row in the November pack

    // Cycle 2026-12: the gap is now $470,000; the issue's key is the same.
    const second = await run("2026-12", dir, "dec", first.pack);
    const espresso = second.summary.exceptions.find((e) => e.key === ESPRESSO)!;
    expect(espresso.title).toBe(ESPRESSO_DEC);
    // One entry each, under the cycle it was taken in; 15 Nov 2026 is before 2026-12-01: Overdue.
    expect(second.summary.decisions).toEqual([
      {
        cycle: "2026-11",
        issue: ESPRESSO_NOV,
        decision: PROMOTION,
        owner: "Finance Director",
        due: "2026-11-15",
        status: "overdue",
      },
      { cycle: "2026-11", issue: KETTLES_TITLE, decision: BUDGET, owner: "Controller", due: "05/10/2026", status: "open" },
      { cycle: "2026-11", issue: TOASTERS_TITLE, decision: DISTRIBUTOR, owner: "", due: "end of Dec", status: "open" },
    ]);
    // The findings name the November pack's cells: H is the agenda's Due column, G its Owner.
    const findings = second.summary.dataQuality.filter((f) => f.sheet === "S&OP Summary");
    expect(findings.map((f) => [f.cell, f.severity, f.message.replace(/ \(previous pack .*\)$/, "")])).toEqual([
      [
        `H${novRow(KETTLES)}`,
        "warning",
        `Due '05/10/2026' could be 5 October or 10 May 2026; type it as 2026-10-05 or 2026-05-10. Until then the decision "${BUDGET}" (cycle 2026-11) keeps it as typed and is never Overdue`,
      ],
      [
        `H${novRow(TOASTERS)}`,
        "warning",
        `Due 'end of Dec' is not a date; type it as 2026-12-31. Until then the decision "${DISTRIBUTOR}" (cycle 2026-11) keeps it as typed and is never Overdue`,
      ],
      [`G${novRow(TOASTERS)}`, "warning", `The decision "${DISTRIBUTOR}" (cycle 2026-11) has no Owner: type who carries it out`],
    ]);

    // The December agenda: the open decisions are back on their issues' rows, the Decided column says
    // from which cycle, the Due read from text is a date now.
    const summary = await cellRows(second.pack, "S&OP Summary");
    const dec = agendaOf(summary);
    const cells = (key: string) => {
      const row = summary[dec.rowOf(key)];
      return [row[dec.at.issue], row[dec.at.decision], row[dec.at.owner], row[dec.at.due], row[dec.at.decided]];
    };
    expect(cells(ESPRESSO)).toEqual([ESPRESSO_DEC, PROMOTION, "Finance Director", "2026-11-15", "2026-11"]);
    expect(cells(KETTLES)).toEqual([KETTLES_TITLE, BUDGET, "Controller", "05/10/2026", "2026-11"]);
    // On the summary: in its agenda row and once in the decision log beside it, nowhere else.
    expect(count(summary, PROMOTION)).toBe(2);
    expect(decisionLog(await cellRows(second.pack, "S&OP History"))).toEqual([
      ["2026-11", ESPRESSO_NOV, PROMOTION, "Finance Director", "2026-11-15", "Overdue", ESPRESSO],
      ["2026-11", KETTLES_TITLE, BUDGET, "Controller", "05/10/2026", "Open", KETTLES],
      ["2026-11", TOASTERS_TITLE, DISTRIBUTOR, "", "end of Dec", "Open", TOASTERS],
    ]);

    // The December meeting moves the promotion's Due in its agenda row and gives the Toasters their
    // owner; the December pack read back (the cycle run again) keeps each decision once, in 2026-11.
    const decRows = await type(second.pack, [
      [ESPRESSO, "due", new Date(Date.UTC(2026, 11, 20))],
      [TOASTERS, "owner", "Sales Director"],
    ]);
    const third = await run("2026-12", dir, "dec-again", second.pack);
    expect(third.summary.decisions).toEqual([
      {
        cycle: "2026-11",
        issue: ESPRESSO_NOV,
        decision: PROMOTION,
        owner: "Finance Director",
        due: "2026-12-20",
        status: "open",
      },
      { cycle: "2026-11", issue: KETTLES_TITLE, decision: BUDGET, owner: "Controller", due: "05/10/2026", status: "open" },
      {
        cycle: "2026-11",
        issue: TOASTERS_TITLE,
        decision: DISTRIBUTOR,
        owner: "Sales Director",
        due: "end of Dec",
        status: "open",
      },
    ]);
    // Each Due that is not a date is reported once, at the agenda cell it was read from last.
    expect(
      third.summary.dataQuality
        .filter((f) => /^Due '/.test(f.message))
        .map((f) => [f.sheet, f.cell])
        .sort(),
    ).toEqual([
      ["S&OP Summary", `H${decRows.rowOf(KETTLES) + 1}`],
      ["S&OP Summary", `H${decRows.rowOf(TOASTERS) + 1}`],
    ]);
    expect(third.summary.dataQuality.filter((f) => /has no Owner/.test(f.message))).toEqual([]);
  });
});

describe("a decision keeps to its issue in Excel (the history lives in the workbook)", () => {
  function updateInputs(book: FakeWorkbook, grids: CellGrid[]): void {
    for (const g of grids) {
      const sheet = book.sheet(g.sheet)!;
      sheet.cells.clear();
      g.values.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v !== null) sheet.cells.set(`${r},${c}`, { value: v as string | number, numberFormat: "General" });
        }),
      );
    }
  }

  it("is on the issue's row after the gap changed, and stays one entry over two regenerations", async () => {
    const book = workbookFromGrids(cycleInput("2026-11"));
    const host = createOfficeHost(book.run, { runTag: "t1" });
    await host.generate(resolveSettings(), {});
    const a = agendaOf(book.valuesOf("S&OP Summary"));
    const sheet = book.sheet("S&OP Summary")!;
    const set = (r: number, c: number, value: string) =>
      sheet.cells.set(`${r},${c}`, { ...(sheet.cells.get(`${r},${c}`) ?? {}), value, numberFormat: "General" });
    set(a.rowOf(ESPRESSO), a.at.decision, PROMOTION);
    set(a.rowOf(ESPRESSO), a.at.owner, "Finance Director");
    set(a.rowOf(ESPRESSO), a.at.due, "2026-12-15");

    updateInputs(book, cycleInput("2026-12"));
    for (let run = 1; run <= 2; run++) {
      const { summary } = await host.generate(resolveSettings(), {});
      expect(summary.decisions).toEqual([
        {
          cycle: "2026-11",
          issue: ESPRESSO_NOV,
          decision: PROMOTION,
          owner: "Finance Director",
          due: "2026-12-15",
          status: "open",
        },
      ]);
      const rows = book.valuesOf("S&OP Summary");
      const b = agendaOf(rows);
      const row = rows[b.rowOf(ESPRESSO)];
      expect([row[b.at.issue], row[b.at.decision], row[b.at.owner], row[b.at.decided]]).toEqual([
        ESPRESSO_DEC,
        PROMOTION,
        "Finance Director",
        "2026-11",
      ]);
      expect(decisionLog(book.valuesOf("S&OP History"))).toHaveLength(1);
    }
  });
});

describe("a decision keeps to its issue when the same cycle is run again on revised figures", () => {
  it("is back on the issue's row, once, with the issue's new text", () => {
    const settings = resolveSettings();
    const grid = (r: PackResult, name: string): CellGrid => ({
      sheet: name,
      values: r.workbook.sheets.find((s) => s.name === name)!.rows.map((row) => row.map((v) => v as CellValue)),
    });
    const first = generatePack(cycleInput("2026-12"), settings, undefined, {});
    const summary = grid(first, "S&OP Summary");
    const a = agendaOf(summary.values);
    summary.values[a.rowOf(ESPRESSO)][a.at.decision] = PROMOTION;
    summary.values[a.rowOf(ESPRESSO)][a.at.owner] = "Finance Director";
    summary.values[a.rowOf(ESPRESSO)][a.at.due] = "Jan 31 2027";
    // The demand plan revised: Espresso Machines in 2027-02 1,300 instead of 1,400, so 2027-Q1 is
    // (1,500 + 1,300 + 1,400) × $100 = $420,000 against $900,000: $480,000 below budget (−53.3%).
    const revised = cycleInput("2026-12");
    const demand = revised.find((g) => g.sheet === "Demand")!;
    demand.values.find((r) => r[0] === "Espresso Machines" && r[1] === "2027-02")![3] = 1300;
    const again = generatePack(revised, settings, undefined, {
      previous: { source: "this workbook's pack", history: grid(first, "S&OP History"), summary },
    });
    const title = "Espresso Machines 2027-Q1: revenue $480,000 below budget (-53.3%)";
    expect(again.summary.exceptions.find((e) => e.key === ESPRESSO)?.title).toBe(title);
    expect(again.summary.decisions).toEqual([
      {
        cycle: "2026-12",
        issue: ESPRESSO_DEC,
        decision: PROMOTION,
        owner: "Finance Director",
        due: "2027-01-31",
        status: "open",
      },
    ]);
    const rows = again.workbook.sheets.find((s) => s.name === "S&OP Summary")!.rows as unknown[][];
    const b = agendaOf(rows);
    const row = rows[b.rowOf(ESPRESSO)];
    // This cycle's own decision: Decided is blank. Not listed again in the log beside the agenda.
    expect([row[b.at.issue], row[b.at.decision], row[b.at.decided]]).toEqual([title, PROMOTION, null]);
    expect(count(rows, PROMOTION)).toBe(1);
    // Read back once more, the entry takes the issue's new text.
    const third = generatePack(revised, settings, undefined, {
      previous: { source: "this workbook's pack", history: grid(again, "S&OP History"), summary: grid(again, "S&OP Summary") },
    });
    expect(third.summary.decisions.map((d) => [d.cycle, d.issue])).toEqual([["2026-12", title]]);
  });
});

describe("a pack from before the key (no Decided or Key column)", () => {
  const settings = resolveSettings();

  /** The pack's sheet as a grid, without the columns headed `drop` (as an older pack wrote it). */
  function gridOf(result: PackResult, name: string, drop: string[]): CellGrid {
    const sheet = result.workbook.sheets.find((s) => s.name === name)!;
    const values = sheet.rows.map((r) => r.map((v) => v as CellValue));
    for (const [r, row] of values.entries()) {
      for (let c = row.length - 1; c >= 0; c--) {
        if (typeof row[c] === "string" && drop.includes(row[c] as string)) {
          for (let b = r; b < values.length && values[b].some((v) => v !== null && v !== ""); b++) values[b][c] = null;
        }
      }
    }
    return { sheet: name, values };
  }

  function oldPack(result: PackResult, typed: [key: string, decision: string][]): PreviousPack {
    const summary = result.workbook.sheets.find((s) => s.name === "S&OP Summary")!;
    const rows = summary.rows as unknown[][];
    const a = agendaOf(rows);
    const grid = gridOf(result, "S&OP Summary", ["Decided", "Key"]);
    for (const [key, decision] of typed) {
      grid.values[a.rowOf(key)][a.at.decision] = decision;
      grid.values[a.rowOf(key)][a.at.owner] = "Controller";
      grid.values[a.rowOf(key)][a.at.due] = "2027-01-31";
    }
    return { source: "an older pack", history: gridOf(result, "S&OP History", ["Key"]), summary: grid };
  }

  it("is read by the issue's text: one entry each, back on the row whose text is unchanged", () => {
    const nov = generatePack(cycleInput("2026-11"), settings, undefined, {});
    const previous = oldPack(nov, [
      [KETTLES, BUDGET],
      [ESPRESSO, PROMOTION],
    ]);
    // No Key column anywhere in it: the agenda's rows carry no key.
    expect(previous.summary!.values.flat()).not.toContain("Key");
    const dec = generatePack(cycleInput("2026-12"), settings, undefined, { previous });
    expect(dec.summary.decisions.map((d) => [d.cycle, d.issue, d.decision])).toEqual([
      ["2026-11", ESPRESSO_NOV, PROMOTION],
      ["2026-11", KETTLES_TITLE, BUDGET],
    ]);
    const rows = dec.workbook.sheets.find((s) => s.name === "S&OP Summary")!.rows as unknown[][];
    const a = agendaOf(rows);
    // Kettles' text is the same as in November: the decision is on its row. Espresso's changed (and the
    // older pack has no key to tell): its decision is in the decision log, not on the row.
    expect(rows[a.rowOf(KETTLES)][a.at.decision]).toBe(BUDGET);
    expect(rows[a.rowOf(KETTLES)][a.at.decided]).toBe("2026-11");
    expect(rows[a.rowOf(ESPRESSO)][a.at.decision]).toBeNull();
    expect(count(rows, PROMOTION)).toBe(1);

    // The next pack writes the key: read back, the Kettles decision is still one entry, now keyed.
    const sheet = (name: string) => {
      const s = dec.workbook.sheets.find((x) => x.name === name)!;
      return { sheet: name, values: s.rows.map((r) => r.map((v) => v as CellValue)) };
    };
    const again = generatePack(cycleInput("2026-12"), settings, undefined, {
      previous: { source: "the December pack", history: sheet("S&OP History"), summary: sheet("S&OP Summary") },
    });
    expect(again.analysis.loop!.decisions.map((d) => [d.cycle, d.decision, d.key])).toEqual([
      ["2026-11", PROMOTION, null],
      ["2026-11", BUDGET, KETTLES],
    ]);
  });
});
