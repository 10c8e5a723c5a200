/**
 * The engine's size (one implementation of each planning rule, so the line count goes
 * down): lines of TypeScript under src/engine, in all and in the folders that held the rule copies.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/** The folders whose rules the scenario kernel duplicated (capacity, gap table, finance) and the kernel's. */
export const ENGINE_FOLDERS = ["capacity", "reconcile", "finance", "scenarios"] as const;

/** Lines of every .ts file under `dir` (as `wc -l` counts them: newline characters). */
export function tsLines(dir: string): number {
  let lines = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) lines += tsLines(path);
    else if (name.endsWith(".ts")) {
      const text = readFileSync(path, "utf8");
      for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) lines++;
    }
  }
  return lines;
}

export interface EngineLines {
  total: number;
  folders: Record<string, number>;
}

export function engineLines(engineDir: string): EngineLines {
  const folders: Record<string, number> = {};
  for (const f of ENGINE_FOLDERS) folders[f] = tsLines(join(engineDir, f));
  return { total: tsLines(engineDir), folders };
}
