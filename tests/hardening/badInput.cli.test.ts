/**
 * Bad input through the command line: each fixture of tests/fixtures (written by
 * scripts/make-fixtures.ts) is run through `sop-prep generate` in a child process. For every one:
 * the exit code and a message that names the sheet (and cell) to fix, no stack trace, the input file
 * byte-for-byte unchanged, and either the whole pack (which opens with ExcelJS) or no file at all.
 */
import ExcelJS from "exceljs";
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { ensureCliBuilt, FIXTURES, freshDir, runCli, sha256, type CliRun } from "./cliRunner";

interface Expectation {
  exit: 0 | 1;
  /** stderr (exit 1) or Data Quality cells (exit 0) a planner would look for. */
  message?: RegExp;
  /** Data-quality findings expected in the JSON summary, as "Sheet!Cell". */
  findings?: string[];
}

const EXPECTED: Record<string, Expectation> = {
  "empty-workbook.xlsx": { exit: 1, message: /no Demand sheet.*'Sheet1'/ },
  "no-header.xlsx": { exit: 1, message: /Demand!A1: the header row lacks 'Family', 'Period' and 'Actual'; add them/ },
  "header-only.xlsx": { exit: 1, message: /Demand!A1: no data rows below the header row/ },
  "truncated.xlsx": { exit: 1, message: /truncated\.xlsx cannot be read as an Excel workbook/ },
  "garbage-values.xlsx": {
    exit: 0,
    // The cells damaged by the fixture script, each reported where it is.
    findings: [
      "Demand!C3",
      "Demand!C4",
      "Demand!D5",
      "Demand!E6",
      "Demand!C15",
      "Demand!C16",
      "Supply!C3",
      "Supply!C4",
      "Capacity!C2",
      "Capacity!D3",
      "Finance!C2",
    ],
  },
  "duplicate-keys.xlsx": { exit: 0, findings: ["Demand!A38", "Supply!A20", "Capacity!A14", "Bill of Resources!A8"] },
  // B2, B3 and B5 hold one kind of bad period: one finding over B2:B5.
  "bad-periods.xlsx": { exit: 0, findings: ["Demand!B2:B5", "Demand!B4", "Supply!B2"] },
  "formula-names.xlsx": { exit: 0, findings: [] },
  "merged-title.xlsx": { exit: 0, findings: [] },
  "unicode-names.xlsx": { exit: 0, findings: [] },
  "unknown-names.xlsx": { exit: 0, findings: ["Supply!A20", "Bill of Resources!B8", "Bill of Resources!A9", "Finance!A20"] },
  "formatted-empty-rows.xlsx": { exit: 0, findings: [] },
  "formula-cells.xlsx": { exit: 0, findings: ["Demand!C3", "Demand!D4"] },
  "mixed-periods.xlsx": { exit: 0, findings: [] },
  // Messy workbooks (also tested in tests/hostile/messyWorkbooks.test.ts): warnings only, nothing lost.
  "messy-annual-budget.xlsx": { exit: 0, findings: ["Finance!D2:D4"] },
  "messy-safety-stock-text.xlsx": { exit: 0, findings: ["Supply!E2:E19"] },
  "messy-tbd-actual.xlsx": { exit: 0, findings: ["Demand!C6", "Demand!C9"] },
  "messy-thousands.xlsx": { exit: 0, findings: ["Supply!D2"] },
  "messy-unit-cost-text.xlsx": { exit: 0, findings: ["Finance!D2"] },
  "messy-supply-approx.xlsx": { exit: 0, findings: ["Supply!C3", "Supply!C3"] },
  "messy-region-split.xlsx": { exit: 0, findings: ["Demand!B1"] },
  "messy-old-demand-sheet.xlsx": { exit: 0, findings: ["Demand 2025 (old)!"] },
  // Hostile input, second round; class-specific checks in tests/hostile/hostileFixtures.test.ts.
  "not-a-workbook.xlsx": {
    exit: 1,
    message:
      /not-a-workbook\.xlsx cannot be read as an Excel workbook \(\.xlsx\): it is a text file of comma- or tab-separated values \(CSV\)/,
  },
  "encrypted.xlsx": { exit: 1, message: /encrypted\.xlsx cannot be read .*protected with a password.*remove the password/ },
  "legacy-xls.xlsx": {
    exit: 1,
    message:
      /legacy-xls\.xlsx cannot be read .*legacy Excel 97-2003 workbook \(\.xls\).*save it as "Excel Workbook \(\*\.xlsx\)"/,
  },
  "empty-file.xlsx": { exit: 1, message: /empty-file\.xlsx cannot be read .*the file is empty \(0 bytes\)/ },
  "bomb-header.xlsx": { exit: 1, message: /bomb-header\.xlsx unpacks to 1,145 MB, more than the 512 MB S&OP Prep reads/ },
  "long-text.xlsx": { exit: 0, findings: [] },
  "huge-numbers.xlsx": {
    exit: 0,
    findings: [
      "Demand!C2",
      "Demand!D3",
      "Demand!E9",
      "Supply!C3",
      "Supply!D2",
      "Capacity!C2",
      "Bill of Resources!C2",
      "Finance!C2",
      "Finance!E3",
    ],
  },
  "xml-escapes.xlsx": { exit: 0, findings: [] },
  "stray-cell.xlsx": { exit: 0, findings: [] },
  "far-merge.xlsx": { exit: 0, findings: [] },
  "no-r-attribute.xlsx": { exit: 0, findings: [] },
};

