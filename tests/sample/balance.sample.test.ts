/**
 * The sample's balanced plan (samples/PLANTED.md, "Balanced plan"), from `sop-prep generate --json --lp`:
 * the Paint Shop overload of June-August 2027 closed with all three levers, as worked there by hand, and
 * the --lp model re-solved by GLPK to the same objective.
 *
 * Per Paint Shop hour (Blenders 0.10 h a unit): pre-building Blenders one month $50 < overtime $60 <
 * pre-building Juicers one month $65 < subcontracting Blenders $70 < pre-building Blenders two months $100.
 * Every family sits at its target inventory (holding costs less than falling below it, which costs the
 * mean of holding and backorder), so production = demand, and the Paint Shop load the demand plan needs is
 *   June 4,980 x 0.1 + 2,590 x 0.1 + 4,740 x 0.02 + 4,160 x 0.02 =   935.0 h (125.0 over 810)
 *   July 5,500 x 0.1 + 2,860 x 0.1 + 4,740 x 0.02 + 4,160 x 0.02 = 1,014.0 h (204.0 over)
 *   Aug  5,010 x 0.1 + 2,600 x 0.1 + 5,020 x 0.02 + 4,390 x 0.02 =   949.2 h (139.2 over)
 * May needs 3,140 x 0.1 + 1,640 x 0.1 + 4,990 x 0.02 + 4,380 x 0.02 = 665.4 h: 144.6 h spare.
 * June: 125 h pre-built in May ($50) = 1,250 Blenders. July: 100 h overtime, 104 h subcontracted = 1,040
 * Blenders (pre-building from May would be 2 months, $100; June has no spare hours). August: 100 h
 * overtime, 39.2 h subcontracted = 392 Blenders.
 */
import { spawnSync } from "child_process";
import { readFileSync } from "fs";
import { join } from "path";
import { ensureCliBuilt, freshDir, ROOT, runCli } from "../hardening/cliRunner";

const SAMPLE = join(ROOT, "samples", "sop-sample.xlsx");
type Line = { family: string; period: string; production: number; subcontract: number; inventory: number; backorders: number };
type BalanceJson = {
  objective: number;
  planCost: number;
  overtimeHours: number;
  subcontractUnits: number;
  backorderUnitMonths: number;
  plan: Line[];
};

let balance: BalanceJson;
let lpPath: string;
beforeAll(() => {
  ensureCliBuilt();
  const dir = freshDir("sop-balance-");
  lpPath = join(dir, "model.lp");
  const json = join(dir, "summary.json");
  const run = runCli(["generate", SAMPLE, "-o", join(dir, "pack.xlsx"), "--json", json, "--lp", lpPath]);
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  balance = JSON.parse(readFileSync(json, "utf8")).balance;
}, 180_000);

const line = (family: string, period: string) => balance.plan.find((l) => l.family === family && l.period === period)!;
const round = (n: number) => Math.round(n * 1000) / 1000;

test("pre-build: 1,250 Blenders made in May 2027 for June, above the 1,510 target", () => {
  expect(round(line("Blenders", "2027-05").inventory)).toBe(1510 + 1250);
  // 3,140 demand + 1,250 pre-built.
  expect(round(line("Blenders", "2027-05").production)).toBe(4390);
  expect(round(line("Blenders", "2027-06").inventory)).toBe(1510);
});

test("overtime: 100 h on Paint Shop in July and in August, none anywhere else", () => {
  expect(round(balance.overtimeHours)).toBe(200);
});

test("subcontracting: 1,040 Blenders in July and 392 in August, nothing else", () => {
  expect(round(line("Blenders", "2027-07").subcontract)).toBe(1040);
  expect(round(line("Blenders", "2027-08").subcontract)).toBe(392);
  expect(round(balance.subcontractUnits)).toBe(1040 + 392);
});

test("every order is met on time", () => {
  expect(round(balance.backorderUnitMonths)).toBe(0);
});

test("GLPK re-solves the --lp model to the same objective (1e-6)", () => {
  const out = join(freshDir("sop-glpsol-"), "solution.txt");
  const run = spawnSync("glpsol", ["--lp", lpPath, "-o", out], { encoding: "utf8" });
  expect(run.status).toBe(0);
  const objective = Number(/Objective:\s+\S+\s+=\s+(\S+)/.exec(readFileSync(out, "utf8"))?.[1]);
  expect(Math.abs(objective - balance.objective)).toBeLessThanOrEqual(1e-6 * Math.abs(balance.objective));
});
