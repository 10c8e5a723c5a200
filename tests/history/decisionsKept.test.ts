/**
 * What the meeting types into the agenda is never lost (SPEC "Month over month"): a decision typed
 * into the S&OP Summary's agenda survives two regenerations in Excel and two runs with --previous:
 * it is in the S&OP History's decision log, back in its agenda row, and in the JSON `decisions`.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { createOfficeHost } from "../../src/hosts/office/officeHost";
import { resolveSettings } from "../../src/engine/settings";
import type { SummaryJson } from "../../src/report/summaryJson";
import { SAMPLE_PATH, sampleWorkbook } from "../office/workbooks";
import type { FakeWorkbook } from "../office/fakeExcel";

const DECISION = "Approve a Saturday shift on the Paint Shop";
const OWNER = "Operations Director";
/** 2026-11-20 as an Excel date serial: 46,346 days after 1899-12-30. */
const DUE_SERIAL = 46346;

type Grid = unknown[][];

/** Row (0-based) and columns of the agenda's header: "#", "Issue", ..., "Decision", "Owner", "Due". */
function agenda(rows: Grid): { header: number; issue: number; decision: number } {
  for (let r = 0; r < rows.length; r++) {
    const c = (rows[r] ?? []).findIndex((v) => v === "Raised By");
    if (c > 0 && rows[r][c - 1] === "Issue") return { header: r, issue: c - 1, decision: rows[r].indexOf("Decision") };
  }
  throw new Error("no agenda on the summary");
}

/** The decision log rows (Cycle, Issue, Decision, Owner, Due, Status) of a sheet. */
function decisionLog(rows: Grid): unknown[][] {
  const h = rows.findIndex((r) => r?.[0] === "Cycle" && r?.[1] === "Issue" && r?.[5] === "Status");
  if (h < 0) return [];
  const out: unknown[][] = [];
  for (let r = h + 1; r < rows.length && rows[r]?.[1]; r++) out.push(rows[r].slice(0, 6));
  return out;
}

describe("a decision typed into the agenda in Excel", () => {
  async function regenerate(book: FakeWorkbook): Promise<SummaryJson> {
    return (await createOfficeHost(book.run, { runTag: "t1" }).generate(resolveSettings(), {})).summary;
  }

  function type(book: FakeWorkbook, row: number, col: number, value: string | number, numberFormat = "General"): void {
    const sheet = book.sheet("S&OP Summary")!;
    sheet.cells.set(`${row},${col}`, { ...(sheet.cells.get(`${row},${col}`) ?? {}), value, numberFormat });
  }

  it("survives two regenerations: in the history, back in its agenda row, and in the JSON", async () => {
    const book = await sampleWorkbook();
    await regenerate(book);
    const a = agenda(book.valuesOf("S&OP Summary"));
    const issue = book.valuesOf("S&OP Summary")[a.header + 1][a.issue] as string;
    type(book, a.header + 1, a.decision, DECISION);
    type(book, a.header + 1, a.decision + 1, OWNER);
    type(book, a.header + 1, a.decision + 2, DUE_SERIAL, "yyyy-mm-dd");

    for (let run = 1; run <= 2; run++) {
      const summary = await regenerate(book);
      const history = decisionLog(book.valuesOf("S&OP History"));
      expect(history).toEqual([["2026-11", issue, DECISION, OWNER, DUE_SERIAL, "Open"]]);
      const rows = book.valuesOf("S&OP Summary");
      const b = agenda(rows);
      const row = rows.slice(b.header + 1).find((r) => r[b.issue] === issue)!;
      expect(row.slice(b.decision, b.decision + 3)).toEqual([DECISION, OWNER, DUE_SERIAL]);
      expect(summary.decisions).toEqual([
        { cycle: "2026-11", issue, decision: DECISION, owner: OWNER, due: "2026-11-20", status: "open" },
      ]);
    }
  });

  it("is marked Done in the history's Status cell and stays Done", async () => {
    const book = await sampleWorkbook();
    await regenerate(book);
    const a = agenda(book.valuesOf("S&OP Summary"));
    type(book, a.header + 1, a.decision, DECISION);
    await regenerate(book);
    const rows = book.valuesOf("S&OP History");
    const h = rows.findIndex((r) => r[0] === "Cycle" && r[5] === "Status");
    const history = book.sheet("S&OP History")!;
    history.cells.set(`${h + 1},5`, { value: "Done", numberFormat: "General" });
    const summary = await regenerate(book);
    expect(summary.decisions.map((d) => [d.decision, d.status])).toEqual([[DECISION, "done"]]);
    expect(decisionLog(book.valuesOf("S&OP History"))[0][5]).toBe("Done");
  });
});

describe("a decision typed into the agenda of a pack file, carried with --previous", () => {
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

  it("survives two runs: in the history, back in its agenda row, and in the JSON", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sop-decisions-"));
    const first = join(dir, "pack-1.xlsx");
    const quiet = () => undefined;
    expect(await main(["generate", SAMPLE_PATH, "-o", first], quiet, quiet)).toBe(0);

    // The meeting types into the pack file (Excel saved it; here ExcelJS writes the cells).
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(first);
    const ws = wb.getWorksheet("S&OP Summary")!;
    const a = agenda(await cellRows(first, "S&OP Summary"));
    const issue = String(ws.getRow(a.header + 2).getCell(a.issue + 1).value);
    ws.getRow(a.header + 2).getCell(a.decision + 1).value = DECISION;
    ws.getRow(a.header + 2).getCell(a.decision + 2).value = OWNER;
    ws.getRow(a.header + 2).getCell(a.decision + 3).value = new Date(Date.UTC(2026, 10, 20));
    await wb.xlsx.writeFile(first);

    let previous = first;
    for (let run = 2; run <= 3; run++) {
      const pack = join(dir, `pack-${run}.xlsx`);
      const json = join(dir, `summary-${run}.json`);
      expect(await main(["generate", SAMPLE_PATH, "-o", pack, "--json", json, "--previous", previous], quiet, quiet)).toBe(0);
      expect(decisionLog(await cellRows(pack, "S&OP History"))).toEqual([
        ["2026-11", issue, DECISION, OWNER, "2026-11-20", "Open"],
      ]);
      const rows = await cellRows(pack, "S&OP Summary");
      const b = agenda(rows);
      const row = rows.slice(b.header + 1).find((r) => r[b.issue] === issue)!;
      expect(row.slice(b.decision, b.decision + 3)).toEqual([DECISION, OWNER, "2026-11-20"]);
      const summary = JSON.parse(readFileSync(json, "utf8")) as SummaryJson;
      expect(summary.decisions).toEqual([
        { cycle: "2026-11", issue, decision: DECISION, owner: OWNER, due: "2026-11-20", status: "open" },
      ]);
      previous = pack;
    }
  });
});
