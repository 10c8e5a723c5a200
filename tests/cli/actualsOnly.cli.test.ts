/**
 * A workbook with only actuals (Family, Period, Actual), as a new user brings it, through the command
 * line: the statistical baseline becomes the demand plan ("Baseline"), the plan horizon comes from
 * --horizon (neither Demand nor Supply has months after the last actual), and the pack has a Baseline
 * Forecast sheet whose long table holds a row per family and plan month with its intervals.
 *
 * History 2024-01 .. 2025-12 (24 months):
 * - Kettles: 100 every month. A constant history: every method forecasts 100, and the intervals have
 *   no width (no error was ever made), so the plan is 100 in each of the 6 months.
 * - Spare Parts: 0, 0, 3, 0, 0, 0, 3, ... demand every 4th month (6 demands of 3 in 24 months):
 *   ADI = 22 months after the first demand / 6 demands = 3.67 >= 1.32 and CV² = 0 (all demands equal)
 *   < 0.49: Intermittent.
 * - Returns Only: 0 every month (no demand): baseline 0, pattern "No demand".
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";

const months = Array.from({ length: 24 }, (_, i) => `${2024 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`);

async function writeActualsOnly(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Demand");
  ws.addRow(["Family", "Period", "Actual"]);
  months.forEach((p, i) => {
    ws.addRow(["Kettles", p, 100]);
    ws.addRow(["Spare Parts", p, i % 4 === 2 ? 3 : 0]);
    ws.addRow(["Returns Only", p, 0]);
  });
  await wb.xlsx.writeFile(path);
}

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(
    args,
    (s) => out.push(s),
    (s) => err.push(s),
  );
  return { code, out: out.join("\n"), err: err.join("\n") };
}

const text = (v: ExcelJS.CellValue) =>
  v === null || v === undefined
    ? ""
    : typeof v === "object" && "richText" in v
      ? v.richText.map((t) => t.text).join("")
      : String(v);

describe("a workbook with only actuals, on the command line", () => {
  const dir = mkdtempSync(join(tmpdir(), "sop-actuals-"));
  const input = join(dir, "actuals.xlsx");
  const pack = join(dir, "pack.xlsx");
  const json = join(dir, "summary.json");
  let result: { code: number; out: string; err: string };
  let summary: Record<string, any>;
  const wb = new ExcelJS.Workbook();

  beforeAll(async () => {
    await writeActualsOnly(input);
    result = await run(["generate", input, "-o", pack, "--json", json, "--horizon", "6"]);
    summary = JSON.parse(readFileSync(json, "utf8"));
    await wb.xlsx.readFile(pack);
  }, 60_000);

  it("runs, and plans the 6 months after the last actual with the baseline as the demand plan", () => {
    expect(result.code).toBe(0);
    expect(summary.demandPlanColumn).toBe("Baseline");
    const kettles = summary.baseline.find((b: any) => b.family === "Kettles");
    expect(kettles.periods).toEqual(["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"]);
    for (const v of kettles.forecast) expect(v).toBeCloseTo(100, 6);
    for (const v of [...kettles.lo95, ...kettles.hi95]) expect(v).toBeCloseTo(100, 6);
    expect(summary.periods.slice(-6)).toEqual(kettles.periods);
  });

  it("classes the patterns: Smooth, Intermittent, No demand", () => {
    const pattern = Object.fromEntries(summary.segments.map((s: any) => [s.family, s.pattern]));
    expect(pattern).toEqual({ Kettles: "Smooth", "Spare Parts": "Intermittent", "Returns Only": "No demand" });
    const spare = summary.segments.find((s: any) => s.family === "Spare Parts");
    expect(spare.adi).toBeCloseTo(22 / 6, 9);
    expect(spare.cv2).toBe(0);
    const none = summary.baseline.find((b: any) => b.family === "Returns Only");
    expect(none.forecast).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it("writes the Baseline Forecast sheet with a row per family and plan month, and the summary says the baseline is the plan", () => {
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toContain("Baseline Forecast");
    const sheet = wb.getWorksheet("Baseline Forecast")!;
    const rows: string[][] = [];
    sheet.eachRow((r) => rows.push((r.values as ExcelJS.CellValue[]).slice(1).map(text)));
    const header = rows.findIndex((r) => r[0] === "Family" && r.includes("Lo 95") && r.includes("Hi 95"));
    expect(header).toBeGreaterThan(0);
    const long = rows
      .slice(header + 1)
      .filter((r) => ["Kettles", "Spare Parts", "Returns Only"].includes(r[0]) && /^\d{4}-\d{2}$/.test(r[1]));
    expect(long).toHaveLength(18);
    const summarySheet = wb.getWorksheet("S&OP Summary")!;
    const lines: string[] = [];
    summarySheet.eachRow((r) => lines.push(text(r.getCell(1).value)));
    expect(lines.join("\n")).toMatch(
      /Demand plan used downstream: the statistical baseline \(the Demand sheet has no forecast column\), for 6 plan months from the horizon setting/,
    );
    expect(lines.join("\n")).toMatch(/Statistical baseline: 3 families \(Smooth 1, Intermittent 1, No demand 1\)/);
  });
});
