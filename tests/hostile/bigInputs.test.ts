/**
 * Inputs too big to keep in the repo, generated in the test's temp dir and read in a child
 * process whose peak memory (process.resourceUsage().maxRSS) is reported and bounded by 1.5 GB:
 * - a Demand sheet using all 1,048,576 rows (4.2 million cells): read whole;
 * - a zip bomb: shared strings that unpack to 550 MB from a file under 1 MB: refused from the zip's
 *   directory before anything is inflated;
 * - a bomb stating a 1 KB part that holds 96 MB: the inflating stops as soon as it passes that size.
 *
 * Slow by nature (about 60 s on the shared 2-core machine, most of it writing and reading 147 MB of
 * sheet XML and deflating 550 MB): these are the only tests of the full-height and bomb classes, whose
 * inputs cannot be committed, so they stay in CI.
 */
import { spawnSync } from "child_process";
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { ensureCliBuilt, ROOT } from "../hardening/cliRunner";
import { workbookParts, writeZip } from "./bigPackages";

const dir = mkdtempSync(join(tmpdir(), "sop-big-"));
const LIMIT_BYTES = 1.5 * 1024 * 1024 * 1024;

interface ChildRead {
  ok: boolean;
  sheets?: { sheet: string; rows: number; cells: number }[];
  error?: string;
  errorKind?: string;
  maxRssBytes: number;
}

/** Reads the file with the built .xlsx host in a fresh node process; reports its peak memory. */
function readInChild(file: string): ChildRead {
  const script = `
    const { readXlsx } = require(${JSON.stringify(join(ROOT, "build", "hosts", "xlsx", "readXlsx.js"))});
    const fs = require("fs");
    readXlsx(fs.readFileSync(${JSON.stringify(file)}), "input.xlsx").then(
      (grids) => ({ ok: true, sheets: grids.map((g) => ({ sheet: g.sheet, rows: g.values.length,
        cells: g.values.reduce((n, r) => n + (r ? r.filter((v) => v !== null && v !== undefined).length : 0), 0) })) }),
      (e) => ({ ok: false, error: e.message, errorKind: e.constructor.name }),
    ).then((r) => console.log(JSON.stringify({ ...r, maxRssBytes: process.resourceUsage().maxRSS * 1024 })));`;
  const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", timeout: 300_000 });
  if (r.status !== 0) throw new Error(`child failed (${r.status}): ${r.stderr}`);
  const result = JSON.parse(r.stdout) as ChildRead;
  console.log(`${file.split("/").pop()}: peak RSS ${(result.maxRssBytes / 1024 / 1024).toFixed(0)} MB`);
  return result;
}

const ROWS = 1_048_576;
const MONTHS = 36;

/** A long Demand table filling every row of the sheet: Family, Period, Actual (24 months), Consensus. */
function* fullSheet(): Generator<string> {
  yield `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:D${ROWS}"/><sheetData>`;
  yield `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>`;
  let parts: string[] = [];
  for (let r = 2; r <= ROWS; r++) {
    const i = r - 2;
    const f = Math.floor(i / MONTHS);
    const m = i % MONTHS;
    const actual = m < 24 ? `<c r="C${r}"><v>${100 + (f % 50)}</v></c>` : "";
    parts.push(
      `<row r="${r}"><c r="A${r}" t="s"><v>${4 + MONTHS + f}</v></c><c r="B${r}" t="s"><v>${4 + m}</v></c>${actual}<c r="D${r}"><v>${102 + (f % 50)}</v></c></row>`,
    );
    if (parts.length === 20_000) {
      yield parts.join("");
      parts = [];
    }
  }
  yield parts.join("") + "</sheetData></worksheet>";
}

function* fullStrings(): Generator<string> {
  yield `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">`;
  for (const h of ["Family", "Period", "Actual", "Consensus Forecast"]) yield `<si><t>${h}</t></si>`;
  for (let m = 0; m < MONTHS; m++) yield `<si><t>${2024 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}</t></si>`;
  const families = Math.ceil((ROWS - 1) / MONTHS);
  for (let f = 0; f < families; f++) yield `<si><t>Family ${f + 1}</t></si>`;
  yield "</sst>";
}

/** Shared strings of `blocks` x 960,000 bytes: copies of one 24-byte item. */
function* bombStrings(blocks: number): Generator<string> {
  yield `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">`;
  const block = "<si><t>AAAAAAAA</t></si>".repeat(40_000);
  for (let i = 0; i < blocks; i++) yield block;
  yield "</sst>";
}

const smallSheet = [
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>` +
    `<row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>`,
];

beforeAll(() => ensureCliBuilt(), 120_000);

test("a Demand sheet using all 1,048,576 rows is read whole within 1.5 GB", () => {
  const file = join(dir, "full-rows.xlsx");
  writeZip(file, workbookParts(fullSheet(), fullStrings()));
  const r = readInChild(file);
  expect(r.error).toBeUndefined();
  // Every row is there: the header and 1,048,575 data rows; 4 cells a row, but 12 of every 36 months
  // have no Actual: 1,048,575 rows x 4 - (rows in months 25-36) + the 4 header cells.
  const noActual = Array.from({ length: ROWS - 1 }, (_, i) => i % MONTHS >= 24).filter(Boolean).length;
  expect(r.sheets).toEqual([{ sheet: "Demand", rows: ROWS, cells: 4 + (ROWS - 1) * 4 - noActual }]);
  expect(r.maxRssBytes).toBeLessThan(LIMIT_BYTES);
}, 180_000);

test("a zip bomb (550 MB of shared strings in a file under 1 MB) is refused before inflating", () => {
  const file = join(dir, "bomb.xlsx");
  // 600 x 960,000 = 576,000,000 bytes (+ 2 tags) = 549.3 MiB, said as 550 MB (rounded up).
  writeZip(file, workbookParts(smallSheet, bombStrings(600)));
  const r = readInChild(file);
  expect(r.ok).toBe(false);
  expect(r.errorKind).toBe("InputError");
  expect(r.error).toMatch(/^input\.xlsx unpacks to 550 MB, more than the 512 MB S&OP Prep reads/);
  // Nothing was inflated: the process stays near its starting size.
  expect(r.maxRssBytes).toBeLessThan(300 * 1024 * 1024);
}, 120_000);

test("a bomb whose zip directory understates the part is stopped while inflating", () => {
  const file = join(dir, "lying-bomb.xlsx");
  // 100 x 960,000 bytes = 96 MB that the directory says is 1 KB.
  const parts = workbookParts(smallSheet, bombStrings(100));
  parts[parts.length - 1].statedSize = 1024;
  writeZip(file, parts);
  const r = readInChild(file);
  expect(r.ok).toBe(false);
  expect(r.errorKind).toBe("InputError");
  expect(r.error).toMatch(/^input\.xlsx unpacks to more than its zip directory states/);
  expect(r.maxRssBytes).toBeLessThan(300 * 1024 * 1024);
}, 120_000);
