/**
 * Duplicate keys (the same family and period twice, ...): the first row counts, the later one is
 * left out, and the finding names both cells so the planner can decide which is right.
 */
export class DuplicateKeys {
  private readonly first = new Map<string, string>();

  /** Records the key at `cell`; returns the cell where the key was first seen, or undefined if new. */
  check(key: string, cell: string): string | undefined {
    const seen = this.first.get(key);
    if (seen !== undefined) return seen;
    this.first.set(key, cell);
    return undefined;
  }
}

/** Keys compare as a planner would: case and surrounding spaces do not make a different family. */
export function keyOf(...parts: (string | null)[]): string {
  return parts.map((p) => (p === null ? "" : p.toLowerCase())).join("\u0000");
}