interface Outcome {
  run: CliRun;
  dir: string;
  hashBefore: string;
  hashAfter: string;
  files: string[];
}

const outcomes = new Map<string, Outcome>();

function generate(fixture: string): Outcome {
  const cached = outcomes.get(fixture);
  if (cached) return cached;
  const input = join(FIXTURES, fixture);
  const dir = freshDir("sop-bad-");
  const hashBefore = sha256(input);
  const run = runCli(["generate", input, "-o", join(dir, "pack.xlsx"), "--json", join(dir, "summary.json")]);
  const outcome = { run, dir, hashBefore, hashAfter: sha256(input), files: readdirSync(dir).sort() };
  outcomes.set(fixture, outcome);
  return outcome;
}

function summaryOf(o: Outcome) {
  return JSON.parse(readFileSync(join(o.dir, "summary.json"), "utf8"));
}

beforeAll(() => ensureCliBuilt(), 120_000);

test("every fixture on disk has an expectation here (a new fixture needs a test)", () => {
  const onDisk = readdirSync(FIXTURES)
    .filter((f) => f.endsWith(".xlsx"))
    .sort();
  expect(onDisk).toEqual(Object.keys(EXPECTED).sort());
});

describe.each(Object.entries(EXPECTED))("sop-prep generate %s", (fixture, expected) => {
  test(`exits ${expected.exit} with no stack trace and leaves the input unchanged`, () => {
    const o = generate(fixture);
    expect({ status: o.run.status, stderr: o.run.stderr }).toMatchObject({ status: expected.exit });
    // A stack trace shows as lines starting "    at " (V8's format).
    expect(o.run.stderr).not.toMatch(/^\s+at /m);
    expect(o.run.stdout).not.toMatch(/^\s+at /m);
    expect(o.hashAfter).toBe(o.hashBefore);
  });

  if (expected.exit === 1) {
    test("says what is wrong and where, and writes nothing (no pack, no JSON, no temporary file)", () => {
      const o = generate(fixture);
      expect(o.run.stderr).toMatch(/^sop-prep: /);
      expect(o.run.stderr).toMatch(expected.message!);
      expect(o.files).toEqual([]);
      // Said once, not repeated as a finding below the message.
      const lines = o.run.stderr.trim().split("\n");
      expect(new Set(lines.map((l) => l.replace(/^sop-prep: |^\s+\w+: /, ""))).size).toBe(lines.length);
    });
  } else {
    test("writes exactly the pack and the JSON summary (no temporary file left), and the pack opens", async () => {
      const o = generate(fixture);
      expect(o.files).toEqual(["pack.xlsx", "summary.json"]);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(join(o.dir, "pack.xlsx"));
      expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(["S&OP Summary", "Data Quality", "Gap Table"]));
    });

    test("lists each damaged cell in the data-quality findings, and nothing it did not damage as an error", () => {
      const o = generate(fixture);
      const dq: { sheet: string; cell: string; severity: string }[] = summaryOf(o).dataQuality;
      const cells = dq.map((f) => `${f.sheet}!${f.cell}`);
      expect(cells).toEqual(expect.arrayContaining(expected.findings!));
      const errors = dq.filter((f) => f.severity === "error").map((f) => `${f.sheet}!${f.cell}`);
      for (const e of errors) expect(expected.findings).toContain(e);
    });
  }
});

