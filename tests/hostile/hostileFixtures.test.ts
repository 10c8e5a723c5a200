/**
 * The hostile-input fixtures (tests/fixtures, built by scripts/make-fixtures.ts), one per class of hostile
 * input, through `sop-prep generate` (in process here; tests/hardening/badInput.cli.test.ts runs each
 * in a child process for exit codes, messages and the untouched input). Each pack must hold only what
 * Excel accepts, and LibreOffice must open it.
 *
 * About 90 s on the shared 2-core machine (up to 3 min under load): nine packs generated, and one
 * LibreOffice run converting six of them, the only check that a second spreadsheet application opens
 * the packs of these classes.
 */
import { mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import type { CellGrid } from "../../src/engine/grid";
import { readXlsx } from "../../src/hosts/xlsx/readXlsx";
import { MAX_CELL_TEXT } from "../../src/report/excelLimits";
import { roundTripWithLibreOffice, skipLibreOffice } from "./libreOffice";

const FIXTURES = join(__dirname, "..", "fixtures");
const dir = mkdtempSync(join(tmpdir(), "sop-hostile-"));

interface Run {
  code: number;
  err: string;
  pack: string;
  summary: () => Record<string, unknown> & { dataQuality: unknown[]; gaps: { family: string }[] };
}

const runs = new Map<string, Promise<Run>>();
function generate(fixture: string): Promise<Run> {
  if (!runs.has(fixture)) {
    runs.set(
      fixture,
      (async () => {
        const pack = join(dir, fixture);
        const json = join(dir, `${fixture}.json`);
        const err: string[] = [];
        const code = await main(
          ["generate", join(FIXTURES, fixture), "-o", pack, "--json", json],
          () => undefined,
          (s) => err.push(s),
        );
        return { code, err: err.join("\n"), pack, summary: () => JSON.parse(readFileSync(json, "utf8")) };
      })(),
    );
  }
  return runs.get(fixture)!;
}

/** Every value of every sheet of a file, as the sheet-XML reader reads it (escapes decoded). */
async function cellsOf(file: string): Promise<{ sheet: string; value: unknown }[]> {
  const grids: CellGrid[] = await readXlsx(readFileSync(file));
  return grids.flatMap((g) =>
    g.values.flatMap((row) =>
      (row ?? []).filter((v) => v !== null && v !== undefined).map((value) => ({ sheet: g.sheet, value })),
    ),
  );
}

function cellAt(grids: CellGrid[], sheet: string, row: number, col: number): unknown {
  const g = grids.find((x) => x.sheet === sheet)!;
  return g.values[row - (g.origin?.row ?? 0)]?.[col - (g.origin?.col ?? 0)];
}

describe("text beyond Excel's limits (long-text.xlsx: a 32,000-character family name, 200 forecast columns)", () => {
  test("no cell holds more than 32,767 characters", async () => {
    const run = await generate("long-text.xlsx");
    expect(run.code).toBe(0);
    const texts = (await cellsOf(run.pack)).filter((c) => typeof c.value === "string");
    const longest = Math.max(...texts.map((c) => (c.value as string).length));
    expect(longest).toBeLessThanOrEqual(MAX_CELL_TEXT);
    // The long name itself (32,000 characters) is in the pack whole.
    expect(texts.some((c) => c.value === "N".repeat(32_000))).toBe(true);
  });

  test("Demand Review!A3 lists the flagged pairs that fit and says how many more", async () => {
    const run = await generate("long-text.xlsx");
    const a3 = cellAt(await readXlsx(readFileSync(run.pack)), "Demand Review", 2, 0) as string;
    // 3 families x 200 forecasts = 600 pairs; each forecast is 150 + k against actuals of 100 (+10 per
    // family), so every error has the same sign and the tracking signal is -6: all 600 are flagged.
    expect(a3.startsWith("600 of 600 family × forecast rows flagged as biased: ")).toBe(true);
    expect(a3.length).toBeLessThanOrEqual(MAX_CELL_TEXT);
    const m = a3.match(/; … and (\d+) more\.$/);
    expect(m).not.toBeNull();
    const shown = a3.slice(a3.indexOf(": ") + 2, a3.lastIndexOf("; … and")).split("; ").length;
    expect(shown + Number(m![1])).toBe(600);
  });
});

describe("numbers at the edge of the double range (huge-numbers.xlsx: ±1.79e308 in every input sheet)", () => {
  test("each is a data-quality error at its cell, and no sheet holds NaN, Infinity or ∞", async () => {
    const run = await generate("huge-numbers.xlsx");
    expect(run.code).toBe(0);
    const messages = (run.summary().dataQuality as { cell: string; message: string }[]).filter(
      (f) =>
        // Each damaged cell once (the unknown supply month that follows from one is its own finding).
        /too large/.test(f.message) && !/is unknown/.test(f.message),
    );
    expect(messages).toHaveLength(9);
    const zip = await JSZip.loadAsync(readFileSync(run.pack));
    for (const name of Object.keys(zip.files).filter((n) => n.endsWith(".xml"))) {
      const xml = await zip.file(name)!.async("string");
      expect({ name, bad: xml.match(/<v>(NaN|-?Infinity)<\/v>|∞|\bNaN\b|\bInfinity\b/)?.[0] }).toEqual({ name, bad: undefined });
    }
  });
});

describe("characters the file format escapes (xml-escapes.xlsx)", () => {
  test("a literal _x0041_ stays literal, U+FFFE and a control character become U+FFFD, and the pack is valid XML", async () => {
    const run = await generate("xml-escapes.xlsx");
    expect(run.code).toBe(0);
    const families = new Set(run.summary().gaps.map((g) => g.family));
    // As read from the input: Excel's reading of the stored text.
    expect(families).toEqual(new Set(["\uFFFE Kettles", "_x0041_ Toasters", "Bell \u0007 Blenders"]));
    const inPack = new Set((await cellsOf(run.pack)).filter((c) => c.sheet === "Gap Table").map((c) => c.value));
    expect(inPack).toContain("_x0041_ Toasters");
    expect(inPack).toContain("\uFFFD Kettles");
    expect(inPack).toContain("Bell \uFFFD Blenders");
    const zip = await JSZip.loadAsync(readFileSync(run.pack));
    const strings = await zip.file("xl/sharedStrings.xml")!.async("string");
    expect(strings).toContain("_x005F_x0041_ Toasters");
    // eslint-disable-next-line no-control-regex -- looking for the characters XML forbids
    expect(strings).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
  });
});

describe("a used range far beyond the data costs nothing", () => {
  test.each(["stray-cell.xlsx", "far-merge.xlsx", "no-r-attribute.xlsx"])(
    "%s gives the same summary as the clean plan",
    async (fixture) => {
      // formatted-empty-rows.xlsx is the same clean plan (its extra rows only formatted).
      const [a, b] = await Promise.all([generate(fixture), generate("formatted-empty-rows.xlsx")]);
      expect(a.code).toBe(0);
      expect(a.summary()).toEqual(b.summary());
    },
  );
});

(skipLibreOffice ? test.skip : test)(
  "LibreOffice opens every pack of these fixtures, and reads the escaped text as written",
  async () => {
    const fixtures = [
      "long-text.xlsx",
      "huge-numbers.xlsx",
      "xml-escapes.xlsx",
      "stray-cell.xlsx",
      "far-merge.xlsx",
      "no-r-attribute.xlsx",
    ];
    const packs = await Promise.all(fixtures.map(async (f) => (await generate(f)).pack));
    const converted = roundTripWithLibreOffice(packs, dir);
    expect(converted.map((c, i) => (c ? fixtures[i] : `${fixtures[i]} not opened`))).toEqual(fixtures);
    const escapes = await cellsOf(converted[2]!);
    expect(escapes.map((c) => c.value)).toContain("_x0041_ Toasters");
  },
  300_000,
);
