import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";

const SAMPLE = join(__dirname, "..", "..", "samples", "sop-sample.xlsx");

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

describe("sop-prep command line", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "sop-cli-"));
  });

  it("generate writes the pack and the JSON summary from the sample workbook", async () => {
    const pack = join(dir, "pack.xlsx");
    const json = join(dir, "summary.json");
    const { code, out } = await run(["generate", SAMPLE, "-o", pack, "--json", json]);
    expect(code).toBe(0);
    // The sample plants a text Actual (a warning: that value only) and a duplicate Supply row (an error).
    expect(out).toMatch(/1 data-quality error\(s\) and 1 warning\(s\)/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(pack);
    const names = wb.worksheets.map((w) => w.name);
    expect(names.slice(0, 2)).toEqual(["S&OP Summary", "Data Quality"]);
    expect(names).toEqual(expect.arrayContaining(["Demand Review", "Capacity Check", "Gap Table", "Financial Gap"]));
    const summary = JSON.parse(readFileSync(json, "utf8"));
    expect(summary.schemaVersion).toBe(3);
    expect(summary.demandPlanColumn).toBe("Consensus Forecast");
    // 24 months of history + 18 months of plan (samples/PLANTED.md).
    expect(summary.periods).toHaveLength(42);
    expect(summary.periods[0]).toBe("2024-11");
    expect(summary.periods[41]).toBe("2028-04");
    // The two planted data-quality errors, exactly where the sample puts them.
    expect(summary.dataQuality).toEqual([
      expect.objectContaining({ sheet: "Demand", cell: "C132", severity: "warning" }),
      expect.objectContaining({ sheet: "Supply", cell: "A78", severity: "error" }),
    ]);
    // Only the pack and the summary are left in the folder: no temporary files.
    expect(readdirSync(dir).sort()).toEqual(["pack.xlsx", "summary.json"]);
  });

  it("check prints the findings as a table with sheet, cell and problem", async () => {
    const { code, out } = await run(["check", SAMPLE]);
    expect(code).toBe(0);
    const lines = out.split("\n");
    expect(lines[0]).toMatch(/^Severity\s+Sheet\s+Cell\s+Problem$/);
    expect(out).toMatch(/Warning\s+Demand\s+C132\s+'n\/a' is not a number/);
    expect(out).toMatch(/Error\s+Supply\s+A78\s+/);
  });

  it("check --strict exits 1 when the input has data-quality errors", async () => {
    expect((await run(["check", SAMPLE, "--strict"])).code).toBe(1);
  });

  it("generate --strict refuses the sample's errors and writes nothing", async () => {
    const pack = join(dir, "pack.xlsx");
    const { code, err } = await run(["generate", SAMPLE, "-o", pack, "--strict"]);
    expect(code).toBe(1);
    expect(err).toMatch(/Supply!A78/);
    expect(existsSync(pack)).toBe(false);
  });

  it("usage errors exit 2 with the usage text", async () => {
    for (const args of [
      ["generate", SAMPLE],
      ["frobnicate", SAMPLE],
      ["check"],
      ["generate", SAMPLE, "-o", "x.xlsx", "--bogus"],
    ]) {
      const { code, err } = await run(args);
      expect(code).toBe(2);
      expect(err).toMatch(/Usage:/);
    }
  });

  it("a missing input file exits 1 and says which file", async () => {
    const { code, err } = await run(["check", join(dir, "nope.xlsx")]);
    expect(code).toBe(1);
    expect(err).toMatch(/Cannot open .*nope\.xlsx/);
    expect(err).not.toMatch(/\n\s+at /);
  });

  it("refuses to write the pack over the input workbook", async () => {
    const { code } = await run(["generate", SAMPLE, "-o", SAMPLE]);
    expect(code).toBe(2);
  });

  it("a bad settings file is a usage error naming the setting", async () => {
    const config = join(dir, "settings.json");
    writeFileSync(config, JSON.stringify({ trackingSignalLimit: -1 }));
    const { code, err } = await run(["check", SAMPLE, "--config", config]);
    expect(code).toBe(2);
    expect(err).toMatch(/trackingSignalLimit/);
  });

  it("settings from --config change the analysis (a tracking-signal limit of 15 flags nothing)", async () => {
    // Blenders' Sales Forecast has tracking signal -12 (samples/PLANTED.md): flagged at 4, not at 15.
    const config = join(dir, "settings.json");
    writeFileSync(config, JSON.stringify({ trackingSignalLimit: 15 }));
    const json = join(dir, "s.json");
    expect((await run(["generate", SAMPLE, "-o", join(dir, "p.xlsx"), "--json", json, "--config", config])).code).toBe(0);
    const summary = JSON.parse(readFileSync(json, "utf8"));
    expect(summary.bias.filter((b: { flagged: boolean }) => b.flagged)).toEqual([]);
  });

  it("keeps exceptions below materiality off the sample's agenda; --config sets materiality", async () => {
    /** The Money Impact cells of the summary's agenda (table ExecutiveAgenda) and the line above it. */
    const agendaOf = async (pack: string) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(pack);
      const sheet = wb.getWorksheet("S&OP Summary")!;
      let heading = 0;
      sheet.eachRow((row, r) => {
        if (row.getCell(1).value === "Executive agenda: issues the pre-S&OP could not resolve") heading = r;
      });
      expect(heading).toBeGreaterThan(0);
      const impacts: unknown[] = [];
      for (let r = heading + 3; typeof sheet.getRow(r).getCell(1).value === "number"; r++)
        impacts.push(sheet.getRow(r).getCell(4).value);
      return { line: sheet.getRow(heading + 1).getCell(1).value, impacts };
    };
    // Default: 0.5% of the plan revenue $65,751,840 = $328,759. Only the Espresso Machines gap, $450,000,
    // is on the agenda: no exception with $0 (or anything below materiality) at stake.
    const pack = join(dir, "p.xlsx");
    expect((await run(["generate", SAMPLE, "-o", pack])).code).toBe(0);
    const byDefault = await agendaOf(pack);
    expect(byDefault.line).toBe("No exception was left off the agenda as below materiality ($328,759, 0.5% of plan revenue).");
    expect(byDefault.impacts).toHaveLength(1);
    for (const impact of byDefault.impacts) expect(impact as number).toBeGreaterThanOrEqual(328759);

    const config = join(dir, "settings.json");
    writeFileSync(config, JSON.stringify({ materiality: 500000 }));
    const json = join(dir, "s.json");
    const high = join(dir, "high.xlsx");
    expect((await run(["generate", SAMPLE, "-o", high, "--json", json, "--config", config])).code).toBe(0);
    const set = await agendaOf(high);
    expect(set.line).toBe(
      "1 exception below materiality ($500,000, the materiality setting) is on its sheet, not on the agenda.",
    );
    expect(set.impacts).toEqual([]);
    // The JSON still lists it, unresolved.
    const summary = JSON.parse(readFileSync(json, "utf8"));
    expect(summary.exceptions[0]).toMatchObject({ kind: "revenueGap", unresolved: true });

    writeFileSync(config, JSON.stringify({ materiality: -1 }));
    const bad = await run(["check", SAMPLE, "--config", config]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/"materiality" must be a number, 0 or more, not -1/);
  });
});
