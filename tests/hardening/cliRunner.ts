/**
 * Runs the built `sop-prep` command line the way a user does (a child process), building it first when
 * build/ is missing, and hashes files so tests can show the input was not touched.
 */
import { spawnSync, execSync } from "child_process";
import { createHash } from "crypto";
import { existsSync, mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

export const ROOT = join(__dirname, "..", "..");
export const CLI = join(ROOT, "build", "cli", "main.js");
export const FIXTURES = join(ROOT, "tests", "fixtures");

export function ensureCliBuilt(): void {
  if (!existsSync(CLI)) execSync("npx tsc -p tsconfig.cli.json", { cwd: ROOT, stdio: "inherit" });
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[]): CliRun {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: "utf8", timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function sha256(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

export function freshDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
