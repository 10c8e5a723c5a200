/**
 * The process's resident memory and its peak, with the peak reset where Linux allows it
 * (/proc/self/clear_refs, "5"), so a step's peak is its own and not that of an earlier step.
 */
import { readFileSync, writeFileSync } from "node:fs";

/** VmRSS and VmHWM (peak) of this process, bytes; the peak falls back to getrusage's maxRSS off Linux. */
export function residentMemory(): { rss: number; peak: number } {
  try {
    const text = readFileSync("/proc/self/status", "utf8");
    const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+) kB`).exec(text)?.[1]) * 1024;
    return { rss: kb("VmRSS"), peak: kb("VmHWM") };
  } catch {
    return { rss: process.memoryUsage().rss, peak: process.resourceUsage().maxRSS * 1024 };
  }
}

/** Resets the peak to the current resident memory; false where that is not possible. */
export function resetPeak(): boolean {
  try {
    writeFileSync("/proc/self/clear_refs", "5");
    return true;
  } catch {
    return false;
  }
}

/** A full garbage collection where node runs with --expose-gc; otherwise nothing. */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