describe("what the planner sees in the pack", () => {
  test("names that look like formulas (=SUM(A1), +1, -x, @x) are written as text, never as formulas", async () => {
    const o = generate("formula-names.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(o.dir, "pack.xlsx"));
    const names = ["=SUM(A1)", "+1", "-x", "@x"];
    const seen = new Set<string>();
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const v = cell.value as unknown;
          // A formula cell reads as an object with a `formula`; none may come from a family name.
          if (v && typeof v === "object" && "formula" in (v as object)) {
            expect(names.some((n) => String((v as { formula: string }).formula).includes(n.slice(1)))).toBe(false);
          }
          if (typeof v === "string" && names.includes(v)) seen.add(v);
        }),
      ),
    );
    // Every name reached the pack (Gap Table, Demand Review, ...) as the same string.
    expect([...seen].sort()).toEqual([...names].sort());
    const summary = summaryOf(o);
    expect(new Set(summary.gaps.map((g: { family: string }) => g.family))).toEqual(new Set(names));
  });

  test("very long and non-Latin family names come through unchanged", () => {
    const summary = summaryOf(generate("unicode-names.xlsx"));
    expect(new Set(summary.gaps.map((g: { family: string }) => g.family))).toEqual(
      new Set(["电水壶 (Kettles)", "محمصة خبز", "Blenders 🍓🥤", "L".repeat(300)]),
    );
  });

  test("50,000 formatted empty rows after the data change nothing: same summary as the same data without them", () => {
    // merged-title.xlsx holds the same plan with the Demand table moved down 3 rows and no findings.
    const a = summaryOf(generate("formatted-empty-rows.xlsx"));
    const b = summaryOf(generate("merged-title.xlsx"));
    expect(a.dataQuality).toEqual([]);
    expect({ ...a, dataQuality: [] }).toEqual({ ...b, dataQuality: [] });
  });

  test("a header below merged title rows is found: all 3 families x 12 months are read", () => {
    const summary = summaryOf(generate("merged-title.xlsx"));
    expect(summary.periods).toHaveLength(12);
    // 3 families x 6 plan months (2026-07 .. 2026-12).
    expect(summary.gaps).toHaveLength(18);
  });

  test("mixed period forms (date, Feb 2026, March 2026, 2026-04-15, serial 46143, 2026-06) are read as the six months", () => {
    const summary = summaryOf(generate("mixed-periods.xlsx"));
    expect(summary.periods.slice(0, 6)).toEqual(["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"]);
    // Kettles has an actual and both forecasts in all six history months, so n = 6 for each forecast.
    const kettles = summary.bias.filter((b: { family: string }) => b.family === "Kettles");
    expect(kettles.map((b: { n: number }) => b.n)).toEqual([6, 6]);
  });

  test("a formula's cached result is used as the value: Kettles 2026-01 actual 100 (=90+10)", () => {
    const summary = summaryOf(generate("formula-cells.xlsx"));
    // Kettles Statistical Forecast: actuals 100 in every month, forecast 95; the formula-cell month
    // (2026-01, cached 100) counts, 2026-02 (cached #DIV/0!) and 2026-03 (#N/A in the forecast) do
    // not: n = 6 - 2 = 4, RSFE = 4 x (100 - 95) = 20.
    const stat = summary.bias.find(
      (b: { family: string; forecast: string }) => b.family === "Kettles" && b.forecast === "Statistical Forecast",
    );
    expect(stat.n).toBe(4);
    expect(stat.rsfe).toBe(20);
  });
});

test("the output may not be the input: exit 2, the input untouched", () => {
  const input = join(FIXTURES, "merged-title.xlsx");
  const before = sha256(input);
  const r = runCli(["generate", input, "-o", input]);
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/must not be the input/);
  expect(sha256(input)).toBe(before);
});
