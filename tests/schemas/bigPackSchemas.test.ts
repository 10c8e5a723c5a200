/**
 * The 2,000-family pack (the size the product is built for: about a million cells, tens of megabytes
 * of sheet XML) is valid against the ISO/IEC 29500 schemas and Excel's further rules, as the sample's
 * is (./packSchemas.test.ts). The input is the benchmark's synthetic workbook (src/bench), written to
 * a temp folder; the pack is made by the built command line in a child process, as a user runs it
 * (its baseline fits run in worker threads there; in process under ts-jest they take minutes).
 *
 * About 45 s on the shared 2-core machine, nearly all of it generating the pack.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { syntheticWorkbook } from "../../src/bench/syntheticWorkbook";
import { ensureCliBuilt, runCli } from "../hardening/cliRunner";
import { validatePackages } from "./validatePackage";

jest.setTimeout(180_000);

const dir = mkdtempSync(join(tmpdir(), "sop-schemas-big-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("the 2,000-family pack is valid and opens in Excel without repair", async () => {
  const input = await syntheticWorkbook({ label: "target", families: 2000, resources: 40, months: 36 }, dir);
  const pack = join(dir, "pack.xlsx");
  ensureCliBuilt();
  const run = runCli(["generate", input, "-o", pack]);
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  expect(await validatePackages([{ name: "2,000-family pack", data: readFileSync(pack) }])).toEqual([]);
});
