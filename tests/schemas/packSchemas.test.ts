/**
 * Every XML part of the packs the command line writes is valid against the ISO/IEC 29500 transitional
 * and OPC schemas (xmllint, tests/schemas/ecma-376) and breaks none of the rules Excel applies beyond
 * them (./excelRules.ts): the sample's pack, next month's pack made with --previous from a pack a
 * person typed a decision into, and the pack of every hostile or odd input fixture that generates.
 * The 2,000-family pack is ./bigPackSchemas.test.ts.
 *
 * About 30 s on the shared 2-core machine: twenty-odd packs generated in process, then xmllint once
 * per schema over all of their parts.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { typeDemoDecision } from "../../scripts/demo-decision";
import { validatePackages, XMLLINT, type PackToValidate } from "./validatePackage";

const ROOT = join(__dirname, "..", "..");
const SAMPLE = join(ROOT, "samples", "sop-sample.xlsx");
const PREVIOUS = join(ROOT, "samples", "sop-sample-previous.xlsx");
const FIXTURES = join(ROOT, "tests", "fixtures");

const dir = mkdtempSync(join(tmpdir(), "sop-schemas-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function generate(args: string[]): Promise<number> {
  return main(
    ["generate", ...args],
    () => undefined,
    () => undefined,
  );
}

function packOf(path: string, name: string): PackToValidate {
  return { name, data: readFileSync(path) };
}

describe("the packs the command line writes are valid ISO/IEC 29500 packages Excel opens without repair", () => {
  beforeAll(() => {
    // Fail with the way out rather than a cryptic spawn error.
    try {
      execFileSync(XMLLINT, ["--version"], { stdio: "ignore" });
    } catch {
      throw new Error(`${XMLLINT} is not installed: apt-get install libxml2-utils (as .ci/run does)`);
    }
  });

  it("the sample's pack, and next month's made with --previous from a pack a decision was typed into", async () => {
    const first = join(dir, "sample.xlsx");
    const previous = join(dir, "previous.xlsx");
    const next = join(dir, "next.xlsx");
    expect(await generate([SAMPLE, "-o", first])).toBe(0);
    expect(await generate([PREVIOUS, "-o", previous])).toBe(0);
    await typeDemoDecision(previous);
    expect(await generate([SAMPLE, "--previous", previous, "-o", next])).toBe(0);
    const problems = await validatePackages([
      packOf(first, "sop-sample.xlsx pack"),
      packOf(next, "sop-sample.xlsx --previous pack"),
    ]);
    expect(problems).toEqual([]);
  });

  it("the pack of every hostile or odd input fixture that generates", async () => {
    const packs: PackToValidate[] = [];
    const refused: string[] = [];
    for (const fixture of readdirSync(FIXTURES)
      .filter((f) => f.endsWith(".xlsx"))
      .sort()) {
      const out = join(dir, `fixture-${fixture}`);
      if ((await generate([join(FIXTURES, fixture), "-o", out])) === 0) packs.push(packOf(out, `${fixture} pack`));
      else refused.push(fixture);
    }
    // The fixtures that are no workbook at all are refused; every other one makes a pack to check.
    expect(packs.length).toBeGreaterThanOrEqual(20);
    expect(refused.length).toBeLessThanOrEqual(10);
    expect(await validatePackages(packs)).toEqual([]);
  });
});
